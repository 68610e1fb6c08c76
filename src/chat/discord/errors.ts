/**
 * Discord failures -> AppError. Permanent ones (the bot cannot see or use the channel, the channel
 * or server is gone) must not be retried: Discord bans an IP after 10,000 invalid (401/403/429)
 * requests in 10 minutes. Everything else is transient and the delivery outbox tries again later.
 */
import { DiscordAPIError, HTTPError, RateLimitError } from 'discord.js';
import { AppError } from '../../core/errors.js';

/** Discord JSON error codes (docs: topics/opcodes-and-status-codes, "JSON Error Codes"). */
export const DISCORD_ERROR = {
  unknownChannel: 10003,
  unknownGuild: 10004,
  unknownWebhook: 10015,
  unknownInteraction: 10062,
  missingAccess: 50001,
  missingPermissions: 50013,
} as const;

const PERMANENT_CODES = new Set<number | string>(Object.values(DISCORD_ERROR));
// 401: the token is revoked; 403: no access; 404: the channel, server or webhook is gone.
const PERMANENT_STATUSES = new Set([401, 403, 404]);

/**
 * True when trying the same request again may succeed: a 5xx after discord.js gave up, a timeout
 * or a dropped connection. Discord's 4xx answers (wrong payload, no access) will not change.
 * @example isRetryable(new HTTPError(502, 'Bad Gateway', 'POST', url, data)) // true
 */
export function isRetryable(error: unknown): boolean {
  if (error instanceof DiscordAPIError || error instanceof RateLimitError) return false;
  if (error instanceof HTTPError) return error.status >= 500;
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code ?? (error.cause as { code?: unknown } | undefined)?.code;
  return error.name === 'AbortError' || error.name === 'TimeoutError' || error.message === 'fetch failed'
    || (typeof code === 'string' && /^(ECONNRESET|ECONNREFUSED|ETIMEDOUT|EPIPE|EAI_AGAIN|UND_ERR_)/.test(code));
}

function permanentMessage(code: number | string, context: Record<string, unknown>): string {
  const channel = String(context.channelId ?? 'the channel');
  switch (code) {
    case DISCORD_ERROR.unknownChannel:
      return `Discord channel ${channel} no longer exists; pick another channel for this subscription.`;
    case DISCORD_ERROR.unknownGuild:
      return 'The bot is no longer in this Discord server; invite it again to resume delivery.';
    case DISCORD_ERROR.unknownInteraction:
    case DISCORD_ERROR.unknownWebhook:
      return 'This command reply expired; run the command again.';
    case 401:
      return 'Discord rejected the bot token; update DISCORD_TOKEN and restart.';
    default:
      return `The bot cannot post in channel ${channel}: give it View Channel, Send Messages, Embed Links and Attach Files there.`;
  }
}

/**
 * Wraps any failure of a Discord call as an AppError with the channel/workspace context, the HTTP
 * status and Discord's error code; the original error is the `cause`.
 * @example
 * throw deliveryError(error, { workspace: guildId, channelId });
 */
export function deliveryError(error: unknown, context: Record<string, unknown>): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof RateLimitError) {
    return new AppError('delivery_rate_limited', 'Discord is rate-limiting the bot; the message will be sent later.', {
      context: { ...context, retryAfterMs: error.retryAfter, route: error.route, global: error.global },
      cause: error,
    });
  }
  if (error instanceof DiscordAPIError) {
    const details = { ...context, status: error.status, discordCode: error.code, method: error.method };
    if (PERMANENT_CODES.has(error.code) || PERMANENT_STATUSES.has(error.status)) {
      const key = PERMANENT_CODES.has(error.code) ? error.code : error.status;
      return new AppError('delivery_permanent', permanentMessage(key, context), { context: details, cause: error });
    }
    return new AppError('delivery_transient', 'Discord refused the message for now; it will be retried.', { context: details, cause: error });
  }
  const status = error instanceof HTTPError ? error.status : undefined;
  return new AppError('delivery_transient', 'Discord could not be reached; the message will be retried.', {
    context: status === undefined ? context : { ...context, status },
    cause: error,
  });
}
