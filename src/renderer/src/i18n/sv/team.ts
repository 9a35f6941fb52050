// Inställningar → Team: den gemensamma lagringen på PostgreSQL.
export default {
  title: 'Gemensam lagring',
  intro:
    'Dela handlare, onboardingloggen, valutakurser, sparade vyer, kolumnprofiler och importerade filer med teamet via en PostgreSQL-server. Allt fungerar fortfarande utan nät; ändringarna skickas vid nästa synkronisering.',
  server: 'Serveradress',
  password: 'Lösenord',
  remember: 'Kom ihåg lösenordet i systemets nyckelring',
  noKeychain: 'Systemet har ingen nyckelring: lösenordet efterfrågas vid varje synkronisering och sparas aldrig.',
  connect: 'Anslut och synkronisera',
  syncNow: 'Synkronisera nu',
  disconnect: 'Koppla från',
  notConnected: 'Inte ansluten till någon teamserver.',
  connected: 'Ansluten till {server}.',
  lastSync: 'Senast synkroniserad: {when}.',
  synced: 'Synkroniserat: {fields} ändringar och {events} loggposter mottagna, {files} filer mottagna, {sent} filer skickade.',
  progress: '{file}: {rows} av {total} rader'
}
