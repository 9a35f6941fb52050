// Merchant onboarding: the full merchant record, terminals, checklists, documents, profiles and the
// append-only audit trail. Checklist templates live in src/core/merchants/stages.ts; rows here hold state.
export default /* sql */ `
ALTER TABLE merchants ADD COLUMN trading_name TEXT;
ALTER TABLE merchants ADD COLUMN chinese_name TEXT;
ALTER TABLE merchants ADD COLUMN listing_text TEXT;
ALTER TABLE merchants ADD COLUMN address TEXT;
ALTER TABLE merchants ADD COLUMN postal_code TEXT;
ALTER TABLE merchants ADD COLUMN city TEXT;
ALTER TABLE merchants ADD COLUMN mcc TEXT;
ALTER TABLE merchants ADD COLUMN contact_name TEXT;
ALTER TABLE merchants ADD COLUMN email TEXT;
ALTER TABLE merchants ADD COLUMN phone TEXT;              -- E.164
ALTER TABLE merchants ADD COLUMN iban TEXT;               -- electronic form, no spaces
ALTER TABLE merchants ADD COLUMN nets_merchant_number TEXT;
ALTER TABLE merchants ADD COLUMN notes TEXT;
ALTER TABLE merchants ADD COLUMN stage_since INTEGER;     -- UTC ms; NULL = since created_at
ALTER TABLE merchants ADD COLUMN stage_reason TEXT;       -- why on hold / rejected / churned
ALTER TABLE merchants ADD COLUMN updated_at INTEGER;
CREATE INDEX merchants_stage ON merchants(stage);

CREATE TABLE profiles (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  role TEXT NOT NULL CHECK (role IN ('rep','manager','admin')),
  rep_id INTEGER REFERENCES reps(id),   -- the rep row a rep profile acts as (assignment)
  created_at INTEGER NOT NULL
);
INSERT INTO profiles (name, role, created_at) VALUES ('Administrator', 'admin', 0);

-- Which local profile is acting; one row.
CREATE TABLE active_profile (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  profile_id INTEGER NOT NULL REFERENCES profiles(id)
);
INSERT INTO active_profile (id, profile_id) SELECT 1, id FROM profiles WHERE name = 'Administrator';

CREATE TABLE terminals (
  id INTEGER PRIMARY KEY,
  merchant_id INTEGER NOT NULL REFERENCES merchants(id) ON DELETE CASCADE,
  store_id INTEGER REFERENCES stores(id) ON DELETE SET NULL,
  kind TEXT NOT NULL CHECK (kind IN ('terminal','qr')),
  serial TEXT NOT NULL,
  installed_on TEXT,                    -- 'YYYY-MM-DD'
  UNIQUE (merchant_id, serial)
);

CREATE TABLE checklist_items (
  merchant_id INTEGER NOT NULL REFERENCES merchants(id) ON DELETE CASCADE,
  item TEXT NOT NULL,                   -- key from the stage template
  done INTEGER NOT NULL DEFAULT 0,
  changed_at INTEGER NOT NULL,
  changed_by INTEGER REFERENCES profiles(id),
  PRIMARY KEY (merchant_id, item)
) WITHOUT ROWID;

CREATE TABLE documents (
  id INTEGER PRIMARY KEY,
  merchant_id INTEGER NOT NULL REFERENCES merchants(id) ON DELETE CASCADE,
  item TEXT,                            -- checklist item it proves, if any
  file_name TEXT NOT NULL,              -- the name the user picked
  stored_name TEXT NOT NULL UNIQUE,     -- under <dataDir>/documents
  sha256 TEXT NOT NULL,
  size INTEGER NOT NULL,
  added_at INTEGER NOT NULL,
  added_by INTEGER REFERENCES profiles(id)
);
CREATE INDEX documents_merchant ON documents(merchant_id);

-- Append-only: no foreign key to merchants so the history outlives a deleted merchant;
-- the triggers below refuse every UPDATE and DELETE.
CREATE TABLE merchant_events (
  id INTEGER PRIMARY KEY,
  merchant_id INTEGER NOT NULL,
  at INTEGER NOT NULL,                  -- UTC ms
  profile_id INTEGER,
  profile_name TEXT NOT NULL,           -- as it was then
  kind TEXT NOT NULL,                   -- created, field, stage, checklist, assignment, document, deleted
  field TEXT,
  before TEXT,
  after TEXT,
  note TEXT
);
CREATE INDEX merchant_events_merchant ON merchant_events(merchant_id, at);

CREATE TRIGGER merchant_events_no_update BEFORE UPDATE ON merchant_events
BEGIN SELECT RAISE(ABORT, 'the onboarding audit trail is append-only: entries cannot be changed'); END;
CREATE TRIGGER merchant_events_no_delete BEFORE DELETE ON merchant_events
BEGIN SELECT RAISE(ABORT, 'the onboarding audit trail is append-only: entries cannot be deleted'); END;

-- Whoever deletes a merchant (an undone import, a demo reload), the trail says so.
CREATE TRIGGER merchants_deleted_to_trail AFTER DELETE ON merchants
BEGIN
  INSERT INTO merchant_events (merchant_id, at, profile_name, kind, before, note)
  VALUES (OLD.id, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'system', 'deleted', OLD.name, 'merchant removed');
END;
`
