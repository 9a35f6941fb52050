/**
 * Generic CSV rows keep their source's id as "<id>:<merchant id>" (an id is unique per merchant); the other sources
 * keep theirs as given (unique per source). One plain unique index on (source, external_id) de-duplicates both, and a
 * file's ids, mostly increasing, go in at one end of it. Plain on purpose: with a function in an
 * index, SQLite journals every multi-row INSERT into the table in case the function fails midway (docs/decisions.md).
 */
export const csvExternalId = (id: string, merchantId: number) => `${id}:${merchantId}`

/** The id the file gave a stored CSV row: all of it but the ":<merchant id>" at the end. */
export const shownCsvIdSql = (column: string) => `substr(${column}, 1, length(rtrim(${column}, '0123456789')) - 1)`

/**
 * WHERE terms for the CSV rows whose file gave them `id`, of any merchant: a range of the (source, external_id) index,
 * then only what ends in ":<merchant id>" (an id may hold colons itself); parameters: csvIdParams.
 */
export const CSV_ID_SQL =
  "source = 'csv' AND external_id > ? AND external_id < ? AND rtrim(substr(external_id, length(?) + 2), '0123456789') = ''"
export const csvIdParams = (id: string) => [`${id}:`, `${id};`, id]
