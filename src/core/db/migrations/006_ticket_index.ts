import { COMBOS } from '../../analytics/cubes'

// The ticket histogram (medians, ticket-size chart) groups the month × country ticket cube by currency and
// bucket. Its primary key starts with t, so that GROUP BY sorted every row; this index holds the rows in
// group order with every count column, so a long range is read in order without touching the table.
export default /* sql */ `
CREATE INDEX tickets_month_country_bucket
  ON tickets_month_country(currency, bucket, t, country, count, ${COMBOS.map((c) => c.column).join(', ')});
`
