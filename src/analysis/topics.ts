/**
 * Topic scoring: which configured topics an article belongs to, and the phrases that say so.
 * Topics are compiled once into a token index (first token -> phrases starting with it), so an
 * article is tokenized once and each word costs a map lookup, however many topics there are.
 */
import type { TopicDefinition, TopicEvidence, TopicMatch } from '../core/analysis.js';
import { BOUNDARY, tokenize } from './tokens.js';

/** A phrase found in the title counts this many times its weight: headlines state the subject, but one headline word alone should not carry a topic. */
export const TITLE_FACTOR = 1.5;

/** One token of a phrase: exact, or a prefix when written with a trailing `*` ("sanction*"). */
interface PatternToken {
  text: string;
  prefix: boolean;
}

interface Pattern {
  tokens: PatternToken[];
  /** Which topic and which of its phrases (or exclusions) this pattern stands for. */
  uses: Array<{ topic: number; kind: 'phrase' | 'exclusion'; index: number }>;
}

/** Topics compiled for repeated scoring. */
export interface TopicMatcher {
  readonly topics: readonly TopicDefinition[];
  score(doc: { title: string; text: string }): TopicMatch[];
}

function patternTokens(phrase: string): PatternToken[] {
  // A trailing `*` on a word is a prefix wildcard; strip it before tokenizing the word.
  return phrase
    .trim()
    .split(/\s+/)
    .flatMap((part) => {
      const prefix = part.endsWith('*');
      const words = tokenize(prefix ? part.slice(0, -1) : part);
      return words.map((text, i) => ({ text, prefix: prefix && i === words.length - 1 }));
    });
}

class TokenIndex {
  private readonly exact = new Map<string, Pattern[]>();
  private readonly prefixes = new Map<string, Pattern[]>();
  private prefixLengths: number[] = [];
  readonly patterns: Pattern[] = [];
  private readonly byKey = new Map<string, Pattern>();

  add(phrase: string, use: Pattern['uses'][number]): void {
    const tokens = patternTokens(phrase);
    if (tokens.length === 0) return;
    const key = tokens.map((t) => (t.prefix ? `${t.text}*` : t.text)).join(' ');
    const existing = this.byKey.get(key);
    if (existing) {
      existing.uses.push(use);
      return;
    }
    const pattern: Pattern = { tokens, uses: [use] };
    this.byKey.set(key, pattern);
    this.patterns.push(pattern);
    const first = tokens[0] as PatternToken;
    const map = first.prefix ? this.prefixes : this.exact;
    const list = map.get(first.text) ?? [];
    list.push(pattern);
    map.set(first.text, list);
    if (first.prefix && !this.prefixLengths.includes(first.text.length)) {
      this.prefixLengths = [...this.prefixLengths, first.text.length].sort((a, b) => a - b);
    }
  }

  /** Adds 1 to `counts[pattern]` for every occurrence of a pattern in `tokens`. */
  count(tokens: string[], counts: Map<Pattern, number>): void {
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] as string;
      if (token === BOUNDARY) continue;
      const exact = this.exact.get(token);
      if (exact) this.tryAll(exact, tokens, i, counts);
      for (const length of this.prefixLengths) {
        if (length > token.length) break;
        const byPrefix = this.prefixes.get(token.slice(0, length));
        if (byPrefix) this.tryAll(byPrefix, tokens, i, counts);
      }
    }
  }

  private tryAll(patterns: Pattern[], tokens: string[], start: number, counts: Map<Pattern, number>): void {
    for (const pattern of patterns) {
      if (matchesAt(pattern.tokens, tokens, start)) counts.set(pattern, (counts.get(pattern) ?? 0) + 1);
    }
  }
}

function matchesAt(pattern: PatternToken[], tokens: string[], start: number): boolean {
  if (start + pattern.length > tokens.length) return false;
  // The first token was matched by the index lookup.
  for (let j = 1; j < pattern.length; j++) {
    const want = pattern[j] as PatternToken;
    const got = tokens[start + j] as string;
    if (want.prefix ? !got.startsWith(want.text) : got !== want.text) return false;
  }
  return true;
}

/**
 * Compiles topics for fast repeated scoring. Scoring rules: a phrase adds its weight once however
 * often it occurs (counts are kept as evidence), doubled (`TITLE_FACTOR`) when it occurs in the
 * title; any matching exclusion vetoes the topic; topics below their threshold are dropped;
 * results are sorted by score, then id.
 *
 * @example
 * const matcher = compileTopics(topics);
 * matcher.score({ title: 'ICC issues arrest warrant', text: '...' }); // [{ topic: 'legal-action', score: 8, evidence: [...] }]
 */
export function compileTopics(topics: readonly TopicDefinition[]): TopicMatcher {
  const index = new TokenIndex();
  topics.forEach((topic, t) => {
    topic.phrases.forEach((phrase, p) => index.add(phrase.text, { topic: t, kind: 'phrase', index: p }));
    topic.exclusions.forEach((phrase, e) => index.add(phrase, { topic: t, kind: 'exclusion', index: e }));
  });

  function score(doc: { title: string; text: string }): TopicMatch[] {
    const inTitle = new Map<Pattern, number>();
    const inText = new Map<Pattern, number>();
    index.count(tokenize(doc.title), inTitle);
    index.count(tokenize(doc.text), inText);

    const vetoed = new Set<number>();
    const evidence = new Map<number, Array<TopicEvidence & { title: boolean }>>();
    for (const pattern of new Set([...inTitle.keys(), ...inText.keys()])) {
      const title = inTitle.get(pattern) ?? 0;
      const count = title + (inText.get(pattern) ?? 0);
      for (const use of pattern.uses) {
        const topic = topics[use.topic] as TopicDefinition;
        if (use.kind === 'exclusion') {
          vetoed.add(use.topic);
          continue;
        }
        const phrase = topic.phrases[use.index] as TopicDefinition['phrases'][number];
        const list = evidence.get(use.topic) ?? [];
        list.push({ phrase: phrase.text, weight: phrase.weight, count, title: title > 0 });
        evidence.set(use.topic, list);
      }
    }

    const matches: TopicMatch[] = [];
    for (const [t, list] of evidence) {
      if (vetoed.has(t)) continue;
      const topic = topics[t] as TopicDefinition;
      const total = list.reduce((sum, e) => sum + e.weight * (e.title ? TITLE_FACTOR : 1), 0);
      if (total < topic.threshold) continue;
      list.sort((a, b) => b.weight - a.weight || b.count - a.count || a.phrase.localeCompare(b.phrase));
      matches.push({
        topic: topic.id,
        score: Math.round(total * 100) / 100,
        evidence: list.map(({ phrase, weight, count }) => ({ phrase, weight, count })),
      });
    }
    return matches.sort((a, b) => b.score - a.score || a.topic.localeCompare(b.topic));
  }

  return { topics, score };
}

const compiled = new WeakMap<readonly TopicDefinition[], TopicMatcher>();

/**
 * Scores one article against `topics`, compiling them on first use (cached per array, so keep
 * passing the same array, or call `compileTopics` yourself).
 *
 * @example
 * scoreTopics({ title: 'EU freezes oligarch assets', text: '...' }, topics)[0]?.topic; // 'sanctions'
 */
export function scoreTopics(doc: { title: string; text: string }, topics: readonly TopicDefinition[]): TopicMatch[] {
  let matcher = compiled.get(topics);
  if (!matcher) {
    matcher = compileTopics(topics);
    compiled.set(topics, matcher);
  }
  return matcher.score(doc);
}
