/**
 * Reads number phrases from tokens: digits ("934,000", "4.2 million", "1m"), words ("two",
 * "twenty-five", "a million", "a dozen") and vague amounts ("tens of thousands"). `compromise`
 * does the word forms too, but misses "a million", "1m" and "tens of thousands" (DESIGN.md, "Text")
 * and is far slower than this table lookup, so it is not used here.
 */
import { HEDGES, UNITS, VAGUE } from './lexicon.js';
import type { Token } from './tokens.js';

export interface NumberPhrase {
  value: number;
  /** Index of the first token of the number (after any hedge). */
  start: number;
  /** Index one past the last token of the number. */
  end: number;
  /** The vague amount as written in lowercase ("tens of thousands"), null for exact numbers. */
  vague: string | null;
  /** True when the number was written in digits. */
  digits: boolean;
}

const SCALE_WORDS: Readonly<Record<string, number>> = { hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000, dozen: 12 };
const GLUED_SCALES: Readonly<Record<string, number>> = { k: 1_000, m: 1_000_000, mn: 1_000_000, bn: 1_000_000_000 };

/**
 * Reads the number phrase starting at token `i`, or returns null when none starts there.
 *
 * @example
 * readNumber(tokenize('4.2 million Ukrainians'), 0); // { value: 4200000, start: 0, end: 2, vague: null, digits: true }
 */
export function readNumber(tokens: readonly Token[], i: number): NumberPhrase | null {
  const first = tokens[i];
  if (first === undefined) return null;
  if (first.kind === 'number') return readDigits(tokens, i, first);
  if (first.kind !== 'word') return null;
  const vague = readVague(tokens, i);
  if (vague !== null) return vague;
  if ((first.lower === 'a' || first.lower === 'an') && tokens[i + 1] !== undefined) {
    const scale = SCALE_WORDS[tokens[i + 1]?.lower ?? ''];
    if (scale !== undefined) return { value: scale, start: i, end: i + 2, vague: null, digits: false };
    return null;
  }
  if (first.lower === 'half' && tokens[i + 1]?.lower === 'a' && tokens[i + 2]?.lower === 'million') {
    return { value: 500_000, start: i, end: i + 3, vague: null, digits: false };
  }
  return readWords(tokens, i);
}

function readDigits(tokens: readonly Token[], i: number, token: Token): NumberPhrase {
  const glued = /(bn|mn|m|k)$/.exec(token.lower)?.[1];
  const numeric = Number(token.lower.replace(/,/g, '').replace(/(bn|mn|m|k)$/, ''));
  let value = glued === undefined ? numeric : numeric * (GLUED_SCALES[glued] ?? 1);
  let end = i + 1;
  const scale = glued === undefined ? SCALE_WORDS[tokens[end]?.lower ?? ''] : undefined;
  if (scale !== undefined && scale >= 100) {
    value *= scale;
    end += 1;
  }
  return { value: Math.round(value), start: i, end, vague: null, digits: true };
}

function readVague(tokens: readonly Token[], i: number): NumberPhrase | null {
  for (const { words, value } of VAGUE) {
    if (words.every((w, k) => tokens[i + k]?.lower === w)) {
      return { value, start: i, end: i + words.length, vague: words.join(' '), digits: false };
    }
  }
  return null;
}

/** "two", "twenty-five", "twenty five", "three hundred", "two thousand five hundred", "two dozen". */
function readWords(tokens: readonly Token[], i: number): NumberPhrase | null {
  let total = 0;
  let current = 0;
  let end = i;
  let seen = false;
  for (let k = i; k < tokens.length; k++) {
    const word = tokens[k]?.lower ?? '';
    const parts = word.split('-');
    if (parts.length === 2 && parts.every((p) => UNITS[p] !== undefined)) {
      current += (UNITS[parts[0] ?? ''] ?? 0) + (UNITS[parts[1] ?? ''] ?? 0);
    } else if (UNITS[word] !== undefined && !(seen && current % 10 !== 0)) {
      current += UNITS[word] ?? 0;
    } else if (seen && SCALE_WORDS[word] !== undefined) {
      const scale = SCALE_WORDS[word] ?? 1;
      if (scale >= 1000) {
        total += current * scale;
        current = 0;
      } else current *= scale;
    } else break;
    seen = true;
    end = k + 1;
  }
  if (!seen) return null;
  return { value: total + current, start: i, end, vague: null, digits: false };
}

/**
 * Finds the hedge written just before token `start` ("more than", "at least"), returning it in
 * lowercase with the index of its first token, or null.
 *
 * @example
 * readHedge(tokenize('At least 1,417 civilians'), 2); // { text: 'at least', start: 0 }
 */
export function readHedge(tokens: readonly Token[], start: number): { text: string; start: number } | null {
  for (const hedge of HEDGES) {
    const words = hedge.split(' ');
    const from = start - words.length;
    if (from < 0) continue;
    if (words.every((w, k) => tokens[from + k]?.lower === w)) return { text: hedge, start: from };
  }
  return null;
}
