// Generic CSV ids are stored as "<id>:<merchant id>" instead of "<merchant id>:<id>", so that the (source, external
// id) index is on the column itself, with no expression (src/core/db/external-ids.ts): with migration 11's
// expressions, SQLite wrote a statement journal for every multi-row INSERT into the table, about 600 MB of temp
// file per 1,000,000 imported rows.
export default /* sql */ `
DROP INDEX transactions_source_ext;
UPDATE transaction_rows
   SET external_id = substr(external_id, instr(external_id, ':') + 1) || ':' || substr(external_id, 1, instr(external_id, ':') - 1)
 WHERE source = 'csv' AND instr(external_id, ':') > 0;
CREATE UNIQUE INDEX transactions_source_ext ON transaction_rows(source, external_id) WHERE external_id IS NOT NULL;
`
