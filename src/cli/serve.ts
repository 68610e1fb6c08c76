/**
 * `newsdigest serve`: the bot. Imports the configured files, then runs the schedules (digests,
 * feed polling, delivery sweep) and the chat adapters that have tokens. `--once` builds the
 * operator's digest now, prints it and exits.
 */
import { createApp, type App } from '../app/context.js';
import { startAdapters, stopAdapters } from '../app/adapters.js';
import { resumeDeliveries, runConsoleDigest, serveJobs } from '../app/jobs.js';
import { importFiles } from '../pipeline/import-files.js';
import { refreshFeeds, syncConfigFeeds } from '../pipeline/refresh-feeds.js';
import { CronScheduler } from '../scheduler/cron.js';
import { configFile, expectNoArgs, type CliCommand } from './input.js';

async function prepare(app: App): Promise<void> {
  const now = app.clock.now().toISOString();
  await app.store.workspaces.ensure(app.config.workspace, 'console', now);
  await syncConfigFeeds(app.store, app.config.workspace, app.config.feeds.map((f) => f.url), now);
  if (app.config.importPaths.length > 0) {
    const report = await importFiles(app.config.importPaths, { workspace: app.config.workspace, topics: app.topics }, app);
    for (const e of report.errors) app.logger.warn({ file: e.ref }, e.reason);
    app.logger.info({ inserted: report.inserted, duplicates: report.duplicates }, 'configured files imported');
  }
}

function waitForSignal(): Promise<string> {
  return new Promise((resolve) => {
    const done = (signal: string) => resolve(signal);
    process.once('SIGINT', () => done('SIGINT'));
    process.once('SIGTERM', () => done('SIGTERM'));
  });
}

export const serveCommand: CliCommand = async (input) => {
  expectNoArgs(input, 'serve');
  const app = await createApp({ configFile: configFile(input), env: process.env, defaultLogLevel: input.values.once ? 'error' : 'info' });
  try {
    await prepare(app);
    if (input.values.once) {
      if (app.config.feeds.length > 0) {
        await refreshFeeds({ store: app.store, clock: app.clock, logger: app.logger, topics: app.topics, settings: app.config.fetch }, { workspace: app.config.workspace });
      }
      const { files } = await runConsoleDigest(app, app.clock.now(), app.config.digest.sinceMs);
      process.stdout.write(files.text);
      process.stderr.write(`Digest written to ${files.markdown} and ${files.json}${files.chart ? ` (chart: ${files.chart})` : ''}.\n`);
      return 0;
    }

    const adapters = await startAdapters(app, (text) => process.stdout.write(text));
    const scheduler = new CronScheduler(app.logger);
    const reschedule = async () => scheduler.set(await serveJobs(app, adapters));
    app.onSubscriptionsChanged = () => void reschedule().catch((error: unknown) => app.logger.error({ err: error }, 'reschedule failed'));
    await reschedule();
    await resumeDeliveries(app, adapters);
    // Poll the feeds once now rather than waiting for the first quarter hour.
    void refreshFeeds({ store: app.store, clock: app.clock, logger: app.logger, topics: app.topics, settings: app.config.fetch })
      .catch((error: unknown) => app.logger.error({ err: error }, 'feed refresh failed'));
    app.logger.info({ adapters: [...adapters.keys()], jobs: scheduler.size, schedule: app.config.schedule }, 'newsdigest is running');
    const signal = await waitForSignal();
    app.logger.info({ signal }, 'shutting down');
    await scheduler.stop();
    await stopAdapters(adapters);
    return 0;
  } finally {
    await app.close();
  }
};
