// Team sync, second step (src/core/sync): an undone import travels to the team, and every store that holds the
// file takes it out the way a local undo does; reps get global ids. It imports nothing: literal SQL.
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

-- Reps travel as rows of their own under a global id, so a rename on one store renames the rep everywhere and a
-- merchant's rep is sent by that id. Reps from before this step get an id from their name: stores that had a rep
-- of the same name before meet on it. A rep synced in under another id that clashes with a local name is an alias
-- of the local rep (sync_aliases), as a merchant created by hand on two stores for the same shop is merged into the
-- one with the lower id (src/core/sync/merge.ts).
CREATE TABLE sync_aliases (
  entity TEXT NOT NULL,
  gid TEXT NOT NULL,
  local_id INTEGER NOT NULL,
  PRIMARY KEY (entity, gid)
) WITHOUT ROWID;
INSERT OR IGNORE INTO sync_ids (entity, local_id, gid) SELECT 'rep', id, 'rep:name:' || lower(name) FROM reps;
-- Every global id that reaches a local row: its own, and those merged into it.
CREATE VIEW sync_gids AS SELECT entity, gid, local_id FROM sync_ids UNION ALL SELECT entity, gid, local_id FROM sync_aliases;

CREATE TRIGGER sync_reps_insert AFTER INSERT ON reps WHEN (SELECT value FROM sync_state WHERE key = 'applying') = '0'
BEGIN
  INSERT OR REPLACE INTO sync_ids (entity, local_id, gid) VALUES ('rep', NEW.id, 'rep:' || lower(hex(randomblob(16))));
  UPDATE sync_state SET value = CAST(max(CAST(value AS INTEGER) + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) * 1000) AS TEXT) WHERE key = 'hlc';
  INSERT INTO sync_fields (entity, key, field, hlc, node, dirty)
  SELECT 'rep', (SELECT gid FROM sync_ids WHERE entity = 'rep' AND local_id = NEW.id), f.field, (SELECT CAST(value AS INTEGER) FROM sync_state WHERE key = 'hlc'), (SELECT value FROM sync_state WHERE key = 'node'), 1
    FROM (SELECT 'name' AS field UNION ALL SELECT 'email' UNION ALL SELECT 'country' UNION ALL SELECT '_deleted') f
   WHERE (SELECT gid FROM sync_ids WHERE entity = 'rep' AND local_id = NEW.id) IS NOT NULL
  ON CONFLICT (entity, key, field) DO UPDATE SET hlc = excluded.hlc, node = excluded.node, dirty = 1;
END;
CREATE TRIGGER sync_reps_update AFTER UPDATE ON reps WHEN (SELECT value FROM sync_state WHERE key = 'applying') = '0'
BEGIN
  UPDATE sync_state SET value = CAST(max(CAST(value AS INTEGER) + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) * 1000) AS TEXT) WHERE key = 'hlc';
  INSERT INTO sync_fields (entity, key, field, hlc, node, dirty)
  SELECT 'rep', (SELECT gid FROM sync_ids WHERE entity = 'rep' AND local_id = NEW.id), f.field, (SELECT CAST(value AS INTEGER) FROM sync_state WHERE key = 'hlc'), (SELECT value FROM sync_state WHERE key = 'node'), 1
    FROM (SELECT 'name' AS field WHERE OLD.name IS NOT NEW.name
          UNION ALL SELECT 'email' WHERE OLD.email IS NOT NEW.email
          UNION ALL SELECT 'country' WHERE OLD.country IS NOT NEW.country) f
   WHERE (SELECT gid FROM sync_ids WHERE entity = 'rep' AND local_id = NEW.id) IS NOT NULL
  ON CONFLICT (entity, key, field) DO UPDATE SET hlc = excluded.hlc, node = excluded.node, dirty = 1;
END;
CREATE TRIGGER sync_reps_delete AFTER DELETE ON reps WHEN (SELECT value FROM sync_state WHERE key = 'applying') = '0'
BEGIN
  UPDATE sync_state SET value = CAST(max(CAST(value AS INTEGER) + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) * 1000) AS TEXT) WHERE key = 'hlc';
  INSERT INTO sync_fields (entity, key, field, hlc, node, dirty)
  SELECT 'rep', (SELECT gid FROM sync_ids WHERE entity = 'rep' AND local_id = OLD.id), f.field, (SELECT CAST(value AS INTEGER) FROM sync_state WHERE key = 'hlc'), (SELECT value FROM sync_state WHERE key = 'node'), 1
    FROM (SELECT '_deleted' AS field) f
   WHERE (SELECT gid FROM sync_ids WHERE entity = 'rep' AND local_id = OLD.id) IS NOT NULL
  ON CONFLICT (entity, key, field) DO UPDATE SET hlc = excluded.hlc, node = excluded.node, dirty = 1;
END;
INSERT INTO sync_fields (entity, key, field, hlc, node, dirty)
SELECT 'rep', (SELECT gid FROM sync_ids WHERE entity = 'rep' AND local_id = reps.id), f.field, (SELECT CAST(value AS INTEGER) FROM sync_state WHERE key = 'hlc'), (SELECT value FROM sync_state WHERE key = 'node'), 1
  FROM reps, (SELECT 'name' AS field UNION ALL SELECT 'email' UNION ALL SELECT 'country' UNION ALL SELECT '_deleted') f;
`
