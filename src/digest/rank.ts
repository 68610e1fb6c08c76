/**
 * Story ranking within a section: more outlets first, then recency, then how strongly the story is
 * about the topic. Each term is in 0..1 so no single one swamps the others.
 */
import type { ArticleWithTopics } from '../store/index.js';

export interface StoryCandidate {
  storyId: string;
  articles: ArticleWithTopics[];
}

export interface RankWeights {
  outlets: number;
  recency: number;
  topic: number;
}

export const DEFAULT_WEIGHTS: RankWeights = { outlets: 1.2, recency: 1, topic: 1 };

/** Distinct outlets; articles with no known outlet count once each (they may be different outlets). */
export function outletCount(articles: Array<{ outlet: string | null; id: string }>): number {
  return new Set(articles.map((a) => (a.outlet ? `o:${a.outlet.toLowerCase()}` : `a:${a.id}`))).size;
}

/** Highest score any article of the story has for the topic. */
export function topicScore(articles: ArticleWithTopics[], topic: string): number {
  let best = 0;
  for (const a of articles) for (const t of a.topics) if (t.topic === topic && t.score > best) best = t.score;
  return best;
}

/**
 * @example
 * rankScore(candidate, 'sanctions', { threshold: 3, windowEnd: Date.now() }) // 0..3.2
 */
export function rankScore(
  candidate: StoryCandidate,
  topic: string,
  context: { threshold: number; windowEnd: number },
  weights: RankWeights = DEFAULT_WEIGHTS,
): number {
  const outlets = outletCount(candidate.articles);
  const outletTerm = 1 - 1 / outlets; // 1 outlet: 0, 2: 0.5, 4: 0.75
  const latest = Math.max(...candidate.articles.map((a) => Date.parse(a.placedAt)));
  const ageHours = Math.max(0, (context.windowEnd - latest) / 3_600_000);
  const recencyTerm = Math.exp(-ageHours / 48);
  const topicTerm = Math.min(1, topicScore(candidate.articles, topic) / (3 * Math.max(context.threshold, 0.001)));
  return weights.outlets * outletTerm + weights.recency * recencyTerm + weights.topic * topicTerm;
}
