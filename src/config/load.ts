/**
 * The one place that reads configuration: `config/newsdigest.yaml`, `config/feeds.yaml` and the
 * environment, validated with zod. A bad value is one clear AppError naming the file and field.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import cron from 'node-cron';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { parseDuration } from '../core/duration.js';
import { AppError } from '../core/errors.js';

export interface AppConfig {
  workspace: string;
  databaseFile: string;
  databaseUrl: string | null;
  digestsDir: string;
  topicsFile: string;
  feedsFile: string;
  feeds: Array<{ url: string; name: string | null }>;
  importPaths: string[];
  schedule: { cron: string; timezone: string };
  digest: { sinceMs: number; storiesPerSection: number };
  fetch: { timeoutMs: number; maxBytes: number; userAgent: string; allowPrivateAddresses: boolean; concurrency: number };
  env: ChatEnv;
  logLevel: string;
}

export interface ChatEnv {
  discordToken: string | null;
  discordApiUrl: string | null;
  discordApplicationId: string | null;
  slackBotToken: string | null;
  slackSigningSecret: string | null;
  slackAppToken: string | null;
  slackApiUrl: string | null;
  port: number;
}

export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const durationText = z.string().refine((v) => parseDuration(v) !== null, 'must be a duration such as 24h or 7d');

const fileSchema = z.object({
  workspace: z.string().regex(/^[\w.-]{1,64}$/, 'must be letters, digits, dot, dash or underscore').default('default'),
  database: z.string().min(1).default('data/newsdigest.db'),
  digestsDir: z.string().min(1).default('digests'),
  topics: z.string().min(1).default('config/topics.yaml'),
  feeds: z.string().min(1).default('config/feeds.yaml'),
  import: z.array(z.string().min(1)).default([]),
  schedule: z
    .object({
      cron: z.string().refine((v) => cron.validate(v), 'is not a valid cron expression').default('0 8 * * *'),
      timezone: z.string().refine(isValidTimeZone, 'is not an IANA time zone').default('UTC'),
    })
    .prefault({}),
  digest: z
    .object({ since: durationText.default('24h'), storiesPerSection: z.number().int().min(1).max(20).default(5) })
    .prefault({}),
  fetch: z
    .object({
      timeoutMs: z.number().int().min(1000).max(120_000).default(15_000),
      maxBytes: z.number().int().min(1024).max(50 * 1024 * 1024).default(5 * 1024 * 1024),
      userAgent: z.string().min(1).default('newsdigest/0.1'),
      allowPrivateAddresses: z.boolean().default(false),
      concurrency: z.number().int().min(1).max(32).default(4),
    })
    .prefault({}),
});

const feedUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });
// Each entry is a URL, or { url, name }.
const feedsSchema = z.array(z.union([feedUrl.transform((url) => ({ url, name: undefined })), z.object({ url: feedUrl, name: z.string().optional() })])).nullable();

const envSchema = z.object({
  DATABASE_URL: z.string().optional(),
  DISCORD_TOKEN: z.string().optional(),
  DISCORD_API_URL: z.url().optional(),
  DISCORD_APPLICATION_ID: z.string().optional(),
  SLACK_BOT_TOKEN: z.string().optional(),
  SLACK_SIGNING_SECRET: z.string().optional(),
  SLACK_APP_TOKEN: z.string().optional(),
  SLACK_API_URL: z.url().optional(),
  PORT: z.coerce.number().int().min(1).max(65535).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
});

function describeIssue(file: string, error: z.ZodError): string {
  const issue = error.issues[0];
  const field = issue?.path.join('.') || '(top level)';
  return `${file}: ${field} ${issue?.message ?? 'is invalid'}.`;
}

async function readYaml(path: string, required: boolean): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (!required && (error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new AppError('config_invalid', `Configuration file ${path} could not be read.`, { context: { path }, cause: error });
  }
  try {
    return parseYaml(text) as unknown;
  } catch (error) {
    throw new AppError('config_invalid', `${path} is not valid YAML: ${(error as Error).message.split('\n')[0]}`, { context: { path }, cause: error });
  }
}

const blank = (v: string | undefined) => (v && v.trim() ? v.trim() : null);

/**
 * @example
 * const config = await loadConfig({ file: 'config/newsdigest.yaml', env: process.env });
 */
export async function loadConfig(options: { file: string; env: Record<string, string | undefined>; cwd?: string }): Promise<AppConfig> {
  const cwd = options.cwd ?? process.cwd();
  const file = resolve(cwd, options.file);
  const parsed = fileSchema.safeParse((await readYaml(file, true)) ?? {});
  if (!parsed.success) throw new AppError('config_invalid', describeIssue(options.file, parsed.error));
  const settings = parsed.data;

  const env = envSchema.safeParse(options.env);
  if (!env.success) throw new AppError('config_invalid', describeIssue('environment', env.error));

  const feedsFile = resolve(cwd, settings.feeds);
  const feeds = feedsSchema.safeParse((await readYaml(feedsFile, false)) ?? []);
  if (!feeds.success) throw new AppError('config_invalid', describeIssue(settings.feeds, feeds.error));

  const e = env.data;
  return {
    workspace: settings.workspace,
    databaseFile: resolve(cwd, settings.database),
    databaseUrl: blank(e.DATABASE_URL),
    digestsDir: resolve(cwd, settings.digestsDir),
    topicsFile: resolve(cwd, settings.topics),
    feedsFile,
    feeds: (feeds.data ?? []).map((f) => ({ url: f.url, name: f.name ?? null })),
    importPaths: settings.import.map((p) => resolve(cwd, p)),
    schedule: settings.schedule,
    digest: { sinceMs: parseDuration(settings.digest.since)!, storiesPerSection: settings.digest.storiesPerSection },
    fetch: settings.fetch,
    env: {
      discordToken: blank(e.DISCORD_TOKEN),
      discordApiUrl: blank(e.DISCORD_API_URL),
      discordApplicationId: blank(e.DISCORD_APPLICATION_ID),
      slackBotToken: blank(e.SLACK_BOT_TOKEN),
      slackSigningSecret: blank(e.SLACK_SIGNING_SECRET),
      slackAppToken: blank(e.SLACK_APP_TOKEN),
      slackApiUrl: blank(e.SLACK_API_URL),
      port: e.PORT ?? 3000,
    },
    logLevel: e.LOG_LEVEL ?? 'info',
  };
}
