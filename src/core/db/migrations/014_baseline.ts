// The whole schema as it stood at the last pre-release migration (14): the squashed chain 1–14, written out once and
// frozen. It imports nothing: change the schema with a new numbered migration, never here. Its version is 14 so a
// store the old chain brought to 14 is this schema already (test/unit/foundation/baseline.test.ts proves both equal).
// Money is INTEGER minor units of `currency`; time is UTC epoch ms; days are local 'YYYY-MM-DD'.
export default /* sql */ `
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE countries (
  code TEXT PRIMARY KEY CHECK (code IN ('DK','NO','SE','FI')),
  name TEXT NOT NULL,
  currency TEXT NOT NULL,
  time_zone TEXT NOT NULL,
  alipay_live_date TEXT            -- 'YYYY-MM-DD'; NULL = not live
);
INSERT INTO countries VALUES
  ('DK','Denmark','DKK','Europe/Copenhagen','2018-03-26'),
  ('NO','Norway','NOK','Europe/Oslo','2018-04-01'),
  ('SE','Sweden','SEK','Europe/Stockholm','2018-04-01'),
  ('FI','Finland','EUR','Europe/Helsinki',NULL);

CREATE TABLE reps (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  email TEXT,
  country TEXT REFERENCES countries(code)
);

-- Merchants and their onboarding. Checklist templates live in src/core/merchants/stages.ts; rows here hold state.
CREATE TABLE merchants (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  legal_name TEXT,
  country TEXT NOT NULL REFERENCES countries(code),
  org_number TEXT,                 -- canonical digits, NULL when unknown
  stage TEXT NOT NULL DEFAULT 'lead',
  rep_id INTEGER REFERENCES reps(id),
  alipay_partner_id TEXT UNIQUE,
  live_since TEXT,                 -- 'YYYY-MM-DD'
  created_at INTEGER NOT NULL,
  trading_name TEXT,
  chinese_name TEXT,
  listing_text TEXT,
  address TEXT,
  postal_code TEXT,
  city TEXT,
  mcc TEXT,
  contact_name TEXT,
  email TEXT,
  phone TEXT,                      -- E.164
  iban TEXT,                       -- electronic form, no spaces
  nets_merchant_number TEXT,
  notes TEXT,
  stage_since INTEGER,             -- UTC ms; NULL = since created_at
  stage_reason TEXT,               -- why on hold / rejected / churned
  updated_at INTEGER,
  UNIQUE (country, org_number)
);
CREATE INDEX merchants_name ON merchants(name COLLATE NOCASE);
CREATE INDEX merchants_stage ON merchants(stage);

CREATE TABLE stores (
  id INTEGER PRIMARY KEY,
  merchant_id INTEGER NOT NULL REFERENCES merchants(id),
  name TEXT NOT NULL,
  city TEXT,
  UNIQUE (merchant_id, name)
);

CREATE TABLE profiles (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  role TEXT NOT NULL CHECK (role IN ('rep','manager','admin')),
  rep_id INTEGER REFERENCES reps(id),   -- the rep row a rep profile acts as (assignment)
  created_at INTEGER NOT NULL,
  passphrase TEXT                       -- salted scrypt hash (src/core/merchants/passphrase.ts); NULL = none set
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

-- The onboarding audit trail, append-only and hash-chained (src/core/merchants/trail-chain.ts): no foreign key to
-- merchants so the history outlives a deleted merchant. kassa_trail_hash is registered on every connection Kassa
-- opens (src/core/db/open.ts); sealing sets the hash once, after that an event cannot be changed.
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
  note TEXT,
  hash TEXT                             -- sha256 of the previous event's hash and this event's fields
);
CREATE INDEX merchant_events_merchant ON merchant_events(merchant_id, at);

CREATE TRIGGER merchant_events_no_update BEFORE UPDATE ON merchant_events WHEN OLD.hash IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'the onboarding audit trail is append-only: entries cannot be changed'); END;
CREATE TRIGGER merchant_events_no_delete BEFORE DELETE ON merchant_events
BEGIN SELECT RAISE(ABORT, 'the onboarding audit trail is append-only: entries cannot be deleted'); END;

CREATE TRIGGER merchant_events_chain AFTER INSERT ON merchant_events
BEGIN
  UPDATE merchant_events
     SET hash = kassa_trail_hash((SELECT p.hash FROM merchant_events p WHERE p.id < NEW.id ORDER BY p.id DESC LIMIT 1),
                                 NEW.id, NEW.merchant_id, NEW.at, NEW.profile_id, NEW.profile_name, NEW.kind, NEW.field,
                                 NEW.before, NEW.after, NEW.note)
   WHERE id = NEW.id;
END;

-- Whoever deletes a merchant (an undone import, a demo reload), the trail says so.
CREATE TRIGGER merchants_deleted_to_trail AFTER DELETE ON merchants
BEGIN
  INSERT INTO merchant_events (merchant_id, at, profile_name, kind, before, note)
  VALUES (OLD.id, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'system', 'deleted', OLD.name, 'merchant removed');
END;

-- Imports. A batch's rows are found by their id range (first_id..last_id: one batch is written in one transaction).
CREATE TABLE import_batches (
  id INTEGER PRIMARY KEY,
  file_name TEXT NOT NULL,
  sha256 TEXT,
  format TEXT NOT NULL,            -- csv, alipay, antom, vipps, adyen, demo
  encoding TEXT,
  rows INTEGER NOT NULL DEFAULT 0,
  imported INTEGER NOT NULL DEFAULT 0,
  duplicates INTEGER NOT NULL DEFAULT 0,
  rejected INTEGER NOT NULL DEFAULT 0,
  started_at INTEGER NOT NULL,
  finished_at INTEGER,
  status TEXT NOT NULL DEFAULT 'running',  -- running, done, undone
  skipped INTEGER NOT NULL DEFAULT 0,
  warnings TEXT,
  size INTEGER,
  first_id INTEGER,
  last_id INTEGER,
  profile_id INTEGER REFERENCES profiles(id)  -- who ran it in the app; NULL = the CLI or the demo
);

CREATE TABLE import_rejects (
  batch_id INTEGER NOT NULL REFERENCES import_batches(id) ON DELETE CASCADE,
  line INTEGER NOT NULL,
  raw TEXT NOT NULL,
  reason TEXT NOT NULL,
  PRIMARY KEY (batch_id, line)
) WITHOUT ROWID;

-- Saved column-mapping profiles.
CREATE TABLE import_profiles (
  name TEXT PRIMARY KEY,
  signature TEXT NOT NULL,          -- normalised header names joined with '|'
  choices TEXT NOT NULL,            -- JSON: format, delimiter, decimal, dateOrder, mapping (by column name)
  updated_at INTEGER NOT NULL
);
CREATE INDEX import_profiles_signature ON import_profiles(signature);

-- Transactions keep kind, status, method and origin as small integer codes (src/core/db/transaction-codes.ts); the
-- transactions view shows them by name. Writers use transaction_rows, readers the view.
CREATE TABLE transaction_rows (
  id INTEGER PRIMARY KEY,
  merchant_id INTEGER NOT NULL REFERENCES merchants(id),
  store_id INTEGER REFERENCES stores(id),
  terminal TEXT,
  occurred_at INTEGER NOT NULL,     -- UTC epoch ms
  day TEXT NOT NULL,                -- local day in the merchant's time zone
  kind_code INTEGER NOT NULL CHECK (kind_code BETWEEN 0 AND 1),       -- payment, refund
  status_code INTEGER NOT NULL CHECK (status_code BETWEEN 0 AND 3),   -- captured, settled, pending, failed
  method_code INTEGER NOT NULL CHECK (method_code BETWEEN 0 AND 2),   -- alipay, card, other
  card_scheme TEXT,
  card_country TEXT,                -- ISO 3166 alpha-2 of the issuer, when known
  origin_code INTEGER NOT NULL CHECK (origin_code BETWEEN 0 AND 5),   -- alipay, domestic, cn, foreign, unknown, other
  amount INTEGER NOT NULL CHECK (amount >= 0),   -- minor units, sign carried by kind
  currency TEXT NOT NULL,
  fee INTEGER,                      -- minor units of currency, when the file carries it
  source TEXT NOT NULL,             -- file format or 'demo'
  external_id TEXT,                 -- generic CSV ids as '<id>:<merchant id>' (src/core/db/external-ids.ts)
  batch_id INTEGER NOT NULL REFERENCES import_batches(id),
  raw TEXT,
  fingerprint TEXT,                 -- for rows without an external id
  line INTEGER                      -- the file line the row came from
);
CREATE UNIQUE INDEX transactions_source_ext ON transaction_rows(source, external_id) WHERE external_id IS NOT NULL;
CREATE UNIQUE INDEX transactions_fingerprint ON transaction_rows(fingerprint) WHERE fingerprint IS NOT NULL;
CREATE INDEX transactions_time ON transaction_rows(occurred_at, id);
CREATE INDEX transactions_merchant_time ON transaction_rows(merchant_id, occurred_at);
CREATE INDEX transactions_amount ON transaction_rows(amount, id);

CREATE VIEW transactions AS
SELECT id, merchant_id, store_id, terminal, occurred_at, day,
       CASE kind_code WHEN 0 THEN 'payment' ELSE 'refund' END AS kind,
       CASE status_code WHEN 0 THEN 'captured' WHEN 1 THEN 'settled' WHEN 2 THEN 'pending' ELSE 'failed' END AS status,
       CASE method_code WHEN 0 THEN 'alipay' WHEN 1 THEN 'card' ELSE 'other' END AS method,
       card_scheme, card_country,
       CASE origin_code WHEN 0 THEN 'alipay' WHEN 1 THEN 'domestic' WHEN 2 THEN 'cn' WHEN 3 THEN 'foreign' WHEN 4 THEN 'unknown'
                        ELSE 'other' END AS origin,
       amount, currency, fee, source, external_id, batch_id, raw, fingerprint, line
  FROM transaction_rows;

-- One row per local day x merchant x store x method x origin x currency x kind, failed rows excluded.
CREATE TABLE daily_rollup (
  day TEXT NOT NULL,
  merchant_id INTEGER NOT NULL,
  store_id INTEGER NOT NULL,        -- 0 when the row has no store
  method TEXT NOT NULL,
  origin TEXT NOT NULL,
  currency TEXT NOT NULL,
  kind TEXT NOT NULL,
  count INTEGER NOT NULL,
  amount INTEGER NOT NULL,
  fee INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (day, merchant_id, store_id, method, origin, currency, kind)
) WITHOUT ROWID;

-- Published or edited rates: units of NOK for one unit of currency on that day.
CREATE TABLE fx_rates (
  currency TEXT NOT NULL,
  day TEXT NOT NULL,
  nok_per_unit REAL NOT NULL CHECK (nok_per_unit > 0),
  source TEXT NOT NULL,             -- reference, norges-bank, ecb, manual
  approximate INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (currency, day)
) WITHOUT ROWID;

-- fx_rates carried forward to every day (nearest earlier rate), rebuilt when rates change.
CREATE TABLE fx_daily (
  day TEXT NOT NULL,
  currency TEXT NOT NULL,
  nok_per_unit REAL NOT NULL,
  exact_day INTEGER NOT NULL,       -- 1 when a rate was published for this very day
  approximate INTEGER NOT NULL,
  PRIMARY KEY (day, currency)
) WITHOUT ROWID;

-- Analytics: a flag ('cubes_stale') that asks for the cubes to be filled again, and saved dashboard views.
CREATE TABLE analytics_state (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE saved_views (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE,
  filters TEXT NOT NULL,           -- JSON of the dashboard filter state
  created_at INTEGER NOT NULL
);

-- The cubes (src/core/rollup/cubes.ts describes them), as that file defined them when this baseline was written.
-- money: count and the gross converted into each reporting currency (a_<currency>), by method x origin x kind.
CREATE TABLE money_day_country (
  t TEXT NOT NULL, country TEXT NOT NULL, method TEXT NOT NULL, origin TEXT NOT NULL, kind TEXT NOT NULL,
  count INTEGER NOT NULL, a_nok INTEGER NOT NULL, a_dkk INTEGER NOT NULL, a_sek INTEGER NOT NULL, a_eur INTEGER NOT NULL,
  a_usd INTEGER NOT NULL, a_cny INTEGER NOT NULL,
  PRIMARY KEY (t, country, method, origin, kind)
) WITHOUT ROWID;
CREATE TABLE money_week_country (
  t TEXT NOT NULL, country TEXT NOT NULL, method TEXT NOT NULL, origin TEXT NOT NULL, kind TEXT NOT NULL,
  count INTEGER NOT NULL, a_nok INTEGER NOT NULL, a_dkk INTEGER NOT NULL, a_sek INTEGER NOT NULL, a_eur INTEGER NOT NULL,
  a_usd INTEGER NOT NULL, a_cny INTEGER NOT NULL,
  PRIMARY KEY (t, country, method, origin, kind)
) WITHOUT ROWID;
CREATE TABLE money_month_country (
  t TEXT NOT NULL, country TEXT NOT NULL, method TEXT NOT NULL, origin TEXT NOT NULL, kind TEXT NOT NULL,
  count INTEGER NOT NULL, a_nok INTEGER NOT NULL, a_dkk INTEGER NOT NULL, a_sek INTEGER NOT NULL, a_eur INTEGER NOT NULL,
  a_usd INTEGER NOT NULL, a_cny INTEGER NOT NULL,
  PRIMARY KEY (t, country, method, origin, kind)
) WITHOUT ROWID;

CREATE TABLE money_day_merchant (
  t TEXT NOT NULL, country TEXT NOT NULL, merchant_id INTEGER NOT NULL, method TEXT NOT NULL, origin TEXT NOT NULL,
  kind TEXT NOT NULL,
  count INTEGER NOT NULL, a_nok INTEGER NOT NULL, a_dkk INTEGER NOT NULL, a_sek INTEGER NOT NULL, a_eur INTEGER NOT NULL,
  a_usd INTEGER NOT NULL, a_cny INTEGER NOT NULL,
  PRIMARY KEY (t, country, merchant_id, method, origin, kind)
) WITHOUT ROWID;
CREATE INDEX money_day_merchant_merchant ON money_day_merchant(merchant_id, t);
CREATE TABLE money_week_merchant (
  t TEXT NOT NULL, country TEXT NOT NULL, merchant_id INTEGER NOT NULL, method TEXT NOT NULL, origin TEXT NOT NULL,
  kind TEXT NOT NULL,
  count INTEGER NOT NULL, a_nok INTEGER NOT NULL, a_dkk INTEGER NOT NULL, a_sek INTEGER NOT NULL, a_eur INTEGER NOT NULL,
  a_usd INTEGER NOT NULL, a_cny INTEGER NOT NULL,
  PRIMARY KEY (t, country, merchant_id, method, origin, kind)
) WITHOUT ROWID;
CREATE INDEX money_week_merchant_merchant ON money_week_merchant(merchant_id, t);
CREATE TABLE money_month_merchant (
  t TEXT NOT NULL, country TEXT NOT NULL, merchant_id INTEGER NOT NULL, method TEXT NOT NULL, origin TEXT NOT NULL,
  kind TEXT NOT NULL,
  count INTEGER NOT NULL, a_nok INTEGER NOT NULL, a_dkk INTEGER NOT NULL, a_sek INTEGER NOT NULL, a_eur INTEGER NOT NULL,
  a_usd INTEGER NOT NULL, a_cny INTEGER NOT NULL,
  PRIMARY KEY (t, country, merchant_id, method, origin, kind)
) WITHOUT ROWID;
CREATE INDEX money_month_merchant_merchant ON money_month_merchant(merchant_id, t);

CREATE TABLE money_day_store (
  t TEXT NOT NULL, country TEXT NOT NULL, merchant_id INTEGER NOT NULL, store_id INTEGER NOT NULL, method TEXT NOT NULL,
  origin TEXT NOT NULL, kind TEXT NOT NULL,
  count INTEGER NOT NULL, a_nok INTEGER NOT NULL, a_dkk INTEGER NOT NULL, a_sek INTEGER NOT NULL, a_eur INTEGER NOT NULL,
  a_usd INTEGER NOT NULL, a_cny INTEGER NOT NULL,
  PRIMARY KEY (t, country, merchant_id, store_id, method, origin, kind)
) WITHOUT ROWID;
CREATE INDEX money_day_store_merchant ON money_day_store(merchant_id, t);
CREATE TABLE money_week_store (
  t TEXT NOT NULL, country TEXT NOT NULL, merchant_id INTEGER NOT NULL, store_id INTEGER NOT NULL, method TEXT NOT NULL,
  origin TEXT NOT NULL, kind TEXT NOT NULL,
  count INTEGER NOT NULL, a_nok INTEGER NOT NULL, a_dkk INTEGER NOT NULL, a_sek INTEGER NOT NULL, a_eur INTEGER NOT NULL,
  a_usd INTEGER NOT NULL, a_cny INTEGER NOT NULL,
  PRIMARY KEY (t, country, merchant_id, store_id, method, origin, kind)
) WITHOUT ROWID;
CREATE INDEX money_week_store_merchant ON money_week_store(merchant_id, t);
CREATE TABLE money_month_store (
  t TEXT NOT NULL, country TEXT NOT NULL, merchant_id INTEGER NOT NULL, store_id INTEGER NOT NULL, method TEXT NOT NULL,
  origin TEXT NOT NULL, kind TEXT NOT NULL,
  count INTEGER NOT NULL, a_nok INTEGER NOT NULL, a_dkk INTEGER NOT NULL, a_sek INTEGER NOT NULL, a_eur INTEGER NOT NULL,
  a_usd INTEGER NOT NULL, a_cny INTEGER NOT NULL,
  PRIMARY KEY (t, country, merchant_id, store_id, method, origin, kind)
) WITHOUT ROWID;
CREATE INDEX money_month_store_merchant ON money_month_store(merchant_id, t);

-- hours: payments per weekday x local hour; tickets: payments per log bucket of their amount (8 per doubling).
-- Both count payments in one column per method x origin (n_*). The day x merchant ones are packed: one row per
-- day x merchant (x currency), its hour or bucket cells as one JSON array (src/core/rollup/packed-cells.ts).
CREATE TABLE hours_day_country (
  t TEXT NOT NULL, country TEXT NOT NULL, weekday INTEGER NOT NULL, hour INTEGER NOT NULL,
  count INTEGER NOT NULL, n_alipay INTEGER NOT NULL, n_card_domestic INTEGER NOT NULL, n_card_cn INTEGER NOT NULL,
  n_card_foreign INTEGER NOT NULL, n_card_unknown INTEGER NOT NULL, n_card_other INTEGER NOT NULL, n_other INTEGER NOT NULL,
  PRIMARY KEY (t, country, weekday, hour)
) WITHOUT ROWID;
CREATE TABLE hours_month_country (
  t TEXT NOT NULL, country TEXT NOT NULL, weekday INTEGER NOT NULL, hour INTEGER NOT NULL,
  count INTEGER NOT NULL, n_alipay INTEGER NOT NULL, n_card_domestic INTEGER NOT NULL, n_card_cn INTEGER NOT NULL,
  n_card_foreign INTEGER NOT NULL, n_card_unknown INTEGER NOT NULL, n_card_other INTEGER NOT NULL, n_other INTEGER NOT NULL,
  PRIMARY KEY (t, country, weekday, hour)
) WITHOUT ROWID;
CREATE TABLE hours_day_merchant_packed (
  t TEXT NOT NULL, country TEXT NOT NULL, merchant_id INTEGER NOT NULL, weekday INTEGER NOT NULL,
  count INTEGER NOT NULL, cells TEXT NOT NULL,
  PRIMARY KEY (t, country, merchant_id, weekday)
) WITHOUT ROWID;
CREATE INDEX hours_day_merchant_packed_merchant ON hours_day_merchant_packed(merchant_id, t);
CREATE TABLE hours_month_merchant (
  t TEXT NOT NULL, country TEXT NOT NULL, merchant_id INTEGER NOT NULL, weekday INTEGER NOT NULL, hour INTEGER NOT NULL,
  count INTEGER NOT NULL, n_alipay INTEGER NOT NULL, n_card_domestic INTEGER NOT NULL, n_card_cn INTEGER NOT NULL,
  n_card_foreign INTEGER NOT NULL, n_card_unknown INTEGER NOT NULL, n_card_other INTEGER NOT NULL, n_other INTEGER NOT NULL,
  PRIMARY KEY (t, country, merchant_id, weekday, hour)
) WITHOUT ROWID;
CREATE INDEX hours_month_merchant_merchant ON hours_month_merchant(merchant_id, t);

CREATE TABLE tickets_day_country (
  t TEXT NOT NULL, country TEXT NOT NULL, currency TEXT NOT NULL, bucket INTEGER NOT NULL,
  count INTEGER NOT NULL, n_alipay INTEGER NOT NULL, n_card_domestic INTEGER NOT NULL, n_card_cn INTEGER NOT NULL,
  n_card_foreign INTEGER NOT NULL, n_card_unknown INTEGER NOT NULL, n_card_other INTEGER NOT NULL, n_other INTEGER NOT NULL,
  PRIMARY KEY (t, country, currency, bucket)
) WITHOUT ROWID;
CREATE TABLE tickets_month_country (
  t TEXT NOT NULL, country TEXT NOT NULL, currency TEXT NOT NULL, bucket INTEGER NOT NULL,
  count INTEGER NOT NULL, n_alipay INTEGER NOT NULL, n_card_domestic INTEGER NOT NULL, n_card_cn INTEGER NOT NULL,
  n_card_foreign INTEGER NOT NULL, n_card_unknown INTEGER NOT NULL, n_card_other INTEGER NOT NULL, n_other INTEGER NOT NULL,
  PRIMARY KEY (t, country, currency, bucket)
) WITHOUT ROWID;
-- The ticket histogram groups this cube by currency and bucket: the rows in group order with every count column,
-- so a long range is read in order without touching the table.
CREATE INDEX tickets_month_country_bucket ON tickets_month_country(currency, bucket, t, country, count, n_alipay,
  n_card_domestic, n_card_cn, n_card_foreign, n_card_unknown, n_card_other, n_other);
CREATE TABLE tickets_day_merchant_packed (
  t TEXT NOT NULL, country TEXT NOT NULL, merchant_id INTEGER NOT NULL, currency TEXT NOT NULL,
  count INTEGER NOT NULL, cells TEXT NOT NULL,
  PRIMARY KEY (t, country, merchant_id, currency)
) WITHOUT ROWID;
CREATE INDEX tickets_day_merchant_packed_merchant ON tickets_day_merchant_packed(merchant_id, t);
CREATE TABLE tickets_month_merchant (
  t TEXT NOT NULL, country TEXT NOT NULL, merchant_id INTEGER NOT NULL, currency TEXT NOT NULL, bucket INTEGER NOT NULL,
  count INTEGER NOT NULL, n_alipay INTEGER NOT NULL, n_card_domestic INTEGER NOT NULL, n_card_cn INTEGER NOT NULL,
  n_card_foreign INTEGER NOT NULL, n_card_unknown INTEGER NOT NULL, n_card_other INTEGER NOT NULL, n_other INTEGER NOT NULL,
  PRIMARY KEY (t, country, merchant_id, currency, bucket)
) WITHOUT ROWID;
CREATE INDEX tickets_month_merchant_merchant ON tickets_month_merchant(merchant_id, t);
`
