// The month × merchant hour cube packed like the day × merchant one (src/core/rollup/packed-cells.ts): one row per
// month × country × merchant × weekday holding its hour cells as one JSON array of integers, ((hour + 1) × 8 + combo)
// × 2^32 + count, sorted, no zero counts. Unpacked it held one row per month × merchant × weekday × hour, the most
// rows of any hour or ticket cube: a 400-merchant portfolio file left about 120 per month × merchant, which the
// import wrote one upsert at a time; packed they are at most seven. Readers sum its cells in JavaScript, as they do
// the days'.
// transactions_amount (amount, id) goes: no reader orders or filters by the raw amount any more (the Transactions
// screen sorts by the comparable amount, migration 18), and every large import built it again.
// Literal SQL: the packing below is packSql(cube, its row keys, 'hour') written out.
export default /* sql */ `
CREATE TABLE hours_month_merchant_packed (
  t TEXT NOT NULL, country TEXT NOT NULL, merchant_id INTEGER NOT NULL, weekday INTEGER NOT NULL,
  count INTEGER NOT NULL, cells TEXT NOT NULL,
  PRIMARY KEY (t, country, merchant_id, weekday)
) WITHOUT ROWID;

INSERT INTO hours_month_merchant_packed (t, country, merchant_id, weekday, count, cells)
SELECT t, country, merchant_id, weekday, SUM(n) AS count,
       json_group_array(((hour + 1) * 8 + combo) * 4294967296 + n ORDER BY hour, combo)
  FROM (SELECT s.t, s.country, s.merchant_id, s.weekday, s.hour, c.combo,
               CASE c.combo WHEN 0 THEN n_alipay WHEN 1 THEN n_card_domestic WHEN 2 THEN n_card_cn WHEN 3 THEN n_card_foreign
                            WHEN 4 THEN n_card_unknown WHEN 5 THEN n_card_other WHEN 6 THEN n_other END AS n
          FROM hours_month_merchant s,
               (SELECT 0 AS combo UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4
                UNION ALL SELECT 5 UNION ALL SELECT 6) c)
 WHERE n <> 0
 GROUP BY t, country, merchant_id, weekday;

DROP TABLE hours_month_merchant;

CREATE INDEX hours_month_merchant_packed_merchant ON hours_month_merchant_packed(merchant_id, t);

DROP INDEX transactions_amount;
`
