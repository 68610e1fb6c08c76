/**
 * The platform-neutral digest: what the digest stage builds and every renderer (Markdown, JSON,
 * Discord embeds, Slack blocks, PNG chart) reads. All strings are plain text; text that came from
 * feeds is untrusted and each renderer escapes it for its platform.
 */
import type { Metric } from './analysis.js';

export interface DigestSource {
  /** Article id in the store. */
  id: string;
  title: string;
  outlet: string | null;
  url: string | null;
  /** ISO date-time, or null when the article carries no date ("date unknown"). */
  published: string | null;
}

export interface DigestStory {
  id: string;
  headline: string;
  /** One or two sentences taken from the articles, boilerplate removed. */
  summary: string;
  /** Ranking score (outlets, recency, topic score); higher first. */
  score: number;
  /** Topic phrases that placed the story in this section, for "why am I seeing this". */
  evidence: string[];
  articles: DigestSource[];
}

export interface DigestSection {
  topic: string;
  title: string;
  stories: DigestStory[];
}

/**
 * One humanitarian figure row. The digest lists every figure once: rows of the same metric,
 * population and source are adjacent, newest first; the first is `latest`, the others are the
 * earlier values the store holds (shown as history, never averaged with other sources).
 */
export interface DigestFigure {
  metric: Metric;
  population: string | null;
  value: number;
  qualifier: string | null;
  source: string | null;
  caveat: string | null;
  asOf: string;
  /** True when the article had no date, so `asOf` is its ingest time ("date unknown"). */
  asOfUnknown: boolean;
  articleId: string;
  sentence: string;
  /** True for the newest value of its metric, population and source. */
  latest: boolean;
  /** For the latest row: the value it superseded from the same source, null when none. */
  previousValue: number | null;
}

export interface Digest {
  generatedAt: string;
  workspace: string;
  window: { from: string; to: string };
  sections: DigestSection[];
  /** Figures grouped by metric, population and source, latest first; sources side by side. */
  figures: DigestFigure[];
}
