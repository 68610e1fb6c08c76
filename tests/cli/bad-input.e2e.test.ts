import { writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempConfig } from '../support/cli.js';

/** One clear line on stderr, no stack trace. */
function oneLine(stderr: string): string {
  const lines = stderr.trim().split('\n');
  expect(lines, stderr).toHaveLength(1);
  expect(stderr).not.toMatch(/\n\s+at /);
  return lines[0]!;
}

describe('the CLI given bad input', () => {
  const { dir, config } = tempConfig();

  it('import: a missing file is one line and a non-zero exit', async () => {
    const result = await runCli(['import', join(dir, 'nope.txt')], { config });
    expect(result.code).not.toBe(0);
    expect(oneLine(result.stderr)).toMatch(/^newsdigest: .*nope\.txt: .*not found/i);
  });

  it('import: a binary file is refused with its reason, and a good file beside it still imports', async () => {
    writeFileSync(join(dir, 'photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0, 1, 2, 3, 0, 0, 0, 0]));
    const alone = await runCli(['import', join(dir, 'photo.txt')], { config });
    expect(alone.code).not.toBe(0);
    expect(oneLine(alone.stderr)).toMatch(/photo\.txt: .*binary/i);

    writeFileSync(join(dir, 'good.txt'), 'Court opens hearing\n\nJudges in The Hague opened a hearing on Monday in the case Ukraine brought against Russia.\n');
    const mixed = await runCli(['import', join(dir, 'photo.txt'), join(dir, 'good.txt')], { config });
    expect(mixed.code).toBe(0);
    expect(mixed.stdout).toContain('Imported 1 article from 2 files');
    expect(oneLine(mixed.stderr)).toMatch(/photo\.txt/);
  });

  it('import: nothing to import is a usage line', async () => {
    const result = await runCli(['import'], { config });
    expect(result.code).not.toBe(0);
    expect(oneLine(result.stderr)).toContain('Give one or more files or folders to import');
  });

  it('digest: an unknown topic, a bad duration and a bad format each get one line', async () => {
    for (const [args, text] of [
      [['digest', '--topic', 'weather'], 'Unknown topic "weather"'],
      [['digest', '--since', 'soon'], '"soon" is not a duration'],
      [['digest', '--format', 'pdf'], 'Unknown format "pdf"'],
      [['digest', '--from', 'yesterday'], '"yesterday" is not a date'],
      [['digest', '--from', '2022-02-30'], '"2022-02-30" is not a date'],
      [['digest', '--from', '03/01/2022'], '"03/01/2022" is not a date'],
      [['digest', 'extra'], 'digest takes no argument "extra"'],
      [['digest', '--since', '-5h'], 'Run newsdigest --help for usage.'],
      [['discord', 'bogus'], 'Unknown discord action "bogus"'],
    ] as const) {
      const result = await runCli([...args], { config });
      expect(result.code, args.join(' ')).not.toBe(0);
      expect(oneLine(result.stderr)).toContain(text);
    }
  });

  it('digest: an output folder that cannot be written is one line', async () => {
    writeFileSync(join(dir, 'not-a-folder'), 'x');
    const result = await runCli(['digest', '--out', join(dir, 'not-a-folder')], { config });
    expect(result.code).not.toBe(0);
    expect(oneLine(result.stderr)).toContain('Could not write the digest to');
  });

  it('analyze: a missing file is one line', async () => {
    const result = await runCli(['analyze', join(dir, 'missing.jsonl')], { config });
    expect(result.code).not.toBe(0);
    expect(oneLine(result.stderr)).toContain('missing.jsonl: file not found.');
  });

  it('ask: a wrong command gets one line and the usage, exit non-zero', async () => {
    const result = await runCli(['ask', '/news weather kyiv'], { config });
    expect(result.code).not.toBe(0);
    expect(result.stdout).toContain('Unknown command "weather".');
    expect(result.stdout).toContain('/news search \\<query\\>');
  });

  it('an unknown command and a broken config file are one line each', async () => {
    const unknown = await runCli(['frobnicate'], { config });
    expect(unknown.code).not.toBe(0);
    expect(oneLine(unknown.stderr)).toBe('newsdigest: unknown command "frobnicate". Run newsdigest --help for usage.');
    const bad = tempConfig(['schedule:', '  cron: "every morning"']);
    const result = await runCli(['digest'], { config: bad.config });
    expect(result.code).not.toBe(0);
    expect(oneLine(result.stderr)).toBe(`newsdigest: ${bad.config}: schedule.cron is not a valid cron expression.`);
  });
});

describe('newsdigest fetch with broken and empty feeds', () => {
  let server: Server;
  let base = '';
  const feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>Desk feed</title>
    <item><title>EU adds names to its sanctions list</title><link>https://desk.example/eu-list</link><guid>desk-1</guid>
    <description>The European Union froze the assets of nine more people on Friday, its council said in a statement.</description>
    <pubDate>Fri, 11 Mar 2022 10:00:00 GMT</pubDate></item></channel></rss>`;

  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === '/good') return res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feed);
      if (req.url === '/empty') return res.writeHead(200, { 'content-type': 'application/rss+xml' }).end('');
      if (req.url === '/html') return res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>Not a feed</body></html>');
      res.writeHead(404).end();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('records each failing feed with its reason and still imports the good one', async () => {
    const { config } = tempConfig(['fetch:', '  allowPrivateAddresses: true'], [`${base}/good`, `${base}/empty`, `${base}/html`, `${base}/gone`]);
    const result = await runCli(['fetch'], { config });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`${base}/good: 1 new item`);
    const errors = result.stderr.trim().split('\n');
    expect(errors).toHaveLength(3);
    expect(errors.find((l) => l.startsWith(`${base}/gone`))).toMatch(/404/);
    expect(errors.find((l) => l.startsWith(`${base}/empty`))).toMatch(/failed: /);
    const again = await runCli(['fetch'], { config });
    expect(again.stdout).toContain(`${base}/good: 0 new items`);
  });

  it('exits non-zero when every feed failed, and refuses private addresses by default', async () => {
    const { config } = tempConfig([], [`${base}/good`]);
    const result = await runCli(['fetch'], { config });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('private network');
  });
});
