/**
 * Builds the platform-neutral Digest for a workspace and a window: one section per topic, stories
 * ranked, each with a headline, an extractive summary and every source; then the figures table.
 */
import type { TopicDefinition } from '../core/analysis.js';
import type { Digest, DigestSection, DigestStory } from '../core/digest.js';
import type { ArticleWithTopics, Store, WindowField } from '../store/index.js';
import { figureRows } from './figures.js';
import { outletCount, rankScore, topicScore, type StoryCandidate } from './rank.js';
import { summarize } from './summary.js';

export interface DigestWindow {
  from: Date;
  to: Date;
  /** `ingested_at`: what arrived in the window (scheduled digests); `placed_at`: what was published in it. */
  field: WindowField;
}

export interface DigestRequest {
  workspace: string;
  topics: TopicDefinition[];
  window: DigestWindow;
  /** Only this topic's section, with every story that matches it. */
  topic?: string;
  storiesPerSection: number;
  now: Date;
}

/** The story's face: its strongest article for the topic, preferring ones with a known outlet, then the earliest. */
function representative(articles: ArticleWithTopics[], topic: string): ArticleWithTopics {
  return [...articles].sort((a, b) =>
    Number(b.outlet !== null) - Number(a.outlet !== null)
    || topicScore([b], topic) - topicScore([a], topic)
    || a.placedAt.localeCompare(b.placedAt)
    || a.id.localeCompare(b.id))[0]!;
}

function toStory(candidate: StoryCandidate, topic: string, score: number): DigestStory {
  const face = representative(candidate.articles, topic);
  const evidence = new Set<string>();
  for (const a of candidate.articles) for (const t of a.topics) if (t.topic === topic) t.evidence.forEach((e) => evidence.add(e.phrase));
  const sources = [...candidate.articles].sort((a, b) => a.placedAt.localeCompare(b.placedAt) || a.id.localeCompare(b.id));
  return {
    id: candidate.storyId,
    headline: face.title,
    summary: summarize(face.text),
    score: Math.round(score * 1000) / 1000,
    evidence: [...evidence].slice(0, 8),
    articles: sources.map((a) => ({ id: a.id, title: a.title, outlet: a.outlet, url: a.url, published: a.published })),
  };
}

/**
 * @example
 * const digest = await buildDigest(store, { workspace: 'default', topics, window, storiesPerSection: 5, now: new Date() });
 */
export async function buildDigest(store: Store, request: DigestRequest): Promise<Digest> {
  const { workspace, window } = request;
  const from = window.from.toISOString();
  const to = window.to.toISOString();
  const inWindow = await store.articles.inWindow(workspace, window.field, from, to);

  // Every story with an article in the window, shown with all of its sources up to the window end.
  const storyIds = [...new Set(inWindow.map((a) => a.storyId ?? a.id))];
  const coverage = await store.articles.ofStories(workspace, storyIds);
  const byStory = new Map<string, ArticleWithTopics[]>();
  for (const a of [...coverage, ...inWindow]) {
    // Nothing stored after the window ends: a digest rebuilt later for the same window (a resumed
    // delivery) must come out the same, part for part.
    if ((window.field === 'ingested_at' ? a.ingestedAt : a.placedAt) > to) continue;
    const key = a.storyId ?? a.id;
    const list = byStory.get(key) ?? [];
    if (!list.some((x) => x.id === a.id)) list.push(a);
    byStory.set(key, list);
  }
  const candidates: StoryCandidate[] = [...byStory.entries()].map(([storyId, articles]) => ({ storyId, articles }));

  const topics = request.topic ? request.topics.filter((t) => t.id === request.topic) : request.topics;
  const windowEnd = window.to.getTime();
  const ranked = new Map<string, Array<{ candidate: StoryCandidate; score: number; strength: number }>>();
  for (const candidate of candidates) {
    const matches = topics
      .map((t) => ({ topic: t, strength: topicScore(candidate.articles, t.id) / Math.max(t.threshold, 0.001) }))
      .filter((m) => m.strength >= 1)
      .sort((a, b) => b.strength - a.strength);
    // In the full digest a story appears once, under the topic it is most about.
    for (const m of request.topic ? matches : matches.slice(0, 1)) {
      const list = ranked.get(m.topic.id) ?? [];
      list.push({ candidate, strength: m.strength, score: rankScore(candidate, m.topic.id, { threshold: m.topic.threshold, windowEnd }) });
      ranked.set(m.topic.id, list);
    }
  }

  const sections: DigestSection[] = topics.map((topic) => {
    const list = (ranked.get(topic.id) ?? []).sort((a, b) =>
      b.score - a.score || outletCount(b.candidate.articles) - outletCount(a.candidate.articles) || a.candidate.storyId.localeCompare(b.candidate.storyId));
    return {
      topic: topic.id,
      title: topic.title,
      stories: list.slice(0, request.storiesPerSection).map((r) => toStory(r.candidate, topic.id, r.score)),
    };
  });

  // A one-topic digest carries the figures of its own stories; the full digest, every figure.
  const shown = new Set(sections.flatMap((s) => s.stories.flatMap((st) => st.articles.map((a) => a.id))));
  const figuresInWindow = (await store.figures.inWindow(workspace, window.field, from, to))
    .filter((f) => !request.topic || shown.has(f.articleId));
  const history = figuresInWindow.length > 0
    ? await store.figures.history(workspace, window.field === 'placed_at' ? { until: to } : { ingestedUntil: to })
    : [];
  return {
    generatedAt: request.now.toISOString(),
    workspace,
    window: { from, to },
    sections,
    figures: figureRows(figuresInWindow, history),
  };
}
