export default {
  title: 'Settings',
  general: 'General',
  saved: 'Saved',
  store: 'Store file',
  fxTitle: 'Exchange rates',
  fxIntro: 'NOK per one unit of each currency. Rates marked approximate are bundled reference rates, not official fixings.',
  fxApproximate: 'approximate reference rates',
  fxEmpty: 'No exchange rates stored.',
  fxShown: 'Showing the newest {shown} of {total} rates',
  columns: { day: 'Date', currency: 'Currency', rate: 'NOK per unit', source: 'Source', approximate: 'Approximate' }
}
