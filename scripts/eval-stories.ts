/**
 * Story clustering quality and speed on the shared corpus.
 *
 * Quality: the Gun Violence Archive records (several outlets per incident; labels.incident_id is
 * the gold story, `published` the time). Reports B-cubed precision, recall and F1, clusters found
 * versus gold, and the recall ceiling the time window allows (gold incidents whose articles are
 * further apart than the window cannot be one story).
 * Speed: fingerprinting and clustering all records of articles.jsonl (undated ones at time 0).
 *
 *   npx tsx scripts/eval-stories.ts [--corpus PATH] [--window HOURS] [--threshold T | --sweep T1,T2,...]
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import {
  clusterBatch,
  DEFAULT_THRESHOLD,
  DEFAULT_WINDOW_HOURS,
  StoryClusterer,
  storyFingerprint,
  type StoryFingerprint,
} from '../src/analysis/stories/index.js';
import { sharedPath } from '../tests/support/shared.js';

interface CorpusRecord {
  id: string;
  title: string | null;
  text: string | null;
  outlet: string | null;
  published: string | null;
  source_dataset: string;
  labels: { incident_id?: string };
}

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** B-cubed precision and recall: per item, overlap of its cluster and its gold class. */
function bcubed(predicted: Map<string, string>, gold: Map<string, string>): { p: number; r: number; f: number } {
  const members = (assignment: Map<string, string>) => {
    const groups = new Map<string, string[]>();
    for (const [item, group] of assignment) groups.set(group, [...(groups.get(group) ?? []), item]);
    return groups;
  };
  const predictedGroups = members(predicted);
  const goldGroups = members(gold);
  let p = 0;
  let r = 0;
  for (const [item, goldId] of gold) {
    const cluster = predictedGroups.get(predicted.get(item) ?? '') ?? [item];
    const goldClass = goldGroups.get(goldId) ?? [item];
    const overlap = cluster.filter((other) => gold.get(other) === goldId).length;
    p += overlap / cluster.length;
    r += overlap / goldClass.length;
  }
  p /= gold.size;
  r /= gold.size;
  return { p, r, f: (2 * p * r) / (p + r) };
}

const records = readFileSync(option('--corpus') ?? sharedPath('corpus', 'articles.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as CorpusRecord);
const windowHours = Number(option('--window') ?? DEFAULT_WINDOW_HOURS);
const thresholds = (option('--sweep') ?? option('--threshold') ?? String(DEFAULT_THRESHOLD)).split(',').map(Number);

const toDoc = (r: CorpusRecord) => ({
  id: r.id,
  title: r.title ?? '',
  text: r.text ?? '',
  outlet: r.outlet,
  time: r.published ? Date.parse(r.published) : 0,
});

const gvaRecords = records.filter((r) => r.source_dataset === 'gva-longtail-incidents' && r.labels.incident_id);
const gold = new Map(gvaRecords.map((r) => [r.id, r.labels.incident_id as string]));
const gvaDocs = gvaRecords.map(toDoc);

// The best any clusterer bound by the window can do: gold incidents cut wherever two consecutive
// articles are further apart than the window.
const ceiling = new Map<string, string>();
const byIncident = new Map<string, typeof gvaDocs>();
for (const doc of gvaDocs) byIncident.set(gold.get(doc.id) as string, [...(byIncident.get(gold.get(doc.id) as string) ?? []), doc]);
for (const [incident, docs] of byIncident) {
  let part = 0;
  let previous = Number.NEGATIVE_INFINITY;
  for (const doc of [...docs].sort((a, b) => a.time - b.time)) {
    if (doc.time - previous > windowHours * 3_600_000 && previous !== Number.NEGATIVE_INFINITY) part++;
    previous = doc.time;
    ceiling.set(doc.id, `${incident}/${part}`);
  }
}
const best = bcubed(ceiling, gold);
console.log(`GVA: ${gvaDocs.length} articles, ${byIncident.size} gold incidents, window ${windowHours} h`);
console.log(`window ceiling: ${new Set(ceiling.values()).size} clusters, B3 P=1.000 R=${best.r.toFixed(3)} F1=${best.f.toFixed(3)}`);
for (const threshold of thresholds) {
  const predicted = clusterBatch(gvaDocs, { windowHours, threshold });
  const score = bcubed(predicted, gold);
  console.log(
    `threshold ${threshold.toFixed(2)}: ${new Set(predicted.values()).size} clusters, ` +
      `B3 P=${score.p.toFixed(3)} R=${score.r.toFixed(3)} F1=${score.f.toFixed(3)}`,
  );
}

// Throughput over every record, fingerprinting and clustering timed apart.
if (process.argv.includes('--no-speed')) process.exit(0);
const allDocs = records.map(toDoc).sort((a, b) => a.time - b.time || (a.id < b.id ? -1 : 1));
// CPU time as well as wall time: on a shared machine the wall time mostly measures the neighbours.
const cpuSeconds = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
};
let started = performance.now();
let cpu = process.cpuUsage();
const fingerprints = allDocs.map((doc) => storyFingerprint(doc));
const fingerprintSeconds = (performance.now() - started) / 1000;
const fingerprintCpu = cpuSeconds(cpu);
started = performance.now();
cpu = process.cpuUsage();
const clusterer = new StoryClusterer({ windowHours, threshold: thresholds[0] });
const stories = new Set<string>();
allDocs.forEach((doc, i) => {
  stories.add(clusterer.assign({ articleId: doc.id, fingerprint: fingerprints[i] as StoryFingerprint, time: doc.time, outlet: doc.outlet }).storyId);
});
const clusterSeconds = (performance.now() - started) / 1000;
const clusterCpu = cpuSeconds(cpu);
const bytes = fingerprints.reduce((sum, f) => sum + JSON.stringify(f).length, 0) / fingerprints.length;
console.log(
  `all ${allDocs.length} articles: fingerprint ${fingerprintSeconds.toFixed(2)} s wall, ${fingerprintCpu.toFixed(2)} s CPU ` +
    `(${Math.round(bytes)} bytes of JSON each); cluster ${clusterSeconds.toFixed(2)} s wall, ${clusterCpu.toFixed(2)} s CPU ` +
    `(${Math.round(allDocs.length / clusterSeconds)} articles/s wall); ${stories.size} stories`,
);
