import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './load.js';

function dir(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'nd-config-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, name), text);
  return root;
}

describe('loadConfig', () => {
  it('fills defaults and resolves paths against the working directory', async () => {
    const cwd = dir({ 'a.yaml': 'workspace: desk\n' });
    const config = await loadConfig({ file: 'a.yaml', env: {}, cwd });
    expect(config.workspace).toBe('desk');
    expect(config.databaseFile).toBe(join(cwd, 'data/newsdigest.db'));
    expect(config.digest).toEqual({ sinceMs: 86_400_000, storiesPerSection: 5 });
    expect(config.schedule).toEqual({ cron: '0 8 * * *', timezone: 'UTC' });
    expect(config.feeds).toEqual([]);
    expect(config.databaseUrl).toBeNull();
  });

  it('reads feeds and the chat settings from the environment', async () => {
    const cwd = dir({ 'a.yaml': 'feeds: f.yaml\n', 'f.yaml': '- url: https://example.org/rss\n  name: Example\n' });
    const config = await loadConfig({ file: 'a.yaml', env: { DISCORD_TOKEN: ' t ', PORT: '8080', DATABASE_URL: '' }, cwd });
    expect(config.feeds).toEqual([{ url: 'https://example.org/rss', name: 'Example' }]);
    expect(config.env.discordToken).toBe('t');
    expect(config.env.port).toBe(8080);
    expect(config.databaseUrl).toBeNull();
  });

  it.each([
    ['schedule:\n  cron: "every day"\n', 'a.yaml: schedule.cron is not a valid cron expression.'],
    ['schedule:\n  timezone: Mars/Olympus\n', 'a.yaml: schedule.timezone is not an IANA time zone.'],
    ['digest:\n  since: soon\n', 'a.yaml: digest.since must be a duration such as 24h or 7d.'],
    ['workspace: [1\n', 'is not valid YAML'],
  ])('refuses %j with one line naming the field', async (yaml, message) => {
    const cwd = dir({ 'a.yaml': yaml });
    await expect(loadConfig({ file: 'a.yaml', env: {}, cwd })).rejects.toThrow(message);
  });

  it('takes feeds as plain URLs too', async () => {
    const cwd = dir({ 'a.yaml': 'feeds: f.yaml\n', 'f.yaml': '- https://example.org/rss\n- url: https://example.org/atom\n' });
    expect((await loadConfig({ file: 'a.yaml', env: {}, cwd })).feeds).toEqual([{ url: 'https://example.org/rss', name: null }, { url: 'https://example.org/atom', name: null }]);
  });

  it('refuses a feed that is not an http(s) URL', async () => {
    const cwd = dir({ 'a.yaml': 'feeds: f.yaml\n', 'f.yaml': '- url: file:///etc/passwd\n' });
    await expect(loadConfig({ file: 'a.yaml', env: {}, cwd })).rejects.toThrow(/^f\.yaml: 0\.url /);
  });

  it('says which file is missing', async () => {
    await expect(loadConfig({ file: 'nope.yaml', env: {}, cwd: dir({}) })).rejects.toThrow('Configuration file');
  });
});
