import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleDraft } from '../core/article.js';
import { isAppError } from '../core/errors.js';
import { BINARY_REASON, EMPTY_REASON } from './decode.js';
import { parseArticleText, readArticleFiles, readArticles } from './import.js';
import { isImportError, type ImportItem } from './types.js';

const testdata = join(dirname(fileURLToPath(import.meta.url)), 'testdata');
const fixture = (name: string) => join(testdata, name);

async function readAll(path: string): Promise<ImportItem[]> {
  const items: ImportItem[] = [];
  for await (const item of readArticles(path)) items.push(item);
  return items;
}

async function readOne(name: string): Promise<ArticleDraft> {
  const items = await readAll(fixture(name));
  expect(items).toHaveLength(1);
  const [item] = items;
  if (item === undefined || isImportError(item)) throw new Error(`expected a draft from ${name}, got ${JSON.stringify(item)}`);
  return item;
}

describe('readArticles: one draft per format', () => {
  it.each<[string, Partial<ArticleDraft>]>([
    ['byline-outlet.txt', { byline: 'Jane Example', outlet: 'Reuters', published: null }],
    ['headline.txt', { title: 'EU Freezes Assets of Kremlin Spokesman and 25 Other Officials', outlet: 'The Moscow Times' }],
    ['source-line.txt', { outlet: 'Anadolu Agency', byline: null }],
    ['wrapped.txt', { title: 'Ukraine Files Genocide Case Against Russia at World Court' }],
    ['dateline.txt', { published: '2022-03-08' }],
    ['windows-1252.txt', { title: 'Sanctions Widen After Café Owners Protest' }],
    ['article.md', { title: 'EU Adds Kremlin Spokesman to Sanctions List', outlet: 'Example Wire', guid: 'example-wire-0001', published: '2022-02-28T17:30:00Z' }],
    ['heading-title.md', { title: 'Court Orders Russia to Halt Military Operations', published: null }],
    ['page.html', { title: "Judges Hear Ukraine's Genocide Case as Russia Stays Away", outlet: 'Example Wire', url: 'https://example.com/icj-hearing', published: '2022-03-07T08:15:00Z' }],
    ['page-no-article.html', { title: 'UN Says More Than One Million Have Fled Ukraine', outlet: 'BBC News', byline: 'Jane Example', published: '2022-03-03' }],
    ['record.json', { externalId: 'one', published: '2022-03-03T10:00:00Z' }],
  ])('%s', async (name, expected) => {
    const draft = await readOne(name);
    expect(draft).toMatchObject({ ...expected, origin: { kind: 'file', ref: fixture(name) } });
    expect(draft.text).not.toBe('');
    expect(draft.text).not.toMatch(/\n{3,}/);
  });

  it.each<[string, RegExp[]]>([
    ['byline-outlet.txt', [/Media caption/, /Watch:/, /More coverage/, /^By /m, /^Reuters$/m]],
    ['headline.txt', [/Support The Moscow Times/, / \/ AP \/ TASS/, /AFP contributed/, /Read more/, /EU Freezes Assets/]],
    ['source-line.txt', [/Source:/]],
    ['article.md', [/\*\*/, /\]\(/, /flags\.jpg/, /Read more/, /^# /m, /EU Adds Kremlin/]],
    ['page.html', [/cookies/i, /Image caption/, /Peace Palace/, /Most read/, /Read more/, /Subscribe/, /Home/, /font-family/]],
  ])('%s leaves no boilerplate in the text', async (name, unwanted) => {
    const { text } = await readOne(name);
    for (const pattern of unwanted) expect(text).not.toMatch(pattern);
  });
});

describe('readArticles: bad input', () => {
  it.each<[string, string]>([
    ['binary.txt', BINARY_REASON],
    ['empty.txt', EMPTY_REASON],
    ['only-boilerplate.txt', 'The file holds no article text, only boilerplate.'],
    ['bad-front-matter.md', 'The front matter is not valid YAML; check the lines between the "---" markers.'],
    ['missing.txt', 'File not found.'],
    ['tree/skip.csv', 'Unsupported file type; use .txt, .md, .html, .json or .jsonl.'],
    ['tree', 'The path is a directory; import the files inside it.'],
  ])('%s', async (name, reason) => {
    expect(await readAll(fixture(name))).toEqual([{ ref: fixture(name), reason, code: expect.any(String) }]);
  });

  it('reports a broken JSONL line by number and still imports the others', async () => {
    const path = fixture('records.jsonl');
    const items = await readAll(path);
    expect(items.filter((i) => !isImportError(i)).map((d) => (d as ArticleDraft).externalId)).toEqual(['wire-1', '3']);
    expect(items.filter(isImportError).map((e) => e.ref)).toEqual([`${path}:2`, `${path}:5`, `${path}:6`, `${path}:7`]);
  });

  it('reports each bad item of a JSON array', async () => {
    const path = fixture('records.json');
    const items = await readAll(path);
    expect(items).toHaveLength(3);
    expect(items[2]).toEqual({ ref: `${path}[2]`, reason: 'The record needs a "title" or a "text".', code: 'input_invalid' });
  });
});

describe('readArticles: files made on the fly', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'newsdigest-import-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('refuses a binary JSONL file from its head', async () => {
    const path = join(dir, 'binary.jsonl');
    await writeFile(path, Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00]));
    expect(await readAll(path)).toEqual([{ ref: path, reason: BINARY_REASON, code: 'input_invalid' }]);
  });

  it('reports a JSONL file of blank lines as empty', async () => {
    const path = join(dir, 'blank.ndjson');
    await writeFile(path, '\n\n  \n');
    expect(await readAll(path)).toEqual([{ ref: path, reason: EMPTY_REASON, code: 'input_invalid' }]);
  });

  it('reads CRLF JSONL and numbers lines from 1', async () => {
    const path = join(dir, 'crlf.jsonl');
    await writeFile(path, '{"title":"A"}\r\n{oops\r\n{"title":"C"}\r\n');
    const items = await readAll(path);
    expect(items.map((i) => (isImportError(i) ? i.ref : i.title))).toEqual(['A', `${path}:2`, 'C']);
  });

  it('stops reading when the consumer stops', async () => {
    const path = join(dir, 'many.jsonl');
    await writeFile(path, Array.from({ length: 50 }, (_, i) => JSON.stringify({ title: `T${i}` })).join('\n'));
    const titles: string[] = [];
    for await (const item of readArticles(path)) {
      if (!isImportError(item)) titles.push(item.title);
      if (titles.length === 2) break;
    }
    expect(titles).toEqual(['T0', 'T1']);
  });

  it.skipIf(process.getuid?.() === 0)('reports an unreadable file', async () => {
    const path = join(dir, 'locked.txt');
    await writeFile(path, 'Text.');
    await chmod(path, 0o000);
    expect(await readAll(path)).toEqual([{ ref: path, reason: 'The file cannot be read: permission denied.', code: 'input_unreadable' }]);
  });
});

describe('readArticleFiles', () => {
  it('streams several files in order, a bad one not stopping the rest', async () => {
    const paths = ['empty.txt', 'record.json', 'missing.md', 'headline.txt'].map(fixture);
    const refs: string[] = [];
    for await (const item of readArticleFiles(paths)) refs.push(isImportError(item) ? `error:${item.ref}` : item.origin.ref);
    expect(refs).toEqual([`error:${paths[0]}`, paths[1], `error:${paths[2]}`, paths[3]]);
  });
});

describe('parseArticleText', () => {
  it.each<[Parameters<typeof parseArticleText>[1], string, number]>([
    ['text', 'By Jane Example\nBBC News\n\nThe court met.', 1],
    ['markdown', '# Title Words Here\n\nText.', 1],
    ['html', '<p>The court met.</p>', 1],
    ['json', '[{"title":"A"},{"title":"B"}]', 2],
    ['jsonl', '{"title":"A"}\n\n{"title":"B"}\n', 2],
  ])('%s', (format, content, count) => {
    expect(parseArticleText(content, format, 'inline')).toHaveLength(count);
  });

  it('throws AppError input_invalid naming the problem', () => {
    let caught: unknown;
    try {
      parseArticleText('{"title":"A"}\n{oops', 'jsonl', 'inline.jsonl');
    } catch (error) {
      caught = error;
    }
    expect(isAppError(caught, 'input_invalid')).toBe(true);
    expect((caught as Error).message).toMatch(/^The line is not valid JSON/);
    expect(() => parseArticleText('  ', 'text', 'x.txt')).toThrow(EMPTY_REASON);
  });
});
