/**
 * How often each topic fires on the Ukraine-2022 articles of the shared corpus versus on general
 * news that should rarely match (HuffPost, BBC 2004-2005, AG News), plus scoring throughput.
 *
 *   npx tsx scripts/eval-topics.ts [--corpus PATH] [--topics config/topics.yaml] [--show TOPIC DATASET [N]]
 *
 * `--show` prints the titles and evidence of up to N matches of TOPIC in DATASET, for tuning.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { compileTopics } from '../src/analysis/topics.js';
import { loadTopics } from '../src/config/topics.js';
import type { TopicMatch } from '../src/core/analysis.js';
import { sharedPath } from '../tests/support/shared.js';

const POSITIVE = 'kaggle-nyt-guardian-ukraine-2022';
const NEGATIVES = ['huffpost-news-category-v3', 'bbc-news-2004-2005', 'ag-news-test'];

interface CorpusRecord {
  id: string;
  title: string | null;
  text: string | null;
  source_dataset: string;
}

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const corpusPath = option('--corpus') ?? sharedPath('corpus', 'articles.jsonl');
const topics = await loadTopics(option('--topics') ?? 'config/topics.yaml');
const matcher = compileTopics(topics);
const records = readFileSync(corpusPath, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as CorpusRecord);

const started = performance.now();
const results: Array<{ record: CorpusRecord; matches: TopicMatch[] }> = records.map((record) => ({
  record,
  matches: matcher.score({ title: record.title ?? '', text: record.text ?? '' }),
}));
const seconds = (performance.now() - started) / 1000;

// Some general-news records (HuffPost 2022) are themselves war coverage: count the negatives that
// never mention the war apart, so the false-positive rate is not inflated by true positives.
const WAR = /ukrain|russia|kremlin|putin|kyiv|moscow/i;
const OFF_WAR = 'negatives, no war mention';
const datasetOf = (r: CorpusRecord): string =>
  NEGATIVES.includes(r.source_dataset) && !WAR.test(`${r.title ?? ''} ${r.text ?? ''}`) ? OFF_WAR : r.source_dataset;
const datasets = [POSITIVE, ...NEGATIVES, OFF_WAR];
const pad = (s: string, n: number) => s.padEnd(n);
console.log(`${pad('topic', 14)}${datasets.map((d) => pad(d.slice(0, 22), 24)).join('')}`);
for (const topic of topics) {
  const cells = datasets.map((dataset) => {
    const inSet = results.filter((r) => r.record.source_dataset === dataset || datasetOf(r.record) === dataset);
    const hits = inSet.filter((r) => r.matches.some((m) => m.topic === topic.id)).length;
    return pad(`${hits}/${inSet.length} (${((100 * hits) / Math.max(1, inSet.length)).toFixed(1)}%)`, 24);
  });
  console.log(`${pad(topic.id, 14)}${cells.join('')}`);
}
const anyNegative = results.filter((r) => datasetOf(r.record) === OFF_WAR);
const negativeHits = anyNegative.filter((r) => r.matches.length > 0).length;
console.log(`negatives with no war mention matching any topic: ${negativeHits}/${anyNegative.length} (${((100 * negativeHits) / anyNegative.length).toFixed(2)}%)`);
const chars = records.reduce((sum, r) => sum + (r.title ?? '').length + (r.text ?? '').length, 0);
console.log(
  `scored ${records.length} articles (${(chars / 1e6).toFixed(1)} MB) in ${seconds.toFixed(2)} s: ` +
    `${Math.round(records.length / seconds)} articles/s`,
);

const show = option('--show');
if (show) {
  const i = process.argv.indexOf('--show');
  const dataset = process.argv[i + 2] ?? POSITIVE;
  const limit = Number(process.argv[i + 3] ?? 20);
  const shown = results.filter((r) => (r.record.source_dataset === dataset || datasetOf(r.record) === dataset) && r.matches.some((m) => m.topic === show));
  for (const r of shown.slice(0, limit)) {
    const match = r.matches.find((m) => m.topic === show) as TopicMatch;
    const evidence = match.evidence.map((e) => `${e.phrase}x${e.count}`).join(', ');
    console.log(`\n[${match.score}] ${r.record.title ?? ''}\n   ${evidence}`);
  }
}
