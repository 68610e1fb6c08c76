import { describe, expect, it } from 'vitest';
import { canonicalizeUrl } from './url.js';

describe('canonicalizeUrl', () => {
  it.each<[string | null, string | undefined, string | null]>([
    ['https://Example.ORG/News/1', undefined, 'https://example.org/News/1'],
    ['/a/b?utm_source=x&utm_medium=y&id=3#frag', 'https://feeds.example.org/rss', 'https://feeds.example.org/a/b?id=3'],
    ['story.html', 'https://example.org/section/feed.xml', 'https://example.org/section/story.html'],
    ['https://example.org/x?fbclid=1&gclid=2', undefined, 'https://example.org/x'],
    ['https://example.org:443/x', undefined, 'https://example.org/x'],
    ['https://example.org/x?q=a%20b&utm_campaign=z', undefined, 'https://example.org/x?q=a+b'],
    ['https://example.org/x?q=a%20b', undefined, 'https://example.org/x?q=a%20b'],
    ['  https://example.org/trim  ', undefined, 'https://example.org/trim'],
    ['mailto:desk@example.org', undefined, null],
    ['javascript:alert(1)', 'https://example.org/', null],
    ['urn:uuid:1234', undefined, null],
    ['', undefined, null],
    [null, undefined, null],
    ['/relative/without/base', undefined, null],
  ])('%s (base %s) -> %s', (raw, base, expected) => {
    expect(canonicalizeUrl(raw, base)).toBe(expected);
  });
});
