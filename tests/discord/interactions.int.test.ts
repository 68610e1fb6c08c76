import { afterEach, describe, expect, it } from 'vitest';
import { DiscordAdapter } from '../../src/chat/discord/adapter.js';
import { REFUSALS } from '../../src/chat/discord/interactions.js';
import type { Clock } from '../../src/core/clock.js';
import { NEWS_COMMAND } from '../../src/core/command.js';
import type { AutocompleteHandler, CommandHandler, CommandRequest } from '../../src/core/command.js';
import { AppError } from '../../src/core/errors.js';
import type { Message } from '../../src/core/message.js';
import { discordLimitProblems, renderDiscord } from '../../src/render/discord.js';
import type { DiscordPart } from '../../src/render/discord.js';
import { startFakeDiscord } from './fake-discord.js';
import type { FakeDiscord, RecordedRequest } from './fake-discord.js';
import { gate, instantClock, recordingLogger, stoppedClock } from './helpers.js';
import { ADMIN_PERMISSIONS, APP_ID, autocomplete, CHANNEL_ID, chatInput, deliverInteraction, GUILD_ID, USER_ID } from './payloads.js';

const EPHEMERAL = 1 << 6;

/** The test handler: records each request and echoes it back as a message. */
function echoHandler(seen: CommandRequest[]): CommandHandler {
  return async (request) => {
    seen.push(request);
    const options = Object.entries(request.options).map(([k, v]) => `${k}=${v}`).join(' ');
    return { title: `echo ${request.subcommand}`, text: options || 'no options', ephemeral: request.subcommand === 'help' };
  };
}

const longAnswer: Message = {
  title: 'Digest',
  sections: [{ heading: 'Sanctions', items: Array.from({ length: 20 }, (_, i) => ({ title: `Item ${i}`, body: 'Officials said more. '.repeat(60) })) }],
};

let discord: FakeDiscord | undefined;
let adapter: DiscordAdapter | undefined;

async function setup(handlers: { command: CommandHandler; autocomplete?: AutocompleteHandler }, clock: Clock = stoppedClock()) {
  discord = await startFakeDiscord();
  adapter = new DiscordAdapter({ token: 'test-token', apiUrl: discord.apiUrl, logger: recordingLogger(), clock });
  adapter.listen(handlers);
  return { discord, adapter };
}

afterEach(async () => {
  await adapter?.stop();
  await discord?.close();
  adapter = undefined;
  discord = undefined;
});

const callbackOf = (payload: Record<string, unknown>) => (r: RecordedRequest) =>
  r.method === 'POST' && r.path === `/interactions/${String(payload.id)}/${String(payload.token)}/callback`;
const webhookOf = (payload: Record<string, unknown>) => (r: RecordedRequest) => r.path.startsWith(`/webhooks/${APP_ID}/${String(payload.token)}`);

function sampleOptions(subcommand: string): Record<string, string> {
  const spec = NEWS_COMMAND.subcommands.find((s) => s.name === subcommand);
  return Object.fromEntries((spec?.options ?? []).map((o) => [o.name, o.name === 'url' ? 'https://feeds.example/ua.xml' : `  ${o.name}-value  `]));
}

describe('/news interactions through discord.js and a fake Discord API', () => {
  it.each(NEWS_COMMAND.subcommands.map((s) => [s.name, s.admin] as const))('%s reaches the handler and its answer is posted', async (name, admin) => {
    const seen: CommandRequest[] = [];
    const { discord, adapter } = await setup({ command: echoHandler(seen) });
    const payload = chatInput(name, sampleOptions(name), admin ? { permissions: ADMIN_PERMISSIONS } : {});
    deliverInteraction(adapter.client, payload);
    const callback = await discord.waitFor(callbackOf(payload));

    const expectedOptions = Object.fromEntries(Object.entries(sampleOptions(name)).map(([k, v]) => [k, v.trim()]));
    expect(seen).toEqual([{
      platform: 'discord', workspace: GUILD_ID, channelId: CHANNEL_ID,
      caller: { id: USER_ID, name: 'Desk Analyst', isAdmin: admin }, subcommand: name, options: expectedOptions,
    }]);
    const [part] = renderDiscord(await echoHandler([])(seen[0] as CommandRequest));
    expect(callback.body).toMatchObject({ type: 4, data: { content: part?.content, allowed_mentions: { parse: [] } } });
    expect(((callback.body?.data as { flags?: number }).flags ?? 0) & EPHEMERAL).toBe(name === 'help' ? EPHEMERAL : 0);
  });

  it.each(NEWS_COMMAND.subcommands.filter((s) => s.admin).map((s) => s.name))('refuses %s to a member without Manage Server', async (name) => {
    const seen: CommandRequest[] = [];
    const { discord, adapter } = await setup({ command: echoHandler(seen) });
    const payload = chatInput(name, sampleOptions(name));
    deliverInteraction(adapter.client, payload);
    const callback = await discord.waitFor(callbackOf(payload));
    expect(callback.body).toMatchObject({ type: 4, data: { content: REFUSALS.notAdmin, flags: EPHEMERAL, allowed_mentions: { parse: [] } } });
    expect(seen).toEqual([]);
  });

  it('counts Administrator as Manage Server', async () => {
    const seen: CommandRequest[] = [];
    const { discord, adapter } = await setup({ command: echoHandler(seen) });
    const payload = chatInput('feed-add', { url: 'https://feeds.example/a.xml' }, { permissions: String(1n << 3n) });
    deliverInteraction(adapter.client, payload);
    await discord.waitFor(callbackOf(payload));
    expect(seen.map((r) => r.caller.isAdmin)).toEqual([true]);
  });

  it('refuses /news outside a server', async () => {
    const seen: CommandRequest[] = [];
    const { discord, adapter } = await setup({ command: echoHandler(seen) });
    const payload = chatInput('digest', {}, { guildId: null });
    deliverInteraction(adapter.client, payload);
    expect((await discord.waitFor(callbackOf(payload))).body).toMatchObject({ data: { content: REFUSALS.noGuild, flags: EPHEMERAL } });
    expect(seen).toEqual([]);
  });

  it('defers a slow answer, then edits the reply and follows up with the further parts', async () => {
    const held = gate<Message>();
    const { discord, adapter } = await setup({ command: () => held.promise }, instantClock());
    const payload = chatInput('digest', { topic: 'sanctions' });
    deliverInteraction(adapter.client, payload);
    const deferral = await discord.waitFor(callbackOf(payload));
    expect(deferral.body).toEqual({ type: 5, data: { flags: 0 } });
    held.open(longAnswer);

    const parts = renderDiscord(longAnswer);
    expect(parts.length).toBeGreaterThan(1);
    await discord.waitFor((r) => webhookOf(payload)(r) && r.method === 'POST' && r.body?.content === undefined
      && JSON.stringify(r.body?.embeds) === JSON.stringify(parts.at(-1)?.embeds));
    const replies = discord.requests.filter(webhookOf(payload));
    expect(replies.map((r) => `${r.method} ${r.path.replace(/^\/webhooks\/\d+\/[^/]+/, '')}`)).toEqual(
      ['PATCH /messages/@original', ...parts.slice(1).map(() => 'POST ')],
    );
    replies.forEach((r, k) => {
      expect(r.body?.embeds).toEqual(parts[k]?.embeds);
      expect(r.body?.allowed_mentions).toEqual({ parse: [] });
      expect(discordLimitProblems(r.body as unknown as DiscordPart)).toEqual([]);
    });
  });

  it('moves an ephemeral answer to private follow-ups when the deferral was public', async () => {
    const held = gate<Message>();
    const { discord, adapter } = await setup({ command: () => held.promise }, instantClock());
    const payload = chatInput('search', { query: 'tribunal' });
    deliverInteraction(adapter.client, payload);
    await discord.waitFor(callbackOf(payload));
    held.open({ title: 'No results', text: 'Nothing matched "tribunal".', ephemeral: true });
    await discord.waitFor((r) => webhookOf(payload)(r) && r.method === 'DELETE');
    const replies = discord.requests.filter(webhookOf(payload));
    expect(replies.map((r) => r.method)).toEqual(['PATCH', 'POST', 'DELETE']);
    expect(replies[1]?.body).toMatchObject({ flags: EPHEMERAL, content: '**No results**\nNothing matched "tribunal".' });
  });

  it('answers a failing handler privately with its user message', async () => {
    const { discord, adapter } = await setup({ command: async () => { throw new AppError('not_found', 'No story with id 42; check the id in the digest.'); } });
    const payload = chatInput('story', { id: '42' });
    deliverInteraction(adapter.client, payload);
    const callback = await discord.waitFor(callbackOf(payload));
    expect(callback.body).toMatchObject({ type: 4, data: { content: '**/news story**\nNo story with id 42; check the id in the digest.', flags: EPHEMERAL } });
  });

  it('renders a hostile answer inert', async () => {
    const { discord, adapter } = await setup({
      command: async () => ({ title: 'Search', sections: [{ heading: 'Results', items: [{ title: '@everyone <!channel> **bold** <script>', body: `${'مرحبا 🌻 '.repeat(20)}${'x'.repeat(10_000)}` }] }] }),
    });
    const payload = chatInput('search', { query: 'x' });
    deliverInteraction(adapter.client, payload);
    const callback = await discord.waitFor(callbackOf(payload));
    const data = callback.body?.data as DiscordPart;
    expect(JSON.stringify(data)).not.toContain('@everyone');
    expect(discordLimitProblems(data)).toEqual([]);
    expect(data.embeds[1]?.description).toMatch(/^\*\*@\u200beveryone <!channel> \\\*\\\*bold\\\*\\\* <script>\*\*\nمرحبا 🌻/);
  });

  it.each([
    ['digest', 'topic', 'topic'],
    ['subscribe', 'topic', 'topic'],
    ['figures', 'metric', 'metric'],
  ] as const)('answers autocomplete for /news %s %s', async (subcommand, option, kind) => {
    const asked: unknown[] = [];
    const suggest: AutocompleteHandler = async (request) => {
      asked.push(request);
      return Array.from({ length: 30 }, (_, i) => ({ name: `${request.prefix}-${i} ${'n'.repeat(120)}`, value: `${request.prefix}-${i}` }));
    };
    const { discord, adapter } = await setup({ command: echoHandler([]), autocomplete: suggest });
    const payload = autocomplete(subcommand, option, ' san ');
    deliverInteraction(adapter.client, payload);
    const callback = await discord.waitFor(callbackOf(payload));
    expect(asked).toEqual([{ workspace: GUILD_ID, kind, prefix: 'san' }]);
    const choices = (callback.body?.data as { choices: Array<{ name: string; value: string }> }).choices;
    expect(callback.body?.type).toBe(8);
    expect(choices).toHaveLength(25);
    expect(choices[0]).toEqual({ name: `san-0 ${'n'.repeat(94)}`, value: 'san-0' });
  });

  it('answers autocomplete with no choices when the handler fails', async () => {
    const { discord, adapter } = await setup({ command: echoHandler([]), autocomplete: async () => { throw new Error('store down'); } });
    const payload = autocomplete('digest', 'topic', 'x');
    deliverInteraction(adapter.client, payload);
    expect((await discord.waitFor(callbackOf(payload))).body).toEqual({ type: 8, data: { choices: [] } });
  });
});

describe('DiscordAdapter.start', () => {
  it('reports a rejected token as config_invalid', async () => {
    const { discord } = { discord: await startFakeDiscord() };
    discord.script('GET', /^\/gateway\/bot$/, { status: 401, body: { message: '401: Unauthorized', code: 0 } });
    const subject = new DiscordAdapter({ token: 'bad', apiUrl: discord.apiUrl, logger: recordingLogger(), clock: instantClock() });
    await expect(subject.start({ command: echoHandler([]) })).rejects.toMatchObject({
      code: 'config_invalid', message: 'Discord rejected the bot token; check DISCORD_TOKEN.',
    });
    await subject.stop();
    await discord.close();
  });
});
