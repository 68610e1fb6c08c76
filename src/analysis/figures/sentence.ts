/**
 * Reads the counts in one sentence: each number phrase is tied to who it counts (the noun after
 * it) and what happened to them (a metric word after it, or an active verb before it). A number
 * whose noun is not a person ("141 nations", "five days", "four counts") is never a figure.
 */
import type { Metric } from '../../core/analysis.js';
import { NOT_PEOPLE_BEFORE } from './lexicon.js';
import { isForecastBefore, metricAfter, metricBefore } from './metric.js';
import { readNamedVictim, readNoun, readSingular } from './noun.js';
import type { CountedNoun, PersonPhrase } from './noun.js';
import { readHedge, readNumber } from './numbers.js';
import type { NumberPhrase } from './numbers.js';
import type { Token } from './tokens.js';

/** A count read from a sentence, before source and caveat are attached. */
export interface Count {
  metric: Metric;
  population: string | null;
  value: number;
  qualifier: string | null;
  /** Offset in the sentence of the count's first character (hedge included), to find its speaker. */
  at: number;
  /** True for people "shot" (read as injured), a count that may include the dead. */
  casualty: boolean;
}

interface Candidate extends NumberPhrase, CountedNoun {
  hedge: { text: string; start: number } | null;
  /** Index of the first token of the count (hedge or name included), for looking back. */
  first: number;
}

/** The previous count of the sentence and where its phrase ended, for lists sharing one verb. */
interface Previous {
  count: Count;
  after: number;
}

/**
 * Extracts the counts of one tokenized sentence, in order of appearance.
 *
 * @example
 * readCounts(tokenize('At least 1,417 civilians have been killed and 2,038 injured.'));
 * // [{ metric: 'killed', population: 'civilians', value: 1417, qualifier: 'at least', at: 0 },
 * //  { metric: 'injured', population: 'civilians', value: 2038, qualifier: 'at least', at: 46 }]
 */
export function readCounts(tokens: readonly Token[]): Count[] {
  const counts: Count[] = [];
  let previous: Previous | null = null;
  let i = 0;
  while (i < tokens.length) {
    const candidate = readCandidate(tokens, i);
    if (candidate === null) {
      i += 1;
      continue;
    }
    i = Math.max(candidate.end, i + 1);
    const count = toCount(tokens, candidate, previous);
    if (count !== null) {
      counts.push(count);
      previous = { count, after: candidate.after };
    }
  }
  return counts;
}

function readCandidate(tokens: readonly Token[], i: number): Candidate | null {
  const named = readNamedVictim(tokens, i);
  if (named !== null) return { ...named, hedge: null };
  const phrase: PersonPhrase | null = readNumber(tokens, i) ?? readSingular(tokens, i);
  if (phrase === null || phrase.value <= 0) return null;
  const hedge = readHedge(tokens, phrase.start);
  const first = hedge?.start ?? phrase.start;
  const before = tokens[first - 1];
  if (before !== undefined && (NOT_PEOPLE_BEFORE.has(before.lower) || before.lower === 'no')) return null;
  // "6-y", "2-1": a number glued to a hyphen is part of a code, a score or a cut-off age.
  const glued = tokens[phrase.end];
  if (phrase.digits && glued?.text === '-' && glued.start === tokens[phrase.end - 1]?.end) return null;
  // "Image 1 of 11": a position in a gallery, not a count.
  if (before?.lower === 'of' && tokens[first - 2]?.kind === 'number') return null;
  // People come whole: "18.05" alone is a time or a score, "4.2" needs its "million".
  const digitsText = tokens[phrase.start]?.lower ?? '';
  if (phrase.digits && phrase.end === phrase.start + 1 && /\.\d+$/.test(digitsText)) return null;
  // Years ("in 2022") are dates; a count of that size would be written "2,022".
  if (phrase.digits && /^(?:1[89]|20)\d\d$/.test(digitsText)) return null;
  const noun = readNoun(tokens, phrase.end);
  if (noun === null) return null;
  // "this one hurt", "the one who died": a pronoun, unless a noun follows ("that one person").
  if (digitsText === 'one' && noun.population === null && /^(?:this|that|the|which|each|every|any)$/.test(before?.lower ?? '')) return null;
  return { ...phrase, hedge, first, ...noun, population: phrase.population ?? noun.population };
}

function toCount(tokens: readonly Token[], c: Candidate, previous: Previous | null): Count | null {
  const first = c.first;
  if (isForecastBefore(tokens, first)) return null;
  const conjunct = ['and', ','].includes(tokens[first - 1]?.lower ?? '');
  // "killed 2 adults, 2 teens": a list right after a count shares its verb.
  const listed = conjunct && previous !== null && previous.after === first - 1 && c.population !== null ? previous.count.metric : null;
  const before = metricBefore(tokens, first);
  if (c.loose && before === null && listed === null) return null;
  const fate = c.metric ?? before ?? metricAfter(tokens, c.after, c.value) ?? listed;
  if (fate === null) return null;
  const metric = fate === 'casualty' ? 'injured' : fate;
  let population = c.population;
  let qualifier = c.vague ?? c.hedge?.text ?? null;
  if (population === null && previous !== null && (conjunct || c.more)) {
    population = previous.count.population;
    // "At least 1,417 civilians have been killed and 2,038 injured": the hedge covers both.
    if (qualifier === null && conjunct && c.metric !== null) qualifier = previous.count.qualifier;
  }
  // "7.1 million more are displaced": only people flee or are displaced, so a bare count is of people.
  if (population === null && (metric === 'refugees' || metric === 'displaced')) population = 'people';
  return { metric, population, value: c.value, qualifier, at: tokens[first]?.start ?? 0, casualty: fate === 'casualty' };
}
