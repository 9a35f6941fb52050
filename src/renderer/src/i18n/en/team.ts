// Settings → Team: the shared team store on PostgreSQL.
export default {
  title: 'Team',
  intro:
    'Share merchants, the onboarding trail, exchange rates, saved views, mapping profiles and imported files with your team through a PostgreSQL server. Everything keeps working offline; changes travel at the next sync.',
  server: 'Server address',
  password: 'Password',
  remember: 'Remember the password in the system keychain',
  noKeychain: 'This system offers no keychain: the password is asked for at each sync and never stored.',
  connect: 'Connect and sync',
  syncNow: 'Sync now',
  disconnect: 'Disconnect',
  notConnected: 'Not connected to a team server.',
  connected: 'Connected to {server}.',
  lastSync: 'Last sync: {when}.',
  synced: 'Synced: {fields} changes and {events} trail entries received, {files} files received, {sent} files sent.',
  progress: '{file}: {rows} of {total} rows'
}
