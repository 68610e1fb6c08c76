/**
 * `npm run bench`: every benchmark in its own process (so each peak RSS is its own), in turn.
 * Speed and memory are measured here, never asserted in tests. Needs the shared corpus beside the
 * project (../shared/corpus) or its path as SHARED_DIR.
 */
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const tsx = join(root, 'node_modules/tsx/dist/cli.mjs');
const only = process.argv.slice(2);
const benches = ['analyze', 'ingest', 'render', 'feeds'].filter((b) => only.length === 0 || only.includes(b));

let failed = 0;
for (const name of benches) {
  console.log(`\n== ${name} ==`);
  const result = spawnSync(process.execPath, [tsx, join(root, 'bench', `${name}.ts`)], { stdio: 'inherit', cwd: root, env: process.env });
  if (result.status !== 0) failed++;
}
process.exit(failed > 0 ? 1 : 0);
