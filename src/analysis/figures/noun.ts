/**
 * Who a number counts: the person noun after it ("four people", "2,000 innocent civilians"), a
 * metric word in its place ("2,038 injured"), or nothing before a verb ("two were wounded").
 */
import type { Metric } from '../../core/analysis.js';
import { CLAUSE_STOPS, METRIC_WORDS, NOT_PEOPLE, NOUN_MODIFIERS, PERPETRATORS, POPULATION, SINGULAR_PERSON, SINGULAR_POPULATION, UNITS } from './lexicon.js';
import { readNumber } from './numbers.js';
import type { NumberPhrase } from './numbers.js';
import type { Token } from './tokens.js';

export interface CountedNoun {
  /** Index of the first token after the number and its noun. */
  after: number;
  population: string | null;
  /** Metric read from the noun slot ("2,038 injured", "4.2 million refugees"). */
  metric: Metric | null;
  /** True when "more" follows the number ("millions more internally displaced"). */
  more: boolean;
  /**
   * True when nothing names the people and no verb follows ("killing 3, then"): such a number
   * counts only when an active verb stands right before it.
   */
  loose: boolean;
}

// Verbs and adverbs that may follow a bare number ("two were wounded", "one fatally").
const BARE_FOLLOWERS = /^(?:were|was|are|is|have|has|had|been|remain|remained|remains|reportedly|also|later|fatally|mortally|critically|seriously|badly|gravely|died|dies|found|shot)$/;
const LOOSE_FOLLOWERS = new Set(['and', 'or', 'on', 'in', 'at', 'during', 'since', 'as', 'after', 'before', 'when', 'while', 'last', 'this', 'including', 'inside', 'outside', 'near', 'across', 'overnight', 'with', 'by', 'from', 'early', 'late', 'then']);
// Words that introduce one person: "killed his wife", "wounding her 16-year-old son", "the girl".
const ONE_PERSON = /^(?:a|an|another|his|her|their|the)$/;

/** A count of named-by-noun people; `population` is set when a list mixes kinds of people. */
export interface PersonPhrase extends NumberPhrase {
  population?: string;
}

/**
 * "a man", "an 18-year-old woman", "another person", "a 9-month-old died": one person.
 *
 * @example
 * readSingular(tokenize('A 22-year-old man was killed'), 0); // { value: 1, start: 0, end: 2, ... }
 */
export function readSingular(tokens: readonly Token[], i: number): PersonPhrase | null {
  const first = tokens[i];
  if (first === undefined) return null;
  const one = { value: 1, start: i, end: i, vague: null, digits: false };
  // "3-year-old Major Howard was shot and killed", "killed 5-year-old Maleki Parker".
  if (first.kind === 'age') return tokens[i - 1]?.kind === 'age' ? null : one;
  if (!ONE_PERSON.test(first.lower)) return null;
  // "critically injures another": the one person is the noun left out.
  if (first.lower === 'another' && isEndOfPhrase(tokens[i + 1])) return { ...one, end: i + 1 };
  // "three people were killed and another wounded".
  if (first.lower === 'another' && METRIC_WORDS.has(tokens[i + 1]?.lower ?? '')) return { ...one, end: i + 1 };
  for (let k = i + 1; k <= i + 4 && k < tokens.length; k++) {
    const t = tokens[k];
    if (t === undefined) return null;
    if (SINGULAR_PERSON.has(t.lower)) return personList(tokens, k, one);
    // An age standing for the person: "a 9-month-old died", "killing an 11-year-old and".
    if (t.kind === 'age' && (BARE_FOLLOWERS.test(tokens[k + 1]?.lower ?? '') || isEndOfPhrase(tokens[k + 1]))) return { ...one, end: k };
    const modifier = t.kind === 'age' || t.kind === 'ordinal' || (t.kind === 'word' && /^[\p{L}-]+$/u.test(t.text) && !CLAUSE_STOPS.has(t.lower) && !METRIC_WORDS.has(t.lower) && t.lower !== 'of');
    if (!modifier) return null;
  }
  return null;
}

/**
 * Reads the counted noun after a number (from token `from`), or null when the number counts
 * something that is not people ("141 nations", "five days", "four counts", "$5 million").
 *
 * @example
 * readNoun(tokenize('2,000 civilians have died'), 1); // { after: 2, population: 'civilians', metric: null, ... }
 */
export function readNoun(tokens: readonly Token[], from: number): CountedNoun | null {
  let k = from;
  let more = false;
  let metric: Metric | null = null;
  let partOf = false;
  let onlyMore = true;
  for (let skipped = 0; k < tokens.length && skipped < 5; k++, skipped++) {
    const t = tokens[k];
    if (t === undefined) break;
    if (t.kind === 'punct') {
      if (t.lower === '%') return null;
      break;
    }
    if (t.kind === 'age') {
      // "a 9-month-old" after the count names the person by age.
      if (skipped === 0 && !isPopulation(tokens[k + 1])) {
        const next = tokens[k + 1];
        const loose = !BARE_FOLLOWERS.test(next?.lower ?? '') && !isName(next);
        return { after: isName(next) ? skipName(tokens, k + 1) : k + 1, population: agePopulation(t.lower), metric, more, loose };
      }
      continue;
    }
    if (t.kind !== 'word') return null;
    const population = populationOf(t);
    if (population !== undefined) return { after: k + 1, population, metric, more, loose: false };
    if (NOT_PEOPLE.has(t.lower) || PERPETRATORS.has(t.lower)) return null;
    const wordMetric = t.lower === 'fled' || partOf ? undefined : METRIC_WORDS.get(t.lower);
    if (wordMetric !== undefined && metric === null) {
      metric = wordMetric;
      continue;
    }
    // "two of the injured" is part of a group counted elsewhere, not a count of the injured.
    if (t.lower === 'of') partOf = true;
    if (t.lower === 'more') more = true;
    if (metric !== null) break;
    // Unknown adjectives are allowed only right before a person noun ("five Kurdish fighters"),
    // capitalized ones a little further ("three Baton Rouge police officers").
    const describes = isAdjective(tokens, k) && (isPopulation(tokens[k + 1]) || (/^\p{Lu}/u.test(t.text) && populationWithin(tokens, k + 1, 3)));
    if (!NOUN_MODIFIERS.has(t.lower) && !describes) break;
    if (!/^(?:more|other|additional)$/.test(t.lower)) onlyMore = false;
  }
  if (metric !== null) return { after: k, population: null, metric, more, loose: false };
  const next = tokens[k];
  if (next !== undefined && next.kind === 'word' && BARE_FOLLOWERS.test(next.lower)) {
    return { after: k, population: null, metric: null, more, loose: false };
  }
  // Followed by punctuation, a preposition or the end ("killing 3, then", "rose to 12 on
  // Monday"): only an active verb or a toll before it can make it a count.
  if ((k === from || onlyMore) && (next === undefined || next.kind === 'punct' || LOOSE_FOLLOWERS.has(next.lower))) {
    return { after: k, population: null, metric: null, more, loose: true };
  }
  return null;
}

/** A word that may describe people: not an article and not another number ("18.05 Three people"). */
function isAdjective(tokens: readonly Token[], k: number): boolean {
  const word = tokens[k]?.lower ?? '';
  return word !== 'a' && word !== 'an' && readNumber(tokens, k) === null;
}

/**
 * "a man and a woman", "a 59-year-old man, 49-year-old woman and 53-year-old man": people listed
 * one by one add up. `k` is the first person's noun.
 */
function personList(tokens: readonly Token[], k: number, one: NumberPhrase): PersonPhrase {
  const kinds = [populationOf(tokens[k] as Token)];
  let last = k;
  for (;;) {
    let j = last + 1;
    const separated = tokens[j]?.lower === ',' || tokens[j]?.lower === 'and';
    if (tokens[j]?.lower === ',') j += 1;
    if (tokens[j]?.lower === 'and') j += 1;
    if (!separated) break;
    if (/^(?:a|an|his|her|their)$/.test(tokens[j]?.lower ?? '')) j += 1;
    let noun = -1;
    for (let m = j; m < j + 3 && m < tokens.length; m++) {
      const t = tokens[m];
      if (t !== undefined && SINGULAR_PERSON.has(t.lower) && !PERPETRATORS.has(t.lower)) {
        noun = m;
        break;
      }
      if (t === undefined || !(t.kind === 'age' || (t.kind === 'word' && /^\p{Ll}[\p{L}-]*$/u.test(t.text) && !CLAUSE_STOPS.has(t.lower)))) break;
    }
    if (noun < 0) break;
    kinds.push(populationOf(tokens[noun] as Token));
    last = noun;
  }
  if (kinds.length === 1) return { ...one, end: k };
  const same = kinds.every((p) => p === kinds[0]);
  return { ...one, value: kinds.length, end: last, population: same ? (kinds[0] ?? 'people') : 'people' };
}

function isEndOfPhrase(t: Token | undefined): boolean {
  return t === undefined || t.kind === 'punct' || t.lower === 'and';
}

function populationOf(t: Token): string | undefined {
  if (t.kind !== 'word') return undefined;
  return POPULATION.get(t.lower) ?? SINGULAR_POPULATION.get(t.lower) ?? demonym(t.text);
}

function populationWithin(tokens: readonly Token[], k: number, count: number): boolean {
  for (let j = k; j < k + count; j++) if (isPopulation(tokens[j])) return true;
  return false;
}

function isPopulation(t: Token | undefined): boolean {
  return t !== undefined && populationOf(t) !== undefined;
}

/** "Ukrainians", "Syrians", "Israelis": nationals count as people. */
function demonym(text: string): string | undefined {
  return /^\p{Lu}\p{Ll}+(?:ians|ans|ese|is)$/u.test(text) ? 'people' : undefined;
}

function isName(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && /^\p{Lu}/u.test(t.text);
}

/** Index after a run of capitalized words and initials ("Anthony D. Ray"). */
function skipName(tokens: readonly Token[], k: number): number {
  let j = k;
  while (j < tokens.length && j < k + 4 && isName(tokens[j])) j += 1;
  return j;
}

/**
 * A victim named with an age, AP style: "Tyshawn Lee, 9, was shot and killed" counts one (the age
 * is never the count). Starts at the age token `i`; `first` points at the name.
 *
 * @example
 * readNamedVictim(tokenize('John Doe, 15, was killed'), 3); // { value: 1, first: 0, after: 5, ... }
 */
export function readNamedVictim(tokens: readonly Token[], i: number): (NumberPhrase & CountedNoun & { first: number }) | null {
  const age = tokens[i];
  if (age?.kind !== 'number' || !/^\d{1,3}$/.test(age.lower) || Number(age.lower) > 110) return null;
  if (tokens[i - 1]?.lower !== ',' || tokens[i + 1]?.lower !== ',' || !isName(tokens[i - 2])) return null;
  let first = i - 2;
  while (first > 0 && first > i - 6 && isName(tokens[first - 1])) first -= 1;
  const population = agePopulation(`${age.lower}-year-old`);
  return { value: 1, start: i, end: i + 2, vague: null, digits: true, first, after: i + 2, population, metric: null, more: false, loose: false };
}

/**
 * Population of a person named only by age: under 13 a child, under 18 a teenager.
 *
 * @example
 * agePopulation('9-month-old'); // 'children'
 * agePopulation('seventeen-year-old'); // 'teenagers'
 */
export function agePopulation(age: string): string {
  const lead = age.split(/[- ]/)[0] ?? '';
  const years = !/year/.test(age) ? 0 : /^\d/.test(lead) ? Number.parseFloat(lead) : wordNumber(age);
  if (years < 13) return 'children';
  return years < 18 ? 'teenagers' : 'people';
}

/** "twenty-six-year-old" -> 26. */
function wordNumber(age: string): number {
  let total = 0;
  for (const part of age.split('-')) {
    const unit = UNITS[part];
    if (unit === undefined) break;
    total += unit;
  }
  return total;
}
