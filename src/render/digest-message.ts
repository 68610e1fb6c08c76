/**
 * Digest -> platform-neutral Message: what every chat renderer and the Markdown file show.
 * Stories become items (atomic when a platform splits the message); figures become a table.
 */
import type { Digest, DigestFigure, DigestStory } from '../core/digest.js';
import type { Message, MessageItem, MessageTable } from '../core/message.js';
import { METRIC_LABELS, formatCount, formatDate, formatDateTime, formatFigureValue, isVague } from './format.js';

/** "Outlet, 2 Mar 2022: title": the date first, so a platform that clips long labels clips the title. */
function sourceLabel(a: DigestStory['articles'][number], headline: string): string {
  const head = `${a.outlet ?? 'Unknown outlet'}, ${formatDate(a.published)}`;
  return a.title === headline ? head : `${head}: ${a.title}`;
}

export function storyItem(story: DigestStory): MessageItem {
  const outlets = new Set(story.articles.map((a) => a.outlet ?? a.id)).size;
  const dates = story.articles.map((a) => a.published).filter((d): d is string => d !== null).sort();
  const meta = [
    `${story.articles.length} ${story.articles.length === 1 ? 'source' : 'sources'}${outlets !== story.articles.length ? `, ${outlets} outlets` : ''}`,
    dates.length > 0 ? formatDate(dates[dates.length - 1]!) : 'date unknown',
    `story ${story.id}`,
  ];
  return {
    title: story.headline,
    url: story.articles.find((a) => a.url)?.url ?? null,
    body: story.summary,
    meta,
    links: story.articles.map((a) => ({ label: sourceLabel(a, story.headline), url: a.url ?? '' })),
  };
}

function earlierText(rows: DigestFigure[], latest: DigestFigure): string {
  const earlier = rows.filter((r) => !r.latest && r.metric === latest.metric && r.population === latest.population && r.source === latest.source);
  return earlier.map((r) => `${formatFigureValue(r)} (${formatDate(r.asOf, r.asOfUnknown)})`).join('; ');
}

/** "(+3.3 million)" against the value it superseded; nothing when either value is only an order of magnitude. */
function changeText(rows: DigestFigure[], latest: DigestFigure): string {
  if (latest.previousValue === null || isVague(latest)) return '';
  const previous = rows.find((r) => !r.latest && r.value === latest.previousValue && r.metric === latest.metric && r.source === latest.source);
  if (previous && isVague(previous)) return '';
  const delta = latest.value - latest.previousValue;
  return delta === 0 ? ' (unchanged)' : ` (${delta > 0 ? '+' : '−'}${formatCount(Math.abs(delta))})`;
}

/** The figures table: one row per latest figure, with its earlier values from the same source. */
export function figuresTable(figures: DigestFigure[], heading = 'Figures reported'): MessageTable | null {
  const latest = figures.filter((f) => f.latest);
  if (latest.length === 0) return null;
  return {
    heading,
    columns: ['Metric', 'Who', 'Figure', 'Source', 'As of', 'Earlier', 'Caveat'],
    rows: latest.map((f) => [
      METRIC_LABELS[f.metric],
      f.population ?? '',
      formatFigureValue(f) + changeText(figures, f),
      f.source ?? 'not stated',
      formatDate(f.asOf, f.asOfUnknown),
      earlierText(figures, f),
      f.caveat ?? '',
    ]),
  };
}

/**
 * @example
 * renderMarkdown(digestMessage(digest))
 */
export function digestMessage(digest: Digest, options: { title?: string } = {}): Message {
  const table = figuresTable(digest.figures);
  return {
    title: options.title ?? `News digest, ${formatDate(digest.generatedAt)}`,
    subtitle: `${formatDateTime(digest.window.from)} to ${formatDateTime(digest.window.to)}`,
    sections: digest.sections.map((s) => ({
      heading: s.title,
      items: s.stories.map(storyItem),
      emptyText: 'No new stories on this topic in this window.',
    })),
    tables: table ? [table] : [],
    footer: 'Figures are quoted as reported, with their source; they are not verified or averaged. See a story with /news story <id>.',
    digest,
  };
}
