import { describe, expect, it } from 'vitest';
import { deliveryError, retryAfterSeconds, slackErrorCode } from './errors.js';

const platform = (error: string, extra: object = {}) => ({ code: 'slack_webapi_platform_error', data: { ok: false, error, ...extra } });

describe('deliveryError', () => {
  it.each([
    [platform('channel_not_found'), 'delivery_permanent', 'channel_not_found'],
    [platform('not_in_channel'), 'delivery_permanent', 'not_in_channel'],
    [platform('is_archived'), 'delivery_permanent', 'is_archived'],
    [platform('account_inactive'), 'delivery_permanent', 'account_inactive'],
    [platform('invalid_auth'), 'delivery_permanent', 'invalid_auth'],
    [platform('token_revoked'), 'delivery_permanent', 'token_revoked'],
    [platform('missing_scope', { needed: 'chat:write.public' }), 'delivery_permanent', 'missing_scope'],
    [platform('internal_error'), 'delivery_transient', 'internal_error'],
    [platform('ratelimited'), 'delivery_rate_limited', 'ratelimited'],
    [{ code: 'slack_webapi_rate_limited_error', retryAfter: 30 }, 'delivery_rate_limited', 'rate_limited'],
    [{ code: 'slack_webapi_http_error', statusCode: 503 }, 'delivery_transient', 'http_503'],
    [{ code: 'slack_webapi_request_error' }, 'delivery_transient', 'request_failed'],
    [new Error('socket hang up'), 'delivery_transient', 'request_failed'],
  ])('%j -> %s', (error, code, slackError) => {
    const mapped = deliveryError(error, { channel: 'C1', part: 2 });
    expect(mapped.code).toBe(code);
    expect(mapped.context).toMatchObject({ channel: 'C1', part: 2, slackError });
    expect(mapped.cause).toBe(error);
    expect(mapped.message).toMatch(/^[A-Z].*\.$/);
  });

  it('keeps the scope Slack says is missing', () => {
    expect(deliveryError(platform('missing_scope', { needed: 'files:write' }), {}).context).toMatchObject({ needed: 'files:write' });
  });
});

describe('slackErrorCode / retryAfterSeconds', () => {
  it('reads the platform error, else a stable placeholder', () => {
    expect(slackErrorCode(platform('is_archived'))).toBe('is_archived');
    expect(slackErrorCode(null)).toBe('request_failed');
  });
  it.each([
    [{ code: 'slack_webapi_rate_limited_error', retryAfter: 7 }, 7],
    [{ code: 'slack_webapi_rate_limited_error' }, 1],
    [platform('channel_not_found'), null],
  ])('retryAfterSeconds(%j) = %j', (error, expected) => {
    expect(retryAfterSeconds(error)).toBe(expected);
  });
});
