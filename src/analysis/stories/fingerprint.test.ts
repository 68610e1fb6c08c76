import { describe, expect, it } from 'vitest';
import { FINGERPRINT_TERMS, FINGERPRINT_VERSION, headline, stem, storyFingerprint } from './fingerprint.js';

describe('stem', () => {
  it.each([
    ['shootings', 'shooting'],
    ['cities', 'city'],
    ['witnesses', 'witness'],
    ['address', 'address'],
    ['status', 'status'],
    ['analysis', 'analysis'],
    ['bus', 'bus'],
    ['nurse', 'nurse'],
  ])('%s -> %s', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });
});

describe('headline', () => {
  it.each([
    ['Four hurt in Toledo bar shooting - WTLX 9 - Toledo, Ohio', 'Four hurt in Toledo bar shooting'],
    ['Video - Four hurt in Toledo bar shooting', 'Four hurt in Toledo bar shooting'],
    ['Kyiv braces for winter | World news', 'Kyiv braces for winter'],
    ['Well-known twenty-year-old wins', 'Well-known twenty-year-old wins'],
  ])('%s', (title, expected) => {
    expect(headline(title)).toBe(expected);
  });
});

describe('storyFingerprint', () => {
  // Sixty invented place names, so there are more candidate terms than fingerprint slots.
  const place = (i: number) => `Zor${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}ivka`;
  const long = Array.from({ length: 60 }, (_, i) => `Inspectors visited the depot near ${place(i)} and counted crates.`).join(' ');

  it('is small, versioned and limited to FINGERPRINT_TERMS terms', () => {
    const fp = storyFingerprint({ title: 'Depot inspections continue', text: long });
    expect(fp.v).toBe(FINGERPRINT_VERSION);
    expect(Object.keys(fp.terms).length).toBe(FINGERPRINT_TERMS);
    // Nine-letter names in every slot; real articles average about 320 bytes (scripts/eval-stories.ts).
    expect(JSON.stringify(fp).length).toBeLessThan(800);
    expect(JSON.parse(JSON.stringify(fp))).toEqual(fp);
  });

  it('leaves out function words, reporting verbs, weekdays, bare numbers and run-together junk', () => {
    const text = 'On Tuesday the mayor said 1,200 homes in Odesa had lost power and would get it back by 2025. wwwcitynewsexamplecomstorypower';
    const fp = storyFingerprint({ title: '', text });
    for (const word of ['the', 'said', 'tuesday', 'would', '200', '2025', 'wwwcitynewsexamplecomstorypower']) expect(fp.terms).not.toHaveProperty(word);
    expect(fp.terms).toHaveProperty('odesa');
    expect(fp.terms).toHaveProperty('home');
  });

  it('weighs names and headline words above ordinary words', () => {
    const fp = storyFingerprint({ title: 'Ferry sinks', text: 'A ferry carrying grain sank near Izmail after a drone strike, and the barge crew escaped.' });
    expect(fp.terms.izmail).toBeGreaterThan(fp.terms.grain ?? 0);
    expect(fp.terms.sink).toBeGreaterThan(fp.terms.grain ?? 0);
    expect(fp.terms.ferry).toBeGreaterThan(fp.terms.barge ?? 0);
  });

  it('is deterministic', () => {
    const doc = { title: 'Depot inspections continue', text: long };
    expect(JSON.stringify(storyFingerprint(doc))).toBe(JSON.stringify(storyFingerprint(doc)));
  });

  it('gives an empty fingerprint for an empty article', () => {
    expect(storyFingerprint({ title: '', text: '' })).toEqual({ v: FINGERPRINT_VERSION, terms: {} });
  });
});
