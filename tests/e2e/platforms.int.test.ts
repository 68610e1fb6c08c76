/**
 * The real router, store and digest behind the real Discord and Slack adapters, against the fake
 * platform servers on 127.0.0.1: what users of each platform actually receive.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../../src/app/context.js';
import { deliverSubscription } from '../../src/app/jobs.js';
import { DiscordAdapter } from '../../src/chat/discord/adapter.js';
import { SlackAdapter } from '../../src/chat/slack/index.js';
import { createAutocomplete } from '../../src/commands/autocomplete.js';
import { silentLogger } from '../../src/core/log.js';
import { discordLimitProblems, type DiscordPart } from '../../src/render/discord.js';
import { startFakeDiscord, type FakeDiscord } from '../discord/fake-discord.js';
import { ADMIN_PERMISSIONS, CHANNEL_ID, GUILD_ID, chatInput, deliverInteraction } from '../discord/payloads.js';
import { startFakeSlack, type FakeSlack } from '../slack/fake-slack.js';
import { slackLimitBreaches } from '../slack/limits.js';
import { slackSignature, slashCommandBody } from '../slack/sign.js';
import { ARTICLES, testApp } from '../support/app.js';

type TestApp = Awaited<ReturnType<typeof testApp>>;
const SECRET = 'e2e-signing-secret';

function asApp(t: TestApp): App {
  return { store: t.store, topics: t.topics, clock: t.clock, logger: silentLogger, instance: 'test', config: { digest: { storiesPerSection: 5 } } } as unknown as App;
}

describe('Slack, end to end', () => {
  let t: TestApp;
  let fake: FakeSlack;
  let slack: SlackAdapter;
  let replies = 0;

  beforeEach(async () => {
    replies = 0;
    t = await testApp();
    await t.add('T1', Object.values(ARTICLES));
    fake = await startFakeSlack({ admins: ['UADMIN'] });
    slack = new SlackAdapter({ botToken: 'xoxb-test', signingSecret: SECRET, apiUrl: fake.apiUrl, port: 0, host: '127.0.0.1', logger: silentLogger, clock: t.clock, retryConfig: { retries: 0 } });
    await slack.start({ command: t.router });
  });
  afterEach(async () => {
    await slack.stop();
    await fake.close();
    await t.close();
  });

  async function command(text: string, user = 'U1'): Promise<Record<string, unknown>> {
    replies++;
    const body = slashCommandBody({ text, user, team: 'T1', channel: 'C42', responseUrl: `${fake.base}/respond/${replies}` });
    const timestamp = Math.floor(Date.now() / 1000);
    const response = await fetch(`http://127.0.0.1:${slack.port}/slack/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': slackSignature(SECRET, timestamp, body) },
      body,
    });
    expect(response.status).toBe(200);
    return (await fake.waitFor('respond', replies)).at(-1)!.body;
  }

  it('answers /news figures with the stored figures and their sources', async () => {
    const reply = JSON.stringify(await command('figures refugees'));
    expect(reply).toContain('UNHCR');
    expect(reply).toContain('more than 2 million');
  });

  it('answers /news digest within Slack limits, and refuses an unknown topic in one line', async () => {
    const reply = await command('digest');
    expect(slackLimitBreaches(reply as never)).toEqual([]);
    expect(JSON.stringify(reply)).toContain('EU freezes assets of oligarchs');
    expect(JSON.stringify(await command('digest weather'))).toContain('Unknown topic \\"weather\\"');
  });

  it("lets only a workspace admin subscribe the channel, then posts the scheduled digest there", async () => {
    expect(JSON.stringify(await command('subscribe all', 'U1'))).toContain('Only Slack workspace admins and owners');
    expect(await t.store.subscriptions.list()).toEqual([]);
    expect(JSON.stringify(await command('subscribe all "0 8 * * *" UTC', 'UADMIN'))).toContain('This channel will get the full digest');
    const [subscription] = await t.store.subscriptions.list({ workspace: 'T1' });
    expect(subscription).toMatchObject({ platform: 'slack', channel_id: 'C42', topic: 'all' });

    const outcome = await deliverSubscription(asApp(t), subscription!, slack, new Date('2022-03-10T08:00:00.000Z'), 86_400_000 * 7);
    expect(outcome).toBe('delivered');
    const posts = fake.calls('chat.postMessage');
    expect(posts.length).toBeGreaterThan(0);
    expect(posts.every((p) => p.body.channel === 'C42')).toBe(true);
    const text = JSON.stringify(posts.map((p) => p.body.blocks));
    expect(text).toContain('Ukraine asks the International Court of Justice');
    expect(fake.calls('files.completeUploadExternal')).toHaveLength(1);
    // The same slot again (another replica, or a retry) posts nothing.
    expect(await deliverSubscription(asApp(t), subscription!, slack, new Date('2022-03-10T08:00:00.000Z'), 86_400_000 * 7)).toBe('skipped');
    expect(fake.calls('chat.postMessage')).toHaveLength(posts.length);
  });
});

describe('Discord, end to end', () => {
  let t: TestApp;
  let discord: FakeDiscord;
  let adapter: DiscordAdapter;

  beforeEach(async () => {
    t = await testApp();
    await t.add(GUILD_ID, Object.values(ARTICLES));
    discord = await startFakeDiscord();
    adapter = new DiscordAdapter({ token: 'test-token', apiUrl: discord.apiUrl, logger: silentLogger, clock: t.clock });
    adapter.listen({ command: t.router, autocomplete: createAutocomplete(t.topics) });
  });
  afterEach(async () => {
    await adapter.stop();
    await discord.close();
    await t.close();
  });

  it('answers /news digest with embeds within every limit that ping no one', async () => {
    const payload = chatInput('digest');
    deliverInteraction(adapter.client, payload);
    const answer = await discord.waitFor((r) => r.path.includes(String(payload.token)) && JSON.stringify(r.body ?? {}).includes('embeds'));
    const body = answer.body as unknown as DiscordPart;
    expect(JSON.stringify(body)).toContain('EU freezes assets of oligarchs');
    expect(body.allowed_mentions).toEqual({ parse: [] });
    expect(discordLimitProblems(body)).toEqual([]);
  });

  it('lets a Manage Server member subscribe to one topic, then posts only that topic on schedule', async () => {
    const payload = chatInput('subscribe', { topic: 'sanctions' }, { permissions: ADMIN_PERMISSIONS });
    deliverInteraction(adapter.client, payload);
    await discord.waitFor((r) => r.path.includes(String(payload.token)) && JSON.stringify(r.body ?? {}).includes('Subscribed'));
    const [subscription] = await t.store.subscriptions.list({ workspace: GUILD_ID });
    expect(subscription).toMatchObject({ platform: 'discord', channel_id: CHANNEL_ID, topic: 'sanctions' });

    expect(await deliverSubscription(asApp(t), subscription!, adapter, new Date('2022-03-10T08:00:00.000Z'), 86_400_000 * 7)).toBe('delivered');
    const posted = discord.channelMessages(CHANNEL_ID);
    expect(posted.length).toBeGreaterThan(0);
    expect(JSON.stringify(posted)).toContain('EU freezes assets of oligarchs');
    expect(JSON.stringify(posted)).not.toContain('International Court of Justice');
  });
});
