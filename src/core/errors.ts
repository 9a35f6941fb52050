/**
 * An error a person can act on: every core domain throws this one type, its `code` tells the caller what went
 * wrong and its message is shown as is. It lives at the bottom of core so that any layer may throw it.
 */
export class UserError extends Error {
  constructor(
    readonly code: string,
    message: string
  ) {
    super(message)
  }
}
