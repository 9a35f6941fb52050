// Transactions keep kind, status, method and origin as small integer codes (src/core/db/transaction-codes.ts)
// in `transaction_rows`; the `transactions` view shows them by name, so every reader is unchanged. The four
// names took 27 bytes of a row of about 110; the narrower row inserts about a quarter faster (docs/benchmarks.md).
// Writers use transaction_rows. Frozen: the lists are spelled out here as they were when it was released.
export default /* sql */ `
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
  external_id TEXT,
  batch_id INTEGER NOT NULL REFERENCES import_batches(id),
  raw TEXT,
  fingerprint TEXT,
  line INTEGER
);

INSERT INTO transaction_rows
SELECT id, merchant_id, store_id, terminal, occurred_at, day,
       CASE kind WHEN 'payment' THEN 0 ELSE 1 END,
       CASE status WHEN 'captured' THEN 0 WHEN 'settled' THEN 1 WHEN 'pending' THEN 2 ELSE 3 END,
       CASE method WHEN 'alipay' THEN 0 WHEN 'card' THEN 1 ELSE 2 END,
       card_scheme, card_country,
       CASE origin WHEN 'alipay' THEN 0 WHEN 'domestic' THEN 1 WHEN 'cn' THEN 2 WHEN 'foreign' THEN 3 WHEN 'unknown' THEN 4 ELSE 5 END,
       amount, currency, fee, source, external_id, batch_id, raw, fingerprint, line
  FROM transactions ORDER BY id;
DROP TABLE transactions;

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

CREATE UNIQUE INDEX transactions_source_ext ON transaction_rows(source, external_id) WHERE external_id IS NOT NULL;
CREATE UNIQUE INDEX transactions_fingerprint ON transaction_rows(fingerprint) WHERE fingerprint IS NOT NULL;
CREATE INDEX transactions_time ON transaction_rows(occurred_at, id);
CREATE INDEX transactions_merchant_time ON transaction_rows(merchant_id, occurred_at);
CREATE INDEX transactions_amount ON transaction_rows(amount, id);
`
