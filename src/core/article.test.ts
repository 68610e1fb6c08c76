import { describe, expect, it } from 'vitest';
import { placedAt } from './article.js';

describe('placedAt', () => {
  it('uses the published date when the article has one', () => {
    expect(placedAt({ published: '2022-03-02T10:00:00Z', ingestedAt: '2026-11-22T09:00:00Z' })).toBe('2022-03-02T10:00:00.000Z');
  });
  it('normalizes a date without a time, so it compares with full timestamps', () => {
    expect(placedAt({ published: '2022-03-01', ingestedAt: '2026-11-22T09:00:00Z' })).toBe('2022-03-01T00:00:00.000Z');
  });
  it('falls back to the ingest time when the date is unknown', () => {
    expect(placedAt({ published: null, ingestedAt: '2026-11-22T09:00:00Z' })).toBe('2026-11-22T09:00:00Z');
  });
});
