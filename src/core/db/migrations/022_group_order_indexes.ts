// Two covering indexes in the group order of whole-span dashboard reads, which the primary keys (t first) hand
// over unordered, so SQLite sorted every row it read (src/core/analytics/query.ts, groupOrderIndex):
// - The adoption chart reads every month of the month × merchant money cube for Alipay payments only, about a tenth
//   of its rows. Led by the two columns it filters by, then in the chart's order (country, month, merchant), the
//   read seeks and touches only the rows it returns.
// - The heatmap over a long range groups the month × country hour cube by weekday and hour.
// Both cubes hold a row per month and country (or merchant) and method or hour, not per transaction: the indexes
// stay small whatever the number of transactions.
export default /* sql */ `
CREATE INDEX money_month_merchant_adoption ON money_month_merchant(method, kind, country, t, merchant_id,
  count, a_nok, a_dkk, a_sek, a_eur, a_usd, a_cny);

CREATE INDEX hours_month_country_cell ON hours_month_country(weekday, hour, t,
  n_alipay, n_card_domestic, n_card_cn, n_card_foreign, n_card_unknown, n_card_other, n_other);
`
