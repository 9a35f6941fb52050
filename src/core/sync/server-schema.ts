/**
 * The team store's schema on PostgreSQL, created and migrated by Kassa itself: numbered, append-only, literal SQL
 * like the local migrations. Everything lives in schema `kassa`. Access is enforced here by row-level security:
 * a rep sees the merchants of their countries, a manager those of their merchant group, an admin all; every other
 * table reaches its rows through the merchants a member may see.
 */
export interface ServerMigration {
  version: number
  name: string
  sql: string
}

const base = /* sql */ `
CREATE TABLE kassa.members (
  role_name TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('rep', 'manager', 'admin')),
  countries TEXT[] NOT NULL DEFAULT '{}',
  merchant_group TEXT
);

-- The one order of every change a member can pull; writers take an advisory lock so seq values commit in order.
CREATE SEQUENCE kassa.change_seq;

CREATE TABLE kassa.merchants (
  gid TEXT PRIMARY KEY,
  country TEXT NOT NULL CHECK (country IN ('DK', 'NO', 'SE', 'FI')),
  merchant_group TEXT
);

-- Field-level last-writer-wins: one row per entity, key and field with its clock value and node.
CREATE TABLE kassa.fields (
  entity TEXT NOT NULL,
  key TEXT NOT NULL,
  field TEXT NOT NULL,
  value TEXT,
  hlc BIGINT NOT NULL,
  node TEXT NOT NULL,
  merchant_gid TEXT REFERENCES kassa.merchants(gid),
  seq BIGINT NOT NULL DEFAULT nextval('kassa.change_seq'),
  PRIMARY KEY (entity, key, field)
);
CREATE INDEX fields_seq ON kassa.fields(seq);

-- The onboarding trail, append-only: merged by event id, never updated or deleted.
CREATE TABLE kassa.events (
  gid TEXT PRIMARY KEY,
  merchant_gid TEXT NOT NULL REFERENCES kassa.merchants(gid),
  at BIGINT NOT NULL,
  profile_name TEXT NOT NULL,
  kind TEXT NOT NULL,
  field TEXT,
  before TEXT,
  after TEXT,
  note TEXT,
  node TEXT NOT NULL,
  seq BIGINT NOT NULL DEFAULT nextval('kassa.change_seq')
);
CREATE INDEX events_seq ON kassa.events(seq);
CREATE FUNCTION kassa.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'the onboarding audit trail is append-only'; END $$;
CREATE TRIGGER events_append_only BEFORE UPDATE OR DELETE ON kassa.events FOR EACH ROW EXECUTE FUNCTION kassa.refuse_change();

-- Imported files, one row per file hash. A batch is readable once complete; rows arrive in numbered chunks so an
-- interrupted push resumes after its last committed row.
CREATE TABLE kassa.batches (
  sha256 TEXT PRIMARY KEY,
  file_name TEXT NOT NULL,
  format TEXT NOT NULL,
  rows INTEGER NOT NULL,
  received INTEGER NOT NULL DEFAULT 0,
  complete BOOLEAN NOT NULL DEFAULT false,
  node TEXT NOT NULL,
  seq BIGINT
);
CREATE INDEX batches_seq ON kassa.batches(seq) WHERE complete;

CREATE TABLE kassa.transactions (
  batch_sha256 TEXT NOT NULL REFERENCES kassa.batches(sha256),
  n INTEGER NOT NULL,
  merchant_gid TEXT NOT NULL REFERENCES kassa.merchants(gid),
  store_name TEXT,
  terminal TEXT,
  occurred_at BIGINT NOT NULL,
  day TEXT NOT NULL,
  kind_code SMALLINT NOT NULL,
  status_code SMALLINT NOT NULL,
  method_code SMALLINT NOT NULL,
  card_scheme TEXT,
  card_country TEXT,
  origin_code SMALLINT NOT NULL,
  amount BIGINT NOT NULL,
  currency TEXT NOT NULL,
  fee BIGINT,
  source TEXT NOT NULL,
  external_id TEXT,
  fingerprint TEXT,
  line INTEGER,
  PRIMARY KEY (batch_sha256, n)
);

CREATE FUNCTION kassa.may_see(m kassa.merchants) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT EXISTS (
    SELECT 1 FROM kassa.members t
     WHERE t.role_name = current_user
       AND (t.kind = 'admin'
            OR (t.kind = 'rep' AND m.country = ANY (t.countries))
            OR (t.kind = 'manager' AND m.merchant_group IS NOT NULL AND m.merchant_group = t.merchant_group)))
$$;

ALTER TABLE kassa.members ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_row ON kassa.members FOR SELECT USING (role_name = current_user);

ALTER TABLE kassa.merchants ENABLE ROW LEVEL SECURITY;
CREATE POLICY visible ON kassa.merchants USING (kassa.may_see(merchants)) WITH CHECK (kassa.may_see(merchants));

ALTER TABLE kassa.fields ENABLE ROW LEVEL SECURITY;
CREATE POLICY visible ON kassa.fields
  USING (merchant_gid IS NULL OR EXISTS (SELECT 1 FROM kassa.merchants m WHERE m.gid = merchant_gid))
  WITH CHECK (merchant_gid IS NULL OR EXISTS (SELECT 1 FROM kassa.merchants m WHERE m.gid = merchant_gid));

ALTER TABLE kassa.events ENABLE ROW LEVEL SECURITY;
CREATE POLICY visible ON kassa.events
  USING (EXISTS (SELECT 1 FROM kassa.merchants m WHERE m.gid = merchant_gid))
  WITH CHECK (EXISTS (SELECT 1 FROM kassa.merchants m WHERE m.gid = merchant_gid));

ALTER TABLE kassa.transactions ENABLE ROW LEVEL SECURITY;
CREATE POLICY visible ON kassa.transactions
  USING (EXISTS (SELECT 1 FROM kassa.merchants m WHERE m.gid = merchant_gid))
  WITH CHECK (EXISTS (SELECT 1 FROM kassa.merchants m WHERE m.gid = merchant_gid));

DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'kassa_member') THEN CREATE ROLE kassa_member NOLOGIN; END IF;
END $$;
GRANT USAGE ON SCHEMA kassa TO kassa_member;
GRANT SELECT ON kassa.members, kassa.schema_versions TO kassa_member;
GRANT SELECT, INSERT, UPDATE ON kassa.merchants, kassa.fields, kassa.batches, kassa.transactions TO kassa_member;
GRANT SELECT, INSERT ON kassa.events TO kassa_member;
GRANT USAGE, SELECT ON SEQUENCE kassa.change_seq TO kassa_member;
`

// An undone import: marked (who, when) under a new change number so members undo their copies; its rows stay, a
// member that never held the file simply skips it.
const undoneBatches = /* sql */ `
ALTER TABLE kassa.batches ADD COLUMN undone BOOLEAN NOT NULL DEFAULT false,
                          ADD COLUMN undone_by TEXT,
                          ADD COLUMN undone_at BIGINT;
`

export const serverMigrations: ServerMigration[] = [
  { version: 1, name: 'team store', sql: base },
  { version: 2, name: 'undone imports', sql: undoneBatches }
]
