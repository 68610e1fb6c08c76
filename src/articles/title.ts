/**
 * Titles for articles that carry none as metadata: a headline line when the text opens with one,
 * else the first sentence trimmed at a word boundary.
 */

/** Titles derived from text are cut near this length, like a feed or search-result headline. */
export const DERIVED_TITLE_MAX = 120;

// Headlines are short: the longest in the Ukraine 2022 records of the shared corpus are under 160.
const HEADLINE_MAX = 160;

// Small words English title case leaves in lower case ("Claim in Int'l Court").
const MINOR_WORDS = new Set([
  'a', 'an', 'and', 'as', 'at', 'but', 'by', 'for', 'from', 'in', 'into', 'of', 'on', 'or', 'over',
  'the', 'to', 'vs', 'with', 'after', 'amid', 'says', 'than', 'that', 'upon', 'off', 'out', 'up',
]);

/**
 * True when a line reads like a headline: short, no final period, title case.
 * @example
 * isHeadlineLike("Moscow 'Flatly Rejects' Genocide Claim at Int'l Court") // true
 * isHeadlineLike('The court met on Monday.') // false
 */
export function isHeadlineLike(line: string): boolean {
  const text = line.trim();
  if (text.length < 10 || text.length > HEADLINE_MAX) return false;
  if (/[.,;:]$/.test(text)) return false;
  const words = text.split(/\s+/);
  if (words.length < 3 || words.length > 25) return false;
  // Letters only, so quotes and apostrophes around a word do not hide its case ("‘Categorically").
  const significant = words
    .map((word) => word.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter((word) => word.length > 0 && !MINOR_WORDS.has(word.toLowerCase()) && /^\p{L}/u.test(word));
  if (significant.length < 2) return false;
  const capitalized = significant.filter((word) => /^\p{Lu}/u.test(word)).length;
  // Title case, allowing one lower-case word for styles that keep e.g. "says" or "is" small.
  return capitalized >= significant.length - 1 && capitalized / significant.length >= 0.75;
}

// Periods that do not end a sentence: honorifics, months, "U.S.", single initials.
const NON_TERMINAL = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'col', 'lt', 'sgt', 'capt', 'sen', 'rep', 'gov', 'st',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'no', 'vs',
  'inc', 'ltd', 'co', 'corp', 'jr', 'sr', 'e.g', 'i.e', 'u.s', 'u.k', 'u.n', 'int\'l',
]);

/**
 * The first sentence of a paragraph (the whole paragraph when it has one sentence).
 * @example
 * firstSentence('Mr. Khan spoke on Monday. He left.') // 'Mr. Khan spoke on Monday.'
 */
export function firstSentence(paragraph: string): string {
  const text = paragraph.trim();
  const boundary = /[.!?]["”’)]*\s+(?=["“‘(]?[\p{Lu}\p{N}])/gu;
  for (let match = boundary.exec(text); match !== null; match = boundary.exec(text)) {
    const before = text.slice(0, match.index);
    const lastWord = (/(\S+)$/.exec(before)?.[1] ?? '').replace(/^["“‘(]+/, '').toLowerCase();
    if (text[match.index] === '.' && (NON_TERMINAL.has(lastWord) || /^\p{L}$/u.test(lastWord) || /^(?:\p{L}\.)+\p{L}$/u.test(lastWord))) continue;
    return text.slice(0, match.index + match[0].trimEnd().length);
  }
  return text;
}

/**
 * A title from the text's first sentence: final period dropped, cut at a word boundary near
 * `DERIVED_TITLE_MAX` characters with an ellipsis when longer.
 * @example
 * titleFromText('The court opened hearings in The Hague. Russia did not attend.')
 * // 'The court opened hearings in The Hague'
 */
export function titleFromText(text: string): string {
  const first = (text.split(/\n\s*\n/).find((p) => p.trim() !== '') ?? '').replace(/\s+/g, ' ').trim();
  // A "sentence" that is only a period leaves nothing: fall back to the paragraph as written.
  const sentence = firstSentence(first).replace(/\.$/, '') || first;
  if (sentence.length <= DERIVED_TITLE_MAX) return sentence;
  const cut = sentence.slice(0, DERIVED_TITLE_MAX + 1);
  const space = cut.lastIndexOf(' ');
  // A single 120-character word has no boundary: cut it where it is.
  const head = space > DERIVED_TITLE_MAX / 2 ? cut.slice(0, space) : cut.slice(0, DERIVED_TITLE_MAX);
  return `${head.replace(/[\s,;:–—-]+$/, '')}…`;
}
