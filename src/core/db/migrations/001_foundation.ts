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
  UNIQUE (country, org_number)
);
CREATE INDEX merchants_name ON merchants(name COLLATE NOCASE);

CREATE TABLE stores (
  id INTEGER PRIMARY KEY,
  merchant_id INTEGER NOT NULL REFERENCES merchants(id),
  name TEXT NOT NULL,
  city TEXT,
  UNIQUE (merchant_id, name)
);

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
  status TEXT NOT NULL DEFAULT 'running'   -- running, done, undone
);

CREATE TABLE import_rejects (
  batch_id INTEGER NOT NULL REFERENCES import_batches(id) ON DELETE CASCADE,
  line INTEGER NOT NULL,
  raw TEXT NOT NULL,
  reason TEXT NOT NULL,
  PRIMARY KEY (batch_id, line)
) WITHOUT ROWID;

CREATE TABLE transactions (
  id INTEGER PRIMARY KEY,
  merchant_id INTEGER NOT NULL REFERENCES merchants(id),
  store_id INTEGER REFERENCES stores(id),
  terminal TEXT,
  occurred_at INTEGER NOT NULL,     -- UTC epoch ms
  day TEXT NOT NULL,                -- local day in the merchant's time zone
  kind TEXT NOT NULL CHECK (kind IN ('payment','refund')),
  status TEXT NOT NULL CHECK (status IN ('captured','settled','pending','failed')),
  method TEXT NOT NULL CHECK (method IN ('alipay','card','other')),
  card_scheme TEXT,
  card_country TEXT,                -- ISO 3166 alpha-2 of the issuer, when known
  origin TEXT NOT NULL CHECK (origin IN ('alipay','domestic','cn','foreign','unknown','other')),
  amount INTEGER NOT NULL CHECK (amount >= 0),   -- minor units, sign carried by kind
  currency TEXT NOT NULL,
  fee INTEGER,                      -- minor units of currency, when the file carries it
  source TEXT NOT NULL,             -- file format or 'demo'
  external_id TEXT,
  batch_id INTEGER NOT NULL REFERENCES import_batches(id),
  raw TEXT
);
CREATE UNIQUE INDEX transactions_source_ext ON transactions(source, external_id) WHERE external_id IS NOT NULL;
CREATE INDEX transactions_batch ON transactions(batch_id);
CREATE INDEX transactions_time ON transactions(occurred_at, id);
CREATE INDEX transactions_merchant_time ON transactions(merchant_id, occurred_at);

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
`
