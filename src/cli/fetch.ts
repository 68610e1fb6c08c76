/** `newsdigest fetch`: poll every feed once; one line per feed, failures on stderr. */
import { refreshFeeds, syncConfigFeeds } from '../pipeline/refresh-feeds.js';
import { expectNoArgs, withApp, type CliCommand } from './input.js';

export const fetchCommand: CliCommand = (input) => {
  expectNoArgs(input, 'fetch');
  return withApp(input, async (app, workspace) => {
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
};
