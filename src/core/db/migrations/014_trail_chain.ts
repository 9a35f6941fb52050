// Chains the onboarding audit trail (src/core/merchants/trail-chain.ts): every event gets the hash of its fields
// and of the event before it. Existing events are copied into a table with the hash column, chained in id order
// (the trail is never UPDATEd, not even here); the trigger seals each new event once.
// `kassa_trail_hash` is registered on every connection Kassa opens (src/core/db/open.ts).
const fields = (e: string) =>
  ['id', 'merchant_id', 'at', 'profile_id', 'profile_name', 'kind', 'field', 'before', 'after', 'note']
    .map((c) => `${e}.${c}`)
    .join(', ')

export default /* sql */ `
DROP TRIGGER merchants_deleted_to_trail;

CREATE TABLE merchant_events_chained (
  id INTEGER PRIMARY KEY,
  merchant_id INTEGER NOT NULL,
  at INTEGER NOT NULL,
  profile_id INTEGER,
  profile_name TEXT NOT NULL,
  kind TEXT NOT NULL,
  field TEXT,
  before TEXT,
  after TEXT,
  note TEXT,
  hash TEXT                             -- sha256 of the previous event's hash and this event's fields
);

INSERT INTO merchant_events_chained
WITH RECURSIVE chain(id, hash) AS (
  SELECT e.id, kassa_trail_hash(NULL, ${fields('e')}) FROM merchant_events e
   WHERE e.id = (SELECT MIN(id) FROM merchant_events)
  UNION ALL
  SELECT e.id, kassa_trail_hash(chain.hash, ${fields('e')}) FROM chain
    JOIN merchant_events e ON e.id = (SELECT MIN(n.id) FROM merchant_events n WHERE n.id > chain.id)
)
SELECT ${fields('e')}, chain.hash FROM chain JOIN merchant_events e ON e.id = chain.id;

DROP TABLE merchant_events;
ALTER TABLE merchant_events_chained RENAME TO merchant_events;
CREATE INDEX merchant_events_merchant ON merchant_events(merchant_id, at);

-- Sealing sets the hash once; after that an event is as unchangeable as before.
CREATE TRIGGER merchant_events_no_update BEFORE UPDATE ON merchant_events WHEN OLD.hash IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'the onboarding audit trail is append-only: entries cannot be changed'); END;
CREATE TRIGGER merchant_events_no_delete BEFORE DELETE ON merchant_events
BEGIN SELECT RAISE(ABORT, 'the onboarding audit trail is append-only: entries cannot be deleted'); END;

CREATE TRIGGER merchant_events_chain AFTER INSERT ON merchant_events
BEGIN
  UPDATE merchant_events
     SET hash = kassa_trail_hash((SELECT p.hash FROM merchant_events p WHERE p.id < NEW.id ORDER BY p.id DESC LIMIT 1), ${fields('NEW')})
   WHERE id = NEW.id;
END;

CREATE TRIGGER merchants_deleted_to_trail AFTER DELETE ON merchants
BEGIN
  INSERT INTO merchant_events (merchant_id, at, profile_name, kind, before, note)
  VALUES (OLD.id, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'system', 'deleted', OLD.name, 'merchant removed');
END;
`
