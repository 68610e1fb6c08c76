import { describe, expect, it } from 'vitest';
import { readHedge, readNumber } from './numbers.js';
import { tokenize } from './tokens.js';

describe('readNumber', () => {
  const cases: Array<{ text: string; value: number | null; vague?: string; length?: number }> = [
    { text: '934,000 people', value: 934_000, length: 1 },
    { text: '4.2 million Ukrainians', value: 4_200_000, length: 2 },
    { text: '1,417 civilians', value: 1417 },
    { text: '1m refugees', value: 1_000_000 },
    { text: '2.5bn dollars', value: 2_500_000_000 },
    { text: '12k people', value: 12_000 },
    { text: 'a million people', value: 1_000_000, length: 2 },
    { text: 'half a million', value: 500_000, length: 3 },
    { text: 'a dozen people', value: 12 },
    { text: 'two dozen people', value: 24, length: 2 },
    { text: 'two people', value: 2 },
    { text: 'Four people', value: 4 },
    { text: 'twenty-five people', value: 25 },
    { text: 'twenty five people', value: 25, length: 2 },
    { text: 'three hundred people', value: 300, length: 2 },
    { text: 'two thousand five hundred people', value: 2500, length: 4 },
    { text: 'both men', value: 2 },
    { text: 'tens of thousands more', value: 10_000, vague: 'tens of thousands', length: 3 },
    { text: 'hundreds of thousands of people', value: 100_000, vague: 'hundreds of thousands' },
    { text: 'thousands of people', value: 1000, vague: 'thousands' },
    { text: 'millions more', value: 1_000_000, vague: 'millions' },
    { text: 'dozens of people', value: 12, vague: 'dozens' },
    { text: 'hundreds were hurt', value: 100, vague: 'hundreds' },
    { text: 'people fled', value: null },
    { text: 'a man was shot', value: null },
    { text: 'two three', value: 2, length: 1 },
  ];
  it.each(cases)('$text', ({ text, value, vague, length }) => {
    const phrase = readNumber(tokenize(text), 0);
    if (value === null) {
      expect(phrase).toBeNull();
      return;
    }
    expect(phrase?.value).toBe(value);
    expect(phrase?.vague ?? undefined).toBe(vague);
    if (length !== undefined) expect((phrase?.end ?? 0) - (phrase?.start ?? 0)).toBe(length);
  });

  it('does not read ages, times or ordinals as numbers', () => {
    for (const text of ['6-year-old girl', '3:30 p.m.', '24th of February']) expect(readNumber(tokenize(text), 0)).toBeNull();
  });
});

describe('readHedge', () => {
  const cases: Array<{ text: string; hedge: string | null }> = [
    { text: 'More than 2,000', hedge: 'more than' },
    { text: 'at least 1,417', hedge: 'at least' },
    { text: 'Nearly 660,000', hedge: 'nearly' },
    { text: 'about 40', hedge: 'about' },
    { text: 'almost 90', hedge: 'almost' },
    { text: 'over 300', hedge: 'over' },
    { text: 'up to 5', hedge: 'up to' },
    { text: 'around 70', hedge: 'around' },
    { text: 'some 5,000', hedge: 'some' },
    { text: 'an estimated 3,000', hedge: 'an estimated' },
    { text: 'as many as 20', hedge: 'as many as' },
    { text: 'the 20', hedge: null },
  ];
  it.each(cases)('$text', ({ text, hedge }) => {
    const tokens = tokenize(text);
    expect(readHedge(tokens, tokens.length - 1)?.text ?? null).toBe(hedge);
  });
});
