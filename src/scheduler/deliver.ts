/**
 * One scheduled delivery: claim the (job, slot) row, build the message, post it part by part while
 * recording each part, then mark the row done or failed. The claim makes a slot run once across
 * replicas; the recorded parts make a crashed run resume without posting a part twice.
 */
import type { ChannelTarget, ChatAdapter } from '../chat/adapter.js';
import type { Clock } from '../core/clock.js';
import { isAppError } from '../core/errors.js';
import type { Logger } from '../core/log.js';
import type { Message } from '../core/message.js';
import type { Store } from '../store/index.js';

export const DELIVERY_LEASE_MS = 10 * 60_000;
export const DELIVERY_MAX_ATTEMPTS = 5;

export type DeliveryOutcome = 'delivered' | 'skipped' | 'failed_transient' | 'failed_permanent';

export interface DeliveryJob {
  slotKey: string;
  workspace: string;
  subscriptionId: string | null;
  target: ChannelTarget;
  adapter: ChatAdapter;
  /** Builds the message and optional chart; must give the same parts for the same slot. */
  build: () => Promise<{ message: Message; chart: Uint8Array | null }>;
}

export interface DeliveryDeps {
  store: Store;
  clock: Clock;
  logger: Logger;
  /** Identifies this process in claims (host:pid). */
  instance: string;
}

/**
 * @example
 * await deliver({ slotKey: 'sub_1@2026-11-22T08:00', workspace: 'T1', subscriptionId: 'sub_1', target, adapter, build }, deps);
 */
export async function deliver(job: DeliveryJob, deps: DeliveryDeps): Promise<DeliveryOutcome> {
  const { store, clock } = deps;
  const log = deps.logger.child({ workspace: job.workspace, digest: job.slotKey });
  const claim = await store.deliveries.claim({
    slotKey: job.slotKey, workspace: job.workspace, subscriptionId: job.subscriptionId, claimedBy: deps.instance,
    now: clock.now().toISOString(), leaseMs: DELIVERY_LEASE_MS, maxAttempts: DELIVERY_MAX_ATTEMPTS,
  });
  if (!claim) {
    log.debug({}, 'slot already handled elsewhere');
    return 'skipped';
  }
  try {
    const { message, chart } = await job.build();
    await job.adapter.post(job.target, message, {
      chart,
      resumeFrom: claim.partsPosted,
      onPartPosted: (part, messageId) => store.deliveries.recordPart(claim.id, part, messageId),
    });
    const at = clock.now().toISOString();
    await store.deliveries.finish(claim.id, 'done', at);
    if (job.subscriptionId) await store.subscriptions.recordDelivered(job.subscriptionId, at);
    log.info({ resumedFrom: claim.partsPosted, attempt: claim.attempt }, 'digest delivered');
    return 'delivered';
  } catch (error) {
    const permanent = isAppError(error, 'delivery_permanent');
    const text = isAppError(error) ? error.message : `Unexpected failure: ${(error as Error).message}`;
    const at = clock.now().toISOString();
    await store.deliveries.finish(claim.id, permanent ? 'failed_permanent' : 'failed_transient', at, text);
    if (job.subscriptionId) await store.subscriptions.recordError(job.subscriptionId, text, at, permanent);
    log.warn({ code: isAppError(error) ? error.code : 'unexpected', context: isAppError(error) ? error.context : undefined, err: isAppError(error) ? undefined : error }, text);
    return permanent ? 'failed_permanent' : 'failed_transient';
  }
}
