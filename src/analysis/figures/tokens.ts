/**
 * Tokenizer for one sentence: words, numbers and punctuation with their offsets. Ages, times
 * and ordinals get their own kinds so they can never be read as a count.
 */

export type TokenKind = 'word' | 'number' | 'age' | 'time' | 'ordinal' | 'punct';

export interface Token {
  kind: TokenKind;
  /** Text as written. */
  text: string;
  /** Lowercase, curly apostrophes straightened. */
  lower: string;
  start: number;
  end: number;
}

// Order matters: ages ("6-year-old") and times ("3:30") before plain numbers; "1m"/"4.2bn" keep
// their unit glued; dotted acronyms ("U.N.") before plain words.
const TOKEN = new RegExp(
  [
    String.raw`(?<age>\d+(?:\.\d+)?[- ](?:years?|months?|weeks?|days?)[- ]olds?\b)`,
    String.raw`(?<time>\d{1,2}:\d{2}\b)`,
    String.raw`(?<ordinal>\d+(?:st|nd|rd|th)\b)`,
    String.raw`(?<number>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:bn|mn|m|k)?(?![\p{L}\d]))`,
    String.raw`(?<word>(?:\p{L}\.){2,}|\p{Lu}\.(?= \p{Lu})|\p{L}[\p{L}\p{M}\d]*(?:['\u2019-][\p{L}\d]+)*)`,
    String.raw`(?<punct>\S)`,
  ].join('|'),
  'giu',
);

const WORD_AGE = /-(?:years?|months?|weeks?|days?)-olds?$/i;

/**
 * Splits a sentence into tokens.
 *
 * @example
 * tokenize('A 6-year-old girl, 4.2m people').map((t) => t.kind);
 * // ['word', 'age', 'word', 'punct', 'number', 'word']
 */
export function tokenize(sentence: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(sentence); m !== null; m = TOKEN.exec(sentence)) {
    const groups = m.groups ?? {};
    const text = m[0];
    let kind = (Object.keys(groups) as TokenKind[]).find((k) => groups[k] !== undefined) ?? 'punct';
    // Ages written in words ("three-year-old", "Twenty-six-year-old").
    if (kind === 'word' && WORD_AGE.test(text)) kind = 'age';
    tokens.push({ kind, text, lower: text.toLowerCase().replace(/\u2019/g, "'"), start: m.index, end: m.index + text.length });
  }
  return tokens;
}
