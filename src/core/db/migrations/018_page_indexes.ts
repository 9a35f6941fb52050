// Two indexes for the Transactions screen's pages (src/core/analytics/transaction-cells.ts, transaction-order.ts).
//
// A heatmap cell (a local weekday × hour) keeps 1–2 % of the rows, so a page by amount through the per-run indexes
// of 015 passed over most of each run. transactions_hour_slot groups the rows by their UTC hour of the week
// (Monday 00 = 0; 1970-01-01 was a Thursday, 72 hours into its week), then the comparable amount
// (src/core/analytics/amount-key.ts): a local cell lies in the two or three UTC slots its countries' offsets map it
// to, each read in amount order and merged. The columns after id cover every filter a page tests, so no entry reads
// the table.
//
// transactions_amount_key now carries the instant: a month by amount passes over ~20,000 of its entries outside the
// month before a page is found, each of which read the table only to learn its instant.
export default /* sql */ `
CREATE INDEX transactions_hour_slot ON transaction_rows(((occurred_at / 3600000 + 72) % 168),
  (amount * CASE currency WHEN 'NOK' THEN 100 WHEN 'SEK' THEN 100 WHEN 'DKK' THEN 145 WHEN 'EUR' THEN 1080 WHEN 'USD' THEN 980 WHEN 'CNY' THEN 139 ELSE 100 END),
  id, occurred_at, merchant_id, kind_code, method_code, origin_code, status_code, store_id);
DROP INDEX transactions_amount_key;
CREATE INDEX transactions_amount_key ON transaction_rows(
  (amount * CASE currency WHEN 'NOK' THEN 100 WHEN 'SEK' THEN 100 WHEN 'DKK' THEN 145 WHEN 'EUR' THEN 1080 WHEN 'USD' THEN 980 WHEN 'CNY' THEN 139 ELSE 100 END),
  id, occurred_at);
`
