/**
 * Configuration commands (admins only; the router checks before calling): subscribe a channel to a
 * topic on a schedule, unsubscribe, follow and unfollow feeds. All scoped to the caller's workspace.
 */
import cron from 'node-cron';
import { isValidTimeZone } from '../config/load.js';
import { AppError } from '../core/errors.js';
import type { RouterDeps, SubcommandHandler } from './router.js';

export const DEFAULT_CRON = '0 8 * * *';
export const DEFAULT_TIMEZONE = 'UTC';
/** Limits per workspace, so one workspace cannot load the shared process for everyone. */
export const MAX_FEEDS_PER_WORKSPACE = 100;
export const MAX_SUBSCRIPTIONS_PER_WORKSPACE = 50;
/** The most often a channel may get a digest. */
export const MIN_SCHEDULE_INTERVAL_MS = 3_600_000;
/** Web ports only: a feed URL must not turn the bot into a port scanner. */
const FEED_PORTS = new Set(['', '80', '443', '8080', '8443']);

/** The shortest gap between runs of a schedule over its next few runs. */
async function shortestInterval(expression: string, timezone: string): Promise<number> {
  const task = cron.createTask(expression, () => undefined, { timezone });
  try {
    const runs = task.getNextRuns(6).map((d) => d.getTime());
    return Math.min(...runs.slice(1).map((t, i) => t - runs[i]!));
  } finally {
    await task.destroy();
  }
}

async function topicOrAll(deps: RouterDeps, workspace: string, text: string): Promise<string> {
  const wanted = text.trim().toLowerCase();
  if (wanted === 'all') return 'all';
  const { definitions } = await deps.topics.forWorkspace(workspace);
  if (!definitions.some((t) => t.id === wanted)) {
    throw new AppError('command_usage', `Unknown topic "${text}". Topics: all, ${definitions.map((t) => t.id).join(', ')}.`);
  }
  return wanted;
}

const subscribe: SubcommandHandler = async (request, deps) => {
  const topic = await topicOrAll(deps, request.workspace, request.options.topic!);
  const cronExpr = request.options.cron?.trim() || DEFAULT_CRON;
  const timezone = request.options.timezone?.trim() || (await deps.store.workspaces.settings(request.workspace)).timezone || DEFAULT_TIMEZONE;
  // Five fields only: node-cron's optional sixth (seconds) field would allow a post every second.
  if (cronExpr.split(/\s+/).length !== 5 || !cron.validate(cronExpr)) {
    throw new AppError('command_usage', `"${cronExpr}" is not a cron schedule; try "0 8 * * *" for 08:00 daily.`);
  }
  if (!isValidTimeZone(timezone)) throw new AppError('command_usage', `"${timezone}" is not a time zone; use an IANA name such as Europe/Kyiv.`);
  if ((await shortestInterval(cronExpr, timezone)) < MIN_SCHEDULE_INTERVAL_MS) {
    throw new AppError('command_usage', `"${cronExpr}" runs more than once an hour; a digest can be posted at most hourly.`);
  }
  const existing = await deps.store.subscriptions.list({ workspace: request.workspace });
  const isUpdate = existing.some((x) => x.platform === request.platform && x.channel_id === request.channelId && x.topic === topic);
  if (!isUpdate && existing.length >= MAX_SUBSCRIPTIONS_PER_WORKSPACE) {
    throw new AppError('command_usage', `This workspace already has ${MAX_SUBSCRIPTIONS_PER_WORKSPACE} subscriptions; remove one with /news unsubscribe first.`);
  }
  const now = deps.clock.now().toISOString();
  await deps.store.subscriptions.upsert(
    { workspace: request.workspace, platform: request.platform, channelId: request.channelId, topic, cron: cronExpr, timezone, createdBy: request.caller.id },
    now,
  );
  deps.onSubscriptionsChanged?.(request.workspace);
  const task = cron.createTask(cronExpr, () => undefined, { timezone });
  const next = task.getNextRun();
  await task.destroy();
  return {
    title: 'Subscribed',
    text: `This channel will get ${topic === 'all' ? 'the full digest' : `the ${topic} digest`} on "${cronExpr}" (${timezone})${next ? `, next at ${next.toISOString().replace('T', ' ').slice(0, 16)} UTC` : ''}.`,
    ephemeral: true,
  };
};

const unsubscribe: SubcommandHandler = async (request, deps) => {
  const topic = await topicOrAll(deps, request.workspace, request.options.topic!);
  const removed = await deps.store.subscriptions.remove(request.workspace, request.platform, request.channelId, topic);
  deps.onSubscriptionsChanged?.(request.workspace);
  return {
    title: 'Unsubscribed',
    text: removed > 0 ? `Removed ${removed} subscription${removed === 1 ? '' : 's'} from this channel.` : 'This channel had no such subscription.',
    ephemeral: true,
  };
};

const feedAdd: SubcommandHandler = async (request, deps) => {
  const url = await deps.checkFeedUrl(request.options.url!.trim());
  if (!FEED_PORTS.has(url.port)) throw new AppError('command_usage', `Feeds are fetched from web ports only (80, 443, 8080, 8443), not ${url.port}.`);
  if ((await deps.store.feeds.list(request.workspace)).length >= MAX_FEEDS_PER_WORKSPACE) {
    throw new AppError('command_usage', `This workspace already follows ${MAX_FEEDS_PER_WORKSPACE} feeds; remove one with /news feed-remove first.`);
  }
  const added = await deps.store.feeds.add(request.workspace, url.href, request.caller.id, deps.clock.now().toISOString());
  return {
    title: added ? 'Feed added' : 'Feed already followed',
    text: added ? `Following ${url.href}; its items arrive with the next fetch.` : `This workspace already follows ${url.href}.`,
    ephemeral: true,
  };
};

const feedRemove: SubcommandHandler = async (request, deps) => {
  const text = request.options.url!.trim();
  let url: string;
  try {
    url = new URL(text).href;
  } catch {
    throw new AppError('command_usage', `"${text}" is not a feed URL.`);
  }
  const removed = await deps.store.feeds.remove(request.workspace, url);
  return { title: removed ? 'Feed removed' : 'Feed not found', text: removed ? `No longer following ${url}.` : `This workspace does not follow ${url}.`, ephemeral: true };
};

export const configHandlers: Record<string, SubcommandHandler> = {
  subscribe,
  unsubscribe,
  'feed-add': feedAdd,
  'feed-remove': feedRemove,
};
