/** Types produced by the pure analysis stage (topics, figures, stories). */

/** A topic is data: phrases with weights, exclusions, and the score an article needs to belong. */
export interface TopicDefinition {
  /** Stable slug: "legal-action", "sanctions", "humanitarian". */
  id: string;
  title: string;
  description: string;
  /** Minimum score for an article to belong to the topic. */
  threshold: number;
  /** Phrases matched case-insensitively on word boundaries; `weight` is added per distinct phrase. */
  phrases: Array<{ text: string; weight: number }>;
  /** Phrases that veto the topic for an article when they match (e.g. "sanctioned a penalty kick"). */
  exclusions: string[];
}

/** Why an article scored for a topic: the phrases that matched, and how often. */
export interface TopicEvidence {
  phrase: string;
  weight: number;
  count: number;
}

export interface TopicMatch {
  topic: string;
  score: number;
  evidence: TopicEvidence[];
}

/** Humanitarian metrics a figure can report. */
export const METRICS = ['killed', 'injured', 'refugees', 'displaced', 'missing', 'in_need'] as const;
export type Metric = (typeof METRICS)[number];

/** Words users type for a metric, mapped to the metric ("fled" -> refugees). */
export const METRIC_ALIASES: Readonly<Record<string, Metric>> = {
  killed: 'killed', dead: 'killed', deaths: 'killed', died: 'killed',
  injured: 'injured', wounded: 'injured',
  refugees: 'refugees', fled: 'refugees', refugee: 'refugees',
  displaced: 'displaced', idps: 'displaced', 'internally-displaced': 'displaced',
  missing: 'missing',
  in_need: 'in_need', 'in-need': 'in_need', need: 'in_need',
};

/**
 * One humanitarian figure found in an article's text. A figure never has a made-up value: when the
 * text gives no number there is no figure.
 */
export interface FigureMention {
  metric: Metric;
  /** Who is counted: "civilians", "children", "people", "Ukrainians"; null when unsaid. */
  population: string | null;
  /** The number: "4.2 million" is 4200000. For vague amounts ("tens of thousands") the lower bound. */
  value: number;
  /** The hedge as written ("more than", "at least", "nearly") or the vague amount ("tens of thousands"). */
  qualifier: string | null;
  /** Who said it, normalized where known ("UNHCR", "UN", "Ukraine's state emergency service"). */
  source: string | null;
  /** The caveat the text gives ("not independently verified"), null when none. */
  caveat: string | null;
  /** The sentence the figure was read from. */
  sentence: string;
}

/** A stored figure: a mention tied to its article and date. */
export interface Figure extends FigureMention {
  id: string;
  workspace: string;
  articleId: string;
  /** ISO date-time the figure is "as of": the article's published date, else its ingest time. */
  asOf: string;
  /** True when the article had no published date, so `asOf` is the ingest time. */
  asOfUnknown: boolean;
}

/** Everything the analysis stage says about one article. */
export interface ArticleAnalysis {
  topics: TopicMatch[];
  figures: FigureMention[];
}
