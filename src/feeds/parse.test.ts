import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AppError } from '../core/errors.js';
import { decodeFeedBytes } from './charset.js';
import { parseFeed } from './parse.js';

const FEED_URL = 'https://feeds.example.org/path/feed.xml';
const fixture = (name: string): string => decodeFeedBytes(readFileSync(new URL(`./testdata/${name}`, import.meta.url))).text;
const parse = (name: string) => parseFeed(fixture(name), { feedUrl: FEED_URL });

async function parseError(xml: string): Promise<AppError> {
  const error = await parseFeed(xml, { feedUrl: FEED_URL }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('parseFeed: RSS 2.0', () => {
  it('reads the channel and normalizes every item', async () => {
    const feed = await parse('rss2.xml');
    expect(feed.title).toBe('Kyiv Ledger');
    expect(feed.link).toBe('https://ledger.example.net/');
    expect(feed.items).toHaveLength(2);
    expect(feed.skipped).toBe(1);
    expect(feed.repairs).toBe(0);
    expect(feed.items[0]).toEqual({
      origin: { kind: 'feed', ref: FEED_URL },
      externalId: null,
      outlet: 'Kyiv Ledger',
      byline: 'Olena Test',
      title: 'Court in The Hague opens hearing on deported children',
      url: 'https://feeds.example.org/2023/03/hearing?id=42',
      guid: 'ledger-2023-0042',
      published: '2023-03-17T14:05:00.000Z',
      text: 'Judges heard the first arguments on Friday.\n\nThe session lasted three hours & ended early.',
    });
  });

  it('drops scripts from HTML descriptions, strips tracking and keeps the name from "email (Name)"', async () => {
    const second = (await parse('rss2.xml')).items[1];
    expect(second?.text).toBe('Ministers agreed the list. More names follow.');
    expect(second?.url).toBe('https://ledger.example.net/2023/03/sanctions');
    expect(second?.byline).toBe('Marta Sample');
    expect(second?.published).toBeNull();
    expect(second?.guid).toBeNull();
  });
});

describe('parseFeed: other formats', () => {
  it('reads <rss> without a version as RSS 2.0 and counts it', async () => {
    const feed = await parse('rss-no-version.xml');
    expect(feed.items.map((i) => i.title)).toEqual(['Aid convoy reaches Kharkiv']);
    expect(feed.repairs).toBe(1);
  });

  it('reads Atom: alternate link over enclosure, id as URL, xhtml title, bad dates as unknown', async () => {
    const feed = await parse('atom.xml');
    expect(feed.title).toBe('Border & Transit Monitor');
    expect(feed.link).toBe('https://monitor.example.com/');
    const [first, second, third] = feed.items;
    expect(first).toMatchObject({
      title: 'Crossings rise at western border',
      url: 'https://feeds.example.org/path/reports/crossings-feb',
      guid: 'urn:uuid:5b0f7c1e-0000-4000-8000-000000000002',
      published: '2024-02-01T08:30:00.000Z',
      byline: 'Field Team',
      text: 'Officials counted more departures than in January.',
    });
    expect(second).toMatchObject({
      title: 'Shelter capacity',
      url: 'https://monitor.example.com/reports/shelters',
      published: null,
      text: 'Shelters in Lviv report full beds.',
    });
    expect(third).toMatchObject({ title: '(untitled)', url: null, guid: 'tag:monitor.example.com,2024:no-link' });
  });

  it('reads RSS 1.0 / RDF with Dublin Core dates and creators', async () => {
    const feed = await parse('rdf.xml');
    expect(feed.title).toBe('RDF Digest');
    expect(feed.items).toHaveLength(2);
    expect(feed.items[0]).toMatchObject({
      title: 'Tribunal proposal gains support',
      url: 'https://digest.example.org/a/1',
      published: '2023-05-10T10:00:00.000Z',
      byline: 'Ivan Example',
    });
  });

  it('decodes a windows-1252 feed (curly quotes, euro sign)', async () => {
    const feed = await parse('windows-1252.xml');
    expect(feed.title).toBe('Café Economics');
    expect(feed.items[0]?.title).toBe('\u201cFrozen assets\u201d worth \u20ac300bn \u2013 what next?');
    expect(feed.items[0]?.text).toBe('Ministers\u2019 plan for the \u20ac300bn.');
  });

  it('repairs stray ampersands and counts them', async () => {
    const feed = await parse('stray-ampersand.xml');
    expect(feed.title).toBe('Grain & Ports Bulletin');
    expect(feed.items[0]?.title).toBe('Exports & shipping insurance & more');
    expect(feed.items[0]?.url).toBe('https://ports.example.org/story?a=1&b=2');
    expect(feed.items[0]?.text).toBe('Fees rose by 4 % A week.');
    expect(feed.repairs).toBe(3);
  });

  it('accepts an empty channel as a feed with no items', async () => {
    const feed = await parse('empty-channel.xml');
    expect(feed).toMatchObject({ title: 'Quiet Channel', items: [], skipped: 0 });
  });

  it('accepts an <rss> with no channel at all as empty', async () => {
    const feed = await parseFeed('<?xml version="1.0"?>\n<rss version="2.0">\n</rss>', { feedUrl: FEED_URL });
    expect(feed.items).toEqual([]);
    expect(feed.title).toBeNull();
  });

  it('falls back to the feed host as outlet when the feed has no title', async () => {
    const feed = await parseFeed('<rss version="2.0"><channel><item><title>T</title></item></channel></rss>', { feedUrl: FEED_URL });
    expect(feed.items[0]?.outlet).toBe('feeds.example.org');
  });
});

describe('parseFeed: documents that are not feeds', () => {
  it.each([
    ['an HTML page', fixture('not-a-feed.html'), 'it is a web page, not a feed'],
    ['an empty string', '', 'the document is empty'],
    ['XML that is not a feed', '<?xml version="1.0"?><config><a>1</a></config>', 'the document is XML but not a feed'],
    ['a truncated feed', '<rss version="2.0"><channel><title>Cut', 'unclosed root tag'],
    ['mismatched tags', '<rss version="2.0"><channel><title>x</item></channel></rss>', 'unexpected close tag (line 1)'],
  ])('%s', async (_name, xml, reason) => {
    const error = await parseError(xml);
    expect(error.code).toBe('feed_parse');
    expect(error.message).toContain(reason);
    expect(error.message).toMatch(/^The feed is not valid RSS or Atom: .+\.$/);
    expect(error.message).not.toContain('\n');
    expect(error.context).toMatchObject({ feed: FEED_URL });
  });

  it('parses fine after a failed parse (no state carried between calls)', async () => {
    await parseError('<rss version="2.0"><channel><title>Cut');
    const feed = await parse('rdf.xml');
    expect(feed.items).toHaveLength(2);
  });
});
