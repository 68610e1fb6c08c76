/**
 * Writes a digest where people and tools read it: digests/<workspace>/<date>.md, .json and, when
 * the digest has figures, the chart as .png beside them.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Digest } from '../core/digest.js';
import { AppError } from '../core/errors.js';
import { renderFiguresChart } from '../render/chart.js';
import { digestMessage } from '../render/digest-message.js';
import { renderMarkdown } from '../render/markdown.js';

export interface DigestFiles {
  markdown: string;
  json: string;
  chart: string | null;
  /** The Markdown text written. */
  text: string;
  chartPng: Uint8Array | null;
}

function safeSegment(text: string): string {
  return text.replace(/[^\w.-]+/g, '_').slice(0, 80) || '_';
}

/**
 * @example
 * const files = await writeDigestFiles(digest, { dir: 'digests', topic: undefined });
 */
export async function writeDigestFiles(
  digest: Digest,
  options: { dir: string; topic?: string; chart?: boolean; /** File name without extension; default the generation date. */ name?: string },
): Promise<DigestFiles> {
  const folder = join(options.dir, safeSegment(digest.workspace));
  const base = safeSegment(options.name ?? digest.generatedAt.slice(0, 10)) + (options.topic ? `-${safeSegment(options.topic)}` : '');
  try {
    return await write(digest, folder, base, options.chart !== false);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (!code) throw error;
    throw new AppError('input_unreadable', `Could not write the digest to ${folder}: ${code === 'ENOTDIR' ? 'a file is in the way' : code === 'EACCES' ? 'permission denied' : (error as Error).message}.`, { cause: error });
  }
}

async function write(digest: Digest, folder: string, base: string, chart: boolean): Promise<DigestFiles> {
  await mkdir(folder, { recursive: true });
  const chartPng = chart ? await renderFiguresChart(digest.figures) : null;
  const chartFile = chartPng ? join(folder, `${base}.png`) : null;
  let text = renderMarkdown(digestMessage(digest));
  if (chartFile && chartPng) {
    await writeFile(chartFile, chartPng);
    text += `\n![Humanitarian figures over time](${base}.png)\n`;
  }
  const markdown = join(folder, `${base}.md`);
  const json = join(folder, `${base}.json`);
  await writeFile(markdown, text);
  await writeFile(json, JSON.stringify(digest, null, 2) + '\n');
  return { markdown, json, chart: chartFile, text, chartPng };
}
