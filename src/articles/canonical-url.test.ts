import { describe, expect, it } from 'vitest';
import { parseArticleText } from './import.js';

// Imported articles get the same canonical URL as feed items, so one article arriving both ways
// is stored once.
describe('imported article URLs', () => {
  it.each([
    ['json', JSON.stringify({ id: 'r1', title: 'T', text: 'Body text here.', url: 'https://News.example/a?utm_source=rss&id=3#top' })],
    ['markdown', '---\ntitle: T\nurl: https://News.example/a?utm_source=rss&id=3#top\n---\n\nBody text here.\n'],
    ['html', '<html><head><title>T</title><link rel="canonical" href="https://News.example/a?utm_source=rss&amp;id=3#top"></head><body><article><p>Body text here.</p></article></body></html>'],
  ] as const)('%s', (format, content) => {
    expect(parseArticleText(content, format, `x.${format}`)[0]?.url).toBe('https://news.example/a?id=3');
  });
});
