import { DiscordAPIError, HTTPError } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../core/clock.js';
import { isAppError } from '../../core/errors.js';
import { silentLogger } from '../../core/log.js';
import { backoffDelay, DEFAULT_RETRY, withRetry } from './retry.js';

function recordingClock() {
  const clock = fixedClock('2026-11-22T09:00:00Z');
  const sleeps: number[] = [];
  return { sleeps, clock: { ...clock, sleep: async (ms: number) => { sleeps.push(ms); await clock.sleep(ms); } } };
}

const serverError = () => new HTTPError(503, 'Service Unavailable', 'POST', 'https://discord.com/api/v10/x', { body: undefined, files: undefined });

describe('backoffDelay', () => {
  it.each([[1, 1000], [2, 2000], [3, 4000], [4, 8000], [5, 8000], [10, 8000]])('try %i waits %i ms', (n, ms) => {
    expect(backoffDelay(DEFAULT_RETRY, n)).toBe(ms);
  });
});

describe('withRetry', () => {
  it('retries 5xx with backoff and returns the first success', async () => {
    const { clock, sleeps } = recordingClock();
    let calls = 0;
    const result = await withRetry(async () => {
      calls += 1;
      if (calls < 3) throw serverError();
      return 'ok';
    }, { clock, logger: silentLogger, context: { channelId: 'c' } });
    expect(result).toBe('ok');
    expect(calls).toBe(3);
    expect(sleeps).toEqual([1000, 2000]);
  });

  it('gives up after the policy tries with delivery_transient', async () => {
    const { clock, sleeps } = recordingClock();
    let calls = 0;
    const failing = withRetry(async () => {
      calls += 1;
      throw serverError();
    }, { clock, logger: silentLogger, context: { channelId: 'c' }, policy: { attempts: 3, baseDelayMs: 10, maxDelayMs: 15 } });
    await expect(failing).rejects.toSatisfy((e: unknown) => isAppError(e, 'delivery_transient'));
    await expect(failing).rejects.toMatchObject({ context: { channelId: 'c', attempts: 3, status: 503 } });
    expect(calls).toBe(3);
    expect(sleeps).toEqual([10, 15]);
  });

  it('does not retry a Discord 4xx', async () => {
    const { clock, sleeps } = recordingClock();
    let calls = 0;
    const failing = withRetry(async () => {
      calls += 1;
      throw new DiscordAPIError({ code: 50013, message: 'Missing Permissions' }, 50013, 403, 'POST', 'u', { body: undefined, files: undefined });
    }, { clock, logger: silentLogger, context: {} });
    await expect(failing).rejects.toSatisfy((e: unknown) => isAppError(e, 'delivery_permanent'));
    expect(calls).toBe(1);
    expect(sleeps).toEqual([]);
  });
});
