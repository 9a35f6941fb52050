/**
 * When the merchant entered its current stage, in UTC ms, as SQL over `merchants m`. Merchants that the
 * demo or an import created have no stage_since: a live one counts from its go-live day, others from creation.
 */
export const STAGE_SINCE_SQL = `COALESCE(m.stage_since,
  CASE WHEN m.stage = 'live' AND m.live_since IS NOT NULL
       THEN CAST(ROUND((julianday(m.live_since) - 2440587.5) * 86400000) AS INTEGER) ELSE m.created_at END)`
