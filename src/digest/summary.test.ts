import { describe, expect, it } from 'vitest';
import { summarize, truncateAtWord } from './summary.js';

describe('summarize', () => {
  it('takes the first two sentences of reporting', () => {
    const text = 'The tribunal in The Hague opened hearings on Monday in the case brought by Kyiv. Judges heard both delegations in turn over the whole day. A third sentence follows here.';
    expect(summarize(text)).toBe('The tribunal in The Hague opened hearings on Monday in the case brought by Kyiv. Judges heard both delegations in turn over the whole day.');
  });

  it('skips captions, boilerplate and short fragments', () => {
    const text = 'Media caption,\n\nWatch: a short video about the hearing\n\nRead more\n\nThe court ordered an immediate halt to military operations, in a ruling read out on Wednesday afternoon.';
    expect(summarize(text)).toBe('The court ordered an immediate halt to military operations, in a ruling read out on Wednesday afternoon.');
  });

  it('drops the time stamps of live-blog entries', () => {
    expect(summarize('From 8 May 2022 21.48 Sixty people are feared dead after a school used as a shelter was bombed overnight.')).toBe('Sixty people are feared dead after a school used as a shelter was bombed overnight.');
    expect(summarize('22.17 The US announced another package of military aid for Kyiv on Saturday evening.')).toBe('The US announced another package of military aid for Kyiv on Saturday evening.');
    expect(summarize('2.25 million people have now crossed into Poland since the war began, officials said.')).toBe('2.25 million people have now crossed into Poland since the war began, officials said.');
  });

  it('never exceeds the limit', () => {
    const long = 'word '.repeat(200).trim() + '.';
    const summary = summarize(long, 120);
    expect(summary.length).toBeLessThanOrEqual(120);
    expect(summary.endsWith('…')).toBe(true);
  });
});

describe('truncateAtWord', () => {
  it('cuts at a word boundary', () => {
    expect(truncateAtWord('alpha beta gamma delta', 14)).toBe('alpha beta…');
    expect(truncateAtWord('short', 12)).toBe('short');
  });
});
