/**
 * Ingest: drafts from feeds or files -> dedupe -> analysis (topics, figures, story) -> store.
 * One article's failure is reported and the others go on; re-ingesting an article changes nothing.
 */
import { createHash } from 'node:crypto';
import { extractFigures } from '../analysis/figures/index.js';
import { StoryClusterer } from '../analysis/stories/clusterer.js';
import { storyFingerprint, type StoryFingerprint } from '../analysis/stories/fingerprint.js';
import type { TopicMatcher } from '../analysis/topics.js';
import type { Figure } from '../core/analysis.js';
import { placedAt, type Article, type ArticleDraft } from '../core/article.js';
import type { Clock } from '../core/clock.js';
import type { Logger } from '../core/log.js';
import { contentHash } from '../feeds/dedupe.js';
import type { NewArticle, Store } from '../store/index.js';
import { stripBoilerplate } from '../text/boilerplate.js';

export interface IngestFailure {
  ref: string;
  reason: string;
}

export interface IngestResult {
  inserted: number;
  duplicates: number;
  failed: IngestFailure[];
  /** Ids of the articles stored by this run. */
  articleIds: string[];
}

export interface IngestDeps {
  store: Store;
  clock: Clock;
  logger: Logger;
}

// Articles written per transaction: one commit per article is what bounds SQLite's import speed.
const WRITE_BATCH = 200;

/** Story window: articles this far apart (hours) never share a story. */
export const STORY_WINDOW_HOURS = 72;

export function articleId(workspace: string, hash: string): string {
  return 'a_' + createHash('sha256').update(`${workspace}\n${hash}`).digest('hex').slice(0, 16);
}

function figureId(articleIdValue: string, index: number, f: { metric: string; value: number }): string {
  return 'fg_' + createHash('sha256').update(`${articleIdValue}\n${index}\n${f.metric}\n${f.value}`).digest('hex').slice(0, 16);
}

/** Feed text gets the same boilerplate removal the file importers apply. */
function cleanDraft(draft: ArticleDraft): ArticleDraft {
  if (draft.origin.kind !== 'feed') return draft;
  const paragraphs = stripBoilerplate(draft.text.split(/\n{2,}/));
  return { ...draft, text: paragraphs.join('\n\n') };
}

interface Prepared {
  draft: ArticleDraft;
  hash: string;
  time: number;
}

/**
 * @example
 * const result = await ingest(drafts, { workspace: 'default', topics: compileTopics(defs) }, { store, clock, logger });
 */
export async function ingest(
  drafts: ArticleDraft[],
  target: { workspace: string; topics: TopicMatcher },
  deps: IngestDeps,
): Promise<IngestResult> {
  const { store, clock, logger } = deps;
  const { workspace } = target;
  const ingestedAt = clock.now().toISOString();
  const result: IngestResult = { inserted: 0, duplicates: 0, failed: [], articleIds: [] };

  const seen = new Set<string>();
  const prepared: Prepared[] = [];
  for (const raw of drafts) {
    const draft = cleanDraft(raw);
    if (!draft.title.trim() && !draft.text.trim()) {
      result.failed.push({ ref: draft.origin.ref, reason: 'The article has neither a title nor any text.' });
      continue;
    }
    const hash = contentHash(draft.title, draft.text);
    const keys = [`h:${hash}`, draft.guid ? `g:${draft.guid}` : null, draft.url ? `u:${draft.url}` : null, draft.externalId ? `x:${draft.externalId}` : null]
      .filter((k): k is string => k !== null);
    if (keys.some((k) => seen.has(k))) {
      result.duplicates++;
      continue;
    }
    keys.forEach((k) => seen.add(k));
    prepared.push({ draft, hash, time: Date.parse(placedAt({ published: draft.published, ingestedAt })) });
  }
  if (prepared.length === 0) return result;

  // Stories: replay what the store holds around these articles, then place them in time order.
  prepared.sort((a, b) => a.time - b.time);
  const windowMs = STORY_WINDOW_HOURS * 3_600_000;
  const from = new Date(prepared[0]!.time - windowMs).toISOString();
  const to = new Date(prepared[prepared.length - 1]!.time + windowMs).toISOString();
  const history = await store.articles.forClustering(workspace, from, to);
  const clusterer = new StoryClusterer({ windowHours: STORY_WINDOW_HOURS });
  type ClusterEvent = { time: number; history?: (typeof history)[number]; item?: Prepared };
  const events: ClusterEvent[] = [
    ...history.map((h): ClusterEvent => ({ time: Date.parse(h.placedAt), history: h })),
    ...prepared.map((p): ClusterEvent => ({ time: p.time, item: p })),
  ].sort((a, b) => a.time - b.time || (a.history ? -1 : 1));

  const pending: NewArticle[] = [];
  const flush = async () => {
    const batch = pending.splice(0);
    if (batch.length === 0) return;
    let stored: Array<boolean | null>;
    try {
      stored = await store.articles.insertMany(batch);
    } catch (error) {
      // One bad row must not cost the batch: retry one by one to find it.
      logger.warn({ workspace, err: error }, 'batch insert failed; storing one by one');
      stored = [];
      for (const entry of batch) {
        try {
          stored.push(await store.articles.insert(entry));
        } catch (inner) {
          logger.error({ workspace, ref: entry.article.origin.ref, err: inner }, 'ingest failed for one article');
          result.failed.push({ ref: entry.article.origin.ref, reason: `The article could not be stored: ${(inner as Error).message}` });
          stored.push(null);
        }
      }
    }
    stored.forEach((isNew, i) => {
      if (isNew) {
        result.inserted++;
        result.articleIds.push(batch[i]!.article.id);
      } else if (isNew === false) {
        result.duplicates++;
      }
    });
  };

  for (const event of events) {
    if (event.history) {
      const h = event.history;
      clusterer.add({ articleId: h.id, storyId: h.storyId, fingerprint: h.fingerprint as StoryFingerprint, time: event.time, outlet: h.outlet });
      continue;
    }
    const { draft, hash, time } = event.item!;
    try {
      const duplicate = await store.articles.findDuplicate(workspace, { contentHash: hash, guid: draft.guid, url: draft.url, externalId: draft.externalId });
      if (duplicate) {
        result.duplicates++;
        continue;
      }
      const id = articleId(workspace, hash);
      const fingerprint = storyFingerprint(draft);
      const story = clusterer.assign({ articleId: id, fingerprint, time, outlet: draft.outlet });
      const article: Article = { ...draft, id, workspace, ingestedAt, contentHash: hash, storyId: story.storyId };
      const asOf = placedAt(article);
      const figures: Figure[] = extractFigures(draft.text, { title: draft.title }).map((mention, index) => ({
        ...mention,
        id: figureId(id, index, mention),
        workspace,
        articleId: id,
        asOf,
        asOfUnknown: draft.published === null,
      }));
      pending.push({ article, fingerprint, topics: target.topics.score(draft), figures });
      if (pending.length >= WRITE_BATCH) await flush();
    } catch (error) {
      logger.error({ workspace, ref: draft.origin.ref, err: error }, 'ingest failed for one article');
      result.failed.push({ ref: draft.origin.ref, reason: `The article could not be analysed: ${(error as Error).message}` });
    }
  }
  await flush();
  logger.info({ workspace, inserted: result.inserted, duplicates: result.duplicates, failed: result.failed.length }, 'ingest finished');
  return result;
}
