// The day × merchant hour and ticket cubes become packed tables: one row per day × merchant (× currency), its hour
// or bucket cells as one JSON array of integers (src/core/analytics/packed-cells.ts), converted here from the
// one-row-per-cell tables.
// A store created with this version already has the packed tables (migration 4 creates every cube) and no old ones:
// the old ones are created empty so the conversion reads nothing. Frozen: columns spelled out as released.
const COUNTS = 'n_alipay, n_card_domestic, n_card_cn, n_card_foreign, n_card_unknown, n_card_other, n_other'
const COUNT_COLUMNS = COUNTS.split(', ')
  .map((c) => `${c} INTEGER NOT NULL`)
  .join(', ')

/** Every non-zero count as ((key + 1) × 8 + combo) × 2^32 + count, sorted, one JSON array per row. */
const pack = (table: string, rowKeys: string, key: string) => `
SELECT ${rowKeys}, SUM(n), json_group_array(((${key} + 1) * 8 + combo) * 4294967296 + n ORDER BY ${key}, combo)
  FROM (SELECT s.*, c.combo, CASE c.combo ${COUNTS.split(', ')
    .map((n, i) => `WHEN ${i} THEN ${n}`)
    .join(' ')} END AS n
          FROM ${table} s, (${[0, 1, 2, 3, 4, 5, 6].map((i) => `SELECT ${i} AS combo`).join(' UNION ALL ')}) c)
 WHERE n <> 0
 GROUP BY ${rowKeys}`

export default /* sql */ `
CREATE TABLE IF NOT EXISTS hours_day_merchant (t TEXT NOT NULL, country TEXT NOT NULL, merchant_id INTEGER NOT NULL,
  weekday INTEGER NOT NULL, hour INTEGER NOT NULL, count INTEGER NOT NULL, ${COUNT_COLUMNS},
  PRIMARY KEY (t, country, merchant_id, weekday, hour)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS tickets_day_merchant (t TEXT NOT NULL, country TEXT NOT NULL, merchant_id INTEGER NOT NULL,
  currency TEXT NOT NULL, bucket INTEGER NOT NULL, count INTEGER NOT NULL, ${COUNT_COLUMNS},
  PRIMARY KEY (t, country, merchant_id, currency, bucket)) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS hours_day_merchant_packed (t TEXT NOT NULL, country TEXT NOT NULL, merchant_id INTEGER NOT NULL,
  weekday INTEGER NOT NULL, count INTEGER NOT NULL, cells TEXT NOT NULL,
  PRIMARY KEY (t, country, merchant_id, weekday)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS hours_day_merchant_packed_merchant ON hours_day_merchant_packed(merchant_id, t);
CREATE TABLE IF NOT EXISTS tickets_day_merchant_packed (t TEXT NOT NULL, country TEXT NOT NULL, merchant_id INTEGER NOT NULL,
  currency TEXT NOT NULL, count INTEGER NOT NULL, cells TEXT NOT NULL,
  PRIMARY KEY (t, country, merchant_id, currency)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS tickets_day_merchant_packed_merchant ON tickets_day_merchant_packed(merchant_id, t);

INSERT INTO hours_day_merchant_packed (t, country, merchant_id, weekday, count, cells)
${pack('hours_day_merchant', 't, country, merchant_id, weekday', 'hour')};
INSERT INTO tickets_day_merchant_packed (t, country, merchant_id, currency, count, cells)
${pack('tickets_day_merchant', 't, country, merchant_id, currency', 'bucket')};

DROP TABLE hours_day_merchant;
DROP TABLE tickets_day_merchant;
`
