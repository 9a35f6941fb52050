/**
 * Generic CSV rows keep their source's id as "<merchant id>:<id>" (an id is unique per merchant). The
 * (source, external id) index is kept as (source, id part, prefix), where the id part follows the first colon
 * and the prefix is what comes before it, colon included (migration 11). The two together are the id, so it is
 * just as unique; but a file's ids, mostly increasing, now go in at one end of the index instead of at one place
 * per merchant, which cost a 1,000,000-row import about 2 s (docs/benchmarks.md). A lookup names the same
 * expressions so that SQLite can seek them.
 */
export const ID_PART_SQL = "substr(external_id, instr(external_id, ':') + 1)"
const ID_PREFIX_SQL = "substr(external_id, 1, instr(external_id, ':'))"

/** What ID_PART_SQL gives for an id: all of it after the first colon, or all of it. */
export const idPart = (externalId: string) => externalId.slice(externalId.indexOf(':') + 1)

/** WHERE terms for one stored external id of one source; parameters: externalIdParams. */
export const EXTERNAL_ID_SQL = `source = ? AND ${ID_PART_SQL} = ? AND ${ID_PREFIX_SQL} = ? AND external_id = ?`
export const externalIdParams = (source: string, externalId: string) => [
  source,
  idPart(externalId),
  externalId.slice(0, externalId.indexOf(':') + 1),
  externalId
]
