/**
 * Capped exponential backoff around one Discord call. discord.js REST retries a 5xx immediately
 * with no pause (its `retries` option), which does not help during an outage; the adapter sets
 * that to 0 and waits here instead, on the injected clock so tests never sleep.
 */
import type { Clock } from '../../core/clock.js';
import type { Logger } from '../../core/log.js';
import { deliveryError, isRetryable } from './errors.js';

export interface RetryPolicy {
  /** Total tries, the first included. */
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

// 4 tries with 1 s, 2 s, 4 s between them: with the 10 s REST timeout per try (REQUEST_TIMEOUT_MS in
// adapter.ts) one call gives up within 4 x 10 s + 7 s = 47 s, well inside a scheduler tick.
export const DEFAULT_RETRY: RetryPolicy = { attempts: 4, baseDelayMs: 1000, maxDelayMs: 8000 };

/** The pause before try `n + 1` (n counted from 1): base x 2^(n-1), at most `maxDelayMs`. */
export function backoffDelay(policy: RetryPolicy, n: number): number {
  return Math.min(policy.baseDelayMs * 2 ** (n - 1), policy.maxDelayMs);
}

/**
 * Runs `attempt` until it succeeds, fails permanently, or the policy's tries are spent; every
 * failure leaves as an AppError (`delivery_*`) carrying `context`.
 * @example
 * const message = await withRetry(() => rest.post(route, { body }), { clock, logger, context: { channelId } });
 */
export async function withRetry<T>(
  attempt: () => Promise<T>,
  options: { clock: Clock; logger: Logger; context: Record<string, unknown>; policy?: RetryPolicy },
): Promise<T> {
  const policy = options.policy ?? DEFAULT_RETRY;
  for (let n = 1; ; n += 1) {
    try {
      return await attempt();
    } catch (error) {
      if (!isRetryable(error) || n >= policy.attempts) {
        throw deliveryError(error, { ...options.context, attempts: n });
      }
      const delay = backoffDelay(policy, n);
      options.logger.warn({ ...options.context, attempt: n, delayMs: delay, err: error }, 'discord: call failed, retrying');
      await options.clock.sleep(delay);
    }
  }
}
