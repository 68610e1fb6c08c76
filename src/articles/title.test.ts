import { describe, expect, it } from 'vitest';
import { DERIVED_TITLE_MAX, firstSentence, isHeadlineLike, titleFromText } from './title.js';

describe('isHeadlineLike', () => {
  it.each<[string, boolean]>([
    ["Moscow ‘Flatly Rejects’ Genocide Claim at Int'l Court", true],
    ['EU Freezes Assets of Kremlin Spokesman and 25 Other Officials', true],
    ['Court Orders Russia to Halt Military Operations', true],
    ['What Does the ICC Investigation Mean?', true],
    ['UN SAYS ONE MILLION HAVE FLED', true],
    ['The court met on Monday and heard from both sides.', false],
    ['Kremlin denies war crimes claim in court', false],
    ['BBC News', false],
    ['Russia to halt its military operations, arguing that Moscow had', false],
    ['Sources:', false],
  ])('%s -> %s', (line, expected) => {
    expect(isHeadlineLike(line)).toBe(expected);
  });
});

describe('firstSentence', () => {
  it.each([
    ['Mr. Khan spoke on Monday. He left.', 'Mr. Khan spoke on Monday.'],
    ['The U.S. and the U.K. agreed. Others did not.', 'The U.S. and the U.K. agreed.'],
    ['It began on Feb. 24 in the north. Then it spread.', 'It began on Feb. 24 in the north.'],
    ['“We reject this,” he said. Then he left.', '“We reject this,” he said.'],
    ['“It is over.” The talks ended.', '“It is over.”'],
    ['J. Smith wrote it. Later.', 'J. Smith wrote it.'],
    ['No boundary here', 'No boundary here'],
  ])('%s', (text, expected) => {
    expect(firstSentence(text)).toBe(expected);
  });
});

describe('titleFromText', () => {
  it('uses the first sentence without its final period', () => {
    expect(titleFromText('The court opened hearings in The Hague. Russia did not attend.')).toBe('The court opened hearings in The Hague');
  });

  it('cuts a long first sentence at a word boundary with an ellipsis', () => {
    const sentence = 'An inquiry into the shelling of the port opened after the foreign minister accused the army of targeting grain silos along the river front.';
    const title = titleFromText(sentence);
    expect(title.length).toBeLessThanOrEqual(DERIVED_TITLE_MAX + 1);
    expect(title.endsWith('…')).toBe(true);
    expect(sentence.startsWith(title.slice(0, -1))).toBe(true);
    expect(sentence[title.length - 1]).toBe(' ');
  });

  it('reads only the first paragraph', () => {
    expect(titleFromText('\n\nFirst paragraph here\n\nSecond.')).toBe('First paragraph here');
  });
});
