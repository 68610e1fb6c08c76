import { describe, expect, it } from 'vitest';
import { NEWS_COMMAND } from '../../core/command.js';
import { BOT_PERMISSIONS, buildNewsCommandJson, inviteUrl } from './commands.js';

describe('buildNewsCommandJson', () => {
  const json = buildNewsCommandJson();

  it('declares /news for servers, visible to every member', () => {
    expect(json).toMatchObject({ type: 1, name: 'news', default_member_permissions: null, contexts: [0], integration_types: [0] });
  });

  it('has one subcommand per NEWS_COMMAND entry, with string options and autocomplete flags', () => {
    expect(json.options?.map((o) => o.name)).toEqual(NEWS_COMMAND.subcommands.map((s) => s.name));
    const digest = json.options?.find((o) => o.name === 'digest');
    expect(digest).toEqual({
      type: 1, name: 'digest', description: 'The digest now, for every topic or one',
      options: [{ type: 3, name: 'topic', description: 'Topic id', required: false, autocomplete: true }],
    });
    const search = json.options?.find((o) => o.name === 'search');
    expect(search).toMatchObject({ type: 1, options: [{ type: 3, name: 'query', required: true }] });
    expect(JSON.stringify(search)).not.toContain('autocomplete');
  });

  it('respects Discord naming, length and ordering rules', () => {
    // Discord: names 1-32 lowercase chars, descriptions 1-100, at most 25 options, required first.
    const subs = json.options ?? [];
    expect(subs.length).toBeLessThanOrEqual(25);
    for (const sub of subs) {
      expect(sub.name).toMatch(/^[-_\p{Ll}\p{N}]{1,32}$/u);
      expect(sub.description.length).toBeGreaterThan(0);
      expect(sub.description.length).toBeLessThanOrEqual(100);
      const options = 'options' in sub ? (sub.options ?? []) : [];
      const required = options.map((o) => ('required' in o && o.required) === true);
      expect(required).toEqual([...required].sort((a, b) => Number(b) - Number(a)));
      for (const option of options) {
        expect(option.name).toMatch(/^[-_\p{Ll}\p{N}]{1,32}$/u);
        expect(option.description.length).toBeLessThanOrEqual(100);
      }
    }
  });
});

describe('inviteUrl', () => {
  it('asks for the minimum permissions and both scopes', () => {
    // View Channel 1024 + Send Messages 2048 + Embed Links 16384 + Attach Files 32768 + Read Message History 65536.
    expect(BOT_PERMISSIONS).toBe(117760n);
    expect(inviteUrl('123456789012345678')).toBe(
      'https://discord.com/oauth2/authorize?client_id=123456789012345678&permissions=117760&scope=bot+applications.commands',
    );
  });
});
