/** Where the benchmarks find the shared corpus; a clear exit when it is absent. */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const CORPUS = resolve(process.env.SHARED_DIR ?? join(ROOT, '..', 'shared'), 'corpus');
export const ARTICLES = join(CORPUS, 'articles.jsonl');

export function requireCorpus(): void {
  if (!existsSync(ARTICLES)) {
    console.error(`${ARTICLES} not found: set SHARED_DIR to the folder holding corpus/.`);
    process.exit(1);
  }
}

export function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}
