/**
 * Errors with a stable `code`, the context needed to act on them, and a `cause`. `message` is the
 * short sentence a user sees (what went wrong and what to do); the log keeps `context` and `cause`.
 */
export type ErrorCode =
  | 'config_invalid'
  | 'input_missing'
  | 'input_unreadable'
  | 'input_invalid'
  | 'feed_http'
  | 'feed_timeout'
  | 'feed_too_large'
  | 'feed_parse'
  | 'feed_blocked_address'
  | 'command_unknown'
  | 'command_usage'
  | 'command_forbidden'
  | 'not_found'
  | 'store'
  | 'delivery_rate_limited'
  | 'delivery_transient'
  | 'delivery_permanent';

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly context: Readonly<Record<string, unknown>>;

  constructor(code: ErrorCode, message: string, options: { context?: Record<string, unknown>; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.context = options.context ?? {};
  }
}

export function isAppError(error: unknown, code?: ErrorCode): error is AppError {
  return error instanceof AppError && (code === undefined || error.code === code);
}

/** The one sentence to show for any thrown value: an AppError's message, else a generic line. */
export function userMessage(error: unknown): string {
  if (error instanceof AppError) return error.message;
  return 'Something went wrong on our side; the details are in the log.';
}
