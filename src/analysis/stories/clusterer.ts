/**
 * Incremental story clustering: each new article joins the most similar story seen within the
 * time window, or starts a new one. Deterministic: the same articles in the same order always give
 * the same story ids.
 *
 * Term weighting. There is no corpus to compute an IDF from when articles arrive one at a time,
 * and a fixed table would be wrong for any beat it was not built on ("shooting" is rare in
 * general news but in every article of a crime desk). So the clusterer counts, for every term,
 * how many fingerprints it has seen with it (document frequency, including the ones loaded with
 * `add`) and weights terms by ln(1 + N / df). The 1 keeps a term that every article so far shares
 * above zero, so the first two reports of an event can still match; English function words and
 * boilerplate never reach a fingerprint at all (common-words.ts). The counts cover everything
 * seen, not only the window: a word common last month is still common.
 *
 * Candidates come from an inverted index (term -> active stories), never a scan of all stories;
 * stories whose last article is older than the window are evicted from it.
 */
import { createHash } from 'node:crypto';
import { FINGERPRINT_VERSION, type StoryFingerprint } from './fingerprint.js';
import { topByScore } from './top.js';

export interface StoryClustererOptions {
  /** How long a story stays open after its latest article. */
  windowHours?: number;
  /** Minimum cosine similarity (0..1) between an article and a story for the article to join it. */
  threshold?: number;
}

export interface ClusterItem {
  articleId: string;
  fingerprint: StoryFingerprint;
  /** Placement time in ms since the epoch. */
  time: number;
  outlet: string | null;
}

export interface Assignment {
  storyId: string;
  isNew: boolean;
  /** Similarity to the story joined; 0 for a new story. */
  score: number;
}

export const DEFAULT_WINDOW_HOURS = 72;
/**
 * The lowest value that keeps related but distinct war-crimes reports of the same days apart (the
 * seed articles) with a margin; lower values merge more of the Gun Violence Archive incidents
 * correctly but also those. Measured with scripts/eval-stories.ts.
 */
export const DEFAULT_THRESHOLD = 0.3;
// Stories scored in full per article, after a cheap ranking by shared terms.
const MAX_CANDIDATES = 16;
// Only the article's heaviest terms look up candidates; the rest still count in the full score.
const LOOKUP_TERMS = 24;
// A term found in more open stories than this is too common to find candidates with (it still
// counts in the full score): it would make every lookup walk most of the open stories.
const LOOKUP_POSTINGS_LIMIT = 64;
// A story's profile keeps its heaviest terms; enough for the members' shared vocabulary.
const PROFILE_TERMS = 96;

interface ArticleTerm {
  term: string;
  idf: number;
  /** Fingerprint weight x IDF. */
  value: number;
}

interface Story {
  id: string;
  /** Creation order, for deterministic ties. */
  seq: number;
  first: number;
  last: number;
  size: number;
  /** Sum of the members' term weights. */
  profile: Map<string, number>;
  /** IDF-weighted norm of the profile, the document count it was computed at, or -1 when stale. */
  norm: number;
  normAt: number;
  indexed: Set<string>;
}

/** A stored fingerprint of another version (or damaged) compares as empty rather than wrongly. */
function termsOf(fingerprint: StoryFingerprint): Record<string, number> {
  const terms: unknown = fingerprint?.terms;
  if (fingerprint?.v !== FINGERPRINT_VERSION || typeof terms !== 'object' || terms === null) return {};
  return terms as Record<string, number>;
}

/** `s_` + 12 hex chars of the sha256 of the first article's id. */
export function storyIdFor(articleId: string): string {
  return `s_${createHash('sha256').update(articleId).digest('hex').slice(0, 12)}`;
}

export class StoryClusterer {
  readonly windowMs: number;
  readonly threshold: number;
  private readonly stories = new Map<string, Story>();
  private readonly postings = new Map<string, Set<Story>>();
  private readonly df = new Map<string, number>();
  private documents = 0;
  /** IDF per term and the document count it was computed at (see `idf`). */
  private readonly idfMemo = new Map<string, { n: number; value: number }>();
  private created = 0;
  private latest = Number.NEGATIVE_INFINITY;
  private evictedUpTo = Number.NEGATIVE_INFINITY;

  /**
   * @example
   * const clusterer = new StoryClusterer({ windowHours: 72, threshold: 0.3 });
   */
  constructor(options: StoryClustererOptions = {}) {
    this.windowMs = (options.windowHours ?? DEFAULT_WINDOW_HOURS) * 3_600_000;
    this.threshold = options.threshold ?? DEFAULT_THRESHOLD;
  }

  /** Stories currently open (inside the window). */
  get openStories(): number {
    return this.stories.size;
  }

  /**
   * Loads an assignment made earlier (from the store), so new articles can join its story.
   *
   * @example
   * clusterer.add({ articleId: 'a1', storyId: 's_1a2b', fingerprint, time: Date.parse('2022-03-02'), outlet: 'BBC News' });
   */
  add(item: ClusterItem & { storyId: string }): void {
    const terms = termsOf(item.fingerprint);
    this.count(terms);
    this.advance(item.time);
    if (item.time < this.latest - this.windowMs) return; // already outside the window
    this.join(this.stories.get(item.storyId) ?? this.open(item.storyId, item.time), item.time, terms);
  }

  /**
   * Places a new article: the most similar open story at or above the threshold, else a new story
   * whose id derives from the article id. Ties go to the story seen first.
   *
   * @example
   * clusterer.assign({ articleId: 'a2', fingerprint, time, outlet: null }); // { storyId: 's_1a2b', isNew: false, score: 0.52 }
   */
  assign(item: ClusterItem): Assignment {
    const terms = termsOf(item.fingerprint);
    this.count(terms);
    this.advance(item.time);
    const article = this.weighted(terms);
    let articleNorm = 0;
    for (const { value } of article) articleNorm += value * value;
    articleNorm = Math.sqrt(articleNorm);
    let best: Story | null = null;
    let bestScore = 0;
    for (const story of this.candidates(article, item.time)) {
      const score = this.similarity(article, articleNorm, story);
      if (score > bestScore || (score === bestScore && best !== null && story.seq < best.seq)) {
        best = story;
        bestScore = score;
      }
    }
    if (best && bestScore >= this.threshold) {
      this.join(best, item.time, terms);
      return { storyId: best.id, isNew: false, score: Math.round(bestScore * 1000) / 1000 };
    }
    // An open story may already own this id (an article placed twice): derive another, still
    // deterministically, rather than merge into it unasked.
    let id = storyIdFor(item.articleId);
    while (this.stories.has(id)) id = storyIdFor(id);
    this.join(this.open(id, item.time), item.time, terms);
    return { storyId: id, isNew: true, score: 0 };
  }

  private open(id: string, time: number): Story {
    const story: Story = { id, seq: this.created++, first: time, last: time, size: 0, profile: new Map(), indexed: new Set(), norm: 0, normAt: -1 };
    this.stories.set(id, story);
    return story;
  }

  private count(terms: Record<string, number>): void {
    this.documents++;
    for (const term of Object.keys(terms)) {
      this.df.set(term, (this.df.get(term) ?? 0) + 1);
      this.idfMemo.delete(term);
    }
  }

  /**
   * ln(1 + N / df). Cached per term until its df changes or N grows by 1%: a log per term per
   * candidate otherwise dominates the clustering time, and a 1% drift in N moves it by < 0.01.
   */
  private idf(term: string): number {
    const memo = this.idfMemo.get(term);
    if (memo !== undefined && this.documents - memo.n <= memo.n / 100) return memo.value;
    const value = Math.log(1 + this.documents / Math.max(1, this.df.get(term) ?? 0));
    this.idfMemo.set(term, { n: this.documents, value });
    return value;
  }

  /** The article's terms with their IDF, heaviest (weight x IDF) first. */
  private weighted(terms: Record<string, number>): ArticleTerm[] {
    const out: ArticleTerm[] = [];
    for (const [term, weight] of Object.entries(terms)) {
      const idf = this.idf(term);
      out.push({ term, idf, value: weight * idf });
    }
    return out.sort((a, b) => b.value - a.value || (a.term < b.term ? -1 : 1));
  }

  /**
   * Open stories sharing terms with the article, best first by the part of the dot product the
   * shared terms give (an upper-bound-free but cheap ranking), cut to the few worth scoring fully.
   */
  private candidates(article: ArticleTerm[], time: number): Story[] {
    const partial = new Map<Story, number>();
    for (const { term, value: weight } of article.slice(0, LOOKUP_TERMS)) {
      const stories = this.postings.get(term);
      if (!stories || stories.size > LOOKUP_POSTINGS_LIMIT) continue;
      for (const story of stories) {
        if (time - story.last > this.windowMs || story.first - time > this.windowMs) continue;
        partial.set(story, (partial.get(story) ?? 0) + weight * (story.profile.get(term) ?? 0));
      }
    }
    return topByScore(partial, MAX_CANDIDATES, (a, b) => a.seq - b.seq);
  }

  /** Cosine between the article and the story profile, both IDF-weighted. */
  private similarity(article: ArticleTerm[], articleNorm: number, story: Story): number {
    let dot = 0;
    for (const { term, idf, value } of article) {
      const profile = story.profile.get(term);
      if (profile !== undefined) dot += value * profile * idf;
    }
    return dot === 0 ? 0 : dot / (articleNorm * this.storyNorm(story));
  }

  /** Recomputed when the story changed or N grew by 1% since (the same tolerance as `idf`). */
  private storyNorm(story: Story): number {
    if (story.normAt >= 0 && this.documents - story.normAt <= story.normAt / 100) return story.norm;
    let sum = 0;
    for (const [term, weight] of story.profile) {
      const w = weight * this.idf(term);
      sum += w * w;
    }
    story.norm = Math.sqrt(sum);
    story.normAt = this.documents;
    return story.norm;
  }

  private join(story: Story, time: number, terms: Record<string, number>): void {
    story.size++;
    story.normAt = -1;
    story.first = Math.min(story.first, time);
    story.last = Math.max(story.last, time);
    for (const [term, weight] of Object.entries(terms)) {
      story.profile.set(term, (story.profile.get(term) ?? 0) + weight);
    }
    if (story.profile.size > PROFILE_TERMS) {
      const kept = [...story.profile.entries()]
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .slice(0, PROFILE_TERMS);
      story.profile = new Map(kept);
    }
    this.reindex(story);
  }

  private reindex(story: Story): void {
    for (const term of story.indexed) {
      if (!story.profile.has(term)) this.postings.get(term)?.delete(story);
    }
    for (const term of story.profile.keys()) {
      if (story.indexed.has(term)) continue;
      let list = this.postings.get(term);
      if (!list) this.postings.set(term, (list = new Set()));
      list.add(story);
    }
    story.indexed = new Set(story.profile.keys());
  }

  /** Moves the clock forward and, every eighth of a window, evicts stories that fell out of it. */
  private advance(time: number): void {
    if (time <= this.latest) return;
    this.latest = time;
    if (time - this.evictedUpTo < this.windowMs / 8) return;
    this.evictedUpTo = time;
    for (const story of this.stories.values()) {
      if (story.last >= time - this.windowMs) continue;
      this.stories.delete(story.id);
      for (const term of story.indexed) {
        const list = this.postings.get(term);
        list?.delete(story);
        if (list?.size === 0) this.postings.delete(term);
      }
    }
  }
}
