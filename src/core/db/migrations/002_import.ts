// Import: fingerprints for rows without an external id, the file line each row came from,
// saved column-mapping profiles, and per-batch extras (skipped lines, file-level warnings).
export default /* sql */ `
ALTER TABLE transactions ADD COLUMN fingerprint TEXT;
ALTER TABLE transactions ADD COLUMN line INTEGER;
CREATE UNIQUE INDEX transactions_fingerprint ON transactions(fingerprint) WHERE fingerprint IS NOT NULL;

ALTER TABLE import_batches ADD COLUMN skipped INTEGER NOT NULL DEFAULT 0;
ALTER TABLE import_batches ADD COLUMN warnings TEXT;
ALTER TABLE import_batches ADD COLUMN size INTEGER;

CREATE TABLE import_profiles (
  name TEXT PRIMARY KEY,
  signature TEXT NOT NULL,          -- normalised header names joined with '|'
  choices TEXT NOT NULL,            -- JSON: format, delimiter, decimal, dateOrder, mapping (by column name)
  updated_at INTEGER NOT NULL
);
CREATE INDEX import_profiles_signature ON import_profiles(signature);
`
