/**
 * A refusal the inbox sends on purpose: an HTTP status, a stable code scripts key on, and one
 * Chinese line the person at the browser can act on. Anything else is logged and answered 500.
 */
export type InboxErrorCode =
  | 'not-signed-in'
  | 'sign-in-failed'
  | 'token-missing'
  | 'token-invalid'
  | 'token-revoked'
  | 'token-expired'
  | 'unit-forbidden'
  | 'period-not-found'
  | 'unit-not-found'
  | 'submission-not-found'
  | 'file-missing'
  | 'upload-too-large'
  | 'upload-broken'
  | 'period-invalid'
  | 'nothing-to-merge'
  | 'no-previous-period';

export class InboxError extends Error {
  constructor(
    readonly status: number,
    readonly code: InboxErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'InboxError';
  }
}
