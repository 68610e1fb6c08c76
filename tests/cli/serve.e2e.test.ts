import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT, tempConfig } from '../support/cli.js';

describe('serve', () => {
  it('starts its schedules with the console adapter and stops cleanly on SIGTERM', async () => {
    const { config } = tempConfig(['import:', `  - ${join(PROJECT, 'examples')}`, 'schedule:', '  cron: "0 6 * * *"', '  timezone: Europe/Kyiv']);
    const child = spawn(process.execPath, [join(PROJECT, 'node_modules/tsx/dist/cli.mjs'), join(PROJECT, 'src/cli/main.ts'), 'serve', '--config', config], {
      cwd: PROJECT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    const running = new Promise<Record<string, unknown>>((resolve, reject) => {
      child.stderr.on('data', (d: Buffer) => {
        stderr += d.toString();
        const line = stderr.split('\n').find((l) => l.includes('"newsdigest is running"'));
        if (line) resolve(JSON.parse(line) as Record<string, unknown>);
      });
      child.on('exit', (code) => reject(new Error(`serve exited early with ${code}: ${stderr}`)));
    });
    const status = await running;
    expect(status).toMatchObject({ adapters: ['console'], jobs: 3, schedule: { cron: '0 6 * * *', timezone: 'Europe/Kyiv' } });
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(stderr).toContain('"shutting down"');
  });
});
