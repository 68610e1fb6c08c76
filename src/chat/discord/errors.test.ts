import { DiscordAPIError, HTTPError, RateLimitError } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../core/errors.js';
import type { ErrorCode } from '../../core/errors.js';
import { deliveryError, isRetryable } from './errors.js';

const url = 'https://discord.com/api/v10/channels/1/messages';
const request = { body: undefined, files: undefined };

function apiError(status: number, code: number): DiscordAPIError {
  return new DiscordAPIError({ code, message: `error ${code}` }, code, status, 'POST', url, request);
}

function rateLimit(retryAfter: number): RateLimitError {
  return new RateLimitError({
    timeToReset: retryAfter, limit: 5, method: 'POST', hash: 'h', url, route: '/channels/:id/messages', majorParameter: '1',
    global: false, retryAfter, sublimitTimeout: 0, scope: 'user',
  });
}

const networkError = Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }) });
const undiciError = Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' });
const abortError = Object.assign(new Error('This operation was aborted'), { name: 'AbortError' });

describe('deliveryError', () => {
  it.each<[string, unknown, ErrorCode, Record<string, unknown>]>([
    ['Missing Access', apiError(403, 50001), 'delivery_permanent', { status: 403, discordCode: 50001 }],
    ['Missing Permissions', apiError(403, 50013), 'delivery_permanent', { status: 403, discordCode: 50013 }],
    ['Unknown Channel', apiError(404, 10003), 'delivery_permanent', { status: 404, discordCode: 10003 }],
    ['Unknown Guild', apiError(404, 10004), 'delivery_permanent', { status: 404, discordCode: 10004 }],
    ['Unknown Interaction', apiError(404, 10062), 'delivery_permanent', { discordCode: 10062 }],
    ['403 without a known code', apiError(403, 20001), 'delivery_permanent', { status: 403 }],
    ['401 bad token', apiError(401, 0), 'delivery_permanent', { status: 401 }],
    ['400 invalid form body', apiError(400, 50035), 'delivery_transient', { status: 400, discordCode: 50035 }],
    ['5xx after retries', new HTTPError(502, 'Bad Gateway', 'POST', url, request), 'delivery_transient', { status: 502 }],
    ['429 over the wait cap', rateLimit(120_000), 'delivery_rate_limited', { retryAfterMs: 120_000 }],
    ['network failure', networkError, 'delivery_transient', {}],
  ])('%s', (_name, error, code, extra) => {
    const wrapped = deliveryError(error, { workspace: 'g1', channelId: 'c1' });
    expect(wrapped).toBeInstanceOf(AppError);
    expect(wrapped.code).toBe(code);
    expect(wrapped.context).toMatchObject({ workspace: 'g1', channelId: 'c1', ...extra });
    expect(wrapped.cause).toBe(error);
    expect(wrapped.message).toMatch(/^[A-Z].*[.]$/);
  });

  it('names the channel and what to do for missing access', () => {
    expect(deliveryError(apiError(403, 50001), { channelId: '42' }).message).toBe(
      'The bot cannot post in channel 42: give it View Channel, Send Messages, Embed Links and Attach Files there.',
    );
  });

  it('passes an AppError through unchanged', () => {
    const error = new AppError('delivery_permanent', 'x');
    expect(deliveryError(error, {})).toBe(error);
  });
});

describe('isRetryable', () => {
  it.each<[string, unknown, boolean]>([
    ['5xx', new HTTPError(500, 'Internal Server Error', 'POST', url, request), true],
    ['fetch failed', networkError, true],
    ['undici socket error', undiciError, true],
    ['timeout abort', abortError, true],
    ['Discord 4xx', apiError(403, 50001), false],
    ['rate limit over cap', rateLimit(120_000), false],
    ['programming error', new TypeError('x is not a function'), false],
    ['not an error', 'boom', false],
  ])('%s -> %s', (_name, error, expected) => {
    expect(isRetryable(error)).toBe(expected);
  });
});
