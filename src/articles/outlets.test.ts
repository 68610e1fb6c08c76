import { describe, expect, it } from 'vitest';
import { knownOutlet, outletFromBoilerplate } from './outlets.js';

describe('knownOutlet', () => {
  it.each<[string, string | null]>([
    ['BBC News', 'BBC News'],
    ['bbc news.', 'BBC News'],
    ['The New York Times', 'The New York Times'],
    ['AP', 'Associated Press'],
    ['Anadolu Agency', 'Anadolu Agency'],
    ['Kyiv', null],
    ['The prime minister accused the Kremlin of breaking the ceasefire on Tuesday.', null],
  ])('%s -> %s', (line, expected) => {
    expect(knownOutlet(line)).toBe(expected);
  });
});

describe('outletFromBoilerplate', () => {
  it.each<[string, string | null]>([
    ['Support The Moscow Times!', 'The Moscow Times'],
    ['© 2022 Reuters', 'Reuters'],
    ['Copyright 2022 The Guardian. All rights reserved.', 'The Guardian'],
    ['Support our journalism!', null],
    ['Support Grows for Sanctions!', null],
  ])('%s -> %s', (line, expected) => {
    expect(outletFromBoilerplate(line)).toBe(expected);
  });
});
