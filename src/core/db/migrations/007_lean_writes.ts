// Fewer structures to update per imported row (docs/benchmarks.md, import):
// - a batch's rows are found by their id range (rows of one batch are written in one transaction, so
//   their ids are consecutive) instead of an index on batch_id;
// - the Transactions screen's id search reaches external ids through (source, external_id);
// - week × weekday × hour is day × hour: the week hour cubes held the day cubes' rows again.
export default /* sql */ `
ALTER TABLE import_batches ADD COLUMN first_id INTEGER;
ALTER TABLE import_batches ADD COLUMN last_id INTEGER;
UPDATE import_batches
   SET first_id = (SELECT MIN(id) FROM transactions WHERE batch_id = import_batches.id),
       last_id = (SELECT MAX(id) FROM transactions WHERE batch_id = import_batches.id);
UPDATE import_batches SET first_id = 1, last_id = 0 WHERE first_id IS NULL;
DROP INDEX IF EXISTS transactions_batch;
DROP INDEX IF EXISTS transactions_external_id;
DROP TABLE IF EXISTS hours_week_country;
DROP TABLE IF EXISTS hours_week_merchant;
`
