import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { NEWS_COMMAND } from '../../src/core/command.js';

const manifest = parse(readFileSync(new URL('../../slack-manifest.yaml', import.meta.url), 'utf8')) as {
  features: { slash_commands: Array<{ command: string; usage_hint: string; description: string }> };
  oauth_config: { scopes: { bot: string[] } };
  settings: { socket_mode_enabled: boolean };
};

describe('slack-manifest.yaml', () => {
  it('asks for exactly the bot scopes the adapter uses', () => {
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual(['chat:write', 'chat:write.public', 'commands', 'files:write', 'users:read']);
  });

  it('declares /news with a hint naming every non-admin subcommand', () => {
    const [news] = manifest.features.slash_commands;
    expect(news?.command).toBe('/news');
    expect(news?.description).toBe(NEWS_COMMAND.description);
    for (const sub of NEWS_COMMAND.subcommands.filter((s) => !s.admin)) expect(news?.usage_hint).toContain(sub.name);
  });

  it('uses Socket Mode by default', () => {
    expect(manifest.settings.socket_mode_enabled).toBe(true);
  });
});
