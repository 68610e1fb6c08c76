/**
 * Feed stage throughput on the shared corpus: decode + repair + parse for every XML feed, and
 * contentHash over the stored articles. Run: `npx tsx bench/feeds.ts [path/to/shared/corpus]`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeFeedBytes } from '../src/feeds/charset.js';
import { contentHash } from '../src/feeds/dedupe.js';
import { parseFeed } from '../src/feeds/parse.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = resolve(process.argv[2] ?? join(root, '..', 'shared', 'corpus'));
if (!existsSync(join(corpus, 'feeds_manifest.csv'))) {
  console.error(`No feeds_manifest.csv in ${corpus}; pass the corpus folder as the first argument.`);
  process.exit(1);
}

const paths = readFileSync(join(corpus, 'feeds_manifest.csv'), 'utf8')
  .split('\n')
  .slice(1)
  .map((line) => line.split(','))
  .filter((cells) => cells[2] === 'xml')
  .map((cells) => join(corpus, cells[0] ?? ''));
const files = paths.map((path) => readFileSync(path));
const bytes = files.reduce((sum, file) => sum + file.byteLength, 0);

let parsed = 0;
let items = 0;
let started = performance.now();
for (const file of files) {
  try {
    const feed = await parseFeed(decodeFeedBytes(file).text, { feedUrl: 'https://feeds.example.org/rss' });
    parsed++;
    items += feed.items.length;
  } catch {
    // Counted as not parsed; the corpus test reports the reasons.
  }
}
const parseMs = performance.now() - started;
console.log(`parse: ${parsed}/${files.length} files, ${items} items, ${(bytes / 1e6).toFixed(1)} MB in ${(parseMs / 1000).toFixed(2)} s ` +
  `= ${(bytes / 1e6 / (parseMs / 1000)).toFixed(2)} MB/s, ${(files.length / (parseMs / 1000)).toFixed(0)} files/s`);

const articlesPath = join(corpus, 'articles.jsonl');
if (existsSync(articlesPath)) {
  const articles = readFileSync(articlesPath, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as { title?: string; text?: string });
  started = performance.now();
  for (const article of articles) contentHash(article.title ?? '', article.text ?? '');
  const hashMs = performance.now() - started;
  console.log(`contentHash: ${articles.length} articles in ${hashMs.toFixed(0)} ms = ${((hashMs * 1000) / articles.length).toFixed(1)} µs/article`);
}
