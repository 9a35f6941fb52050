// Roles as guard-rails (docs/decisions.md "Roles on a shared desktop"): an admin profile's passphrase, kept as a
// salted scrypt hash (src/core/merchants/passphrase.ts), and the profile that ran each import in the app, so a
// rep undoes only their own.
export default /* sql */ `
ALTER TABLE profiles ADD COLUMN passphrase TEXT;                                -- NULL = none set
ALTER TABLE import_batches ADD COLUMN profile_id INTEGER REFERENCES profiles(id); -- NULL = the CLI or the demo
`
