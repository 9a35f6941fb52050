// Indstillinger → Team: det fælles lager på PostgreSQL.
export default {
  title: 'Fælles lager',
  intro:
    'Del forretninger, onboardingloggen, valutakurser, gemte visninger, kolonneopsætninger og importerede filer med teamet gennem en PostgreSQL-server. Alt virker stadig uden net; ændringerne sendes ved næste synkronisering.',
  server: 'Serveradresse',
  password: 'Adgangskode',
  remember: 'Husk adgangskoden i systemets nøglering',
  noKeychain: 'Dette system har ingen nøglering: adgangskoden efterspørges ved hver synkronisering og gemmes aldrig.',
  connect: 'Forbind og synkroniser',
  syncNow: 'Synkroniser nu',
  disconnect: 'Afbryd forbindelsen',
  notConnected: 'Ikke forbundet til en teamserver.',
  connected: 'Forbundet til {server}.',
  lastSync: 'Senest synkroniseret: {when}.',
  synced: 'Synkroniseret: {fields} ændringer og {events} logposter modtaget, {files} filer modtaget, {sent} filer sendt.',
  progress: '{file}: {rows} af {total} rækker'
}
