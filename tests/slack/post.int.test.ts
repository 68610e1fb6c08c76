import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SlackAdapter } from '../../src/chat/slack/index.js';
import { fixedClock } from '../../src/core/clock.js';
import { isAppError } from '../../src/core/errors.js';
import { silentLogger } from '../../src/core/log.js';
import type { Message, MessageItem } from '../../src/core/message.js';
import { renderSlack } from '../../src/render/slack.js';
import { type FakeSlack, startFakeSlack } from './fake-slack.js';
import { slackLimitBreaches } from './limits.js';

const target = { workspace: 'T1', channelId: 'C42' };
let fake: FakeSlack;
let clock: ReturnType<typeof fixedClock>;

const adapter = (retries = 0) =>
  new SlackAdapter({ botToken: 'xoxb-test', apiUrl: fake.apiUrl, logger: silentLogger, clock, retryConfig: { retries, minTimeout: 0, maxTimeout: 0 } });

const story = (n: number): MessageItem => ({
  title: `Tribunal hearing ${n}`,
  url: `https://example.org/story/${n}`,
  body: `Judges heard arguments in case ${n}; a ruling is expected next month. `.repeat(3),
  meta: [`${(n % 3) + 1} sources`, 'legal-action'],
  links: [{ label: `Outlet ${n}`, url: `https://news.example.net/${n}` }, { label: `Wire ${n}`, url: `https://wire.example.com/${n}` }],
});
const longDigest: Message = {
  title: 'Daily digest',
  subtitle: '24 h to 22 Nov 2026 09:00 UTC',
  sections: ['Legal action', 'Sanctions', 'Humanitarian'].map((heading, s) => ({ heading, items: Array.from({ length: 25 }, (_, i) => story(s * 100 + i)) })),
};

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(() => { throw new Error('expected a failure'); }, (error: unknown) => error);
}

beforeEach(async () => {
  fake = await startFakeSlack();
  clock = fixedClock('2026-11-22T09:00:00Z');
});
afterEach(async () => {
  await fake.close();
});

describe('SlackAdapter.post', () => {
  it('posts the exact rendered blocks, with unfurling off', async () => {
    const message: Message = { title: 'Sanctions', sections: [{ heading: 'Sanctions', items: [story(1)] }], footer: 'newsdigest' };
    const result = await adapter().post(target, message);
    const [call] = fake.calls('chat.postMessage');
    expect(call!.headers.authorization).toBe('Bearer xoxb-test');
    expect(call!.body).toMatchObject({ channel: 'C42', unfurl_links: 'false', unfurl_media: 'false', text: 'Sanctions' });
    expect(call!.body.blocks).toEqual(renderSlack(message)[0]!.blocks);
    expect(result.messageIds).toEqual(['1700000000.000001']);
  });

  it('splits a long digest into parts within limits, no story cut, headings continued', async () => {
    const posted: Array<[number, string]> = [];
    const result = await adapter().post(target, longDigest, { onPartPosted: (k, id) => void posted.push([k, id]) });
    const calls = fake.calls('chat.postMessage');
    const parts = renderSlack(longDigest);
    expect(parts.length).toBeGreaterThan(1);
    expect(calls.map((c) => c.body.blocks)).toEqual(parts.map((p) => p.blocks));
    expect(result.messageIds).toHaveLength(parts.length);
    expect(posted.map(([k]) => k)).toEqual(parts.map((_, k) => k));

    const titles: string[] = [];
    for (const call of calls) {
      const blocks = call.body.blocks as ReturnType<typeof renderSlack>[number]['blocks'];
      expect(slackLimitBreaches({ text: String(call.body.text), blocks })).toEqual([]);
      blocks.forEach((b, i) => {
        if (b.type !== 'section') return;
        titles.push(b.text.text.split('\n')[0]!);
        expect(blocks[i + 1]?.type).toBe('context');
      });
    }
    expect(titles).toHaveLength(75);
    expect(new Set(titles).size).toBe(75);
    const continued = calls.slice(1).map((c) => (c.body.blocks as Array<{ type: string; text?: { text: string } }>)[1]!);
    for (const heading of continued) expect(heading.text?.text).toMatch(/^(Legal action|Sanctions|Humanitarian)( \(continued\))?$/);
    expect(continued.some((h) => h.text?.text.endsWith('(continued)'))).toBe(true);
    // Slack: about 1 message/s per channel, so parts are spaced a second apart.
    expect(clock.now().getTime() - Date.parse('2026-11-22T09:00:00Z')).toBe((parts.length - 1) * 1000);
  });

  it('resumes from part k without reposting earlier parts', async () => {
    const parts = renderSlack(longDigest);
    const posted: number[] = [];
    const result = await adapter().post(target, longDigest, { resumeFrom: 1, onPartPosted: (k) => void posted.push(k) });
    expect(fake.calls('chat.postMessage').map((c) => c.body.blocks)).toEqual(parts.slice(1).map((p) => p.blocks));
    expect(posted).toEqual(parts.slice(1).map((_, i) => i + 1));
    expect(result.messageIds).toHaveLength(parts.length - 1);
  });

  it('waits out a 429 and posts once', async () => {
    fake.script('chat.postMessage', [{ status: 429, headers: { 'retry-after': '7' }, json: { ok: false, error: 'ratelimited' } }]);
    const result = await adapter().post(target, { title: 'One', text: 'Short.' });
    expect(fake.calls('chat.postMessage').map((c) => c.status)).toEqual([429, 200]);
    expect(result.messageIds).toEqual(['1700000000.000001']);
    expect(clock.now().toISOString()).toBe('2026-11-22T09:00:07.000Z');
  });

  it('gives up on endless 429s with delivery_rate_limited', async () => {
    fake.script('chat.postMessage', Array.from({ length: 10 }, () => ({ status: 429, headers: { 'retry-after': '2' } })));
    const error = await failure(adapter().post(target, { title: 'One' }));
    expect(isAppError(error, 'delivery_rate_limited')).toBe(true);
    // The default policy waits 3 times, then hands the post back to the scheduler.
    expect(fake.calls('chat.postMessage')).toHaveLength(4);
  });

  it('retries a 500 up to the cap, then fails with delivery_transient', async () => {
    fake.script('chat.postMessage', Array.from({ length: 5 }, () => ({ status: 500 })));
    const error = await failure(adapter(2).post(target, { title: 'One' }));
    expect(isAppError(error, 'delivery_transient')).toBe(true);
    expect(fake.calls('chat.postMessage')).toHaveLength(3);
    expect(isAppError(error) && error.context).toMatchObject({ channel: 'C42', part: 0, slackError: 'http_500' });
  });

  it('fails with delivery_permanent on channel_not_found, after parts already posted', async () => {
    const posted: number[] = [];
    fake.script('chat.postMessage', [{}, { json: { ok: false, error: 'channel_not_found' } }]);
    const error = await failure(adapter().post(target, longDigest, { onPartPosted: (k) => void posted.push(k) }));
    expect(isAppError(error, 'delivery_permanent')).toBe(true);
    expect(isAppError(error) && error.context).toMatchObject({ channel: 'C42', part: 1, slackError: 'channel_not_found', method: 'chat.postMessage' });
    expect(posted).toEqual([0]);
  });

  it('uploads the chart to the channel after the last part', async () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);
    const posted: Array<[number, string]> = [];
    const result = await adapter().post(target, { title: 'Figures' }, { chart: png, onPartPosted: (k, id) => void posted.push([k, id]) });
    expect(fake.calls('files.getUploadURLExternal')[0]!.body).toMatchObject({ filename: 'figures.png', length: String(png.length) });
    expect(fake.calls('upload')[0]!.raw.includes(Buffer.from(png))).toBe(true);
    expect(JSON.parse(String(fake.calls('files.completeUploadExternal')[0]!.body.files))).toEqual([{ id: 'F123', title: 'Humanitarian figures' }]);
    expect(fake.calls('files.completeUploadExternal')[0]!.body.channel_id).toBe('C42');
    expect(result.messageIds).toEqual(['1700000000.000001', 'F123']);
    expect(posted).toEqual([[0, '1700000000.000001'], [1, 'F123']]);
  });

  it('posts a hostile feed item inertly', async () => {
    const hostile = '@everyone <!channel> **bold** <script>';
    await adapter().post(target, { title: hostile, sections: [{ heading: 'Sanctions', items: [{ title: hostile, url: 'https://example.org/x', body: `<@U123> & 🇺🇦 مرحبا ${'x'.repeat(10_000)}` }] }] });
    const [call] = fake.calls('chat.postMessage');
    const wire = JSON.stringify(call!.body);
    expect(wire).not.toMatch(/<!channel>|<@U123>|<script>/);
    const section = (call!.body.blocks as Array<{ type: string; text?: { text: string } }>).find((b) => b.type === 'section');
    expect(section?.text?.text).not.toContain('**');
    expect(wire).toContain('&lt;!channel&gt;');
    expect(wire).toContain('&lt;@U123&gt; &amp; 🇺🇦 مرحبا');
    expect(call!.body.link_names).toBeUndefined();
  });
});
