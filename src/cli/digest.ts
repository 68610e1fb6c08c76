/**
 * `newsdigest digest`: builds a digest now. `--since 24h` takes what arrived in the last 24 hours;
 * `--from D --to D` takes what was published between two dates (inclusive, UTC).
 */
import { parseDuration } from '../core/duration.js';
import { AppError } from '../core/errors.js';
import { buildDigest, type DigestWindow } from '../digest/build.js';
import { writeDigestFiles } from '../pipeline/digest-files.js';
import { expectNoArgs, withApp, type CliCommand } from './input.js';

/** YYYY-MM-DD (the whole day, UTC) or a full ISO date-time; "2022-02-30" is not a date. */
function parseDay(text: string, edge: 'start' | 'end'): Date {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const isoTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(text);
  const date = day ? new Date(`${text}T${edge === 'start' ? '00:00:00.000' : '23:59:59.999'}Z`) : isoTime ? new Date(text) : new Date(NaN);
  const real = day ? date.toISOString().slice(0, 10) === text : !Number.isNaN(date.getTime());
  if (!real) throw new AppError('command_usage', `"${text}" is not a date; use YYYY-MM-DD.`);
  return date;
}

export function digestWindow(values: Record<string, string | boolean | undefined>, now: Date, defaultSinceMs: number): DigestWindow {
  const since = values.since as string | undefined;
  const from = values.from as string | undefined;
  const to = values.to as string | undefined;
  if (since && (from || to)) throw new AppError('command_usage', 'Use either --since or --from/--to, not both.');
  if (from || to) {
    const window = { from: from ? parseDay(from, 'start') : new Date(0), to: to ? parseDay(to, 'end') : now, field: 'placed_at' as const };
    if (window.from > window.to) throw new AppError('command_usage', '--from is after --to.');
    return window;
  }
  const ms = since ? parseDuration(since) : defaultSinceMs;
  if (ms === null) throw new AppError('command_usage', `"${since}" is not a duration; use e.g. 24h or 7d.`);
  return { from: new Date(now.getTime() - ms), to: now, field: 'ingested_at' };
}

export const digestCommand: CliCommand = (input) => {
  expectNoArgs(input, 'digest');
  return withApp(input, async (app, workspace) => {
    const format = (input.values.format as string | undefined) ?? 'md';
    if (format !== 'md' && format !== 'json') throw new AppError('command_usage', `Unknown format "${format}"; use md or json.`);
    const now = app.clock.now();
    const window = digestWindow(input.values, now, app.config.digest.sinceMs);
    const { definitions } = await app.topics.forWorkspace(workspace);
    const topicText = input.values.topic as string | undefined;
    const topic = topicText ? definitions.find((t) => t.id === topicText.toLowerCase())?.id : undefined;
    if (topicText && !topic) throw new AppError('command_usage', `Unknown topic "${topicText}"; topics: ${definitions.map((t) => t.id).join(', ')}.`);
    const digest = await buildDigest(app.store, { workspace, topics: definitions, topic, window, storiesPerSection: app.config.digest.storiesPerSection, now });
    // A digest of past dates is named after its dates, so it never replaces today's digest.
    const name = window.field === 'placed_at' ? `${digest.window.from.slice(0, 10)}_${digest.window.to.slice(0, 10)}` : undefined;
    const files = await writeDigestFiles(digest, { dir: (input.values.out as string | undefined) ?? app.config.digestsDir, topic, ...(name ? { name } : {}) });
    process.stdout.write(format === 'json' ? JSON.stringify(digest, null, 2) + '\n' : files.text);
    process.stderr.write(`Digest written to ${files.markdown} and ${files.json}${files.chart ? ` (chart: ${files.chart})` : ''}.\n`);
    return 0;
  });
};
