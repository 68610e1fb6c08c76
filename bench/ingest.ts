/**
 * The store path: import the corpus into a fresh SQLite file (parse, analyse, cluster, store), then
 * build a digest over it and run searches. Reports articles/s, digest build time and peak RSS.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadTopics } from '../src/config/topics.js';
import { systemClock } from '../src/core/clock.js';
import { silentLogger } from '../src/core/log.js';
import { buildDigest } from '../src/digest/build.js';
import { importFiles } from '../src/pipeline/import-files.js';
import { TopicCatalog } from '../src/pipeline/topics.js';
import { Store } from '../src/store/index.js';
import { ARTICLES, ROOT, peakRssMb, requireCorpus } from './corpus.js';

requireCorpus();
const store = await Store.open({ file: join(mkdtempSync(join(tmpdir(), 'nd-bench-')), 'bench.db'), url: process.env.BENCH_DATABASE_URL ?? null });
const definitions = await loadTopics(join(ROOT, 'config/topics.yaml'));
const topics = new TopicCatalog(definitions, store);

let started = performance.now();
const report = await importFiles([ARTICLES], { workspace: 'bench', topics }, { store, clock: systemClock, logger: silentLogger });
const importS = (performance.now() - started) / 1000;
console.log(`import (${store.dialect}): ${report.inserted} articles in ${importS.toFixed(1)} s = ${Math.round(report.inserted / importS)} articles/s`);

started = performance.now();
const now = new Date();
const digest = await buildDigest(store, { workspace: 'bench', topics: definitions, window: { from: new Date(0), to: now, field: 'ingested_at' }, storiesPerSection: 5, now });
console.log(`digest over all ${report.inserted} articles: ${(performance.now() - started).toFixed(0)} ms, ${digest.sections.reduce((n, s) => n + s.stories.length, 0)} stories, ${digest.figures.length} figure rows`);

const queries = ['sanctions', 'war crimes', 'International Criminal Court', 'refugees fled', 'shooting injured'];
started = performance.now();
for (let i = 0; i < 20; i++) for (const q of queries) await store.search('bench', q, 10);
console.log(`search: ${((performance.now() - started) / (20 * queries.length)).toFixed(2)} ms per query`);
console.log(`peak RSS: ${peakRssMb().toFixed(0)} MB`);
await store.close();
