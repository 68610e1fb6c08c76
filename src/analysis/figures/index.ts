/**
 * Humanitarian figures from article text: counts of people killed, injured, fled abroad,
 * internally displaced, missing or in need, each with its hedge, source and caveat.
 */
import type { FigureMention } from '../../core/analysis.js';
import { splitSentences } from '../sentences.js';
import { findCaveat, findSource } from './attribution.js';
import { readCounts } from './sentence.js';
import { tokenize } from './tokens.js';

export { findCaveat, findSource, normalizeSource } from './attribution.js';

export interface ExtractFiguresOptions {
  /** The article's title; read first, as headlines often carry the count ("4 dead, 2 injured"). */
  title?: string;
}

// Cheap pre-filter: only sentences naming a casualty or displacement are tokenized at all.
const CASUALTY_WORDS = /kill|dead|death|died|\bdie|slain|murder|fatal|massacr|execut|perish|wound|injur|hurt|hospitali[sz]|fled\b|refugee|displac|\bidps\b|homeless|uproot|missing|unaccounted|in need|\btoll\b|lost (?:their|his|her) li/i;

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
  const seen = new Set<string>();
  let previous: FigureMention[] = [];
  for (const sentence of sentences) {
    const found = CASUALTY_WORDS.test(sentence) && !PERIOD_TOTAL.test(sentence) ? readSentence(sentence) : [];
    if (found.length === 0) {
      attachLaterCaveat(previous, sentence);
      previous = [];
      continue;
    }
    previous = [];
    for (const figure of found) {
      const key = `${figure.metric}|${figure.population ?? ''}|${figure.value}|${figure.source ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      figures.push(figure);
      previous.push(figure);
    }
  }
  return figures;
}

function readSentence(sentence: string): FigureMention[] {
  const counts = readCounts(tokenize(sentence));
  if (counts.length === 0) return [];
  const source = findSource(sentence);
  const caveat = findCaveat(sentence);
  return counts.map((count) => ({ ...count, source, caveat, sentence }));
}

/** "The figures could not be independently verified." qualifies the sentence before it. */
function attachLaterCaveat(previous: FigureMention[], sentence: string): void {
  if (previous.length === 0 || !/\b(?:figures?|numbers?|toll|tolls|claims?|reports?|counts?|them|this|it)\b/i.test(sentence)) return;
  const caveat = findCaveat(sentence);
  if (caveat === null) return;
  for (const figure of previous) if (figure.caveat === null) figure.caveat = caveat;
}
