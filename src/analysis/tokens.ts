/**
 * One tokenizer for the analysis stage, so topic phrases and story terms split text the same way:
 * lowercase words of letters and digits, possessive "'s" dropped, other apostrophes removed
 * ("Int'l" -> "intl"), and a boundary token for sentence punctuation so a phrase never matches
 * across two sentences ("... a war. Crimes ..." is not "war crimes").
 */

/** Token standing for sentence punctuation (. ! ? ; :); it never appears inside a word. */
export const BOUNDARY = '.';

// Words are runs of letters/digits, optionally joined by an apostrophe (straight or typographic).
const WORD_OR_BREAK = /[\p{L}\p{N}]+(?:['\u2019][\p{L}\p{N}]+)*|[.!?;:]/gu;
const APOSTROPHES = /['\u2019]/g;

/** One word as written, with its lowercase form and whether a sentence starts with it. */
export interface Word {
  raw: string;
  lower: string;
  sentenceStart: boolean;
}

function normalizeWord(raw: string): string {
  const lower = raw.toLowerCase();
  if (lower.indexOf("'") < 0 && lower.indexOf('\u2019') < 0) return lower;
  const possessive = /['\u2019]s$/.test(lower) ? lower.slice(0, -2) : lower;
  return possessive.replace(APOSTROPHES, '');
}

/**
 * Calls `visit` for every word of `text`, in order; sentence punctuation is not reported but
 * marks the next word as a sentence start.
 *
 * @example
 * forEachWord("Russia's war. Kyiv", (w) => console.log(w.lower, w.sentenceStart));
 * // russia true / war false / kyiv true
 */
export function forEachWord(text: string, visit: (word: Word) => void): void {
  let sentenceStart = true;
  WORD_OR_BREAK.lastIndex = 0;
  for (let m = WORD_OR_BREAK.exec(text); m !== null; m = WORD_OR_BREAK.exec(text)) {
    const raw = m[0];
    if (raw.length === 1 && '.!?;:'.includes(raw)) {
      sentenceStart = true;
      continue;
    }
    visit({ raw, lower: normalizeWord(raw), sentenceStart });
    sentenceStart = false;
  }
}

/**
 * Lowercase tokens of `text`, with `BOUNDARY` where sentence punctuation was.
 *
 * @example
 * tokenize("U.S. sanctions on Russia's banks"); // ['u', '.', 's', '.', 'sanctions', 'on', 'russia', 'banks']
 */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  WORD_OR_BREAK.lastIndex = 0;
  for (let m = WORD_OR_BREAK.exec(text); m !== null; m = WORD_OR_BREAK.exec(text)) {
    const raw = m[0];
    out.push(raw.length === 1 && '.!?;:'.includes(raw) ? BOUNDARY : normalizeWord(raw));
  }
  return out;
}
