/** Rendering a large digest for every target: Markdown, Discord embeds, Slack blocks, PNG chart. */
import type { Digest, DigestFigure, DigestStory } from '../src/core/digest.js';
import { renderFiguresChart } from '../src/render/chart.js';
import { renderDiscord } from '../src/render/discord.js';
import { digestMessage } from '../src/render/digest-message.js';
import { renderMarkdown } from '../src/render/markdown.js';
import { renderSlack } from '../src/render/slack.js';
import { peakRssMb } from './corpus.js';

const story = (s: number, i: number): DigestStory => ({
  id: `s_${s}_${i}`,
  headline: `Story ${i} of section ${s}: officials announce further measures after talks in Brussels`,
  summary: 'Officials said on Monday that the new measures would take effect within days, after a meeting that ran late into the night. '.repeat(3),
  score: 1,
  evidence: ['sanctions', 'asset freeze'],
  articles: Array.from({ length: 4 }, (_, a) => ({ id: `a${s}${i}${a}`, title: `Report ${a} on story ${i}`, outlet: `Outlet ${a}`, url: `https://outlet${a}.example/${s}/${i}`, published: '2022-03-02T10:00:00.000Z' })),
});
const figures: DigestFigure[] = ['killed', 'injured', 'refugees', 'displaced'].flatMap((metric, m) =>
  Array.from({ length: 6 }, (_, k) => ({
    metric: metric as DigestFigure['metric'], population: 'civilians', value: (m + 1) * 1000 * (k + 1), qualifier: 'at least', source: k % 2 ? 'UN' : 'Ministry',
    caveat: null, asOf: new Date(Date.UTC(2022, 2, 1 + k * 5)).toISOString(), asOfUnknown: false, articleId: 'a', sentence: 's', latest: k === 5, previousValue: null,
  })));
const digest: Digest = {
  generatedAt: new Date().toISOString(), workspace: 'bench', window: { from: '2022-03-01T00:00:00Z', to: '2022-03-02T00:00:00Z' },
  sections: [0, 1, 2].map((s) => ({ topic: `t${s}`, title: `Topic ${s}`, stories: Array.from({ length: 20 }, (_, i) => story(s, i)) })),
  figures,
};

function time(label: string, runs: number, body: () => unknown): void {
  const started = performance.now();
  let out: unknown;
  for (let i = 0; i < runs; i++) out = body();
  const parts = Array.isArray(out) ? `, ${out.length} parts` : '';
  console.log(`${label}: ${((performance.now() - started) / runs).toFixed(2)} ms per render${parts}`);
}

const message = digestMessage(digest);
time('markdown (60 stories)', 50, () => renderMarkdown(message));
time('discord (60 stories)', 50, () => renderDiscord(message));
time('slack (60 stories)', 50, () => renderSlack(message));
let started = performance.now();
await renderFiguresChart(figures);
console.log(`chart: first render ${(performance.now() - started).toFixed(0)} ms (loads vega)`);
started = performance.now();
for (let i = 0; i < 5; i++) await renderFiguresChart(figures);
console.log(`chart: ${((performance.now() - started) / 5).toFixed(0)} ms per render after that`);
console.log(`peak RSS: ${peakRssMb().toFixed(0)} MB`);
