/**
 * Humanitarian figures from article text: counts of people killed, injured, fled abroad,
 * internally displaced, missing or in need, each with its hedge, source and caveat.
 */
import type { FigureMention } from '../../core/analysis.js';
import { splitSentences } from '../sentences.js';
import { CLAIM_CAVEAT, findCaveat, findSource } from './attribution.js';
import { ALIVE_NOW, COUNTRIES, HISTORICAL, OTHER_PEOPLES } from './lexicon.js';
import { readCounts } from './sentence.js';
import { tokenize } from './tokens.js';

export { findCaveat, findSource, normalizeSource } from './attribution.js';

export interface ExtractFiguresOptions {
  /** The article's title; read first, as headlines often carry the count ("4 dead, 2 injured"). */
  title?: string;
}

// Cheap pre-filter: only sentences naming a casualty or displacement are tokenized at all.
const CASUALTY_WORDS = /kill|dead|death|died|\bdie|slain|murder|fatal|massacr|execut|perish|wound|injur|hurt|hospitali[sz]|fled\b|refuge|displac|\bidps\b|homeless|uproot|missing|unaccounted|in need|\btoll\b|lost (?:their|his|her) li/i;
// Sentences telling only that people were shot, taken to hospital or are in a stated condition:
// their counts may include people who died later (see extractFigures).
const CASUALTY_HINTS = /\bshot\b|hospital|\bcondition\b|\btreated\b/i;
// People who went abroad ("left Ukraine", "crossed into Poland"). Case-sensitive: "left" before a
// capital names a place, "left a man dead" is left to the casualty words.
const DEPARTURE_WORDS = /\b(?:[Ll]eft (?:[A-Z]|the (?:country|homeland)|their|for|abroad)|[Cc]rossed (?:into|the border)|[Ss]ought (?:asylum|safety|shelter|refuge))/;

// Totals over a period ("so far this year") and rates ("100 soldiers a day") are not the event's
// own count (DESIGN.md, "Humanitarian figures").
const PERIOD_TOTAL = /^(?:in|during) (?:\w+ )?(?:\d{1,2}, )?(?:19|20)\d\d\b|\b(?:so far this|each|every|per) year\b|\b(?:per|each|every) (?:day|week|month)\b|\ba day\b(?! (?:after|before|earlier|later))|\bannually\b|\b(?:statewide|nationwide|citywide|countywide)\b|\bacross (?:the )?(?:city|country|state|nation|county)\b|\bso far in (?:19|20)\d\d\b|\bin (?:19|20)\d\d alone\b|\bsince (?:january|jan\.) 1\b/i;

/**
 * Extracts the humanitarian figures an article states, in reading order (title first). The same
 * metric, population, value and source stated twice is one figure.
 *
 * @example
 * extractFigures('More than 2,000 civilians have died, the state emergency service said.');
 * // [{ metric: 'killed', population: 'civilians', value: 2000, qualifier: 'more than',
 * //    source: 'state emergency service', caveat: null, sentence: 'More than 2,000 ...' }]
 */
export function extractFigures(text: string, options: ExtractFiguresOptions = {}): FigureMention[] {
  const sentences = [...(options.title ? [options.title.replace(/\s+/g, ' ').trim()] : []), ...splitSentences(text)];
  const figures: FigureMention[] = [];
  // Injured counts that may include people who died: kept only when the article tells of no deaths.
  const casualties = new Set<FigureMention>();
  const seen = new Map<string, FigureMention>();
  let previous: FigureMention[] = [];
  for (const sentence of sentences) {
    const named = CASUALTY_WORDS.test(sentence) || DEPARTURE_WORDS.test(sentence);
    const hinted = !named && CASUALTY_HINTS.test(sentence);
    const found = (named || hinted) && !PERIOD_TOTAL.test(sentence) && !isHistorical(sentence) ? readSentence(sentence, hinted, casualties) : [];
    if (found.length === 0) {
      attachLaterCaveat(previous, sentence);
      previous = [];
      continue;
    }
    previous = [];
    for (const figure of found) {
      const key = `${figure.metric}|${figure.population ?? ''}|${figure.value}|${figure.source ?? ''}`;
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        // Stated later as an injury, an earlier "shot" count is an injury too.
        if (!casualties.has(figure)) casualties.delete(earlier);
        continue;
      }
      seen.set(key, figure);
      figures.push(figure);
      previous.push(figure);
    }
  }
  // "Four people were shot", "two taken to hospital" count the dead too when some died: in an
  // article telling of deaths, only counts stated as injuries are kept.
  const kept = figures.some((f) => f.metric === 'killed') ? figures.filter((f) => !casualties.has(f)) : figures;
  return oneMentionPerCount(kept);
}

// UN bodies a headline often shortens to "the UN".
const UN_BODIES = new Set(['UN', 'UNHCR', 'OHCHR', 'OCHA', 'UNICEF', 'WHO', 'IOM', 'WFP', 'UNDP']);

/** Two sources that can be one speaker: one unsaid, the same, or "UN" and a UN body. */
function sameSpeaker(a: string | null, b: string | null): boolean {
  if (a === null || b === null || a === b) return true;
  return (a === 'UN' && UN_BODIES.has(b)) || (b === 'UN' && UN_BODIES.has(a));
}

/**
 * An article states a count once: when the headline and the body (or two sentences) give the same
 * metric and value from what can be one speaker ("UN says" / "the UN refugee agency said, more
 * than"), one figure stays, at the place of the first mention, with the details of the mention
 * that says most (source, hedge, caveat). The same count from two different sources stays twice.
 */
export function oneMentionPerCount(mentions: FigureMention[]): FigureMention[] {
  const detail = (m: FigureMention) => Number(m.qualifier !== null) + Number(m.source !== null) * 2 + Number(m.caveat !== null);
  const kept: FigureMention[] = [];
  for (const m of mentions) {
    const i = kept.findIndex((k) => k.metric === m.metric && k.value === m.value && sameSpeaker(k.source, m.source));
    if (i === -1) kept.push(m);
    else if (detail(m) > detail(kept[i]!)) kept[i] = m;
  }
  return kept;
}

// Where one sentence joins two statements ("..., the UN said, and the IOM estimates ..."), each
// may have its own speaker.
const CLAUSE_JOIN = /,\s+and\s+|;\s+|\s+while\s+/gi;

/** Reads one sentence; injured counts that may include the dead ("four were shot") go to `casualties` too. */
function readSentence(sentence: string, hinted: boolean, casualties: Set<FigureMention>): FigureMention[] {
  const counts = readCounts(tokenize(sentence));
  if (counts.length === 0) return [];
  const caveat = findCaveat(sentence);
  const sourceAt = speakers(sentence);
  const figures: FigureMention[] = [];
  for (const { at, casualty, ...count } of counts) {
    if (countsOtherPeople(sentence, at)) continue;
    const host = count.metric === 'refugees' ? hostCountry(sentence, at) : null;
    if (host !== null) count.population = `refugees in ${host}`;
    const figure = { ...count, source: sourceAt(at), caveat, sentence };
    if (casualty || (hinted && figure.metric === 'injured')) casualties.add(figure);
    figures.push(figure);
  }
  return figures;
}

/** A sentence about a past war ("in the second world war", "in 1945"), not the one followed. */
function isHistorical(sentence: string): boolean {
  return HISTORICAL.test(sentence) && !ALIVE_NOW.test(sentence);
}

/**
 * True when the count at `at` names a people of another crisis ("5.7 million Syrians have fled"):
 * the nationality is looked for in the count's own phrase, up to the next punctuation.
 */
function countsOtherPeople(sentence: string, at: number): boolean {
  const phrase = /^(?:[^,;:()\u2013\u2014]|,(?=\d))*/.exec(sentence.slice(at))?.[0] ?? '';
  return OTHER_PEOPLES.test(phrase.split(/\s+/).slice(0, 7).join(' '));
}

// "Poland has 1.25 million refugees", "Ireland is hosting 20,000": a verb of hosting before the count.
const HOST_BEFORE = /\b([A-Z][a-z]+)(?:\s+(?:alone|now|currently|already))?\s+(?:has|hosts|hosted|is hosting|was hosting|has been hosting|has taken in|took in|has received|received|has welcomed|welcomed|has registered|registered|has accepted|accepted|is home to|was home to|shelters|is sheltering)\s+(?:(?:now|so far|already)\s+)?$/;
// "1.25 million refugees in Poland".
const HOST_AFTER = /^(?:[^,;:.]|[,.](?=\d)){0,50}?\brefugees\s+(?:(?:living|staying|sheltering|registered|hosted)\s+)?in\s+([A-Z][a-z]+)\b/;

/**
 * The country a refugee count is a stock of ("Poland has 1.25 million refugees"), or null. Such a
 * count is one country's share of everyone who fled, so its population names the country
 * ("refugees in Poland"): it keeps a series of its own, never merged with the total over all
 * countries, while still being reported. Ukraine itself is never a host.
 */
function hostCountry(sentence: string, at: number): string | null {
  const host = HOST_BEFORE.exec(sentence.slice(0, at))?.[1] ?? HOST_AFTER.exec(sentence.slice(at))?.[1];
  if (host === undefined) return null;
  const country = host.toLowerCase();
  return COUNTRIES.has(country) && country !== 'ukraine' ? host : null;
}

/**
 * Who said the count at an offset: the speaker of its own clause, else of the whole sentence.
 *
 * @example
 * speakers('5 died, police said, and 3 are missing, the Red Cross said.')(25); // 'ICRC'
 */
function speakers(sentence: string): (at: number) => string | null {
  const whole = findSource(sentence);
  const clauses: Array<{ end: number; source: string | null }> = [];
  let start = 0;
  for (const m of sentence.matchAll(CLAUSE_JOIN)) {
    clauses.push({ end: m.index, source: findSource(sentence.slice(start, m.index)) });
    start = m.index + m[0].length;
  }
  if (clauses.length === 0) return () => whole;
  clauses.push({ end: sentence.length, source: findSource(sentence.slice(start)) });
  return (at) => clauses.find((c) => at < c.end)?.source ?? whole;
}

/** "The figures could not be independently verified." qualifies the sentence before it. */
function attachLaterCaveat(previous: FigureMention[], sentence: string): void {
  if (previous.length === 0 || !/\b(?:figures?|numbers?|toll|tolls|claims?|reports?|counts?|them|this|it)\b/i.test(sentence)) return;
  const caveat = findCaveat(sentence);
  // "X claimed ..." is a new statement of its own, not a word on the figures before it.
  if (caveat === null || caveat === CLAIM_CAVEAT) return;
  for (const figure of previous) if (figure.caveat === null) figure.caveat = caveat;
}
