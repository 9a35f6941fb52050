// The adoption chart reads every month of the month × merchant money cube for Alipay payments only, about a tenth of
// its rows; through the primary key (t first) it read all of them and sorted the groups. This index leads with the
// two columns it filters by, then holds its rows in the chart's group order (country, month, merchant) with every
// measure, so the read seeks, touches only the rows it returns and needs no sort. The cube has a row per month ×
// country × merchant × method × origin × kind, so the index stays small whatever the number of transactions.
export default /* sql */ `
CREATE INDEX money_month_merchant_adoption ON money_month_merchant(method, kind, country, t, merchant_id,
  count, a_nok, a_dkk, a_sek, a_eur, a_usd, a_cny);
`
