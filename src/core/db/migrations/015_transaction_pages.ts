// The Transactions screen's keyset pages (src/core/analytics/transaction-arms.ts): one ordered run of index entries
// per merchant × kind × method × origin, merged by SQLite, so a page reads about a page of entries whatever the
// filters. Each index carries the columns a page filters on after the sort key (covering): a row that does not
// match is skipped without reading the table. The amount is in a comparable unit (src/core/analytics/amount-key.ts,
// whose text a unit test holds equal to the expression here). A filter that keeps most rows reads the whole store
// in one order instead: transactions_time, or transactions_amount_key by amount.
export default /* sql */ `
CREATE INDEX transactions_page_time ON transaction_rows(merchant_id, kind_code, method_code, origin_code, occurred_at, id,
  status_code, store_id);
CREATE INDEX transactions_page_amount ON transaction_rows(merchant_id, kind_code, method_code, origin_code,
  (amount * CASE currency WHEN 'NOK' THEN 100 WHEN 'SEK' THEN 100 WHEN 'DKK' THEN 145 WHEN 'EUR' THEN 1080 WHEN 'USD' THEN 980 WHEN 'CNY' THEN 139 ELSE 100 END),
  id, occurred_at, status_code, store_id);
CREATE INDEX transactions_amount_key ON transaction_rows(
  (amount * CASE currency WHEN 'NOK' THEN 100 WHEN 'SEK' THEN 100 WHEN 'DKK' THEN 145 WHEN 'EUR' THEN 1080 WHEN 'USD' THEN 980 WHEN 'CNY' THEN 139 ELSE 100 END),
  id);
`
