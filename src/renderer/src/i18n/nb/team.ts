// Innstillinger → Team: det felles lageret på PostgreSQL.
export default {
  title: 'Felles lager',
  intro:
    'Del brukersteder, onboardingloggen, valutakurser, lagrede visninger, kolonneoppsett og importerte filer med teamet gjennom en PostgreSQL-server. Alt virker fortsatt uten nett; endringene sendes ved neste synkronisering.',
  server: 'Serveradresse',
  password: 'Passord',
  remember: 'Husk passordet i systemets nøkkelring',
  noKeychain: 'Dette systemet har ingen nøkkelring: passordet spørres om ved hver synkronisering og lagres aldri.',
  connect: 'Koble til og synkroniser',
  syncNow: 'Synkroniser nå',
  disconnect: 'Koble fra',
  notConnected: 'Ikke koblet til en teamserver.',
  connected: 'Koblet til {server}.',
  lastSync: 'Sist synkronisert: {when}.',
  synced: 'Synkronisert: {fields} endringer og {events} logginnslag mottatt, {files} filer mottatt, {sent} filer sendt.',
  progress: '{file}: {rows} av {total} rader'
}
