/**
 * What happened to the counted people: an active verb before the number ("killing four people",
 * "the death toll rose to 12") or a metric word after them ("have died", "were shot and killed",
 * "have fled Ukraine"). Forecasts ("could reach", "are expected to flee") are not counts.
 */
import type { Metric } from '../../core/analysis.js';
import { ABROAD, CLAUSE_STOPS, COUNTRIES, FORECAST, METRIC_VERBS_BEFORE, METRIC_WORDS } from './lexicon.js';
import { readNoun, readSingular } from './noun.js';
import { readNumber } from './numbers.js';
import type { Token } from './tokens.js';

// "The death toll rose to 12": words allowed between "toll" and its number.
const TOLL_FILLER = new Set(['rose', 'risen', 'climbed', 'has', 'had', 'have', 'to', 'at', 'of', 'is', 'was', 'now', 'stands', 'stood', 'reached', 'hit', 'jumped', 'increased', 'raising', 'bringing', 'grew', 'grown', 'the', 'official', 'confirmed', 'total', 'a']);
// "the deaths of two people", "the fatal shooting of a man", "claimed the lives of 12".
const DEATH_OF = /^(?:deaths?|killings?|slayings?|murders?|lives|life)$/;
// Words between the verb and its number that do not change the count ("wounding another four").
const BETWEEN_VERB_AND_NUMBER = new Set(['another', 'additional', 'further', 'a', 'an', 'the', 'total', 'of']);
const HOSPITAL = /^(?:(?:the|a|an|area|local|nearby|two|three|several|different)\s+)?(?:[a-z.'-]+\s+)?hospitals?\b/;
// Words before "in/at the hospital" that put the counted people there as patients.
const IN_HOSPITAL_AFTER = /^(?:remain|remains|remained|recovering|recovers|recovered|treated|still|hospitalized|hospitalised)$/;
const WITH_WOUNDS = /^(?:(?:apparent|multiple|gunshot|bullet|stab|graze|serious|minor|critical|life-threatening|non-life-threatening)\s+){0,2}(?:wounds?|injuries)\b/;
// "three people were shot": passive only ("police shot a man" says what the police did).
const PASSIVE = /^(?:were|was|been|being|got|get|gets|is|are)$/;
// Any of these after "shot" makes the shooting deadly for some ("four shot, one fatally").
const DEATH_WORD = /^(?:killed|dead|death|deaths|died|dies|dying|fatally|mortally|fatal|slain|murdered|deadly|lives|life|homicide)$/;
// "fired one shot", "heard a shot": the shot is a bullet, not a person.
const SHOT_AS_NOUN = /^(?:fired|fire|fires|firing|heard|hear|hearing|took|take|taking|let|single|warning|one|another|a|the|first|second|last|lone|squeezed)$/;
// "one shot was fired", "a single shot rang out".
const SHOT_NOUN_AFTER = /^(?:was|were|is|are|rang|rings|hit|hits|struck|strikes|that|which|went|from|fired)$/;
const TRANSITIVE = new Set(['killed', 'wounded', 'injured', 'hurt', 'murdered', 'slaughtered', 'massacred', 'executed']);
const OBJECT_START = /^(?:his|her|their|its|my|our|your|the|a|an|him|them|us|me|another|one|two|three|four|five|several|many|dozens|hundreds|thousands|at)$/;
// Tokens after the counted people in which their fate is looked for.
const RIGHT_WINDOW = 9;

/**
 * What happened to the counted people. "casualty" is a count of people shot: injured, unless
 * the article tells of deaths, as such a count may include those who died.
 */
export type Fate = Metric | 'casualty';

/**
 * True when a forecast word stands shortly before the number: "expected to reach a million".
 *
 * @example
 * isForecastBefore(tokenize('the figure is expected to reach a million'), 6); // true
 */
export function isForecastBefore(tokens: readonly Token[], first: number): boolean {
  for (let k = first - 1; k >= 0 && k >= first - 5; k--) {
    const t = tokens[k];
    if (t === undefined || t.kind === 'punct') return false;
    if (FORECAST.has(t.lower) || t.lower === 'reach') return true;
  }
  return false;
}

/**
 * The metric of an active verb or a toll right before the number (index `first`, hedge included).
 *
 * @example
 * metricBefore(tokenize('killing four people'), 1); // 'killed'
 */
export function metricBefore(tokens: readonly Token[], first: number): Metric | null {
  let k = first - 1;
  while (k > 0 && BETWEEN_VERB_AND_NUMBER.has(tokens[k]?.lower ?? '')) k -= 1;
  const prev = tokens[k];
  if (prev === undefined) return null;
  const adverb = tokens[k - 1]?.lower ?? '';
  // "wanted to kill two", "didn't hurt anyone": an intention or a denial, not a count.
  if (adverb === 'to' || adverb === 'not' || adverb.endsWith("n't")) return null;
  // "fatally wounding his brother", "fatally shot three men": the wound killed.
  if (/^(?:fatally|mortally)$/.test(adverb) && /^(?:shot|shooting|shoots|stabbed|stabbing|wounded|wounding|injured|injuring|struck|striking|hit|hitting)$/.test(prev.lower)) return 'killed';
  const verb = METRIC_VERBS_BEFORE.get(prev.lower);
  if (verb !== undefined) return verb;
  const prev2 = tokens[first - 2]?.lower ?? '';
  const prev3 = tokens[first - 3]?.lower ?? '';
  // "the attempted murders of five teenagers" were not deaths.
  if (tokens[first - 1]?.lower === 'of' && prev3 !== 'attempted' && (DEATH_OF.test(prev2) || (prev2 === 'shooting' && prev3 === 'fatal'))) return 'killed';
  for (let j = first - 1; j >= 0 && j >= first - 6; j--) {
    const t = tokens[j];
    if (t === undefined) break;
    if (t.lower === 'toll') return tokens[j - 1]?.lower === 'injury' ? 'injured' : 'killed';
    if (!TOLL_FILLER.has(t.lower)) break;
  }
  return null;
}

/**
 * The metric stated after the counted people, searched from token `from` to the end of the clause.
 *
 * @example
 * metricAfter(tokenize('2,000 civilians have died'), 2, 2000); // 'killed'
 */
export function metricAfter(tokens: readonly Token[], from: number, value: number): Fate | null {
  let limit = from + RIGHT_WINDOW;
  for (let k = from; k < tokens.length && k < limit; k++) {
    const t = tokens[k];
    if (t === undefined || t.kind === 'number') break;
    const word = t.lower;
    if (t.kind === 'punct') {
      // "The boy, who was shot and killed": the relative clause says what happened to him.
      if (word === ',' && tokens[k + 1]?.lower === 'who') {
        limit += 1;
        continue;
      }
      // "Three others, including Ellis, were injured": step over the aside.
      const close = word === ',' ? asideEnd(tokens, k) : null;
      if (close === null) break;
      limit += close - k;
      k = close;
      continue;
    }
    // "Two civilians and one police officer were killed": the verb covers both counted groups.
    if (word === 'and') {
      const skip = coordinatedGroup(tokens, k + 1);
      if (skip !== null) {
        k = skip - 1;
        continue;
      }
    }
    // "two victims with gunshot wounds": a state, not a new clause.
    if (word === 'with' && WITH_WOUNDS.test(wordsFrom(tokens, k + 1, 3))) return 'injured';
    if (k > from && (CLAUSE_STOPS.has(word) || readNumber(tokens, k) !== null || readSingular(tokens, k) !== null)) break;
    if (FORECAST.has(word) || word === 'not' || word === 'never' || word.endsWith("n't")) return null;
    if (word === 'to' && HOSPITAL.test(wordsFrom(tokens, k + 1, 3))) return hospitalized(tokens, k);
    // "remains in the hospital", "was treated at a local hospital", "treated and released".
    if ((word === 'in' || word === 'at') && IN_HOSPITAL_AFTER.test(tokens[k - 1]?.lower ?? '') && HOSPITAL.test(wordsFrom(tokens, k + 1, 3))) return hospitalized(tokens, k);
    if (word === 'treated' && /^(?:and released|at the scene|on scene|for (?:wounds?|injuries|gunshot|a gunshot|minor|non-life-threatening))/.test(wordsFrom(tokens, k + 1, 3))) return hospitalized(tokens, k);
    // "wanted to hurt people": an infinitive is an intention, not a count ("shot to death" is one).
    if (word === 'to' && tokens[k + 1]?.lower !== 'death') break;
    if (word === 'fatally' || word === 'mortally') return 'killed';
    if (word === 'death' && tokens[k - 1]?.lower === 'to') return 'killed';
    if (word === 'lives' && /^(?:their|his|her)$/.test(tokens[k - 1]?.lower ?? '')) return 'killed';
    if (word === 'need' && tokens[k - 1]?.lower === 'in') return 'in_need';
    if (word === 'unaccounted') return 'missing';
    if (word === 'condition' && /^(?:critical|serious|stable|fair|grave|good)$/.test(tokens[k - 1]?.lower ?? '')) return hospitalized(tokens, k);
    if (word === 'fled') return fled(tokens, k, value);
    // "have left the country", "crossed into Poland": refugees; "left the scene" is not a fate.
    if (word === 'left' || word === 'crossed' || word === 'sought') {
      const departure = departed(tokens, k, value);
      if (departure !== null) return departure;
      continue;
    }
    if (word === 'shot' && wasShot(tokens, k, from)) return 'casualty';
    const metric = METRIC_WORDS.get(word);
    if (metric === undefined) continue;
    if (isEitherOr(tokens, k) || hasObject(tokens, k)) return null;
    return metric === 'injured' && diedLater(tokens, k) ? 'killed' : metric;
  }
  return null;
}

/**
 * "Five teens were shot", headline "4 shot in Chicago": people hit by gunfire who did not die.
 * Not when a death is told later in the sentence ("four shot, one fatally", "shot and killed"),
 * not "shot at" (missed), and not "shot" used actively ("police shot a man") or as a noun.
 */
function wasShot(tokens: readonly Token[], k: number, from: number): boolean {
  const next = tokens[k + 1]?.lower ?? '';
  if (next === 'at' || next === 'to' || (k === from && SHOT_NOUN_AFTER.test(next)) || OBJECT_START.test(next) || /^(?:him|himself|herself|themselves|itself)$/.test(next)) return false;
  for (let j = k + 1; j < tokens.length; j++) if (DEATH_WORD.test(tokens[j]?.lower ?? '')) return false;
  // A shot to the head is too often fatal to read as an injury.
  if (/^(?:in|to) (?:the|his|her|their) heads?\b|^in heads?\b/.test(wordsFrom(tokens, k + 1, 3))) return false;
  const prev = tokens[k - 1]?.lower ?? '';
  const passive = PASSIVE.test(prev) || (/^(?:also|all|both|reportedly|each|later)$/.test(prev) && PASSIVE.test(tokens[k - 2]?.lower ?? ''));
  if (passive) return true;
  // Right after the count ("5 shot", "three teens shot"), unless the count is of shots fired.
  return k === from && !SHOT_AS_NOUN.test(tokens[from - 2]?.lower ?? '') && !SHOT_AS_NOUN.test(tokens[from - 3]?.lower ?? '');
}

/** "A man wounded in a shooting earlier this month has died": the count is of the dead. */
function diedLater(tokens: readonly Token[], k: number): boolean {
  for (let j = k + 1; j < tokens.length && j <= k + 15; j++) {
    const word = tokens[j]?.lower ?? '';
    if (/^(?:died|dies|succumbed)$/.test(word)) return true;
    if (readNumber(tokens, j) !== null || readSingular(tokens, j) !== null || word === ';') return false;
  }
  return false;
}

/** Index of the comma closing ", including ...," or ", among them ...,", or null. */
function asideEnd(tokens: readonly Token[], k: number): number | null {
  if (!/^(?:including|among|both|all|ages|aged)$/.test(tokens[k + 1]?.lower ?? '')) return null;
  for (let j = k + 2; j < tokens.length && j <= k + 12; j++) {
    const t = tokens[j];
    if (t?.lower === ',') return j;
    if (t?.kind === 'punct' && t.lower !== '-' && t.lower !== '.') return null;
  }
  return null;
}

/**
 * "taken to the hospital", "in critical condition": people in hospital were hurt, unless the
 * same clause says they died there.
 */
function hospitalized(tokens: readonly Token[], k: number): Metric | null {
  for (let j = k + 1; j < tokens.length && j <= k + 10; j++) {
    const word = tokens[j]?.lower ?? '';
    if (/^(?:died|dead|death|dies)$/.test(word)) return null;
    if (tokens[j]?.kind === 'punct' && word !== ',') break;
  }
  return 'injured';
}

function wordsFrom(tokens: readonly Token[], k: number, count: number): string {
  return tokens.slice(k, k + count).map((t) => t.lower).join(' ');
}

/**
 * "A man killed his wife", "has hurt the sentiments": an active verb with an object says what the
 * counted people did, not what happened to them.
 */
function hasObject(tokens: readonly Token[], k: number): boolean {
  if (!TRANSITIVE.has(tokens[k]?.lower ?? '')) return false;
  const next = tokens[k + 1];
  if (next === undefined || next.kind !== 'word') return next?.kind === 'number' || next?.kind === 'age';
  return OBJECT_START.test(next.lower) || readNumber(tokens, k + 1) !== null;
}

/** "killed or injured", "hurt or killed": casualties of either kind, no count of one. */
function isEitherOr(tokens: readonly Token[], k: number): boolean {
  const around = [tokens[k - 2], tokens[k + 2]];
  return (tokens[k + 1]?.lower === 'or' && METRIC_WORDS.has(around[1]?.lower ?? '')) || (tokens[k - 1]?.lower === 'or' && METRIC_WORDS.has(around[0]?.lower ?? ''));
}

/** Index after "one police officer" / "a 26-year-old man" starting at `k`, or null. */
function coordinatedGroup(tokens: readonly Token[], k: number): number | null {
  const phrase = readNumber(tokens, k) ?? readSingular(tokens, k);
  if (phrase === null) return null;
  const noun = readNoun(tokens, phrase.end);
  return noun !== null && noun.population !== null && noun.metric === null ? noun.after : null;
}

/** "fled Ukraine" counts refugees, "fled their homes" the displaced, "fled the scene" nothing. */
function fled(tokens: readonly Token[], k: number, value: number): Metric | null {
  const next = tokens.slice(k + 1, k + 4).map((t) => t.lower).join(' ');
  if (/^(?:the scene|on foot|in a)/.test(next)) return null;
  if (/^(?:their homes|homes|the fighting|fighting|the violence)/.test(next)) return 'displaced';
  // Small numbers that "fled" are people running from a scene, not refugees.
  if (value < 50 && !/\b(?:country|abroad|border|to)\b/.test(next) && !isAbroad(tokens, k + 1)) return null;
  return 'refugees';
}

/**
 * "have left the country", "left Ukraine", "crossed into neighbouring countries", "crossed the
 * border", "sought refuge abroad": people who went abroad. "left the building", "left Kyiv" and
 * "sought shelter in a basement" are not. `k` is the verb.
 */
function departed(tokens: readonly Token[], k: number, value: number): Metric | null {
  const verb = tokens[k]?.lower;
  const next = wordsFrom(tokens, k + 1, 3);
  if (verb === 'left') {
    if (/^(?:their|his|her) homes?\b/.test(next)) return value >= 50 ? 'displaced' : null;
    if (/^(?:the|their) (?:country|homeland)\b/.test(next)) return value >= 50 ? 'refugees' : null;
    // "All four left Russia last year": a handful who left are emigrants, not refugees.
    const to = tokens[k + 1]?.lower === 'for' ? k + 2 : k + 1;
    return value >= 50 && isAbroad(tokens, to) ? 'refugees' : null;
  }
  if (verb === 'crossed') {
    if (tokens[k + 1]?.lower === 'into') return isAbroad(tokens, k + 2) ? 'refugees' : null;
    if (!/^(?:the|a) (?:border|frontier)\b|^borders?\b/.test(next)) return null;
    const into = tokens.findIndex((t, j) => j > k && j <= k + 4 && t.lower === 'into');
    return value >= 50 || (into > 0 && isAbroad(tokens, into + 1)) ? 'refugees' : null;
  }
  // "sought refuge abroad", "have sought asylum in Germany".
  if (!/^(?:refuge|shelter|safety|asylum|protection)$/.test(tokens[k + 1]?.lower ?? '')) return null;
  const place = tokens[k + 2]?.lower === 'in' ? k + 3 : k + 2;
  return isAbroad(tokens, place) ? 'refugees' : null;
}

/** True when the words from `k` name a place abroad: a country, "abroad", "neighbouring countries". */
function isAbroad(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (t === undefined) return false;
  if (ABROAD.test(wordsFrom(tokens, k, 4))) return true;
  // "the Czech Republic", "South Sudan", "the Netherlands": the country is one of the next words.
  const start = t.lower === 'the' ? k + 1 : k;
  for (let j = start; j < start + 2 && j < tokens.length; j++) {
    const word = tokens[j];
    if (word === undefined || word.kind !== 'word' || !/^\p{Lu}/u.test(word.text)) return false;
    if (COUNTRIES.has(word.lower)) return true;
  }
  return false;
}
