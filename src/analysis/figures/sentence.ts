/**
 * Reads the counts in one sentence: each number phrase is tied to who it counts (the noun after
 * it) and what happened to them (a metric word after it, or an active verb before it). A number
 * whose noun is not a person ("141 nations", "five days", "four counts") is never a figure.
 */
import type { Metric } from '../../core/analysis.js';
import {
  CLAUSE_STOPS, FORECAST, METRIC_VERBS_BEFORE, METRIC_WORDS, NOT_PEOPLE, NOT_PEOPLE_BEFORE,
  NOUN_MODIFIERS, PERPETRATORS, POPULATION, SINGULAR_PERSON, SINGULAR_POPULATION,
} from './lexicon.js';
import { readHedge, readNumber } from './numbers.js';
import type { NumberPhrase } from './numbers.js';
import type { Token } from './tokens.js';

/** A count read from a sentence, before source and caveat are attached. */
export interface Count {
  metric: Metric;
  population: string | null;
  value: number;
  qualifier: string | null;
}

interface Candidate extends NumberPhrase {
  hedge: { text: string; start: number } | null;
  /** Index of the first token after the number and its noun. */
  after: number;
  population: string | null;
  /** Metric read from the noun slot ("2,038 injured", "4.2 million refugees"). */
  metric: Metric | null;
  /** True when "more" follows the number with no noun ("millions more internally displaced"). */
  more: boolean;
}

// "The death toll rose to 12": words allowed between "toll" and its number.
const TOLL_FILLER = new Set(['rose', 'risen', 'climbed', 'has', 'had', 'have', 'to', 'at', 'of', 'is', 'was', 'now', 'stands', 'stood', 'reached', 'hit', 'jumped', 'increased', 'raising', 'bringing', 'grew', 'grown', 'the', 'official', 'confirmed', 'total', 'a']);
// The window after the counted people in which a metric word is looked for (tokens).
const RIGHT_WINDOW = 9;

/**
 * Extracts the counts of one tokenized sentence, in order of appearance.
 *
 * @example
 * readCounts(tokenize('At least 1,417 civilians have been killed and 2,038 injured.'));
 * // [{ metric: 'killed', population: 'civilians', value: 1417, qualifier: 'at least' },
 * //  { metric: 'injured', population: 'civilians', value: 2038, qualifier: 'at least' }]
 */
export function readCounts(tokens: readonly Token[]): Count[] {
  const counts: Count[] = [];
  let i = 0;
  while (i < tokens.length) {
    const candidate = readCandidate(tokens, i);
    if (candidate === null) {
      i += 1;
      continue;
    }
    i = Math.max(candidate.end, i + 1);
    const count = toCount(tokens, candidate, counts[counts.length - 1] ?? null);
    if (count !== null) counts.push(count);
  }
  return counts;
}

function readCandidate(tokens: readonly Token[], i: number): Candidate | null {
  const phrase = readNumber(tokens, i) ?? readSingular(tokens, i);
  if (phrase === null || phrase.value <= 0) return null;
  const hedge = readHedge(tokens, phrase.start);
  const before = tokens[(hedge?.start ?? phrase.start) - 1];
  if (before !== undefined && (NOT_PEOPLE_BEFORE.has(before.lower) || before.lower === 'no')) return null;
  // Years ("in 2022") are dates; "2,022" would be written with a comma.
  if (phrase.digits && /^(?:1[89]|20)\d\d$/.test(tokens[phrase.start]?.lower ?? '')) return null;
  const noun = readNoun(tokens, phrase.end);
  if (noun === null) return null;
  return { ...phrase, hedge, ...noun };
}

/** "a man", "an 18-year-old woman", "another person": one person, whose fate follows. */
function readSingular(tokens: readonly Token[], i: number): NumberPhrase | null {
  const word = tokens[i]?.lower;
  if (word !== 'a' && word !== 'an' && word !== 'another') return null;
  for (let k = i + 1; k <= i + 4 && k < tokens.length; k++) {
    const t = tokens[k];
    if (t === undefined) return null;
    if (SINGULAR_PERSON.has(t.lower)) return { value: 1, start: i, end: k, vague: null, digits: false };
    const modifier = t.kind === 'age' || t.kind === 'ordinal' || (t.kind === 'word' && /^[\p{L}-]+$/u.test(t.text) && !CLAUSE_STOPS.has(t.lower) && !METRIC_WORDS.has(t.lower));
    if (!modifier) return null;
  }
  return null;
}

/** Reads the counted noun after a number: a person noun, a metric word, or nothing before a verb. */
function readNoun(tokens: readonly Token[], from: number): Pick<Candidate, 'after' | 'population' | 'metric' | 'more'> | null {
  let k = from;
  let more = false;
  let metric: Metric | null = null;
  for (let skipped = 0; k < tokens.length && skipped < 4; k++, skipped++) {
    const t = tokens[k];
    if (t === undefined) break;
    if (t.kind === 'punct') {
      if (t.lower === '%') return null;
      break;
    }
    if (t.kind !== 'word') return null;
    const population = POPULATION.get(t.lower) ?? SINGULAR_POPULATION.get(t.lower) ?? demonym(t.text);
    if (population !== undefined) {
      // "one of the victims" and "four people" both name who is counted.
      return { after: k + 1, population, metric, more };
    }
    if (NOT_PEOPLE.has(t.lower) || PERPETRATORS.has(t.lower)) return null;
    const wordMetric = t.lower === 'fled' ? undefined : METRIC_WORDS.get(t.lower);
    if (wordMetric !== undefined && metric === null) {
      metric = wordMetric;
      continue;
    }
    if (t.lower === 'more') more = true;
    if (metric !== null) break;
    // Unknown adjectives are allowed only right before a person noun ("five Kurdish fighters").
    if (!NOUN_MODIFIERS.has(t.lower) && !isPopulation(tokens[k + 1])) break;
  }
  // No person noun: a bare number, acceptable only when a verb or metric follows directly.
  const next = tokens[k];
  if (metric !== null) return { after: k, population: null, metric, more };
  if (next === undefined || next.kind !== 'word') return null;
  if (/^(?:were|was|are|is|have|has|had|been|remain|remained|remains|reportedly|also|later|fatally|mortally|critically|seriously|badly|gravely)$/.test(next.lower)) {
    return { after: k, population: null, metric: null, more };
  }
  return null;
}

function isPopulation(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && (POPULATION.has(t.lower) || SINGULAR_POPULATION.has(t.lower) || demonym(t.text) !== undefined);
}

function demonym(text: string): string | undefined {
  return /^\p{Lu}\p{Ll}+(?:ians|ans|ese|is)$/u.test(text) ? 'people' : undefined;
}

function toCount(tokens: readonly Token[], c: Candidate, previous: Count | null): Count | null {
  const first = c.hedge?.start ?? c.start;
  if (isForecastBefore(tokens, first)) return null;
  const metric = c.metric ?? metricBefore(tokens, first) ?? metricAfter(tokens, c.after, c.value);
  if (metric === null) return null;
  let population = c.population;
  let qualifier = c.vague ?? c.hedge?.text ?? null;
  const conjunct = ['and', ','].includes(tokens[first - 1]?.lower ?? '');
  if (population === null && previous !== null && (conjunct || c.more)) {
    population = previous.population;
    // "At least 1,417 civilians have been killed and 2,038 injured": the hedge covers both.
    if (qualifier === null && conjunct && c.metric !== null) qualifier = previous.qualifier;
  }
  return { metric, population, value: c.value, qualifier };
}

function isForecastBefore(tokens: readonly Token[], first: number): boolean {
  for (let k = first - 1; k >= 0 && k >= first - 5; k--) {
    const t = tokens[k];
    if (t === undefined || t.kind === 'punct') return false;
    if (FORECAST.has(t.lower) || t.lower === 'reach') return true;
  }
  return false;
}

/** An active verb or a toll right before the number: "killing four people", "the death toll rose to 12". */
function metricBefore(tokens: readonly Token[], first: number): Metric | null {
  const prev = tokens[first - 1];
  if (prev === undefined) return null;
  const verb = METRIC_VERBS_BEFORE.get(prev.lower);
  if (verb !== undefined) return verb;
  if (prev.lower === 'of' && /^(?:deaths|lives)$/.test(tokens[first - 2]?.lower ?? '')) return 'killed';
  for (let k = first - 1; k >= 0 && k >= first - 6; k--) {
    const t = tokens[k];
    if (t === undefined) break;
    if (t.lower === 'toll') return tokens[k - 1]?.lower === 'injury' ? 'injured' : 'killed';
    if (!TOLL_FILLER.has(t.lower)) break;
  }
  return null;
}

/** The metric stated after the counted people: "have died", "were shot and killed", "have fled Ukraine". */
function metricAfter(tokens: readonly Token[], from: number, value: number): Metric | null {
  for (let k = from; k < tokens.length && k < from + RIGHT_WINDOW; k++) {
    const t = tokens[k];
    if (t === undefined || t.kind === 'punct' || t.kind === 'number') return null;
    const word = t.lower;
    if (k > from && (CLAUSE_STOPS.has(word) || readNumber(tokens, k) !== null || readSingular(tokens, k) !== null)) return null;
    if (FORECAST.has(word) || word === 'not' || word === 'never') return null;
    if (word === 'fatally' || word === 'mortally') return 'killed';
    if (word === 'death' && tokens[k - 1]?.lower === 'to') return 'killed';
    if (word === 'lives' && /^(?:their|his|her)$/.test(tokens[k - 1]?.lower ?? '')) return 'killed';
    if (word === 'need' && tokens[k - 1]?.lower === 'in') return 'in_need';
    if (word === 'unaccounted') return 'missing';
    if (word === 'fled') return fled(tokens, k, value);
    const metric = METRIC_WORDS.get(word);
    if (metric !== undefined) return metric;
  }
  return null;
}

/** "fled Ukraine" counts refugees, "fled their homes" the displaced, "fled the scene" nothing. */
function fled(tokens: readonly Token[], k: number, value: number): Metric | null {
  const next = tokens.slice(k + 1, k + 4).map((t) => t.lower).join(' ');
  if (/^(?:the scene|on foot|in a)/.test(next)) return null;
  if (/^(?:their homes|homes|the fighting|fighting|the violence)/.test(next)) return 'displaced';
  // Small numbers that "fled" are people running from a scene, not refugees.
  if (value < 50 && !/\b(?:country|abroad|border|ukraine|poland|to)\b/.test(next)) return null;
  return 'refugees';
}
