/**
 * Posting rendered parts to a channel: one `chat.postMessage` per part, then the chart upload, each
 * step reported through `onPartPosted` so an interrupted post resumes where it stopped.
 */
import type { webApi } from '@slack/bolt';
import type { Clock } from '../../core/clock.js';
import { AppError } from '../../core/errors.js';
import type { Logger } from '../../core/log.js';
import type { SlackPart } from '../../render/slack.js';
import type { ChannelTarget, PostOptions, PostResult } from '../adapter.js';
import { deliveryError, retryAfterSeconds } from './errors.js';

/** How long to honour Slack's 429 `Retry-After` before giving the post back to the scheduler. */
export interface RateLimitPolicy {
  /** Waits per call; then the call fails with `delivery_rate_limited`. */
  maxWaits: number;
  /** A longer `Retry-After` than this is not waited out here. */
  maxWaitSeconds: number;
}
export const DEFAULT_RATE_LIMIT: RateLimitPolicy = { maxWaits: 3, maxWaitSeconds: 60 };
// Slack: chat.postMessage allows about 1 message per second per channel (short bursts tolerated).
const PART_SPACING_MS = 1_000;
const CHART_FILENAME = 'figures.png';

export interface DeliveryDeps {
  client: webApi.WebClient;
  clock: Clock;
  logger: Logger;
  rateLimit: RateLimitPolicy;
}

/**
 * Runs one Slack call, waiting out HTTP 429 with the injected clock (bounded by the policy), and
 * maps any failure to an AppError. The WebClient's own 429 handling is switched off
 * (`rejectRateLimitedCalls`): it sleeps on a real timer, has no cap on `Retry-After`, and counts
 * each wait against the 5xx retry budget.
 *
 * @example await slackCall(deps, { method: 'users.info' }, () => client.users.info({ user }))
 */
export async function slackCall<T>(deps: DeliveryDeps, context: Record<string, unknown>, call: () => Promise<T>): Promise<T> {
  for (let waits = 0; ; waits++) {
    try {
      return await call();
    } catch (error) {
      const retryAfter = retryAfterSeconds(error);
      if (retryAfter === null || waits >= deps.rateLimit.maxWaits || retryAfter > deps.rateLimit.maxWaitSeconds) {
        throw deliveryError(error, { ...context, ...(retryAfter === null ? {} : { retryAfterSeconds: retryAfter }) });
      }
      deps.logger.warn({ ...context, retryAfterSeconds: retryAfter }, 'slack: rate limited; waiting');
      await deps.clock.sleep(retryAfter * 1000);
    }
  }
}

/**
 * Posts `parts` (and the chart, as the step after the last part) from `options.resumeFrom` on.
 * Message ids are Slack `ts` values; the chart's id is its file id.
 *
 * @example await postParts(deps, { workspace: 'T1', channelId: 'C1' }, renderSlack(message), { chart })
 */
export async function postParts(deps: DeliveryDeps, target: ChannelTarget, parts: SlackPart[], options: PostOptions = {}): Promise<PostResult> {
  const start = Math.max(0, Math.floor(options.resumeFrom ?? 0));
  const base = { workspace: target.workspace, channel: target.channelId, parts: parts.length };
  const messageIds: string[] = [];
  for (let k = start; k < parts.length; k++) {
    const part = parts[k]!;
    if (k > start) await deps.clock.sleep(PART_SPACING_MS);
    const context = { ...base, method: 'chat.postMessage', part: k };
    const response = await slackCall(deps, context, () =>
      deps.client.chat.postMessage({
        channel: target.channelId,
        text: part.text,
        blocks: part.blocks,
        // Feed links would otherwise unfurl into large previews under every digest.
        unfurl_links: false,
        unfurl_media: false,
      }),
    );
    if (!response.ts) throw new AppError('delivery_transient', 'Slack did not confirm the post; it will be retried.', { context });
    messageIds.push(response.ts);
    await options.onPartPosted?.(k, response.ts);
  }

  const chart = options.chart;
  if (chart && chart.length > 0 && start <= parts.length) {
    const context = { ...base, method: 'files.uploadV2', part: parts.length };
    const response = await slackCall(deps, context, () =>
      deps.client.filesUploadV2({
        channel_id: target.channelId,
        file: Buffer.from(chart),
        filename: CHART_FILENAME,
        title: 'Humanitarian figures',
        alt_text: 'Chart of the humanitarian figures listed in the message above.',
      }),
    );
    const fileId = response.files?.[0]?.files?.[0]?.id;
    if (!fileId) throw new AppError('delivery_transient', 'Slack did not confirm the chart upload; it will be retried.', { context });
    messageIds.push(fileId);
    await options.onPartPosted?.(parts.length, fileId);
  }
  deps.logger.debug({ ...base, posted: messageIds.length, resumeFrom: start }, 'slack: posted');
  return { messageIds };
}
