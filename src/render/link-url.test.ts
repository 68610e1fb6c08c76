import { describe, expect, it } from 'vitest';
import { linkableUrl } from './link-url.js';

describe('linkableUrl', () => {
  it.each([
    ['https://example.org/a b', 'https://example.org/a%20b'],
    [' http://example.org/x?q=1 ', 'http://example.org/x?q=1'],
    ['javascript:alert(1)', null],
    ['data:text/html,hi', null],
    ['https://trusted.example@evil.example/', null],
    ['not a url', null],
    ['', null],
    [`https://example.org/${'a'.repeat(3000)}`, null],
  ])('%j', (input, href) => {
    expect(linkableUrl(input)?.href ?? null).toBe(href);
  });
});
