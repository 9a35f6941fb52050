/**
 * The Transactions screen's amount order across currencies: minor units weighted by a fixed rate of each currency
 * in hundredths of a krone (NOK øre × 100), the long-run mean of the bundled reference rates (2018–2026: EUR 9.33–
 * 11.70, USD 7.74–10.80, DKK 1.25–1.57, SEK 0.93–1.04, CNY 1.22–1.49 NOK). A fixed weight, not the day's rate:
 * an index holds only what a row's own columns decide, and the day's rate changes when rates are edited. Two
 * sales whose amounts differ by less than the rates' drift may list in the other order than their converted
 * column; across currencies, 100 EUR now lists above 100 SEK, which the raw minor units did not.
 *
 * Migration 015 indexes exactly this text (test/unit/analytics/amount-key.test.ts): SQLite uses an expression
 * index only for the very same expression, over the bare columns of transaction_rows.
 */
export const COMPARABLE_AMOUNT_SQL =
  "(amount * CASE currency WHEN 'NOK' THEN 100 WHEN 'SEK' THEN 100 WHEN 'DKK' THEN 145 WHEN 'EUR' THEN 1080 " +
  "WHEN 'USD' THEN 980 WHEN 'CNY' THEN 139 ELSE 100 END)"
