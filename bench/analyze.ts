/** `newsdigest analyze` over all 18,596 corpus records, as a user runs it: articles/s and peak RSS. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ARTICLES, ROOT, requireCorpus } from './corpus.js';

requireCorpus();
const started = performance.now();
const run = spawnSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'src/cli/main.ts'), 'analyze', ARTICLES, '--stats'], {
  cwd: ROOT,
  encoding: 'utf8',
  maxBuffer: 1024 * 1024 * 1024,
});
const seconds = (performance.now() - started) / 1000;
if (run.status !== 0) {
  console.error(run.stderr);
  process.exit(1);
}
const lines = run.stdout.trim().split('\n').length;
console.log(run.stderr.trim().split('\n').filter((l) => l.startsWith('analyzed')).join('\n'));
console.log(`analyze (whole command, start-up included): ${lines} records in ${seconds.toFixed(1)} s = ${Math.round(lines / seconds)} articles/s`);
