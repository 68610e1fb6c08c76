/**
 * A story fingerprint: the few weighted terms that identify the event an article reports. It is
 * computed once per article and stored beside it (a few hundred bytes of JSON), so clustering a
 * new article never needs the text of older ones.
 */
import { forEachWord } from '../tokens.js';
import { COMMON_WORDS, NEWS_WORDS_SET } from './common-words.js';

/** Terms kept per article: enough for names, places and specifics to survive generic words. */
export const FINGERPRINT_TERMS = 48;
/** Bump when the way terms are built changes: fingerprints of another version do not compare. */
export const FINGERPRINT_VERSION = 1;

export interface StoryFingerprint {
  v: number;
  /** Term -> weight (sublinear frequency, x10, rounded), heaviest first; at most FINGERPRINT_TERMS. */
  terms: Record<string, number>;
}

// A capitalized word in mid-sentence is usually a name or a place: the surest sign of one event.
const NAME_BOOST = 3;
// Headline words name the event; each counts like this many body occurrences.
const TITLE_BOOST = 3;
// Generic news words (common-words.ts) count this fraction of a specific word.
const NEWS_WORD_FACTOR = 0.4;
// Longer "words" are run-together URLs, handles or markup, and would bloat the stored fingerprint.
const MAX_TERM_LENGTH = 24;
// Headlines often end with the outlet ("... - WMC Action News 5 - Memphis"): keep the first part
// unless it is too short to be the headline ("Video - Four shot in ...").
const TITLE_SEPARATOR = /\s+[-|\u2013\u2014]\s+/;

/** Folds simple plurals so "shootings" and "shooting" are one term. */
export function stem(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (word.endsWith('s') && !/(?:ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

function keep(lower: string): boolean {
  if (lower.length < 3 || lower.length > MAX_TERM_LENGTH || COMMON_WORDS.has(lower)) return false;
  // Bare numbers are mostly dates, ages and counts shared by unrelated events.
  return !/^\d+$/.test(lower);
}

/** The headline part that names the event, without a trailing outlet or section name. */
export function headline(title: string): string {
  const parts = title.split(TITLE_SEPARATOR);
  const first = parts[0] ?? '';
  if (first.split(/\s+/).length >= 3) return first;
  let best = first;
  for (const part of parts) if (part.length > best.length) best = part;
  return best;
}

/**
 * Builds the fingerprint of an article from its title and clean text.
 *
 * @example
 * storyFingerprint({ title: 'Four shot at Alturas tribal office', text: 'Police in Alturas said ...' });
 * // { v: 1, terms: { alturas: 25, tribal: 17, office: 14, ... } }
 */
export function storyFingerprint(doc: { title: string; text: string }): StoryFingerprint {
  const counts = new Map<string, number>();
  const add = (term: string, amount: number) => counts.set(term, (counts.get(term) ?? 0) + amount);

  forEachWord(headline(doc.title), (word) => {
    if (keep(word.lower)) add(stem(word.lower), TITLE_BOOST);
  });
  forEachWord(doc.text, (word) => {
    if (!keep(word.lower)) return;
    const first = word.raw.charCodeAt(0);
    const capitalized = first >= 65 && first <= 90; // A-Z; other scripts get no boost
    add(stem(word.lower), capitalized && !word.sentenceStart ? NAME_BOOST : 1);
  });

  const ranked = [...counts.entries()]
    .map(([term, count]) => [term, (1 + Math.log(count)) * (NEWS_WORDS_SET.has(term) ? NEWS_WORD_FACTOR : 1)] as const)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, FINGERPRINT_TERMS);
  const terms: Record<string, number> = {};
  for (const [term, weight] of ranked) terms[term] = Math.round(weight * 10);
  return { v: FINGERPRINT_VERSION, terms };
}
