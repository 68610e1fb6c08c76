import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT, runCli, tempConfig } from '../support/cli.js';

/** Runs the CLI while its stdout is not read for a while, as when piped into a slow consumer. */
function runWithSlowReader(args: string[]): Promise<string> {
  const child = spawn(process.execPath, [join(PROJECT, 'node_modules/tsx/dist/cli.mjs'), join(PROJECT, 'src/cli/main.ts'), ...args], {
    cwd: PROJECT, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' }, stdio: ['ignore', 'pipe', 'ignore'],
  });
  child.stdout.pause();
  let out = '';
  return new Promise((resolve) => {
    setTimeout(() => {
      child.stdout.on('data', (d: Buffer) => (out += d.toString()));
      child.stdout.resume();
    }, 4000);
    child.on('close', () => resolve(out));
  });
}

describe('newsdigest analyze', () => {
  it('prints one JSON line per record, all of them through a pipe, with topics, figures and stories', async () => {
    const { dir, config } = tempConfig();
    const records = [
      { id: 'hearing-a', title: 'Ukraine asks World Court to stop the invasion', outlet: 'A', published: '2022-03-07', text: 'Ukraine asked the International Court of Justice in The Hague on Monday to order Russia to halt its invasion, in a genocide case. Russia did not attend the hearing at the Peace Palace.' },
      { id: 'hearing-b', title: 'Russia skips International Court of Justice hearing on genocide case', outlet: 'B', published: '2022-03-07', text: 'Russia stayed away from the International Court of Justice hearing in The Hague on Monday, where Ukraine asked judges to order a halt to the invasion under the genocide convention.' },
      { id: 'toll', title: 'Civilian toll rises', outlet: 'C', published: '2022-03-08', text: 'At least 474 civilians have been killed in Ukraine, the UN human rights office said, warning the real toll is higher.' },
    ];
    // Enough filler records that the output is far larger than a pipe's buffer.
    const filler = Array.from({ length: 4000 }, (_, i) => ({ id: `f${i}`, title: `Local council meets on budget item ${i}`, outlet: 'Gazette', published: '2021-01-01', text: `The council discussed item ${i} of the budget and adjourned until next week.` }));
    const file = join(dir, 'batch.jsonl');
    writeFileSync(file, [...records, ...filler].map((r) => JSON.stringify(r)).join('\n') + '\n');

    const result = await runCli(['analyze', file], { config });
    expect(result.code, result.stderr).toBe(0);
    const lines = result.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; topics: Array<{ topic: string }>; figures: Array<{ metric: string; value: number }>; storyId: string });
    expect(lines).toHaveLength(4003);
    expect(lines.map((l) => l.id).slice(0, 3)).toEqual(['hearing-a', 'hearing-b', 'toll']);
    const [a, b, toll] = lines;
    expect(a!.storyId).toBe(b!.storyId);
    expect(toll!.storyId).not.toBe(a!.storyId);
    expect(a!.topics.map((t) => t.topic)).toContain('legal-action');
    expect(toll!.figures).toEqual([expect.objectContaining({ metric: 'killed', value: 474 })]);
    // Not a terminal: no progress lines on stderr.
    expect(result.stderr).toBe('');

    // A consumer that reads late still gets every line: the command waits for its output to flush.
    const late = await runWithSlowReader(['analyze', file, '--config', config]);
    expect(late.trim().split('\n')).toHaveLength(4003);
  });
});
