// Team sync (src/core/sync): the local half. Every synced row gets a global id where it has no natural key, every
// field a person changes gets a hybrid-logical-clock version (an integer: ms × 1000 + a counter, ties broken by the
// node id) and waits as dirty until pushed. The triggers stand aside while sync itself applies pulled values
// (sync_state 'applying' = '1' inside sync's own transaction). It imports nothing: literal SQL.
export default /* sql */ `
CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT INTO sync_state (key, value) VALUES
  ('node', lower(hex(randomblob(8)))),
  ('hlc', '0'),
  ('applying', '0');

-- Global ids of rows without a natural key: merchants and trail events (entity, local rowid, gid).
CREATE TABLE sync_ids (
  entity TEXT NOT NULL,
  local_id INTEGER NOT NULL,
  gid TEXT NOT NULL,
  PRIMARY KEY (entity, local_id),
  UNIQUE (entity, gid)
) WITHOUT ROWID;
-- A merchant an import created (no edit yet, no business id) gets an id from its country and name, so two members
-- importing the same file end up with one merchant, not two.
INSERT OR IGNORE INTO sync_ids (entity, local_id, gid) SELECT 'merchant', id, CASE WHEN merchants.updated_at IS NULL AND merchants.org_number IS NULL THEN 'i' || lower(hex(merchants.country || ':' || lower(merchants.name))) ELSE lower(hex(randomblob(16))) END FROM merchants;
INSERT OR IGNORE INTO sync_ids (entity, local_id, gid) SELECT 'merchant', id, lower(hex(randomblob(16))) FROM merchants;

-- Each trail event's global id and its merchant's, taken when the event is written (a merchant id can be reused).
CREATE TABLE sync_events (
  event_id INTEGER PRIMARY KEY,
  gid TEXT NOT NULL UNIQUE,
  merchant_gid TEXT,
  pushed INTEGER NOT NULL DEFAULT 0
);
INSERT INTO sync_events (event_id, gid, merchant_gid)
SELECT e.id, lower(hex(randomblob(16))), g.gid
  FROM merchant_events e LEFT JOIN sync_ids g ON g.entity = 'merchant' AND g.local_id = e.merchant_id;
CREATE INDEX sync_events_unpushed ON sync_events(event_id) WHERE pushed = 0;

CREATE TRIGGER sync_merchant_events_insert AFTER INSERT ON merchant_events WHEN (SELECT value FROM sync_state WHERE key = 'applying') = '0'
BEGIN
  INSERT INTO sync_events (event_id, gid, merchant_gid)
  VALUES (NEW.id, lower(hex(randomblob(16))), (SELECT gid FROM sync_ids WHERE entity = 'merchant' AND local_id = NEW.merchant_id));
END;

-- The version of each synced field: entity, key (merchant gid, or a JSON array of the natural key), field.
CREATE TABLE sync_fields (
  entity TEXT NOT NULL,
  key TEXT NOT NULL,
  field TEXT NOT NULL,
  hlc INTEGER NOT NULL,
  node TEXT NOT NULL,
  dirty INTEGER NOT NULL,
  base_hlc INTEGER,                -- the server's version this store last saw: a remote version other than this one,
  base_node TEXT,                  -- met while the field is dirty, is a concurrent edit (a conflict)
  PRIMARY KEY (entity, key, field)
) WITHOUT ROWID;
CREATE INDEX sync_fields_dirty ON sync_fields(entity, key) WHERE dirty = 1;

-- Import batches that came from or went to the server, by file hash (a batch moves whole).
CREATE TABLE sync_batches (
  sha256 TEXT PRIMARY KEY,
  batch_id INTEGER,
  direction TEXT NOT NULL CHECK (direction IN ('pushed', 'pulled')),
  at INTEGER NOT NULL
) WITHOUT ROWID;

UPDATE sync_state SET value = CAST(CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) * 1000 AS TEXT) WHERE key = 'hlc';

-- merchants: every field a person changes gets the next clock value and waits to be pushed. The stage travels as a
-- field only as it was at creation; every later move travels as a trail event (src/core/sync/events.ts).
CREATE TRIGGER sync_merchants_insert AFTER INSERT ON merchants WHEN (SELECT value FROM sync_state WHERE key = 'applying') = '0'
BEGIN
  INSERT OR REPLACE INTO sync_ids (entity, local_id, gid) VALUES ('merchant', NEW.id,
    CASE WHEN NEW.updated_at IS NULL AND NEW.org_number IS NULL THEN 'i' || lower(hex(NEW.country || ':' || lower(NEW.name))) ELSE lower(hex(randomblob(16))) END);
  UPDATE sync_state SET value = CAST(max(CAST(value AS INTEGER) + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) * 1000) AS TEXT) WHERE key = 'hlc';
  INSERT INTO sync_fields (entity, key, field, hlc, node, dirty)
  SELECT 'merchant', (SELECT gid FROM sync_ids WHERE entity = 'merchant' AND local_id = NEW.id), f.field, (SELECT CAST(value AS INTEGER) FROM sync_state WHERE key = 'hlc'), (SELECT value FROM sync_state WHERE key = 'node'), 1
    FROM (SELECT 'created_at' AS field UNION ALL SELECT 'stage' UNION ALL SELECT 'stage_since' UNION ALL SELECT 'stage_reason' UNION ALL SELECT 'live_since' UNION ALL SELECT 'name' AS field UNION ALL SELECT 'legal_name' AS field UNION ALL SELECT 'country' AS field UNION ALL SELECT 'org_number' AS field UNION ALL SELECT 'rep_id' AS field UNION ALL SELECT 'alipay_partner_id' AS field UNION ALL SELECT 'trading_name' AS field UNION ALL SELECT 'chinese_name' AS field UNION ALL SELECT 'listing_text' AS field UNION ALL SELECT 'address' AS field UNION ALL SELECT 'postal_code' AS field UNION ALL SELECT 'city' AS field UNION ALL SELECT 'mcc' AS field UNION ALL SELECT 'contact_name' AS field UNION ALL SELECT 'email' AS field UNION ALL SELECT 'phone' AS field UNION ALL SELECT 'iban' AS field UNION ALL SELECT 'nets_merchant_number' AS field UNION ALL SELECT 'notes' AS field UNION ALL SELECT '_deleted' AS field) f
   WHERE (SELECT gid FROM sync_ids WHERE entity = 'merchant' AND local_id = NEW.id) IS NOT NULL
  ON CONFLICT (entity, key, field) DO UPDATE SET hlc = excluded.hlc, node = excluded.node, dirty = 1;
END;
CREATE TRIGGER sync_merchants_update AFTER UPDATE ON merchants WHEN (SELECT value FROM sync_state WHERE key = 'applying') = '0'
BEGIN
  UPDATE sync_state SET value = CAST(max(CAST(value AS INTEGER) + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) * 1000) AS TEXT) WHERE key = 'hlc';
  INSERT INTO sync_fields (entity, key, field, hlc, node, dirty)
  SELECT 'merchant', (SELECT gid FROM sync_ids WHERE entity = 'merchant' AND local_id = NEW.id), f.field, (SELECT CAST(value AS INTEGER) FROM sync_state WHERE key = 'hlc'), (SELECT value FROM sync_state WHERE key = 'node'), 1
    FROM (SELECT 'name' AS field WHERE OLD.name IS NOT NEW.name
          UNION ALL SELECT 'legal_name' AS field WHERE OLD.legal_name IS NOT NEW.legal_name
          UNION ALL SELECT 'country' AS field WHERE OLD.country IS NOT NEW.country
          UNION ALL SELECT 'org_number' AS field WHERE OLD.org_number IS NOT NEW.org_number
          UNION ALL SELECT 'rep_id' AS field WHERE OLD.rep_id IS NOT NEW.rep_id
          UNION ALL SELECT 'alipay_partner_id' AS field WHERE OLD.alipay_partner_id IS NOT NEW.alipay_partner_id
          UNION ALL SELECT 'trading_name' AS field WHERE OLD.trading_name IS NOT NEW.trading_name
          UNION ALL SELECT 'chinese_name' AS field WHERE OLD.chinese_name IS NOT NEW.chinese_name
          UNION ALL SELECT 'listing_text' AS field WHERE OLD.listing_text IS NOT NEW.listing_text
          UNION ALL SELECT 'address' AS field WHERE OLD.address IS NOT NEW.address
          UNION ALL SELECT 'postal_code' AS field WHERE OLD.postal_code IS NOT NEW.postal_code
          UNION ALL SELECT 'city' AS field WHERE OLD.city IS NOT NEW.city
          UNION ALL SELECT 'mcc' AS field WHERE OLD.mcc IS NOT NEW.mcc
          UNION ALL SELECT 'contact_name' AS field WHERE OLD.contact_name IS NOT NEW.contact_name
          UNION ALL SELECT 'email' AS field WHERE OLD.email IS NOT NEW.email
          UNION ALL SELECT 'phone' AS field WHERE OLD.phone IS NOT NEW.phone
          UNION ALL SELECT 'iban' AS field WHERE OLD.iban IS NOT NEW.iban
          UNION ALL SELECT 'nets_merchant_number' AS field WHERE OLD.nets_merchant_number IS NOT NEW.nets_merchant_number
          UNION ALL SELECT 'notes' AS field WHERE OLD.notes IS NOT NEW.notes) f
   WHERE (SELECT gid FROM sync_ids WHERE entity = 'merchant' AND local_id = NEW.id) IS NOT NULL
  ON CONFLICT (entity, key, field) DO UPDATE SET hlc = excluded.hlc, node = excluded.node, dirty = 1;
END;
CREATE TRIGGER sync_merchants_delete AFTER DELETE ON merchants WHEN (SELECT value FROM sync_state WHERE key = 'applying') = '0'
BEGIN
  UPDATE sync_state SET value = CAST(max(CAST(value AS INTEGER) + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) * 1000) AS TEXT) WHERE key = 'hlc';
  INSERT INTO sync_fields (entity, key, field, hlc, node, dirty)
  SELECT 'merchant', (SELECT gid FROM sync_ids WHERE entity = 'merchant' AND local_id = OLD.id), f.field, (SELECT CAST(value AS INTEGER) FROM sync_state WHERE key = 'hlc'), (SELECT value FROM sync_state WHERE key = 'node'), 1
    FROM (SELECT '_deleted' AS field) f
   WHERE (SELECT gid FROM sync_ids WHERE entity = 'merchant' AND local_id = OLD.id) IS NOT NULL
  ON CONFLICT (entity, key, field) DO UPDATE SET hlc = excluded.hlc, node = excluded.node, dirty = 1;
END;
INSERT INTO sync_fields (entity, key, field, hlc, node, dirty)
SELECT 'merchant', (SELECT gid FROM sync_ids WHERE entity = 'merchant' AND local_id = merchants.id), f.field, (SELECT CAST(value AS INTEGER) FROM sync_state WHERE key = 'hlc'), (SELECT value FROM sync_state WHERE key = 'node'), 1
  FROM merchants, (SELECT 'created_at' AS field UNION ALL SELECT 'stage' UNION ALL SELECT 'stage_since' UNION ALL SELECT 'stage_reason' UNION ALL SELECT 'live_since' UNION ALL SELECT 'name' AS field UNION ALL SELECT 'legal_name' AS field UNION ALL SELECT 'country' AS field UNION ALL SELECT 'org_number' AS field UNION ALL SELECT 'rep_id' AS field UNION ALL SELECT 'alipay_partner_id' AS field UNION ALL SELECT 'trading_name' AS field UNION ALL SELECT 'chinese_name' AS field UNION ALL SELECT 'listing_text' AS field UNION ALL SELECT 'address' AS field UNION ALL SELECT 'postal_code' AS field UNION ALL SELECT 'city' AS field UNION ALL SELECT 'mcc' AS field UNION ALL SELECT 'contact_name' AS field UNION ALL SELECT 'email' AS field UNION ALL SELECT 'phone' AS field UNION ALL SELECT 'iban' AS field UNION ALL SELECT 'nets_merchant_number' AS field UNION ALL SELECT 'notes' AS field UNION ALL SELECT '_deleted' AS field) f
 WHERE (SELECT gid FROM sync_ids WHERE entity = 'merchant' AND local_id = merchants.id) IS NOT NULL;

-- stores: every field a person changes gets the next clock value and waits to be pushed.
CREATE TRIGGER sync_stores_insert AFTER INSERT ON stores WHEN (SELECT value FROM sync_state WHERE key = 'applying') = '0'
BEGIN
  UPDATE sync_state SET value = CAST(max(CAST(value AS INTEGER) + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) * 1000) AS TEXT) WHERE key = 'hlc';
  INSERT INTO sync_fields (entity, key, field, hlc, node, dirty)
  SELECT 'store', json_array((SELECT gid FROM sync_ids WHERE entity = 'merchant' AND local_id = NEW.merchant_id), NEW.name), f.field, (SELECT CAST(value AS INTEGER) FROM sync_state WHERE key = 'hlc'), (SELECT value FROM sync_state WHERE key = 'node'), 1
    FROM (SELECT 'city' AS field UNION ALL SELECT '_deleted' AS field) f
   WHERE json_array((SELECT gid FROM sync_ids WHERE entity = 'merchant' AND local_id = NEW.merchant_id), NEW.name) IS NOT NULL
  ON CONFLICT (entity, key, field) DO UPDATE SET hlc = excluded.hlc, node = excluded.node, dirty = 1;
END;
CREATE TRIGGER sync_stores_update AFTER UPDATE ON stores WHEN (SELECT value FROM sync_state WHERE key = 'applying') = '0'
BEGIN
  UPDATE sync_state SET value = CAST(max(CAST(value AS INTEGER) + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) * 1000) AS TEXT) WHERE key = 'hlc';
  INSERT INTO sync_fields (entity, key, field, hlc, node, dirty)
  SELECT 'store', json_array((SELECT gid FROM sync_ids WHERE entity = 'merchant' AND local_id = NEW.merchant_id), NEW.name), f.field, (SELECT CAST(value AS INTEGER) FROM sync_state WHERE key = 'hlc'), (SELECT value FROM sync_state WHERE key = 'node'), 1
    FROM (SELECT 'city' AS field WHERE OLD.city IS NOT NEW.city) f
   WHERE json_array((SELECT gid FROM sync_ids WHERE entity = 'merchant' AND local_id = NEW.merchant_id), NEW.name) IS NOT NULL
  ON CONFLICT (entity, key, field) DO UPDATE SET hlc = excluded.hlc, node = excluded.node, dirty = 1;
END;
CREATE TRIGGER sync_stores_delete AFTER DELETE ON stores WHEN (SELECT value FROM sync_state WHERE key = 'applying') = '0'
BEGIN
  UPDATE sync_state SET value = CAST(max(CAST(value AS INTEGER) + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) * 1000) AS TEXT) WHERE key = 'hlc';
  INSERT INTO sync_fields (entity, key, field, hlc, node, dirty)
  SELECT 'store', json_array((SELECT gid FROM sync_ids WHERE entity = 'merchant' AND local_id = OLD.merchant_id), OLD.name), f.field, (SELECT CAST(value AS INTEGER) FROM sync_state WHERE key = 'hlc'), (SELECT value FROM sync_state WHERE key = 'node'), 1
    FROM (SELECT '_deleted' AS field) f
   WHERE json_array((SELECT gid FROM sync_ids WHERE entity = 'merchant' AND local_id = OLD.merchant_id), OLD.name) IS NOT NULL
  ON CONFLICT (entity, key, field) DO UPDATE SET hlc = excluded.hlc, node = excluded.node, dirty = 1;
END;
INSERT INTO sync_fields (entity, key, field, hlc, node, dirty)
SELECT 'store', json_array((SELECT gid FROM sync_ids WHERE entity = 'merchant' AND local_id = stores.merchant_id), stores.name), f.field, (SELECT CAST(value AS INTEGER) FROM sync_state WHERE key = 'hlc'), (SELECT value FROM sync_state WHERE key = 'node'), 1
  FROM stores, (SELECT 'city' AS field UNION ALL SELECT '_deleted' AS field) f
 WHERE json_array((SELECT gid FROM sync_ids WHERE entity = 'merchant' AND local_id = stores.merchant_id), stores.name) IS NOT NULL;

-- checklist_items: every field a person changes gets the next clock value and waits to be pushed.
CREATE TRIGGER sync_checklist_items_insert AFTER INSERT ON checklist_items WHEN (SELECT value FROM sync_state WHERE key = 'applying') = '0'
BEGIN
  UPDATE sync_state SET value = CAST(max(CAST(value AS INTEGER) + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) * 1000) AS TEXT) WHERE key = 'hlc';
  INSERT INTO sync_fields (entity, key, field, hlc, node, dirty)
  SELECT 'checklist', json_array((SELECT gid FROM sync_ids WHERE entity = 'merchant' AND local_id = NEW.merchant_id), NEW.item), f.field, (SELECT CAST(value AS INTEGER) FROM sync_state WHERE key = 'hlc'), (SELECT value FROM sync_state WHERE key = 'node'), 1
    FROM (SELECT 'done' AS field UNION ALL SELECT 'changed_at' AS field UNION ALL SELECT '_deleted' AS field) f
   WHERE json_array((SELECT gid FROM sync_ids WHERE entity = 'merchant' AND local_id = NEW.merchant_id), NEW.item) IS NOT NULL
  ON CONFLICT (entity, key, field) DO UPDATE SET hlc = excluded.hlc, node = excluded.node, dirty = 1;
END;
CREATE TRIGGER sync_checklist_items_update AFTER UPDATE ON checklist_items WHEN (SELECT value FROM sync_state WHERE key = 'applying') = '0'
BEGIN
  UPDATE sync_state SET value = CAST(max(CAST(value AS INTEGER) + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) * 1000) AS TEXT) WHERE key = 'hlc';
  INSERT INTO sync_fields (entity, key, field, hlc, node, dirty)
  SELECT 'checklist', json_array((SELECT gid FROM sync_ids WHERE entity = 'merchant' AND local_id = NEW.merchant_id), NEW.item), f.field, (SELECT CAST(value AS INTEGER) FROM sync_state WHERE key = 'hlc'), (SELECT value FROM sync_state WHERE key = 'node'), 1
    FROM (SELECT 'done' AS field WHERE OLD.done IS NOT NEW.done
          UNION ALL SELECT 'changed_at' AS field WHERE OLD.changed_at IS NOT NEW.changed_at) f
   WHERE json_array((SELECT gid FROM sync_ids WHERE entity = 'merchant' AND local_id = NEW.merchant_id), NEW.item) IS NOT NULL
  ON CONFLICT (entity, key, field) DO UPDATE SET hlc = excluded.hlc, node = excluded.node, dirty = 1;
END;
CREATE TRIGGER sync_checklist_items_delete AFTER DELETE ON checklist_items WHEN (SELECT value FROM sync_state WHERE key = 'applying') = '0'
BEGIN
  UPDATE sync_state SET value = CAST(max(CAST(value AS INTEGER) + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) * 1000) AS TEXT) WHERE key = 'hlc';
  INSERT INTO sync_fields (entity, key, field, hlc, node, dirty)
  SELECT 'checklist', json_array((SELECT gid FROM sync_ids WHERE entity = 'merchant' AND local_id = OLD.merchant_id), OLD.item), f.field, (SELECT CAST(value AS INTEGER) FROM sync_state WHERE key = 'hlc'), (SELECT value FROM sync_state WHERE key = 'node'), 1
    FROM (SELECT '_deleted' AS field) f
   WHERE json_array((SELECT gid FROM sync_ids WHERE entity = 'merchant' AND local_id = OLD.merchant_id), OLD.item) IS NOT NULL
  ON CONFLICT (entity, key, field) DO UPDATE SET hlc = excluded.hlc, node = excluded.node, dirty = 1;
END;
INSERT INTO sync_fields (entity, key, field, hlc, node, dirty)
SELECT 'checklist', json_array((SELECT gid FROM sync_ids WHERE entity = 'merchant' AND local_id = checklist_items.merchant_id), checklist_items.item), f.field, (SELECT CAST(value AS INTEGER) FROM sync_state WHERE key = 'hlc'), (SELECT value FROM sync_state WHERE key = 'node'), 1
  FROM checklist_items, (SELECT 'done' AS field UNION ALL SELECT 'changed_at' AS field UNION ALL SELECT '_deleted' AS field) f
 WHERE json_array((SELECT gid FROM sync_ids WHERE entity = 'merchant' AND local_id = checklist_items.merchant_id), checklist_items.item) IS NOT NULL;

-- documents: every field a person changes gets the next clock value and waits to be pushed.
CREATE TRIGGER sync_documents_insert AFTER INSERT ON documents WHEN (SELECT value FROM sync_state WHERE key = 'applying') = '0'
BEGIN
  UPDATE sync_state SET value = CAST(max(CAST(value AS INTEGER) + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) * 1000) AS TEXT) WHERE key = 'hlc';
  INSERT INTO sync_fields (entity, key, field, hlc, node, dirty)
  SELECT 'document', json_array((SELECT gid FROM sync_ids WHERE entity = 'merchant' AND local_id = NEW.merchant_id), NEW.sha256), f.field, (SELECT CAST(value AS INTEGER) FROM sync_state WHERE key = 'hlc'), (SELECT value FROM sync_state WHERE key = 'node'), 1
    FROM (SELECT 'item' AS field UNION ALL SELECT 'file_name' AS field UNION ALL SELECT 'size' AS field UNION ALL SELECT 'added_at' AS field UNION ALL SELECT '_deleted' AS field) f
   WHERE json_array((SELECT gid FROM sync_ids WHERE entity = 'merchant' AND local_id = NEW.merchant_id), NEW.sha256) IS NOT NULL
  ON CONFLICT (entity, key, field) DO UPDATE SET hlc = excluded.hlc, node = excluded.node, dirty = 1;
END;
CREATE TRIGGER sync_documents_update AFTER UPDATE ON documents WHEN (SELECT value FROM sync_state WHERE key = 'applying') = '0'
BEGIN
  UPDATE sync_state SET value = CAST(max(CAST(value AS INTEGER) + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) * 1000) AS TEXT) WHERE key = 'hlc';
  INSERT INTO sync_fields (entity, key, field, hlc, node, dirty)
  SELECT 'document', json_array((SELECT gid FROM sync_ids WHERE entity = 'merchant' AND local_id = NEW.merchant_id), NEW.sha256), f.field, (SELECT CAST(value AS INTEGER) FROM sync_state WHERE key = 'hlc'), (SELECT value FROM sync_state WHERE key = 'node'), 1
    FROM (SELECT 'item' AS field WHERE OLD.item IS NOT NEW.item
          UNION ALL SELECT 'file_name' AS field WHERE OLD.file_name IS NOT NEW.file_name
          UNION ALL SELECT 'size' AS field WHERE OLD.size IS NOT NEW.size
          UNION ALL SELECT 'added_at' AS field WHERE OLD.added_at IS NOT NEW.added_at) f
   WHERE json_array((SELECT gid FROM sync_ids WHERE entity = 'merchant' AND local_id = NEW.merchant_id), NEW.sha256) IS NOT NULL
  ON CONFLICT (entity, key, field) DO UPDATE SET hlc = excluded.hlc, node = excluded.node, dirty = 1;
END;
CREATE TRIGGER sync_documents_delete AFTER DELETE ON documents WHEN (SELECT value FROM sync_state WHERE key = 'applying') = '0'
BEGIN
  UPDATE sync_state SET value = CAST(max(CAST(value AS INTEGER) + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) * 1000) AS TEXT) WHERE key = 'hlc';
  INSERT INTO sync_fields (entity, key, field, hlc, node, dirty)
  SELECT 'document', json_array((SELECT gid FROM sync_ids WHERE entity = 'merchant' AND local_id = OLD.merchant_id), OLD.sha256), f.field, (SELECT CAST(value AS INTEGER) FROM sync_state WHERE key = 'hlc'), (SELECT value FROM sync_state WHERE key = 'node'), 1
    FROM (SELECT '_deleted' AS field) f
   WHERE json_array((SELECT gid FROM sync_ids WHERE entity = 'merchant' AND local_id = OLD.merchant_id), OLD.sha256) IS NOT NULL
  ON CONFLICT (entity, key, field) DO UPDATE SET hlc = excluded.hlc, node = excluded.node, dirty = 1;
END;
INSERT INTO sync_fields (entity, key, field, hlc, node, dirty)
SELECT 'document', json_array((SELECT gid FROM sync_ids WHERE entity = 'merchant' AND local_id = documents.merchant_id), documents.sha256), f.field, (SELECT CAST(value AS INTEGER) FROM sync_state WHERE key = 'hlc'), (SELECT value FROM sync_state WHERE key = 'node'), 1
  FROM documents, (SELECT 'item' AS field UNION ALL SELECT 'file_name' AS field UNION ALL SELECT 'size' AS field UNION ALL SELECT 'added_at' AS field UNION ALL SELECT '_deleted' AS field) f
 WHERE json_array((SELECT gid FROM sync_ids WHERE entity = 'merchant' AND local_id = documents.merchant_id), documents.sha256) IS NOT NULL;

-- fx_rates (the reference rates every Kassa ships stay local): every field a person changes gets the next clock value and waits to be pushed.
CREATE TRIGGER sync_fx_rates_insert AFTER INSERT ON fx_rates WHEN (SELECT value FROM sync_state WHERE key = 'applying') = '0' AND NEW.source <> 'reference'
BEGIN
  UPDATE sync_state SET value = CAST(max(CAST(value AS INTEGER) + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) * 1000) AS TEXT) WHERE key = 'hlc';
  INSERT INTO sync_fields (entity, key, field, hlc, node, dirty)
  SELECT 'fx_rate', json_array(NEW.currency, NEW.day), f.field, (SELECT CAST(value AS INTEGER) FROM sync_state WHERE key = 'hlc'), (SELECT value FROM sync_state WHERE key = 'node'), 1
    FROM (SELECT 'nok_per_unit' AS field UNION ALL SELECT 'source' AS field UNION ALL SELECT 'approximate' AS field UNION ALL SELECT '_deleted' AS field) f
   WHERE json_array(NEW.currency, NEW.day) IS NOT NULL
  ON CONFLICT (entity, key, field) DO UPDATE SET hlc = excluded.hlc, node = excluded.node, dirty = 1;
END;
CREATE TRIGGER sync_fx_rates_update AFTER UPDATE ON fx_rates WHEN (SELECT value FROM sync_state WHERE key = 'applying') = '0' AND NEW.source <> 'reference'
BEGIN
  UPDATE sync_state SET value = CAST(max(CAST(value AS INTEGER) + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) * 1000) AS TEXT) WHERE key = 'hlc';
  INSERT INTO sync_fields (entity, key, field, hlc, node, dirty)
  SELECT 'fx_rate', json_array(NEW.currency, NEW.day), f.field, (SELECT CAST(value AS INTEGER) FROM sync_state WHERE key = 'hlc'), (SELECT value FROM sync_state WHERE key = 'node'), 1
    FROM (SELECT 'nok_per_unit' AS field WHERE OLD.nok_per_unit IS NOT NEW.nok_per_unit
          UNION ALL SELECT 'source' AS field WHERE OLD.source IS NOT NEW.source
          UNION ALL SELECT 'approximate' AS field WHERE OLD.approximate IS NOT NEW.approximate) f
   WHERE json_array(NEW.currency, NEW.day) IS NOT NULL
  ON CONFLICT (entity, key, field) DO UPDATE SET hlc = excluded.hlc, node = excluded.node, dirty = 1;
END;
CREATE TRIGGER sync_fx_rates_delete AFTER DELETE ON fx_rates WHEN (SELECT value FROM sync_state WHERE key = 'applying') = '0' AND OLD.source <> 'reference'
BEGIN
  UPDATE sync_state SET value = CAST(max(CAST(value AS INTEGER) + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) * 1000) AS TEXT) WHERE key = 'hlc';
  INSERT INTO sync_fields (entity, key, field, hlc, node, dirty)
  SELECT 'fx_rate', json_array(OLD.currency, OLD.day), f.field, (SELECT CAST(value AS INTEGER) FROM sync_state WHERE key = 'hlc'), (SELECT value FROM sync_state WHERE key = 'node'), 1
    FROM (SELECT '_deleted' AS field) f
   WHERE json_array(OLD.currency, OLD.day) IS NOT NULL
  ON CONFLICT (entity, key, field) DO UPDATE SET hlc = excluded.hlc, node = excluded.node, dirty = 1;
END;
INSERT INTO sync_fields (entity, key, field, hlc, node, dirty)
SELECT 'fx_rate', json_array(fx_rates.currency, fx_rates.day), f.field, (SELECT CAST(value AS INTEGER) FROM sync_state WHERE key = 'hlc'), (SELECT value FROM sync_state WHERE key = 'node'), 1
  FROM fx_rates, (SELECT 'nok_per_unit' AS field UNION ALL SELECT 'source' AS field UNION ALL SELECT 'approximate' AS field UNION ALL SELECT '_deleted' AS field) f
 WHERE fx_rates.source <> 'reference';

-- saved_views: every field a person changes gets the next clock value and waits to be pushed.
CREATE TRIGGER sync_saved_views_insert AFTER INSERT ON saved_views WHEN (SELECT value FROM sync_state WHERE key = 'applying') = '0'
BEGIN
  UPDATE sync_state SET value = CAST(max(CAST(value AS INTEGER) + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) * 1000) AS TEXT) WHERE key = 'hlc';
  INSERT INTO sync_fields (entity, key, field, hlc, node, dirty)
  SELECT 'saved_view', json_array(NEW.name), f.field, (SELECT CAST(value AS INTEGER) FROM sync_state WHERE key = 'hlc'), (SELECT value FROM sync_state WHERE key = 'node'), 1
    FROM (SELECT 'created_at' AS field UNION ALL SELECT 'filters' AS field UNION ALL SELECT '_deleted' AS field) f
   WHERE json_array(NEW.name) IS NOT NULL
  ON CONFLICT (entity, key, field) DO UPDATE SET hlc = excluded.hlc, node = excluded.node, dirty = 1;
END;
CREATE TRIGGER sync_saved_views_update AFTER UPDATE ON saved_views WHEN (SELECT value FROM sync_state WHERE key = 'applying') = '0'
BEGIN
  UPDATE sync_state SET value = CAST(max(CAST(value AS INTEGER) + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) * 1000) AS TEXT) WHERE key = 'hlc';
  INSERT INTO sync_fields (entity, key, field, hlc, node, dirty)
  SELECT 'saved_view', json_array(NEW.name), f.field, (SELECT CAST(value AS INTEGER) FROM sync_state WHERE key = 'hlc'), (SELECT value FROM sync_state WHERE key = 'node'), 1
    FROM (SELECT 'filters' AS field WHERE OLD.filters IS NOT NEW.filters) f
   WHERE json_array(NEW.name) IS NOT NULL
  ON CONFLICT (entity, key, field) DO UPDATE SET hlc = excluded.hlc, node = excluded.node, dirty = 1;
END;
CREATE TRIGGER sync_saved_views_delete AFTER DELETE ON saved_views WHEN (SELECT value FROM sync_state WHERE key = 'applying') = '0'
BEGIN
  UPDATE sync_state SET value = CAST(max(CAST(value AS INTEGER) + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) * 1000) AS TEXT) WHERE key = 'hlc';
  INSERT INTO sync_fields (entity, key, field, hlc, node, dirty)
  SELECT 'saved_view', json_array(OLD.name), f.field, (SELECT CAST(value AS INTEGER) FROM sync_state WHERE key = 'hlc'), (SELECT value FROM sync_state WHERE key = 'node'), 1
    FROM (SELECT '_deleted' AS field) f
   WHERE json_array(OLD.name) IS NOT NULL
  ON CONFLICT (entity, key, field) DO UPDATE SET hlc = excluded.hlc, node = excluded.node, dirty = 1;
END;
INSERT INTO sync_fields (entity, key, field, hlc, node, dirty)
SELECT 'saved_view', json_array(saved_views.name), f.field, (SELECT CAST(value AS INTEGER) FROM sync_state WHERE key = 'hlc'), (SELECT value FROM sync_state WHERE key = 'node'), 1
  FROM saved_views, (SELECT 'created_at' AS field UNION ALL SELECT 'filters' AS field UNION ALL SELECT '_deleted' AS field) f
 WHERE json_array(saved_views.name) IS NOT NULL;

-- import_profiles: every field a person changes gets the next clock value and waits to be pushed.
CREATE TRIGGER sync_import_profiles_insert AFTER INSERT ON import_profiles WHEN (SELECT value FROM sync_state WHERE key = 'applying') = '0'
BEGIN
  UPDATE sync_state SET value = CAST(max(CAST(value AS INTEGER) + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) * 1000) AS TEXT) WHERE key = 'hlc';
  INSERT INTO sync_fields (entity, key, field, hlc, node, dirty)
  SELECT 'mapping_profile', json_array(NEW.name), f.field, (SELECT CAST(value AS INTEGER) FROM sync_state WHERE key = 'hlc'), (SELECT value FROM sync_state WHERE key = 'node'), 1
    FROM (SELECT 'signature' AS field UNION ALL SELECT 'choices' AS field UNION ALL SELECT 'updated_at' AS field UNION ALL SELECT '_deleted' AS field) f
   WHERE json_array(NEW.name) IS NOT NULL
  ON CONFLICT (entity, key, field) DO UPDATE SET hlc = excluded.hlc, node = excluded.node, dirty = 1;
END;
CREATE TRIGGER sync_import_profiles_update AFTER UPDATE ON import_profiles WHEN (SELECT value FROM sync_state WHERE key = 'applying') = '0'
BEGIN
  UPDATE sync_state SET value = CAST(max(CAST(value AS INTEGER) + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) * 1000) AS TEXT) WHERE key = 'hlc';
  INSERT INTO sync_fields (entity, key, field, hlc, node, dirty)
  SELECT 'mapping_profile', json_array(NEW.name), f.field, (SELECT CAST(value AS INTEGER) FROM sync_state WHERE key = 'hlc'), (SELECT value FROM sync_state WHERE key = 'node'), 1
    FROM (SELECT 'signature' AS field WHERE OLD.signature IS NOT NEW.signature
          UNION ALL SELECT 'choices' AS field WHERE OLD.choices IS NOT NEW.choices
          UNION ALL SELECT 'updated_at' AS field WHERE OLD.updated_at IS NOT NEW.updated_at) f
   WHERE json_array(NEW.name) IS NOT NULL
  ON CONFLICT (entity, key, field) DO UPDATE SET hlc = excluded.hlc, node = excluded.node, dirty = 1;
END;
CREATE TRIGGER sync_import_profiles_delete AFTER DELETE ON import_profiles WHEN (SELECT value FROM sync_state WHERE key = 'applying') = '0'
BEGIN
  UPDATE sync_state SET value = CAST(max(CAST(value AS INTEGER) + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) * 1000) AS TEXT) WHERE key = 'hlc';
  INSERT INTO sync_fields (entity, key, field, hlc, node, dirty)
  SELECT 'mapping_profile', json_array(OLD.name), f.field, (SELECT CAST(value AS INTEGER) FROM sync_state WHERE key = 'hlc'), (SELECT value FROM sync_state WHERE key = 'node'), 1
    FROM (SELECT '_deleted' AS field) f
   WHERE json_array(OLD.name) IS NOT NULL
  ON CONFLICT (entity, key, field) DO UPDATE SET hlc = excluded.hlc, node = excluded.node, dirty = 1;
END;
INSERT INTO sync_fields (entity, key, field, hlc, node, dirty)
SELECT 'mapping_profile', json_array(import_profiles.name), f.field, (SELECT CAST(value AS INTEGER) FROM sync_state WHERE key = 'hlc'), (SELECT value FROM sync_state WHERE key = 'node'), 1
  FROM import_profiles, (SELECT 'signature' AS field UNION ALL SELECT 'choices' AS field UNION ALL SELECT 'updated_at' AS field UNION ALL SELECT '_deleted' AS field) f
 WHERE json_array(import_profiles.name) IS NOT NULL;
`
