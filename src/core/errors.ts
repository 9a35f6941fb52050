/**
 * Every code a caller may see, by domain. A code is stable: the renderer and scripts branch on it, people read the
 * message. Throwing a code not listed here fails the typecheck.
 */
export const ERROR_CODES = [
  // the route table and the command line
  'invalid_input',
  'usage',
  'unknown_route',
  'internal',
  'forbidden',
  'passphrase_required',
  'not_picked',
  'not_saved',
  'cancelled',
  // the store
  'store_read_only',
  'store_corrupt',
  'store_busy',
  'store_too_new',
  'store_too_old',
  'unwritable_path',
  'backup_failed',
  'backup_corrupt',
  'restore_busy',
  'restore_failed',
  'restore_not_kassa',
  'restore_same_file',
  'restore_unreadable',
  'restore_corrupt',
  'restore_too_new',
  'restore_too_old',
  // transaction files and their imports
  'unreadable',
  'not_text',
  'empty',
  'unknown_format',
  'format_mismatch',
  'unmapped',
  'needs_confirmation',
  'import_failed',
  'undo_failed',
  'not_found',
  'already_undone',
  'invalid_profiles',
  'no_profile',
  // exchange rates
  'bad_rates_file',
  // analytics
  'bad_range',
  'unknown_merchant',
  'transaction_not_found',
  'view_name',
  'view_not_found',
  'empty_period',
  'invalid_date',
  // merchants, onboarding and profiles
  'no_name_column',
  'no_country_column',
  'unknown_country',
  'unknown_rep',
  'unknown_stage',
  'unknown_item',
  'unknown_store',
  'unknown_profile',
  'unknown_document',
  'duplicate_profile',
  'duplicate_store',
  'duplicate_terminal',
  'invalid_store',
  'invalid_terminal',
  'stage_refused',
  'file_missing',
  'file_unreadable',
  'document_altered',
  'document_missing',
  'document_outside_folder',
  'document_too_large',
  'weak_passphrase',
  'wrong_passphrase',
  // demo data and reports
  'demo_exists',
  'demo_failed',
  'report_failed',
  'pdf_unavailable',
  // the team store
  'sync_bad_url',
  'sync_refused',
  'sync_password_needed',
  'sync_forbidden',
  'sync_connection_lost',
  'sync_unreachable',
  'sync_server_newer',
  'sync_server_outdated',
  'sync_not_member',
  'sync_bad_member',
  'sync_no_server',
  'sync_busy',
  'sync_failed'
] as const

export type ErrorCode = (typeof ERROR_CODES)[number]

const KNOWN = new Set<string>(ERROR_CODES)

/** A code that came through a worker message or another untyped channel, or `fallback` when it is not one of ours. */
export function knownCode(code: unknown, fallback: ErrorCode): ErrorCode {
  return typeof code === 'string' && KNOWN.has(code) ? (code as ErrorCode) : fallback
}

/**
 * An error a person can act on: every core domain and the command line throw this one type, its `code` tells the
 * caller what went wrong and its message is shown as is. `details` carries data a caller needs to show more (the
 * questions an import asks). It lives at the bottom of core so that any layer may throw it.
 */
export class UserError<D = unknown> extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: D
  ) {
    super(message)
    this.name = 'UserError'
  }
}
