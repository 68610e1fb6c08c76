import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommandRequest } from '../../src/core/command.js';
import { NEWS_COMMAND } from '../../src/core/command.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { ARTICLES, testApp } from '../support/app.js';

type TestApp = Awaited<ReturnType<typeof testApp>>;

function request(subcommand: string, options: Record<string, string> = {}, over: Partial<CommandRequest> = {}): CommandRequest {
  return { platform: 'slack', workspace: 'T1', channelId: 'C1', caller: { id: 'U1', isAdmin: false }, subcommand, options, ...over };
}

describe('command router', () => {
  let app: TestApp;
  beforeEach(async () => {
    app = await testApp();
    await app.add('T1', Object.values(ARTICLES));
  });
  afterEach(() => app.close());

  it('answers /news digest with one section per topic and the two ICJ reports as one story', async () => {
    const message = await app.router(request('digest'));
    expect(message.isError).toBeFalsy();
    expect(message.sections?.map((s) => s.heading)).toEqual(['Legal action', 'Sanctions', 'Humanitarian figures']);
    const legal = message.sections![0]!;
    expect(legal.items).toHaveLength(1);
    expect(legal.items[0]!.links?.map((l) => l.url).sort()).toEqual(['https://one.example/icj', 'https://two.example/icj-hearing']);
    expect(message.digest?.figures.some((f) => f.metric === 'refugees' && f.value === 2_000_000 && f.source === 'UNHCR')).toBe(true);
  });

  it('filters /news digest by topic and refuses an unknown one', async () => {
    const sanctions = await app.router(request('digest', { topic: 'sanctions' }));
    expect(sanctions.sections?.map((s) => s.heading)).toEqual(['Sanctions']);
    expect(sanctions.sections![0]!.items[0]!.title).toContain('EU freezes assets');
    const unknown = await app.router(request('digest', { topic: 'weather' }));
    expect(unknown).toMatchObject({ isError: true, ephemeral: true });
    expect(unknown.text).toContain('Unknown topic "weather"');
  });

  it('searches within the workspace only', async () => {
    const hits = await app.router(request('search', { query: 'oligarchs' }));
    expect(hits.sections![0]!.items.map((i) => i.title)).toEqual([ARTICLES.sanctions.title]);
    const other = await app.router(request('search', { query: 'oligarchs' }, { workspace: 'T2' }));
    expect(other.sections![0]!.items).toEqual([]);
  });

  it('shows current figures with their source, and refuses an unknown metric', async () => {
    const all = await app.router(request('figures'));
    const rows = all.tables![0]!.rows;
    expect(rows).toContainEqual(expect.arrayContaining(['Killed', 'civilians', 'at least 474', 'OHCHR', 'the true toll is likely to be considerably higher']));
    // The headline's "Two million ... UN says" repeats the body's figure: listed once, from the body.
    expect(rows.filter((r) => r[0] === 'Fled the country')).toEqual([expect.arrayContaining(['more than 2 million', 'UNHCR'])]);
    const fled = await app.router(request('figures', { metric: 'fled' }));
    expect(fled.tables![0]!.rows.every((r) => r[0] === 'Fled the country')).toBe(true);
    const bad = await app.router(request('figures', { metric: 'happiness' }));
    expect(bad.text).toContain('Unknown metric "happiness"');
  });

  it("shows one story's coverage, and never another workspace's story", async () => {
    const digest = await app.router(request('digest', { topic: 'legal-action' }));
    const storyId = digest.digest!.sections[0]!.stories[0]!.id;
    const story = await app.router(request('story', { id: storyId }));
    expect(story.subtitle).toBe(`Story ${storyId}: 2 articles from 2 outlets`);
    const leaked = await app.router(request('story', { id: storyId }, { workspace: 'T2' }));
    expect(leaked).toMatchObject({ isError: true });
    expect(leaked.text).toContain(`No story "${storyId}" in this workspace`);
  });

  it('lists topics, status and help', async () => {
    expect((await app.router(request('topics'))).sections![0]!.items.map((i) => i.title)).toContain('Sanctions (sanctions)');
    expect((await app.router(request('status'))).text).toBe('4 articles stored for this workspace.');
    expect((await app.router(request('help'))).text).toContain('/news search <query>');
  });

  it('refuses every configuration command to a non-admin and changes nothing', async () => {
    for (const spec of NEWS_COMMAND.subcommands.filter((s) => s.admin)) {
      const answer = await app.router(request(spec.name, { topic: 'sanctions', url: 'https://feeds.example/rss' }));
      expect(answer).toMatchObject({ isError: true });
      expect(answer.text).toBe(`Only workspace admins can use /news ${spec.name}.`);
    }
    expect(await app.store.subscriptions.list()).toEqual([]);
    expect(await app.store.feeds.list()).toEqual([]);
  });

  it('lets an admin subscribe with a schedule, validates it, and unsubscribe', async () => {
    const admin = { id: 'U9', isAdmin: true };
    const ok = await app.router(request('subscribe', { topic: 'sanctions', cron: '30 7 * * 1-5', timezone: 'Europe/Kyiv' }, { caller: admin }));
    expect(ok.text).toContain('on "30 7 * * 1-5" (Europe/Kyiv)');
    expect(await app.store.subscriptions.list({ workspace: 'T1' })).toMatchObject([{ topic: 'sanctions', channel_id: 'C1', cron: '30 7 * * 1-5', timezone: 'Europe/Kyiv' }]);
    expect(app.changed).toEqual(['T1']);
    expect((await app.router(request('subscribe', { topic: 'sanctions', cron: 'daily' }, { caller: admin }))).text).toContain('"daily" is not a cron schedule');
    expect((await app.router(request('subscribe', { topic: 'sanctions', timezone: 'Mars/Base' }, { caller: admin }))).text).toContain('"Mars/Base" is not a time zone');
    expect((await app.router(request('subscribe', { topic: 'weather' }, { caller: admin }))).text).toContain('Unknown topic "weather"');
    expect((await app.router(request('unsubscribe', { topic: 'sanctions' }, { caller: admin }))).text).toBe('Removed 1 subscription from this channel.');
  });

  it('refuses schedules more often than hourly, second-level cron, and feeds on non-web ports', async () => {
    const admin = { id: 'U9', isAdmin: true };
    for (const cron of ['* * * * * *', '*/10 * * * *', '0,30 8 * * *']) {
      const answer = await app.router(request('subscribe', { topic: 'all', cron }, { caller: admin }));
      expect(answer, cron).toMatchObject({ isError: true });
    }
    expect((await app.router(request('subscribe', { topic: 'all', cron: '0 8,20 * * *' }, { caller: admin }))).isError).toBeFalsy();
    const port = await app.router(request('feed-add', { url: 'http://feeds.example:22/rss' }, { caller: admin }));
    expect(port.text).toContain('web ports only');
    expect(await app.store.feeds.list('T1')).toEqual([]);
  });

  it("shows feed URLs whole to admins only, since a query string may hold a token", async () => {
    await app.store.feeds.add('T1', 'https://feeds.example/rss?token=secret', 'U9', '2022-03-10T08:00:00.000Z');
    const member = await app.router(request('status'));
    expect(JSON.stringify(member)).not.toContain('secret');
    const admin = await app.router(request('status', {}, { caller: { id: 'U9', isAdmin: true } }));
    expect(JSON.stringify(admin)).toContain('token=secret');
  });

  it('lets an admin follow a public feed but never a private address', async () => {
    const admin = { id: 'U9', isAdmin: true };
    expect((await app.router(request('feed-add', { url: 'https://feeds.example/rss' }, { caller: admin }))).title).toBe('Feed added');
    for (const url of ['http://127.0.0.1:8080/feed', 'http://169.254.169.254/latest/meta-data', 'http://localhost/rss', 'http://[::1]/rss', 'file:///etc/passwd']) {
      const answer = await app.router(request('feed-add', { url }, { caller: admin }));
      expect(answer, url).toMatchObject({ isError: true });
    }
    expect((await app.store.feeds.list('T1')).map((f) => f.url)).toEqual(['https://feeds.example/rss']);
    expect((await app.router(request('feed-remove', { url: 'https://feeds.example/rss' }, { caller: admin }))).title).toBe('Feed removed');
  });

  it('answers an unknown subcommand or a missing argument with one line and the usage', async () => {
    const unknown = await app.router(request('weather'));
    expect(unknown.text?.split('\n')[0]).toBe('Unknown command "weather".');
    const missing = await app.router(request('search', {}));
    expect(missing.text).toBe('/news search needs query.\nUsage: /news search <query>');
  });

  it('renders hostile feed text inertly in Markdown', async () => {
    await app.add('T1', [{ ...ARTICLES.sanctions, title: '@everyone <!channel> **bold** <script>x</script> sanctions', url: 'https://x.example/h', text: ARTICLES.sanctions.text + ' Extra words for a different hash.' }]);
    const text = renderMarkdown(await app.router(request('search', { query: 'script' })));
    expect(text).not.toMatch(/<script>|@everyone|\*\*bold\*\*/);
    expect(text).toContain('\\<script\\>');
  });
});
