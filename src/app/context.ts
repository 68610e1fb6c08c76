/**
 * Wires the application from its configuration: logger, store, topics, command router. Every
 * command of the CLI and `serve` start from here; nothing below reads the environment.
 */
import { hostname } from 'node:os';
import { pino } from 'pino';
import { loadConfig, type AppConfig } from '../config/load.js';
import { loadTopics } from '../config/topics.js';
import { systemClock, type Clock } from '../core/clock.js';
import type { CommandHandler } from '../core/command.js';
import type { Logger } from '../core/log.js';
import { createRouter } from '../commands/router.js';
import { assertFetchableUrl } from '../feeds/address.js';
import { TopicCatalog } from '../pipeline/topics.js';
import { Store } from '../store/index.js';

export interface App {
  config: AppConfig;
  store: Store;
  topics: TopicCatalog;
  clock: Clock;
  logger: Logger;
  router: CommandHandler;
  instance: string;
  /** Set by `serve` so configuration commands reschedule at once. */
  onSubscriptionsChanged: (workspace: string) => void;
  close(): Promise<void>;
}

export interface AppOptions {
  configFile: string;
  env: Record<string, string | undefined>;
  clock?: Clock;
  /** Logs go to stderr so stdout stays clean for digests and JSON. */
  logDestination?: number;
  /** Level when LOG_LEVEL is not set: one-shot commands keep the terminal quiet ("warn"). */
  defaultLogLevel?: string;
}

/**
 * @example
 * const app = await createApp({ configFile: 'config/newsdigest.yaml', env: process.env });
 */
export async function createApp(options: AppOptions): Promise<App> {
  const config = await loadConfig({ file: options.configFile, env: options.env });
  const level = options.env.LOG_LEVEL ? config.logLevel : (options.defaultLogLevel ?? config.logLevel);
  const logger = pino({ level, base: { service: 'newsdigest' } }, pino.destination({ dest: options.logDestination ?? 2, sync: true })) as unknown as Logger;
  const builtInTopics = await loadTopics(config.topicsFile);
  const store = await Store.open({ file: config.databaseFile, url: config.databaseUrl });
  const clock = options.clock ?? systemClock;
  const topics = new TopicCatalog(builtInTopics, store);
  const app: App = {
    config,
    store,
    topics,
    clock,
    logger,
    instance: `${hostname()}:${process.pid}`,
    onSubscriptionsChanged: () => undefined,
    router: async () => {
      throw new Error('router not ready');
    },
    close: () => store.close(),
  };
  app.router = createRouter({
    store,
    topics,
    clock,
    logger,
    digestSinceMs: config.digest.sinceMs,
    storiesPerSection: config.digest.storiesPerSection,
    // Feeds added from chat never reach private addresses, whatever the operator allows for theirs.
    checkFeedUrl: (url) => assertFetchableUrl(url, { allowPrivateAddresses: false }),
    onSubscriptionsChanged: (workspace) => app.onSubscriptionsChanged(workspace),
  });
  return app;
}
