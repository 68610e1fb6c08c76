import { describe, expect, it } from 'vitest';
import { BOUNDARY, forEachWord, tokenize } from './tokens.js';

describe('tokenize', () => {
  it.each([
    ['lowercases words', 'ICC Prosecutor', ['icc', 'prosecutor']],
    ['drops a straight possessive', "Russia's banks", ['russia', 'banks']],
    ['drops a typographic possessive', 'Ukraine\u2019s capital', ['ukraine', 'capital']],
    ['removes inner apostrophes', "Int'l court", ['intl', 'court']],
    ['splits hyphenated words', 'war-crimes case', ['war', 'crimes', 'case']],
    ['marks sentence punctuation', 'A war. Crimes', ['a', 'war', BOUNDARY, 'crimes']],
    ['keeps digits as words', '4.2 million', ['4', BOUNDARY, '2', 'million']],
    ['keeps letters with diacritics', 'Zelenskyy in Kraków', ['zelenskyy', 'in', 'kraków']],
    ['returns nothing for punctuation only', '— , ()', []],
  ])('%s', (_name, text, expected) => {
    expect(tokenize(text)).toEqual(expected);
  });
});

describe('forEachWord', () => {
  it('reports the raw form and marks words that open a sentence', () => {
    const words: Array<[string, boolean]> = [];
    forEachWord('Police said. Kyiv was hit; Mr Khan spoke', (w) => words.push([w.raw, w.sentenceStart]));
    expect(words).toEqual([
      ['Police', true],
      ['said', false],
      ['Kyiv', true],
      ['was', false],
      ['hit', false],
      ['Mr', true],
      ['Khan', false],
      ['spoke', false],
    ]);
  });
});
