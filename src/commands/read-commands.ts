/** The commands anyone in a workspace may run: digest, search, figures, story, topics, status. */
import { METRICS, METRIC_ALIASES, type Metric } from '../core/analysis.js';
import { AppError } from '../core/errors.js';
import type { MessageItem } from '../core/message.js';
import { buildDigest } from '../digest/build.js';
import { figureRows } from '../digest/figures.js';
import { summarize } from '../digest/summary.js';
import { digestMessage, figuresTable } from '../render/digest-message.js';
import { formatDate, formatDateTime } from '../render/format.js';
import type { RouterDeps, SubcommandHandler } from './router.js';

async function resolveTopic(deps: RouterDeps, workspace: string, id: string | undefined): Promise<string | undefined> {
  if (!id) return undefined;
  const { definitions } = await deps.topics.forWorkspace(workspace);
  const wanted = id.trim().toLowerCase();
  const match = definitions.find((t) => t.id === wanted || t.title.toLowerCase() === wanted);
  if (!match) {
    throw new AppError('command_usage', `Unknown topic "${id}". Topics: ${definitions.map((t) => t.id).join(', ')}.`);
  }
  return match.id;
}

export function resolveMetric(text: string | undefined): Metric | undefined {
  if (!text) return undefined;
  const metric = METRIC_ALIASES[text.trim().toLowerCase().replace(/\s+/g, '-')];
  if (!metric) throw new AppError('command_usage', `Unknown metric "${text}". Metrics: ${METRICS.join(', ')}.`);
  return metric;
}

const digest: SubcommandHandler = async (request, deps) => {
  const topic = await resolveTopic(deps, request.workspace, request.options.topic);
  const { definitions } = await deps.topics.forWorkspace(request.workspace);
  const now = deps.clock.now();
  const result = await buildDigest(deps.store, {
    workspace: request.workspace,
    topics: definitions,
    topic,
    window: { from: new Date(now.getTime() - deps.digestSinceMs), to: now, field: 'ingested_at' },
    storiesPerSection: deps.storiesPerSection,
    now,
  });
  return digestMessage(result);
};

const search: SubcommandHandler = async (request, deps) => {
  const query = request.options.query!.trim().slice(0, 200);
  const hits = await deps.store.search(request.workspace, query, 10);
  const items: MessageItem[] = hits.map((a) => ({
    title: a.title,
    url: a.url,
    body: summarize(a.text, 200),
    meta: [a.outlet ?? 'Unknown outlet', formatDate(a.published), a.storyId ? `story ${a.storyId}` : `article ${a.id}`],
  }));
  return {
    title: `Search: ${query}`,
    sections: [{ heading: `${hits.length} ${hits.length === 1 ? 'article' : 'articles'} found`, items, emptyText: 'No stored article matches. Try fewer or other words.' }],
  };
};

const figures: SubcommandHandler = async (request, deps) => {
  const metric = resolveMetric(request.options.metric);
  const history = await deps.store.figures.history(request.workspace, metric ? { metric } : {});
  const table = figuresTable(figureRows(history, history), metric ? `Figures: ${metric}` : 'Humanitarian figures');
  if (!table) return { title: 'Humanitarian figures', text: metric ? `No ${metric} figures recorded yet.` : 'No figures recorded yet.' };
  return { title: 'Humanitarian figures', tables: [table], footer: 'Latest value per source, with the earlier values reported; figures are quoted, not verified.' };
};

const story: SubcommandHandler = async (request, deps) => {
  const id = request.options.id!.trim();
  const articles = await deps.store.articles.ofStories(request.workspace, [id]);
  if (articles.length === 0) throw new AppError('not_found', `No story "${id}" in this workspace. Story ids are shown under each digest story.`);
  articles.sort((a, b) => a.placedAt.localeCompare(b.placedAt) || a.id.localeCompare(b.id));
  const outlets = new Set(articles.map((a) => a.outlet ?? a.id)).size;
  return {
    title: articles[0]!.title,
    subtitle: `Story ${id}: ${articles.length} articles from ${outlets} ${outlets === 1 ? 'outlet' : 'outlets'}`,
    sections: [{
      heading: 'Coverage',
      items: articles.map((a) => ({
        title: a.title,
        url: a.url,
        body: summarize(a.text),
        meta: [a.outlet ?? 'Unknown outlet', formatDate(a.published), ...(a.byline ? [`by ${a.byline}`] : [])],
      })),
    }],
  };
};

const topics: SubcommandHandler = async (request, deps) => {
  const { definitions } = await deps.topics.forWorkspace(request.workspace);
  return {
    title: 'Topics',
    sections: [{
      heading: `${definitions.length} topics`,
      items: definitions.map((t) => ({
        title: `${t.title} (${t.id})`,
        body: t.description,
        meta: [`matches: ${t.phrases.slice(0, 6).map((p) => p.text).join(', ')}${t.phrases.length > 6 ? ', …' : ''}`],
      })),
    }],
    ephemeral: true,
  };
};

const status: SubcommandHandler = async (request, deps) => {
  const [feeds, subscriptions, count] = await Promise.all([
    deps.store.feeds.list(request.workspace),
    deps.store.subscriptions.list({ workspace: request.workspace }),
    deps.store.articles.count(request.workspace),
  ]);
  return {
    title: 'Status',
    text: `${count} articles stored for this workspace.`,
    sections: [
      {
        heading: 'Subscriptions',
        emptyText: 'No channel is subscribed. An admin can run /news subscribe <topic>.',
        items: subscriptions.map((s) => ({
          title: `${s.topic} in channel ${s.channel_id} (${s.platform})`,
          body: s.disabled_reason
            ? `Stopped: ${s.disabled_reason} Fix the bot's access, then subscribe again.`
            : s.last_error ? `Last attempt failed: ${s.last_error}` : 'Delivering normally.',
          meta: [`${s.cron} (${s.timezone})`, s.last_delivered_at ? `last posted ${formatDateTime(s.last_delivered_at)}` : 'not posted yet'],
        })),
      },
      {
        heading: 'Feeds',
        emptyText: 'No feeds. An admin can run /news feed-add <url>.',
        items: feeds.map((f) => ({
          // A feed URL may carry a token in its query: only admins see it whole.
          title: f.title ?? (request.caller.isAdmin ? f.url : withoutQuery(f.url)),
          url: request.caller.isAdmin ? f.url : null,
          body: f.last_status === 'error' ? `Failing (${f.error_count}x): ${f.last_error}` : f.last_fetched_at ? 'Fetching normally.' : 'Not fetched yet.',
          meta: [`${f.item_count} items`, f.last_fetched_at ? `checked ${formatDateTime(f.last_fetched_at)}` : 'never checked'],
        })),
      },
    ],
    ephemeral: true,
  };
};

function withoutQuery(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.search ? `${parsed.origin}${parsed.pathname}?…` : url;
  } catch {
    return url;
  }
}

export const readHandlers: Record<string, SubcommandHandler> = { digest, search, figures, story, topics, status };
