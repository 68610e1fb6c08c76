/**
 * Turns Slack Web API failures into AppErrors the scheduler can act on: `delivery_permanent` (do not
 * retry: fix access first), `delivery_rate_limited` or `delivery_transient` (retry later). The
 * WebClient's errors are matched by their documented `code` strings, so this file needs no SDK.
 */
import { AppError } from '../../core/errors.js';

/** Slack error codes that no retry will fix (docs.slack.dev/reference/methods/chat.postMessage#errors). */
const PERMANENT: Readonly<Record<string, string>> = {
  channel_not_found: 'Slack cannot find that channel for the bot; check the channel id and invite the bot.',
  not_in_channel: 'The bot is not a member of that channel; invite it with /invite @newsdigest.',
  is_archived: 'That Slack channel is archived; pick another channel for this subscription.',
  account_inactive: 'The Slack bot account is deactivated; reinstall the app in this workspace.',
  invalid_auth: 'Slack rejected the bot token; check SLACK_BOT_TOKEN.',
  not_authed: 'Slack received no bot token; set SLACK_BOT_TOKEN.',
  token_revoked: 'The Slack bot token was revoked; reinstall the app and update SLACK_BOT_TOKEN.',
  missing_scope: 'The Slack app lacks a permission it needs; add the scopes in slack-manifest.yaml and reinstall.',
  restricted_action: 'A workspace policy stops the bot from posting there; ask a Slack admin.',
  // Our payload was refused as malformed: resending the same bytes cannot succeed.
  invalid_blocks: 'Slack refused the message layout; the details are in the log.',
  msg_too_long: 'Slack refused the message as too long; the details are in the log.',
};

interface SlackErrorShape {
  code?: unknown;
  data?: { error?: unknown; needed?: unknown };
  statusCode?: unknown;
  retryAfter?: unknown;
  message?: unknown;
}

/**
 * The Slack error code of a WebClient failure ("channel_not_found"), "http_503", "rate_limited",
 * or "request_failed" for network errors.
 * @example slackErrorCode({ code: 'slack_webapi_platform_error', data: { error: 'not_in_channel' } }) // 'not_in_channel'
 */
export function slackErrorCode(error: unknown): string {
  const e = (error ?? {}) as SlackErrorShape;
  switch (e.code) {
    case 'slack_webapi_platform_error':
      return typeof e.data?.error === 'string' ? e.data.error : 'unknown_error';
    case 'slack_webapi_rate_limited_error':
      return 'rate_limited';
    case 'slack_webapi_http_error':
      return `http_${String(e.statusCode)}`;
    default:
      return 'request_failed';
  }
}

/**
 * The seconds Slack asked us to wait (HTTP 429 `Retry-After`), or null when it is not a rate limit.
 * @example retryAfterSeconds({ code: 'slack_webapi_rate_limited_error', retryAfter: 3 }) // 3
 */
export function retryAfterSeconds(error: unknown): number | null {
  const e = (error ?? {}) as SlackErrorShape;
  if (e.code !== 'slack_webapi_rate_limited_error') return null;
  return typeof e.retryAfter === 'number' && Number.isFinite(e.retryAfter) ? Math.max(0, e.retryAfter) : 1;
}

/**
 * Maps a failed Slack call to an AppError with the context needed to act on it.
 * @example deliveryError(err, { channel: 'C1', method: 'chat.postMessage', part: 0 }).code // 'delivery_permanent'
 */
export function deliveryError(error: unknown, context: Record<string, unknown>): AppError {
  const code = slackErrorCode(error);
  const needed = (error as SlackErrorShape | null)?.data?.needed;
  const full = { ...context, slackError: code, ...(typeof needed === 'string' ? { needed } : {}) };
  const permanent = PERMANENT[code];
  if (permanent) return new AppError('delivery_permanent', permanent, { context: full, cause: error });
  if (code === 'rate_limited' || code === 'ratelimited') {
    return new AppError('delivery_rate_limited', 'Slack is rate-limiting the bot; the post will be retried later.', { context: full, cause: error });
  }
  return new AppError('delivery_transient', 'Slack did not accept the post just now; it will be retried.', { context: full, cause: error });
}
