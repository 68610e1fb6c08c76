/**
 * `newsdigest fetch`: poll every feed once. Each feed is fetched (conditional GET), parsed, and its
 * new items ingested; a failing feed is recorded with its error and the others go on.
 */
import type { Clock } from '../core/clock.js';
import { isAppError } from '../core/errors.js';
import type { Logger } from '../core/log.js';
import { fetchFeed } from '../feeds/fetch.js';
import { parseFeed } from '../feeds/parse.js';
import type { FeedRecord, Store } from '../store/index.js';
import { ingest } from './ingest.js';
import type { TopicCatalog } from './topics.js';

export interface FetchSettings {
  timeoutMs: number;
  maxBytes: number;
  userAgent: string;
  /** Applies only to feeds from the operator's config file, never to feeds users added in chat. */
  allowPrivateAddresses: boolean;
  concurrency: number;
}

export interface FeedReport {
  workspace: string;
  url: string;
  status: 'ok' | 'not_modified' | 'error' | 'skipped';
  newItems: number;
  error?: string;
}

/** Feeds that come from config/feeds.yaml are marked so, to tell them from users' feeds. */
export const CONFIG_FEED_OWNER = 'config';

/** Makes the store's config-owned feeds match the config file (adds new, removes dropped). */
export async function syncConfigFeeds(store: Store, workspace: string, urls: string[], now: string): Promise<void> {
  for (const url of urls) await store.feeds.add(workspace, url, CONFIG_FEED_OWNER, now);
  for (const feed of await store.feeds.list(workspace)) {
    if (feed.added_by === CONFIG_FEED_OWNER && !urls.includes(feed.url)) await store.feeds.remove(workspace, feed.url);
  }
}

async function refreshOne(feed: FeedRecord, deps: RefreshDeps): Promise<FeedReport> {
  const { store, clock, logger, settings } = deps;
  const now = clock.now();
  const report: FeedReport = { workspace: feed.workspace, url: feed.url, status: 'ok', newItems: 0 };
  if (feed.retry_after && Date.parse(feed.retry_after) > now.getTime()) return { ...report, status: 'skipped' };
  const log = logger.child({ workspace: feed.workspace, feed: feed.url });
  try {
    const result = await fetchFeed(feed.url, {
      state: { etag: feed.etag, lastModified: feed.last_modified },
      timeoutMs: settings.timeoutMs,
      maxBytes: settings.maxBytes,
      userAgent: settings.userAgent,
      allowPrivateAddresses: settings.allowPrivateAddresses && feed.added_by === CONFIG_FEED_OWNER,
      clock,
    });
    if (result.status === 'not_modified') {
      await store.feeds.recordFetch(feed.id, { fetchedAt: now.toISOString(), status: 'not_modified' });
      return { ...report, status: 'not_modified' };
    }
    const parsed = await parseFeed(result.body, { feedUrl: result.finalUrl });
    const { matcher } = await deps.topics.forWorkspace(feed.workspace);
    const ingested = await ingest(parsed.items, { workspace: feed.workspace, topics: matcher }, { store, clock, logger: log });
    await store.feeds.recordFetch(feed.id, {
      fetchedAt: now.toISOString(), status: 'ok', etag: result.state.etag, lastModified: result.state.lastModified,
      title: parsed.title, newItems: ingested.inserted,
    });
    log.info({ items: parsed.items.length, inserted: ingested.inserted, repairs: parsed.repairs }, 'feed fetched');
    return { ...report, newItems: ingested.inserted };
  } catch (error) {
    const message = isAppError(error) ? error.message : `Unexpected failure: ${(error as Error).message}`;
    const retrySeconds = isAppError(error) ? Number(error.context.retryAfterSeconds ?? 0) : 0;
    await store.feeds.recordFetch(feed.id, {
      fetchedAt: now.toISOString(), status: 'error', error: message,
      retryAfter: retrySeconds > 0 ? new Date(now.getTime() + retrySeconds * 1000).toISOString() : null,
    });
    log.warn({ code: isAppError(error) ? error.code : 'unexpected', err: isAppError(error) ? undefined : error }, message);
    return { ...report, status: 'error', error: message };
  }
}

export interface RefreshDeps {
  store: Store;
  clock: Clock;
  logger: Logger;
  topics: TopicCatalog;
  settings: FetchSettings;
}

/**
 * @example
 * const reports = await refreshFeeds(deps, { workspace: 'default' });
 */
export async function refreshFeeds(deps: RefreshDeps, filter: { workspace?: string } = {}): Promise<FeedReport[]> {
  const feeds = await deps.store.feeds.list(filter.workspace);
  const reports: FeedReport[] = [];
  let next = 0;
  const worker = async () => {
    while (next < feeds.length) {
      const feed = feeds[next++]!;
      reports.push(await refreshOne(feed, deps));
    }
  };
  await Promise.all(Array.from({ length: Math.min(deps.settings.concurrency, feeds.length) }, worker));
  return reports.sort((a, b) => a.workspace.localeCompare(b.workspace) || a.url.localeCompare(b.url));
}
