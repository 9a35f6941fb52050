// The (source, external id) index is kept as (source, id part, prefix): the part after the first colon (generic
// CSV ids are stored as "<merchant id>:<id>"), then what comes before it, colon included. Together they are the
// id, so it is just as unique, but a file's ids go in at one end of the index instead of at one place per
// merchant (src/core/db/external-ids.ts).
export default /* sql */ `
DROP INDEX transactions_source_ext;
CREATE UNIQUE INDEX transactions_source_ext
  ON transaction_rows(source, substr(external_id, instr(external_id, ':') + 1), substr(external_id, 1, instr(external_id, ':')))
  WHERE external_id IS NOT NULL;
`
