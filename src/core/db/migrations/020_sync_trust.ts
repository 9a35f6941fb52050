// Team sync, second step (src/core/sync): an undone import travels to the team, and every store that holds the
// file takes it out the way a local undo does. It imports nothing: literal SQL.
export default /* sql */ `
-- Who undid an import and when: the team's other stores write the same on their trails.
ALTER TABLE import_batches ADD COLUMN undone_at INTEGER;
ALTER TABLE import_batches ADD COLUMN undone_by TEXT;

-- 1 once the team store knows this file is undone (this store told it, or learned it from it).
ALTER TABLE sync_batches ADD COLUMN undone INTEGER NOT NULL DEFAULT 0;

-- An undone import's trail entry (field: the file's hash) gets the same global id on every store that writes it,
-- so the store that undid it and each store that applies the undo add one entry to the merged trail, not one each.
DROP TRIGGER sync_merchant_events_insert;
CREATE TRIGGER sync_merchant_events_insert AFTER INSERT ON merchant_events WHEN (SELECT value FROM sync_state WHERE key = 'applying') = '0'
BEGIN
  INSERT OR IGNORE INTO sync_events (event_id, gid, merchant_gid)
  VALUES (NEW.id,
          COALESCE(CASE WHEN NEW.kind = 'import_undone' THEN 'u:' || NEW.field || ':' || (SELECT gid FROM sync_ids WHERE entity = 'merchant' AND local_id = NEW.merchant_id) END,
                   lower(hex(randomblob(16)))),
          (SELECT gid FROM sync_ids WHERE entity = 'merchant' AND local_id = NEW.merchant_id));
END;
`
