/** Runs the real `newsdigest` CLI in a child process against a throwaway configuration. */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** A temp folder with a config file; `extra` adds settings (YAML lines). */
export function tempConfig(extra: string[] = [], feeds: string[] = []): { dir: string; config: string } {
  const dir = mkdtempSync(join(tmpdir(), 'nd-cli-'));
  writeFileSync(join(dir, 'feeds.yaml'), feeds.length ? feeds.map((u) => `- url: ${u}`).join('\n') + '\n' : '[]\n');
  const config = join(dir, 'newsdigest.yaml');
  writeFileSync(config, [
    `database: ${join(dir, 'db.sqlite')}`,
    `digestsDir: ${join(dir, 'digests')}`,
    `topics: ${join(PROJECT, 'config/topics.yaml')}`,
    `feeds: ${join(dir, 'feeds.yaml')}`,
    ...extra,
  ].join('\n') + '\n');
  return { dir, config };
}

export function runCli(args: string[], options: { config?: string; env?: Record<string, string> } = {}): Promise<CliResult> {
  const argv = [join(PROJECT, 'node_modules/tsx/dist/cli.mjs'), join(PROJECT, 'src/cli/main.ts'), ...args, ...(options.config ? ['--config', options.config] : [])];
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, argv, {
      cwd: PROJECT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code: code ?? -1, stdout, stderr }));
  });
}
