/**
 * Measures figure extraction against the Gun Violence Archive incidents in the shared corpus
 * (labels.num_killed / labels.num_injured are the gold counts), and its throughput over every
 * record of the file.
 *
 *   npx tsx scripts/eval-figures.ts [articles.jsonl] [--rule first|max|mode|sum] [--misses N]
 *
 * The default rule takes the article's first figure for the metric (the title is read first, and
 * headlines carry the settled count); "sum" adds the groups named together in that first
 * sentence, "max" and "mode" are printed for comparison. All four are reported on every run.
 *
 * Precision = correct predictions / predictions made; recall = correct predictions / (article,
 * metric) pairs whose gold count is above zero. DESIGN.md: articles state the count in ~60-65% of
 * cases and match gold ~85% of the time when they do, so recall near 0.5 is the ceiling.
 */
import { existsSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { FigureMention } from '../src/core/analysis.js';
import { extractFigures } from '../src/analysis/figures/index.js';

type Rule = 'first' | 'max' | 'mode' | 'sum';
type GoldMetric = 'killed' | 'injured';

interface Gva {
  id: string;
  title: string;
  gold: Record<GoldMetric, number>;
  figures: FigureMention[];
}

interface Score {
  predicted: number;
  correct: number;
  gold: number;
}

const RULES: readonly Rule[] = ['first', 'max', 'mode', 'sum'];
const METRICS: readonly GoldMetric[] = ['killed', 'injured'];

/** The article's one prediction for a metric, or null when it states none. */
function predict(figures: readonly FigureMention[], metric: GoldMetric, rule: Rule): number | null {
  const values = figures.filter((f) => f.metric === metric).map((f) => f.value);
  if (values.length === 0) return null;
  if (rule === 'first') return values[0] ?? null;
  if (rule === 'max') return Math.max(...values);
  if (rule === 'sum') {
    // "Two civilians and one police officer were killed": groups named together in the first
    // sentence that gives the metric add up; the same group named twice does not.
    const first = figures.find((f) => f.metric === metric);
    const groups = new Map<string | null, number>();
    for (const f of figures) if (f.metric === metric && f.sentence === first?.sentence && !groups.has(f.population)) groups.set(f.population, f.value);
    return [...groups.values()].reduce((a, b) => a + b, 0);
  }
  // Mode, ties broken by the earliest mention: repeated counts are the settled ones.
  const tally = new Map<number, number>();
  for (const v of values) tally.set(v, (tally.get(v) ?? 0) + 1);
  let best = values[0] ?? null;
  for (const v of values) if ((tally.get(v) ?? 0) > (tally.get(best ?? -1) ?? 0)) best = v;
  return best;
}

function score(articles: readonly Gva[], metric: GoldMetric, rule: Rule): Score {
  const s: Score = { predicted: 0, correct: 0, gold: 0 };
  for (const a of articles) {
    const gold = a.gold[metric];
    const p = predict(a.figures, metric, rule);
    if (gold > 0) s.gold += 1;
    if (p === null) continue;
    s.predicted += 1;
    if (p === gold) s.correct += 1;
  }
  return s;
}

function line(name: string, s: Score): string {
  const precision = s.predicted === 0 ? 0 : s.correct / s.predicted;
  const recall = s.gold === 0 ? 0 : s.correct / s.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return `${name.padEnd(9)} P=${precision.toFixed(3)}  R=${recall.toFixed(3)}  F1=${f1.toFixed(3)}  (correct ${s.correct}, predicted ${s.predicted}, gold>0 ${s.gold})`;
}

function add(a: Score, b: Score): Score {
  return { predicted: a.predicted + b.predicted, correct: a.correct + b.correct, gold: a.gold + b.gold };
}

function parseArgs(argv: readonly string[]): { path: string; rule: Rule; misses: number } {
  let path = '/work/shared/corpus/articles.jsonl';
  let rule: Rule = 'first';
  let misses = 0;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--rule') rule = (argv[++i] ?? 'first') as Rule;
    else if (arg === '--misses') misses = Number(argv[++i] ?? '0');
    else path = arg;
  }
  if (!RULES.includes(rule)) {
    console.error(`Unknown rule "${rule}": use first, max, mode or sum.`);
    process.exit(1);
  }
  return { path, rule, misses };
}

function printMisses(articles: readonly Gva[], rule: Rule, count: number): void {
  let shown = 0;
  for (const a of articles) {
    for (const metric of METRICS) {
      const p = predict(a.figures, metric, rule);
      if (shown >= count || p === a.gold[metric] || (p === null && a.gold[metric] === 0)) continue;
      shown += 1;
      console.log(`\n[${a.id}] ${metric}: predicted ${p ?? '-'}, gold ${a.gold[metric]}  title: ${a.title}`);
      for (const f of a.figures) console.log(`   ${f.metric} ${f.value} (${f.population ?? '-'}) <- ${f.sentence.slice(0, 160)}`);
    }
  }
}

function main(): void {
  const { path, rule, misses } = parseArgs(process.argv.slice(2));
  if (!existsSync(path)) {
    console.error(`No articles file at ${path}: pass the path to articles.jsonl as the first argument.`);
    process.exit(1);
  }
  const lines = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim().length > 0);
  const gva: Gva[] = [];
  let bytes = 0;
  let elapsed = 0;
  for (const raw of lines) {
    const record = JSON.parse(raw) as { id: string; title?: string | null; text?: string | null; source_dataset: string; labels?: Record<string, unknown> };
    const title = record.title ?? '';
    const text = record.text ?? '';
    bytes += Buffer.byteLength(title) + Buffer.byteLength(text);
    const started = performance.now();
    const figures = extractFigures(text, { title });
    elapsed += performance.now() - started;
    if (record.source_dataset !== 'gva-longtail-incidents') continue;
    const labels = record.labels ?? {};
    gva.push({ id: record.id, title, figures, gold: { killed: Number(labels.num_killed ?? 0), injured: Number(labels.num_injured ?? 0) } });
  }
  const seconds = elapsed / 1000;
  console.log(`${lines.length} records, ${(bytes / 1024).toFixed(0)} KB; extractFigures: ${seconds.toFixed(2)} s, ${(lines.length / seconds).toFixed(0)} articles/s, ${(bytes / 1024 / seconds).toFixed(0)} KB/s`);
  console.log(`\nGun Violence Archive: ${gva.length} articles; rule "${rule}" (the article's prediction per metric)`);
  let total: Score = { predicted: 0, correct: 0, gold: 0 };
  for (const metric of METRICS) {
    const s = score(gva, metric, rule);
    total = add(total, s);
    console.log(line(metric, s));
  }
  console.log(line('combined', total));
  console.log('\nOther rules, combined:');
  for (const other of RULES) console.log(line(other, add(score(gva, 'killed', other), score(gva, 'injured', other))));
  if (misses > 0) printMisses(gva, rule, misses);
}

main();
