/**
 * Sentence splitting for news text. One linear scan over candidate boundaries (a terminator
 * followed by space, or a line break); each candidate is accepted or rejected by looking at the
 * word before and the word after. No dependency: `compromise` splits too, but at ~75 KB/s it is
 * far slower than a regex scan (DESIGN.md, "Text").
 */

/** Titles and honorifics: a period after them never ends a sentence ("Mr. Putin", "Gen. Milley"). */
const TITLES = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'sgt', 'capt',
  'cpl', 'pvt', 'adm', 'maj', 'cmdr', 'det', 'insp', 'supt', 'rev', 'fr', 'hon', 'pres', 'st',
  'mt', 'ft', 'messrs', 'amb', 'atty', 'gens', 'reps', 'sens', 'vs', 'v', 'cf', 'e.g', 'i.e',
]);

/** Abbreviations that may end a sentence: split after them only before a typical sentence opener. */
const AMBIGUOUS = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'inc', 'ltd', 'co', 'corp', 'jr', 'sr', 'bros', 'no', 'nos', 'vol', 'fig', 'approx', 'est',
  'dept', 'univ', 'assn', 'ave', 'blvd', 'rd', 'hwy', 'etc', 'al',
  // US state abbreviations in AP style ("Alturas, Calif., on Thursday").
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'kans',
  'ky', 'la', 'md', 'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore',
  'pa', 'tenn', 'tex', 'va', 'vt', 'wash', 'wis', 'wyo',
]);

/** Words that typically open a sentence; after an ambiguous abbreviation they signal a boundary. */
const OPENERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'but', 'and', 'or', 'so', 'in',
  'on', 'at', 'for', 'this', 'that', 'these', 'those', 'there', 'his', 'her', 'its', 'their',
  'our', 'my', 'when', 'while', 'after', 'before', 'as', 'if', 'according', 'police', 'officials',
  'authorities', 'however', 'meanwhile', 'earlier', 'later', 'no', 'one', 'two', 'both', 'what',
]);

const BOUNDARY = /[.!?\u2026]+["'\u201d\u2019)\]]*[ \t]+|[ \t]*(?:\r\n?|\n)(?:[ \t]*(?:\r\n?|\n))*[ \t]*/g;

/**
 * Splits news text into sentences. Paragraph breaks always split; a single line break splits
 * unless the next line continues in lowercase (hard-wrapped text). Abbreviations ("Mr.", "Feb. 24",
 * "U.S.", "a.m."), initials ("J. K. Rowling") and decimals ("4.2") do not end a sentence; a quote
 * closing after the terminator stays with its sentence.
 *
 * @example
 * splitSentences('Mr. Khan spoke at 9 a.m. on Feb. 24. He said 4.2 million fled.');
 * // ['Mr. Khan spoke at 9 a.m. on Feb. 24.', 'He said 4.2 million fled.']
 */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m !== null; m = BOUNDARY.exec(text)) {
    const end = m.index + m[0].length;
    if (end >= text.length) break;
    if (isBoundary(text, m.index, m[0], end)) {
      push(out, text.slice(start, end));
      start = end;
    }
  }
  push(out, text.slice(start));
  return out;
}

function push(out: string[], raw: string): void {
  const sentence = raw.replace(/\s*\n\s*/g, ' ').trim();
  if (sentence.length > 0) out.push(sentence);
}

function isBoundary(text: string, at: number, match: string, next: number): boolean {
  const following = text.slice(next, next + 40);
  const isLineBreak = match.includes('\n') || match.includes('\r');
  if (isLineBreak) {
    if ((match.match(/\r\n?|\n/g) ?? []).length >= 2) return true;
    // A lone line break inside a sentence (hard wrap) is followed by a lowercase continuation.
    return !/^[a-z]/.test(following);
  }
  // Sentences start with a capital, a digit, a quote or a bracket; "said 4.2 million. and" does not split.
  if (!/^["'\u201c\u2018([]?[\p{Lu}\d]/u.test(following)) return false;
  if (text[at] !== '.') return true;
  if (match.startsWith('...') || match.startsWith('\u2026')) return true;
  return !isAbbreviationBefore(text, at, following);
}

/** Decides whether the period at `at` belongs to an abbreviation rather than ending a sentence. */
function isAbbreviationBefore(text: string, at: number, following: string): boolean {
  const before = text.slice(Math.max(0, at - 24), at);
  const word = /([\p{L}.]+)$/u.exec(before)?.[1] ?? '';
  if (word.length === 0) return false;
  const lower = word.toLowerCase();
  const nextWord = (/^["'\u201c\u2018(]?([\p{L}\d]+)/u.exec(following)?.[1] ?? '').toLowerCase();
  const opensSentence = OPENERS.has(nextWord);
  if (TITLES.has(lower)) return true;
  // Initials and dotted acronyms: "J.", "U.S.", "a.m.", "p.m.".
  if (/^\p{L}$/u.test(word) && /\p{Lu}/u.test(word)) return !opensSentence;
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return !opensSentence;
  if (AMBIGUOUS.has(lower)) {
    // "Feb. 24", "No. 5": a digit after the abbreviation continues the sentence.
    if (/^\d/.test(following)) return true;
    return !opensSentence;
  }
  return false;
}
