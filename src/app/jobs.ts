/**
 * What `serve` runs: the operator's digest on the configured schedule, a digest per channel
 * subscription on its own schedule, feed polling, and a sweep that resumes interrupted deliveries.
 */
import type { ChatAdapter } from '../chat/adapter.js';
import type { Platform } from '../core/command.js';
import { buildDigest } from '../digest/build.js';
import { refreshFeeds } from '../pipeline/refresh-feeds.js';
import { writeDigestFiles } from '../pipeline/digest-files.js';
import { renderFiguresChart } from '../render/chart.js';
import { digestMessage } from '../render/digest-message.js';
import { scheduleInterval, type CronJob } from '../scheduler/cron.js';
import { DELIVERY_LEASE_MS, DELIVERY_MAX_ATTEMPTS, deliver } from '../scheduler/deliver.js';
import type { Subscription } from '../store/index.js';
import type { App } from './context.js';

export const FEED_POLL_CRON = '*/15 * * * *';
const SWEEP_CRON = '*/5 * * * *';

function slotKey(job: string, slot: Date): string {
  return `${job}@${slot.toISOString().slice(0, 16)}`;
}

/** Builds the operator's digest for a window ending at `slot`, writes its files, returns them. */
export async function runConsoleDigest(app: App, slot: Date, sinceMs: number, options: { topic?: string } = {}) {
  const { definitions } = await app.topics.forWorkspace(app.config.workspace);
  const digest = await buildDigest(app.store, {
    workspace: app.config.workspace,
    topics: definitions,
    topic: options.topic,
    window: { from: new Date(slot.getTime() - sinceMs), to: slot, field: 'ingested_at' },
    storiesPerSection: app.config.digest.storiesPerSection,
    now: slot,
  });
  const files = await writeDigestFiles(digest, { dir: app.config.digestsDir, topic: options.topic });
  return { digest, files };
}

async function subscriptionJob(app: App, subscription: Subscription, adapter: ChatAdapter): Promise<CronJob> {
  const interval = await scheduleInterval(subscription.cron, subscription.timezone);
  return {
    key: subscription.id,
    cron: subscription.cron,
    timezone: subscription.timezone,
    run: (slot) => deliverSubscription(app, subscription, adapter, slot, interval),
  };
}

/** One subscription's digest for one slot; the window is the interval since the previous slot. */
export async function deliverSubscription(app: App, s: Subscription, adapter: ChatAdapter, slot: Date, intervalMs: number) {
  return deliver(
    {
      slotKey: slotKey(s.id, slot),
      workspace: s.workspace,
      subscriptionId: s.id,
      target: { workspace: s.workspace, channelId: s.channel_id },
      adapter,
      build: async () => {
        const { definitions } = await app.topics.forWorkspace(s.workspace);
        const digest = await buildDigest(app.store, {
          workspace: s.workspace,
          topics: definitions,
          topic: s.topic === 'all' ? undefined : s.topic,
          // Ends at the slot, so a resumed run rebuilds exactly the same parts.
          window: { from: new Date(slot.getTime() - intervalMs), to: slot, field: 'ingested_at' },
          storiesPerSection: app.config.digest.storiesPerSection,
          now: slot,
        });
        return { message: digestMessage(digest), chart: await renderFiguresChart(digest.figures) };
      },
    },
    { store: app.store, clock: app.clock, logger: app.logger, instance: app.instance },
  );
}

/** Every job `serve` should run now, given the adapters that are up. */
export async function serveJobs(app: App, adapters: Map<Platform, ChatAdapter>): Promise<CronJob[]> {
  const jobs: CronJob[] = [
    {
      key: 'feeds',
      cron: FEED_POLL_CRON,
      timezone: 'UTC',
      run: () => refreshFeeds({ store: app.store, clock: app.clock, logger: app.logger, topics: app.topics, settings: app.config.fetch }),
    },
    {
      key: 'console-digest',
      cron: app.config.schedule.cron,
      timezone: app.config.schedule.timezone,
      run: async (slot) => {
        const consoleAdapter = adapters.get('console');
        const outcome = await deliver(
          {
            slotKey: slotKey(`console:${app.config.workspace}`, slot),
            workspace: app.config.workspace,
            subscriptionId: null,
            target: { workspace: app.config.workspace, channelId: 'console' },
            adapter: consoleAdapter ?? silentAdapter,
            build: async () => {
              const { digest, files } = await runConsoleDigest(app, slot, app.config.digest.sinceMs);
              app.logger.info({ workspace: digest.workspace, file: files.markdown }, 'digest written');
              return { message: digestMessage(digest), chart: files.chartPng };
            },
          },
          { store: app.store, clock: app.clock, logger: app.logger, instance: app.instance },
        );
        return outcome;
      },
    },
    {
      key: 'delivery-sweep',
      cron: SWEEP_CRON,
      timezone: 'UTC',
      run: () => resumeDeliveries(app, adapters),
    },
  ];
  for (const s of await app.store.subscriptions.list()) {
    const adapter = adapters.get(s.platform as Platform);
    if (!adapter || s.disabled_reason) continue;
    jobs.push(await subscriptionJob(app, s, adapter));
  }
  return jobs;
}

/** Picks up deliveries a crash or a transient failure left unfinished, after their last posted part. */
export async function resumeDeliveries(app: App, adapters: Map<Platform, ChatAdapter>): Promise<number> {
  const staleBefore = new Date(app.clock.now().getTime() - DELIVERY_LEASE_MS).toISOString();
  let resumed = 0;
  for (const row of await app.store.deliveries.pending(staleBefore, DELIVERY_MAX_ATTEMPTS)) {
    if (!row.subscription_id) continue;
    const s = await app.store.subscriptions.get(row.subscription_id);
    const adapter = s ? adapters.get(s.platform as Platform) : undefined;
    if (!s || !adapter || s.disabled_reason) continue;
    const slot = new Date(`${row.slot_key.split('@')[1]}:00.000Z`);
    await deliverSubscription(app, s, adapter, slot, await scheduleInterval(s.cron, s.timezone));
    resumed++;
  }
  return resumed;
}

const silentAdapter: ChatAdapter = {
  platform: 'console',
  start: async () => undefined,
  stop: async () => undefined,
  post: async () => ({ messageIds: [] }),
};
