/**
 * parseFeed over every XML feed in the shared corpus (2,878 files from seven parsers' test suites
 * and real news feeds). It must never throw anything but AppError('feed_parse'), and it must agree
 * with the parsers' own expected outputs (gofeed, feed-rs, rss-parser) on item counts and first
 * titles. Floors are the values measured when this test was written, minus a small margin.
 */
import { existsSync, readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { isAppError } from '../../src/core/errors.js';
import { decodeFeedBytes } from '../../src/feeds/charset.js';
import { parseFeed } from '../../src/feeds/parse.js';
import type { ParsedFeed } from '../../src/feeds/parse.js';
import { htmlToText } from '../../src/text/html.js';
import { describeShared, sharedPath } from '../support/shared.js';

interface Expected {
  count: number;
  title: string | null;
}

interface ManifestRow {
  path: string;
  /** Python's expat accepts the file as well-formed XML. */
  wellFormed: boolean;
}

const corpus = (...parts: string[]): string => sharedPath('corpus', ...parts);
const readJson = (path: string): Record<string, unknown> => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
const oneLine = (text: string): string => htmlToText(text).replace(/\s+/g, ' ').trim();

function manifest(): ManifestRow[] {
  return readFileSync(corpus('feeds_manifest.csv'), 'utf8')
    .split('\n')
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line) => line.split(','))
    .filter((cells) => cells[2] === 'xml')
    .map((cells) => ({ path: cells[0] ?? '', wellFormed: cells[5] === 'yes' }));
}

function firstOf(items: unknown, title: (item: Record<string, unknown>) => unknown): Expected {
  const list = Array.isArray(items) ? (items as Array<Record<string, unknown>>) : [];
  const value = list[0] ? title(list[0]) : null;
  return { count: list.length, title: typeof value === 'string' ? value : null };
}

/** The expected output a parser's own test suite gives for this file, if it has one. */
function expectedFor(path: string): Expected | null {
  if (path.startsWith('gofeed-testdata/')) {
    const json = corpus(path.replace(/\.xml$/, '.json'));
    if (!existsSync(json)) return null;
    const data = readJson(json);
    return firstOf(data.items ?? data.entries ?? [], (item) => item.title);
  }
  if (path.startsWith('feed-rs-fixtures/')) {
    const json = corpus(path.replace(/\.xml$/, '.serde.json'));
    if (!existsSync(json)) return null;
    return firstOf(readJson(json).entries, (item) => (item.title as { content?: unknown } | null)?.content);
  }
  if (path.startsWith('rss-parser-fixtures/input/')) {
    const json = corpus(path.replace('/input/', '/output/').replace(/\.[a-z]+$/, '.json'));
    if (!existsSync(json)) return null;
    return firstOf((readJson(json).feed as { items?: unknown } | undefined)?.items, (item) => item.title);
  }
  return null;
}

describeShared('parseFeed over the feed corpus', () => {
  it('parses the corpus, fails only with feed_parse, and agrees with the reference parsers', async () => {
    const rows = manifest();
    const parsed = new Map<string, ParsedFeed>();
    const failures = new Map<string, string[]>();
    const foreignErrors: string[] = [];
    let repairs = 0;

    for (const row of rows) {
      const { text } = decodeFeedBytes(readFileSync(corpus(row.path)));
      try {
        const feed = await parseFeed(text, { feedUrl: `https://feeds.example.org/${row.path}` });
        parsed.set(row.path, feed);
        repairs += feed.repairs;
      } catch (error) {
        if (!isAppError(error, 'feed_parse')) {
          foreignErrors.push(`${row.path}: ${String(error)}`);
          continue;
        }
        const reason = error.message.replace(/ \(line \d+\)/, '');
        failures.set(reason, [...(failures.get(reason) ?? []), row.path]);
      }
    }

    let countsCompared = 0;
    let countsAgree = 0;
    let titlesCompared = 0;
    let titlesAgree = 0;
    for (const row of rows) {
      const expected = expectedFor(row.path);
      const feed = parsed.get(row.path);
      if (!expected || !feed) continue;
      countsCompared++;
      // Items without title or text are dropped on purpose; they still count as read.
      if (feed.items.length + feed.skipped === expected.count) countsAgree++;
      // rss-parser's expected outputs carry its own UTF-8 mis-decoding (U+FFFD): not comparable.
      const title = expected.title === null ? '' : oneLine(expected.title);
      if (title === '' || title.includes('\ufffd')) continue;
      titlesCompared++;
      if (feed.items[0]?.title === title) titlesAgree++;
    }

    const wellFormed = rows.filter((row) => row.wellFormed);
    const wellFormedParsed = wellFormed.filter((row) => parsed.has(row.path)).length;
    const news = rows.filter((row) => row.path.startsWith('feedreader-net-feeds/'));
    const newsItems = news.reduce((sum, row) => sum + (parsed.get(row.path)?.items.length ?? 0), 0);
    const drafts = [...parsed.values()].flatMap((feed) => feed.items);

    console.info([
      `[corpus] ${parsed.size}/${rows.length} XML files parsed (${wellFormedParsed}/${wellFormed.length} of those expat accepts), ${repairs} repairs`,
      `[corpus] item counts agree ${countsAgree}/${countsCompared}, first titles agree ${titlesAgree}/${titlesCompared}`,
      `[corpus] news feeds: ${news.filter((row) => parsed.has(row.path)).length}/${news.length} parsed, ${newsItems} items`,
      ...[...failures].sort((a, b) => b[1].length - a[1].length).map(([reason, paths]) => `[corpus] ${paths.length} x ${reason} e.g. ${paths[0]}`),
    ].join('\n'));

    expect(foreignErrors).toEqual([]);
    expect(parsed.size).toBeGreaterThanOrEqual(2800); // measured 2,817 of 2,878
    expect(wellFormedParsed / wellFormed.length).toBeGreaterThanOrEqual(0.985); // measured 2,520/2,544
    expect(countsCompared).toBeGreaterThanOrEqual(600); // measured 615
    expect(countsAgree / countsCompared).toBeGreaterThanOrEqual(0.99); // measured 100%
    expect(titlesAgree / titlesCompared).toBeGreaterThanOrEqual(0.93); // measured 122/128; misses are base64 and escaped-xhtml Atom titles
    expect(news.every((row) => parsed.has(row.path))).toBe(true);
    expect(newsItems).toBeGreaterThanOrEqual(1000); // measured 1,085
    expect(drafts.every((draft) => draft.title !== '' && (draft.url === null || /^https?:\/\//.test(draft.url)))).toBe(true);
  });
});
