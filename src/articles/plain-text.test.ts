import { describe, expect, it } from 'vitest';
import { parseByline, readPlainArticle, splitParagraphs, type KnownFields } from './plain-text.js';

describe('splitParagraphs', () => {
  it.each<[string, string, string[]]>([
    ['blank-line paragraphs', 'One.\n\nTwo.\r\n\r\nThree.', ['One.', 'Two.', 'Three.']],
    ['one paragraph per line', 'First sentence here.\nSecond sentence here.', ['First sentence here.', 'Second sentence here.']],
    ['header lines stay apart', 'By Jane Example\nBBC News\n\nBody.', ['By Jane Example', 'BBC News', 'Body.']],
    [
      'hard-wrapped prose is joined',
      'Ukraine asked the court on Saturday to order\nRussia to halt its military operations, arguing\nthat Moscow had misused the convention.',
      ['Ukraine asked the court on Saturday to order Russia to halt its military operations, arguing that Moscow had misused the convention.'],
    ],
    [
      'a headline line is not joined to the next line',
      'UN Monitors Confirm Rising Civilian Toll in Ukraine\nPublished: 8 March 2022',
      ['UN Monitors Confirm Rising Civilian Toll in Ukraine', 'Published: 8 March 2022'],
    ],
    ['a lower-case line continues', 'The court said\nit would rule soon.', ['The court said it would rule soon.']],
    ['spaces and nbsp collapse', '  A\u00a0 b  \n\n\n', ['A b']],
  ])('%s', (_, text, expected) => {
    expect(splitParagraphs(text)).toEqual(expected);
  });
});

describe('parseByline', () => {
  it.each<[string, { byline: string; outlet: string | null } | null]>([
    ['By Adam Example', { byline: 'Adam Example', outlet: null }],
    ['BY JANE EXAMPLE', { byline: 'JANE EXAMPLE', outlet: null }],
    ['By Jane Example and John Example', { byline: 'Jane Example and John Example', outlet: null }],
    ['By Jane Example, Reuters', { byline: 'Jane Example', outlet: 'Reuters' }],
    ['By Jane Example | BBC News', { byline: 'Jane Example', outlet: 'BBC News' }],
    ['By Jane Example, chief correspondent', { byline: 'Jane Example, chief correspondent', outlet: null }],
    ['By Monday, 400 people had fled.', null],
    ['By the end of the week the court had ruled', null],
    ['By March the toll had doubled', null],
    ['by jane', null],
    ['Byline missing', null],
  ])('%s', (line, expected) => {
    expect(parseByline(line)).toEqual(expected);
  });
});

describe('readPlainArticle', () => {
  it.each<[string, string[], KnownFields, Record<string, unknown>]>([
    [
      'byline and outlet line',
      ['By Jane Example', 'BBC News', 'Media caption,', 'A caption about the vote', 'The assembly voted on Wednesday.'],
      {},
      { byline: 'Jane Example', outlet: 'BBC News', title: 'The assembly voted on Wednesday', text: 'The assembly voted on Wednesday.' },
    ],
    [
      'outlet from a trailing Source line',
      ['The toll rose again on Monday.', 'Source: Anadolu Agency', 'Read more'],
      {},
      { outlet: 'Anadolu Agency', text: 'The toll rose again on Monday.' },
    ],
    [
      'an unknown outlet named by a Source line',
      ['The toll rose again on Monday.', 'Source: Example Wire.'],
      {},
      { outlet: 'Example Wire', text: 'The toll rose again on Monday.' },
    ],
    [
      'outlet from an appeal, title after it',
      ['Support The Moscow Times!', 'Kremlin Rejects Court Claim', 'The Kremlin said on Tuesday it rejected the claim.', 'AFP contributed reporting.'],
      {},
      { outlet: 'The Moscow Times', title: 'Kremlin Rejects Court Claim', text: 'The Kremlin said on Tuesday it rejected the claim.' },
    ],
    [
      'AFP credit line does not make AFP the outlet',
      ['The court met.', 'AFP contributed reporting.'],
      {},
      { outlet: null, text: 'The court met.' },
    ],
    [
      'a dateline gives the date',
      ['Court Hears Genocide Case', '7 March 2022', 'Judges heard Ukraine on Monday.'],
      {},
      { published: '2022-03-07', title: 'Court Hears Genocide Case' },
    ],
    [
      'a headline line after the first prose paragraph is text',
      ['The court met on Monday.', 'What Happens Next for the Case', 'Judges will rule soon.'],
      {},
      { title: 'The court met on Monday', text: 'The court met on Monday.\n\nWhat Happens Next for the Case\n\nJudges will rule soon.' },
    ],
    [
      'known fields win, and a heading repeating the known title is dropped',
      ['Court Hears Case', 'By Jane Example', 'Judges met.'],
      { title: 'Court hears case' },
      { title: 'Court hears case', byline: 'Jane Example', text: 'Judges met.' },
    ],
    ['nothing but boilerplate', ['Read more', 'Advertisement'], {}, { title: null, text: '' }],
  ])('%s', (_, paragraphs, known, expected) => {
    expect(readPlainArticle(paragraphs, known)).toMatchObject(expected);
  });

  it('keeps a byline-like line that comes after the reporting starts', () => {
    const article = readPlainArticle(['The court met on Monday.', 'By Jane Example']);
    expect(article.byline).toBeNull();
    expect(article.text).toContain('By Jane Example');
  });
});
