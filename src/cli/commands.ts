/** The CLI's commands, each a small function over the wired App. */
import { createApp, type App } from '../app/context.js';
import { AppError } from '../core/errors.js';
import { analyzeCommand } from './analyze.js';
import { digestCommand } from './digest.js';
import { discordCommand } from './discord.js';
import { serveCommand } from './serve.js';
import { importPaths } from './import.js';
import { refreshFeeds, syncConfigFeeds } from '../pipeline/refresh-feeds.js';
import { ConsoleAdapter } from '../chat/console/adapter.js';

export interface CliInput {
  args: string[];
  values: Record<string, string | boolean | undefined>;
}

export type CliCommand = (input: CliInput) => Promise<number>;

export function configFile(input: CliInput): string {
  return (input.values.config as string | undefined) ?? process.env.NEWSDIGEST_CONFIG ?? 'config/newsdigest.yaml';
}

/** Runs `body` with a wired App and always closes it. */
export async function withApp<T>(input: CliInput, body: (app: App, workspace: string) => Promise<T>): Promise<T> {
  const app = await createApp({ configFile: configFile(input), env: process.env, defaultLogLevel: 'error' });
  try {
    const workspace = (input.values.workspace as string | undefined) ?? app.config.workspace;
    await app.store.workspaces.ensure(workspace, 'console', app.clock.now().toISOString());
    return await body(app, workspace);
  } finally {
    await app.close();
  }
}

const importCommand: CliCommand = (input) => {
  if (input.args.length === 0) throw new AppError('input_missing', 'Give one or more files or folders to import, e.g. newsdigest import examples.');
  return withApp(input, (app, workspace) => importPaths(app, workspace, input.args));
};

const fetchCommand: CliCommand = (input) =>
  withApp(input, async (app, workspace) => {
    await syncConfigFeeds(app.store, app.config.workspace, app.config.feeds.map((f) => f.url), app.clock.now().toISOString());
    const reports = await refreshFeeds({ store: app.store, clock: app.clock, logger: app.logger, topics: app.topics, settings: app.config.fetch }, { workspace });
    if (reports.length === 0) {
      process.stdout.write(`No feeds to fetch for workspace ${workspace}; list them in ${app.config.feedsFile}.\n`);
      return 0;
    }
    for (const r of reports) {
      const line = r.status === 'error' ? `${r.url}: failed: ${r.error}` : r.status === 'skipped' ? `${r.url}: skipped (the server asked us to wait)` : r.status === 'not_modified' ? `${r.url}: not modified` : `${r.url}: ${r.newItems} new ${r.newItems === 1 ? 'item' : 'items'}`;
      (r.status === 'error' ? process.stderr : process.stdout).write(line + '\n');
    }
    return reports.every((r) => r.status === 'error') ? 1 : 0;
  });

const askCommand: CliCommand = (input) => {
  const text = input.args.join(' ').trim();
  if (!text) throw new AppError('input_missing', 'Give the command to run, e.g. newsdigest ask "/news figures refugees".');
  return withApp(input, async (app, workspace) => {
    const adapter = new ConsoleAdapter({ workspace, write: (t) => process.stdout.write(t) });
    await adapter.start({ command: app.router });
    const { ok } = await adapter.ask(text);
    return ok ? 0 : 1;
  });
};

export const cliCommands: Record<string, CliCommand> = {
  import: importCommand,
  fetch: fetchCommand,
  digest: digestCommand,
  analyze: analyzeCommand,
  ask: askCommand,
  serve: serveCommand,
  discord: discordCommand,
};
