import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DiscordAdapter, MAX_RATE_LIMIT_WAIT_MS } from '../../src/chat/discord/adapter.js';
import { isAppError } from '../../src/core/errors.js';
import type { Message, MessageItem } from '../../src/core/message.js';
import { discordLimitProblems, renderDiscord } from '../../src/render/discord.js';
import type { DiscordPart } from '../../src/render/discord.js';
import { startFakeDiscord } from './fake-discord.js';
import type { FakeDiscord, RecordedRequest } from './fake-discord.js';
import { instantClock, recordingLogger } from './helpers.js';

const target = { workspace: '800000000000000001', channelId: '700000000000000001' };
const channelPath = `/channels/${target.channelId}/messages`;
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

function story(s: number, i: number): MessageItem {
  return {
    title: `Story S${s}I${i}`,
    url: `https://news.example.org/${s}/${i}`,
    body: `Outlets reported a development in section ${s}, story ${i}, with officials quoted at length. `.repeat(8).trim(),
    meta: [`${(i % 4) + 1} sources`],
    links: [{ label: 'Outlet A', url: `https://a.example/${s}-${i}` }, { label: 'Outlet B', url: `https://b.example/${s}-${i}` }],
  };
}

const longDigest: Message = {
  title: 'Russia-Ukraine digest',
  subtitle: '24 h to 22 Nov 2026 09:00 UTC',
  sections: ['Legal action', 'Sanctions', 'Humanitarian'].map((heading, s) => ({
    heading,
    items: Array.from({ length: 15 }, (_, i) => story(s, i)),
  })),
  footer: 'newsdigest',
};

const hostile: Message = {
  title: 'Digest',
  sections: [{
    heading: 'Sanctions',
    items: [{
      title: '@everyone <!channel> **bold** <script>',
      url: 'https://news.example/a',
      body: 'Санкції 🇺🇦 — عقوبات جديدة — סנקציות <@123> @here '.repeat(250).slice(0, 10_000),
    }],
  }],
};

function posts(discord: FakeDiscord): RecordedRequest[] {
  return discord.requests.filter((r) => r.method === 'POST' && r.path === channelPath);
}

function withoutNonce(body: Record<string, unknown> | null): Record<string, unknown> {
  const { nonce: _nonce, enforce_nonce: _enforce, attachments: _attachments, ...rest } = body ?? {};
  return rest;
}

describe('DiscordAdapter.post through a fake Discord API', () => {
  let discord: FakeDiscord;
  let adapter: DiscordAdapter;
  let clock: ReturnType<typeof instantClock>;
  let logger: ReturnType<typeof recordingLogger>;

  beforeEach(async () => {
    discord = await startFakeDiscord();
    clock = instantClock();
    logger = recordingLogger();
    adapter = new DiscordAdapter({ token: 'test-token', apiUrl: discord.apiUrl, logger, clock });
  });

  afterEach(async () => {
    await adapter.stop();
    await discord.close();
  });

  it('posts a short message as one create-message call with mentions disabled', async () => {
    const message: Message = { title: 'Sanctions', sections: [{ heading: 'EU', items: [story(0, 0)] }] };
    const result = await adapter.post(target, message);
    const [request, ...others] = posts(discord);
    expect(others).toEqual([]);
    expect(request?.authorization).toBe('Bot test-token');
    const [part] = renderDiscord(message);
    expect(request?.body).toEqual({ ...part, nonce: expect.stringMatching(/^[0-9a-f]{25}$/), enforce_nonce: true });
    expect(request?.body?.allowed_mentions).toEqual({ parse: [] });
    expect(result.messageIds).toEqual([discord.channelMessages(target.channelId)[0]?.id]);
  });

  it('splits a long digest into parts within every limit, no story cut, headings continued, chart on the first', async () => {
    const recorded: Array<[number, string]> = [];
    const result = await adapter.post(target, longDigest, { chart: PNG, onPartPosted: (part, id) => void recorded.push([part, id]) });
    const sent = posts(discord);
    expect(sent.length).toBeGreaterThan(2);
    expect(result.messageIds).toHaveLength(sent.length);
    expect(recorded).toEqual(result.messageIds.map((id, k) => [k, id]));

    const bodies = sent.map((r) => r.body as unknown as DiscordPart);
    for (const body of bodies) {
      expect(discordLimitProblems(body)).toEqual([]);
      expect(body.allowed_mentions).toEqual({ parse: [] });
    }
    const descriptions = bodies.flatMap((b) => b.embeds.map((e) => e.description ?? ''));
    for (const section of longDigest.sections ?? []) {
      for (const item of section.items) {
        const holders = descriptions.filter((d) => d.includes(`[${item.title}]`));
        expect(holders).toHaveLength(1);
        expect(holders[0]).toContain(`[${item.title}](${item.url})**\n`);
        expect(holders[0]).toMatch(new RegExp(`\\[${item.title}\\][^]*\\[Outlet B\\]\\(https://b\\.example/`));
      }
    }
    const titles = bodies.map((b) => b.embeds.map((e) => e.title ?? ''));
    expect(titles.slice(1).filter((t) => t[0]?.endsWith(' (continued)')).length).toBeGreaterThan(0);
    for (const heading of ['Legal action', 'Sanctions', 'Humanitarian']) expect(titles.flat()).toContain(heading);

    expect(sent[0]?.files).toEqual([{ field: 'files[0]', filename: 'figures.png', contentType: 'image/png', bytes: PNG }]);
    expect(sent[0]?.body?.attachments).toEqual([{ id: 0, filename: 'figures.png' }]);
    for (const later of sent.slice(1)) {
      expect(later.files).toEqual([]);
      expect(later.body?.attachments).toBeUndefined();
    }
  });

  it('resumes from part k: posts only parts k.., identical to a full run', async () => {
    await adapter.post(target, longDigest);
    const full = posts(discord).map((r) => r.body);
    discord.requests.length = 0;

    const recorded: number[] = [];
    const result = await adapter.post({ ...target, channelId: '700000000000000002' }, longDigest, { resumeFrom: 2, onPartPosted: (part) => void recorded.push(part) });
    const resumed = discord.requests.filter((r) => r.method === 'POST').map((r) => r.body);
    expect(resumed.map(withoutNonce)).toEqual(full.slice(2).map(withoutNonce));
    expect(recorded).toEqual(full.slice(2).map((_, k) => k + 2));
    expect(result.messageIds).toHaveLength(full.length - 2);

    discord.requests.length = 0;
    expect(await adapter.post(target, longDigest, { resumeFrom: full.length })).toEqual({ messageIds: [] });
    expect(discord.requests).toEqual([]);
    await expect(adapter.post(target, longDigest, { resumeFrom: full.length + 1 })).rejects.toSatisfy((e: unknown) => isAppError(e, 'input_invalid'));
  });

  it('waits out a 429 for its retry_after, then posts once', async () => {
    discord.script('POST', /\/messages$/, {
      status: 429,
      body: { message: 'You are being rate limited.', retry_after: 0.2, global: false },
      headers: { 'retry-after': '0.2', 'x-ratelimit-scope': 'user', 'x-ratelimit-limit': '5', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset-after': '0.2', 'x-ratelimit-bucket': 'b1' },
    });
    const result = await adapter.post(target, { title: 'Hello', text: 'One line.' });
    expect(posts(discord)).toHaveLength(2);
    expect(discord.channelMessages(target.channelId)).toHaveLength(1);
    expect(result.messageIds).toHaveLength(1);
    const limited = logger.entries.find((e) => e.msg === 'discord: rate limited');
    // discord.js read Retry-After (0.2 s) and adds its 50 ms offset before trying again.
    expect(limited?.obj).toMatchObject({ retryAfterMs: 250, giveUp: false, platform: 'discord' });
    expect(clock.sleeps).toEqual([]);
  });

  it('gives up at once with delivery_rate_limited when the 429 wait is over the cap', async () => {
    const seconds = MAX_RATE_LIMIT_WAIT_MS / 1000 + 60;
    discord.script('POST', /\/messages$/, {
      status: 429, body: { message: 'You are being rate limited.', retry_after: seconds, global: false }, headers: { 'retry-after': String(seconds) },
    });
    const posting = adapter.post(target, { title: 'Hello' });
    await expect(posting).rejects.toSatisfy((e: unknown) => isAppError(e, 'delivery_rate_limited'));
    await expect(posting).rejects.toMatchObject({ context: { channelId: target.channelId, workspace: target.workspace } });
    expect(posts(discord)).toHaveLength(1);
  });

  it('retries a 500 with capped backoff, then gives up with delivery_transient', async () => {
    const failure = { status: 500, body: { message: '500: Internal Server Error', code: 0 } };
    discord.script('POST', /\/messages$/, ...Array.from({ length: 10 }, () => failure));
    const posting = adapter.post(target, { title: 'Hello' });
    await expect(posting).rejects.toSatisfy((e: unknown) => isAppError(e, 'delivery_transient'));
    await expect(posting).rejects.toMatchObject({ context: { ...target, status: 500, attempts: 4 } });
    expect(posts(discord)).toHaveLength(4);
    expect(clock.sleeps).toEqual([1000, 2000, 4000]);
    expect(discord.channelMessages(target.channelId)).toEqual([]);
  });

  it('does not duplicate a message Discord stored before answering 500', async () => {
    discord.script('POST', /\/messages$/, { status: 500, body: { message: '500: Internal Server Error', code: 0 }, createFirst: true });
    const result = await adapter.post(target, { title: 'Hello' });
    const [first, second] = posts(discord);
    expect(second?.body?.nonce).toBe(first?.body?.nonce);
    expect(discord.channelMessages(target.channelId)).toHaveLength(1);
    expect(result.messageIds).toEqual([discord.channelMessages(target.channelId)[0]?.id]);
  });

  it.each([
    [403, 50001, 'Missing Access'],
    [403, 50013, 'Missing Permissions'],
    [404, 10003, 'Unknown Channel'],
    [404, 10004, 'Unknown Guild'],
  ])('turns %i / %i (%s) into delivery_permanent without retrying', async (status, code, text) => {
    discord.script('POST', /\/messages$/, { status, body: { message: text, code } });
    const posting = adapter.post(target, longDigest);
    await expect(posting).rejects.toSatisfy((e: unknown) => isAppError(e, 'delivery_permanent'));
    await expect(posting).rejects.toMatchObject({ context: { ...target, status, discordCode: code } });
    expect(posts(discord)).toHaveLength(1);
    expect(clock.sleeps).toEqual([]);
  });

  it('posts a hostile feed item inert', async () => {
    await adapter.post(target, hostile);
    const bodies = posts(discord).map((r) => r.body);
    const json = JSON.stringify(bodies);
    expect(json).not.toMatch(/@everyone|@here|<@123>/);
    expect(json).toContain('\\\\*\\\\*bold\\\\*\\\\*');
    for (const body of bodies) {
      expect(body?.allowed_mentions).toEqual({ parse: [] });
      expect(discordLimitProblems(body as unknown as DiscordPart)).toEqual([]);
    }
    expect(json).toContain('Санкції 🇺🇦 — عقوبات جديدة — סנקציות');
  });
});

describe('DiscordAdapter.post with Discord unreachable', () => {
  it('gives up with delivery_transient after the capped retries', async () => {
    const discord = await startFakeDiscord();
    const apiUrl = discord.apiUrl;
    await discord.close();
    const clock = instantClock();
    const adapter = new DiscordAdapter({ token: 't', apiUrl, logger: recordingLogger(), clock });
    await expect(adapter.post(target, { title: 'Hello' })).rejects.toSatisfy((e: unknown) => isAppError(e, 'delivery_transient'));
    expect(clock.sleeps).toEqual([1000, 2000, 4000]);
    await adapter.stop();
  });
});
