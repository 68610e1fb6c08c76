import { describe, expect, it } from 'vitest';
import { textOf, toArticleDraft } from './normalize.js';
import type { RawFeedItem } from './normalize.js';

const context = { feedUrl: 'https://feeds.example.org/world/rss.xml', outlet: 'Example Wire' };
const draft = (item: RawFeedItem) => toArticleDraft(item, context);

describe('textOf', () => {
  it.each<[unknown, string]>([
    ['plain', 'plain'],
    [{ _: 'with attributes', $: { type: 'html' } }, 'with attributes'],
    [{ $: { type: 'xhtml' }, div: [{ _: 'Shelter', b: ['capacity'] }] }, 'Shelter capacity'],
    [['first', 'second'], 'first'],
    [42, '42'],
    [undefined, ''],
    [null, ''],
  ])('%j -> %s', (value, expected) => {
    expect(textOf(value)).toBe(expected);
  });
});

describe('toArticleDraft', () => {
  it.each<[string, RawFeedItem, Record<string, unknown>]>([
    ['byline drops a leading "By"', { title: 'T', creator: 'By Anna Test' }, { byline: 'Anna Test' }],
    ['byline keeps the name from "email (Name)"', { title: 'T', author: 'desk@example.org (Desk Editor)' }, { byline: 'Desk Editor' }],
    ['no author gives null', { title: 'T' }, { byline: null }],
    ['an absolute guid URL is the fallback link', { title: 'T', guid: 'https://example.org/a/9?utm_source=x' }, { url: 'https://example.org/a/9', guid: 'https://example.org/a/9?utm_source=x' }],
    ['a relative guid is not a link', { title: 'T', guid: '12345' }, { url: null, guid: '12345' }],
    ['an Atom id is the guid when there is no RSS guid', { title: 'T', id: 'urn:uuid:9' }, { guid: 'urn:uuid:9', url: null }],
    ['Atom alternate link wins over a related one', { title: 'T', links: [
      { $: { rel: 'related', href: 'https://other.example.org/' } },
      { $: { rel: 'alternate', type: 'application/pdf', href: '/doc.pdf' } },
      { $: { href: '/story' } },
    ] }, { url: 'https://feeds.example.org/story' }],
    ['a non-HTML alternate is used when it is the only one', { title: 'T', links: [{ $: { rel: 'alternate', type: 'application/pdf', href: '/doc.pdf' } }] },
      { url: 'https://feeds.example.org/doc.pdf' }],
    ['content:encoded is preferred over description', { title: 'T', 'content:encoded': '<p>Full text.</p>', content: 'Teaser' }, { text: 'Full text.' }],
    ['summary is used when there is no content', { title: 'T', summary: 'Summary text' }, { text: 'Summary text' }],
    ['an HTML-only title is stripped to its words', { title: '<b>Bold</b>  &amp; <i>wrapped</i>\n title' }, { title: 'Bold & wrapped title' }],
    ['text without title gets a placeholder', { content: 'Only text' }, { title: '(untitled)' }],
    ['a valid isoDate is kept in ISO form', { title: 'T', isoDate: '2024-02-01T08:30:00.000Z' }, { published: '2024-02-01T08:30:00.000Z' }],
    ['an invalid isoDate gives null', { title: 'T', isoDate: 'Invalid Date' }, { published: null }],
    ['outlet is the feed title', { title: 'T' }, { outlet: 'Example Wire', origin: { kind: 'feed', ref: context.feedUrl } }],
  ])('%s', (_name, item, expected) => {
    expect(draft(item)).toMatchObject(expected);
  });

  it('skips an item with neither title nor text', () => {
    expect(draft({ title: '  ', content: '<p> </p>', links: ['https://example.org/x'] })).toBeNull();
  });

  it('uses the host when the feed has no title', () => {
    expect(toArticleDraft({ title: 'T' }, { feedUrl: context.feedUrl, outlet: null })?.outlet).toBe('feeds.example.org');
  });
});
