import { describe, expect, it } from 'vitest';
import { tokenize } from './tokens.js';

describe('tokenize', () => {
  const cases: Array<{ text: string; want: string[] }> = [
    { text: 'A 6-year-old girl', want: ['word:A', 'age:6-year-old', 'word:girl'] },
    { text: 'a 9-month-old, the 17-Year-Old', want: ['word:a', 'age:9-month-old', 'punct:,', 'word:the', 'age:17-Year-Old'] },
    { text: 'the three-year-old', want: ['word:the', 'age:three-year-old'] },
    { text: 'two 15-year-olds', want: ['word:two', 'age:15-year-olds'] },
    { text: 'at 3:30 p.m.', want: ['word:at', 'time:3:30', 'word:p.m.'] },
    { text: 'on the 24th', want: ['word:on', 'word:the', 'ordinal:24th'] },
    { text: '1,417 and 4.2m and 5%', want: ['number:1,417', 'word:and', 'number:4.2m', 'word:and', 'number:5', 'punct:%'] },
    { text: 'the U.S. and the UN’s agency', want: ['word:the', 'word:U.S.', 'word:and', 'word:the', 'word:UN’s', 'word:agency'] },
    { text: 'Anthony D. Ray dead', want: ['word:Anthony', 'word:D.', 'word:Ray', 'word:dead'] },
    { text: 'twenty-five high-profile', want: ['word:twenty-five', 'word:high-profile'] },
    { text: '$5 million', want: ['punct:$', 'number:5', 'word:million'] },
  ];
  it.each(cases)('$text', ({ text, want }) => {
    expect(tokenize(text).map((t) => `${t.kind}:${t.text}`)).toEqual(want);
  });

  it('keeps offsets and a normalized lowercase form', () => {
    const [first, second] = tokenize('UN’s  Agency');
    expect(first).toMatchObject({ lower: "un's", start: 0, end: 4 });
    expect(second).toMatchObject({ lower: 'agency', start: 6, end: 12 });
  });
});
