export default {
  title: 'Merchants',
  count: '{count} merchants',
  empty: 'No merchants yet.',
  columns: { name: 'Name', country: 'Country', orgNumber: 'Business id', stage: 'Stage', rep: 'Account rep', stores: 'Stores' }
}
