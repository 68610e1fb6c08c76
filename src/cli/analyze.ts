/**
 * `newsdigest analyze <articles.jsonl>`: one JSON line per input record with its topics, figures
 * and story. Pure analysis, no database: the records of one run are clustered with each other.
 * Progress goes to stderr on a terminal; stdout carries only the JSON lines.
 */
import { existsSync } from 'node:fs';
import { extractFigures } from '../analysis/figures/index.js';
import { StoryClusterer } from '../analysis/stories/clusterer.js';
import { storyFingerprint, type StoryFingerprint } from '../analysis/stories/fingerprint.js';
import { compileTopics } from '../analysis/topics.js';
import { isImportError, readArticles } from '../articles/index.js';
import { loadConfig } from '../config/load.js';
import { loadTopics } from '../config/topics.js';
import type { FigureMention, TopicMatch } from '../core/analysis.js';
import { AppError } from '../core/errors.js';
import { STORY_WINDOW_HOURS } from '../pipeline/ingest.js';
import { configFile, type CliCommand } from './input.js';

interface Analyzed {
  id: string;
  topics: TopicMatch[];
  figures: FigureMention[];
  fingerprint: StoryFingerprint;
  time: number;
  outlet: string | null;
  order: number;
}

export const analyzeCommand: CliCommand = async (input) => {
  const [path, ...extra] = input.args;
  if (!path) throw new AppError('input_missing', 'Give the JSONL file to analyze, e.g. newsdigest analyze articles.jsonl.');
  if (extra.length > 0) throw new AppError('command_usage', 'analyze takes one file.');
  if (!existsSync(path)) throw new AppError('input_missing', `${path}: file not found.`);
  const config = await loadConfig({ file: configFile(input), env: process.env });
  const matcher = compileTopics(await loadTopics(config.topicsFile));
  const limit = input.values.limit ? Number(input.values.limit) : Infinity;
  const tty = process.stderr.isTTY;
  const started = Date.now();
  const runTime = started;

  const results: Analyzed[] = [];
  let errors = 0;
  for await (const item of readArticles(path)) {
    if (results.length >= limit) break;
    if (isImportError(item)) {
      errors++;
      process.stderr.write(`newsdigest: ${item.ref}: ${item.reason}\n`);
      continue;
    }
    const time = item.published ? Date.parse(item.published) : runTime;
    results.push({
      id: item.externalId ?? `${path}#${results.length + 1}`,
      topics: matcher.score(item),
      figures: extractFigures(item.text, { title: item.title }),
      fingerprint: storyFingerprint(item),
      time: Number.isNaN(time) ? runTime : time,
      outlet: item.outlet,
      order: results.length,
    });
    if (tty && results.length % 250 === 0) process.stderr.write(`\ranalyzed ${results.length} records…`);
  }

  // Stories: the run's records in time order through the same clusterer the store uses.
  const clusterer = new StoryClusterer({ windowHours: STORY_WINDOW_HOURS });
  const storyOf = new Map<number, string>();
  for (const r of [...results].sort((a, b) => a.time - b.time || a.order - b.order)) {
    storyOf.set(r.order, clusterer.assign({ articleId: r.id, fingerprint: r.fingerprint, time: r.time, outlet: r.outlet }).storyId);
  }
  const out: string[] = [];
  for (const r of results) {
    out.push(JSON.stringify({ id: r.id, topics: r.topics, figures: r.figures, storyId: storyOf.get(r.order) }));
    if (out.length >= 1000) {
      process.stdout.write(out.join('\n') + '\n');
      out.length = 0;
    }
  }
  if (out.length > 0) process.stdout.write(out.join('\n') + '\n');
  const seconds = (Date.now() - started) / 1000;
  if (tty || input.values.stats) {
    // maxRSS is in kilobytes (getrusage).
    const peakMb = process.resourceUsage().maxRSS / 1024;
    process.stderr.write(`${tty ? '\r' : ''}analyzed ${results.length} records in ${seconds.toFixed(1)} s (${Math.round(results.length / seconds)} articles/s, peak RSS ${peakMb.toFixed(0)} MB)\n`);
  }
  if (results.length === 0) throw new AppError('input_invalid', `${path}: no record could be analyzed.`);
  return errors > 0 && results.length === 0 ? 1 : 0;
};
