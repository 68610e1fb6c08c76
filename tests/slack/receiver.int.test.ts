import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SlackAdapter } from '../../src/chat/slack/index.js';
import type { CommandRequest } from '../../src/core/command.js';
import { isAppError } from '../../src/core/errors.js';
import { silentLogger } from '../../src/core/log.js';
import type { Message } from '../../src/core/message.js';
import { type FakeSlack, startFakeSlack } from './fake-slack.js';
import { slackLimitBreaches } from './limits.js';
import { slackSignature, slashCommandBody } from './sign.js';

const SECRET = 'test-signing-secret';
let fake: FakeSlack;
let adapter: SlackAdapter;
let replies = 0;

// Stands in for the command router: echoes the request it received. A new one per test, so a
// request still in flight from one test can never count in the next.
const newEcho = () => vi.fn(async (request: CommandRequest): Promise<Message> => ({
  title: `echo ${request.subcommand}`,
  text: JSON.stringify(request),
  ephemeral: request.subcommand !== 'digest',
}));
let echo: ReturnType<typeof newEcho>;

async function send(body: string, sign: { timestamp?: number; signature?: string } = {}): Promise<number> {
  const timestamp = sign.timestamp ?? Math.floor(Date.now() / 1000);
  const response = await fetch(`http://127.0.0.1:${adapter.port}/slack/events`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': sign.signature ?? slackSignature(SECRET, timestamp, body),
    },
    body,
  });
  await response.arrayBuffer();
  return response.status;
}

/** Sends a valid command and waits for its reply: anything sent before it has been fully handled. */
async function command(text: string, user = 'U1'): Promise<{ status: number; reply: Record<string, unknown> }> {
  replies++;
  const status = await send(slashCommandBody({ text, user, responseUrl: `${fake.base}/respond/${replies}` }));
  const calls = await fake.waitFor('respond', replies);
  return { status, reply: calls.at(-1)!.body };
}

beforeEach(async () => {
  replies = 0;
  echo = newEcho();
  fake = await startFakeSlack({ admins: ['UADMIN'] });
  adapter = new SlackAdapter({ botToken: 'xoxb-test', signingSecret: SECRET, apiUrl: fake.apiUrl, port: 0, host: '127.0.0.1', logger: silentLogger, retryConfig: { retries: 0 } });
  await adapter.start({ command: echo });
});
afterEach(async () => {
  await adapter.stop();
  await fake.close();
});

describe('Slack HTTP receiver', () => {
  it('checks the bot token at start', () => {
    expect(fake.calls('auth.test')[0]!.headers.authorization).toBe('Bearer xoxb-test');
  });

  it('answers a signed /news command with the handler reply, ephemeral', async () => {
    const { status, reply } = await command('figures refugees');
    expect(status).toBe(200);
    expect(echo).toHaveBeenCalledTimes(1);
    expect(echo.mock.calls[0]![0]).toEqual({
      platform: 'slack', workspace: 'T1', channelId: 'C42',
      caller: { id: 'U1', name: 'u1', isAdmin: false },
      subcommand: 'figures', options: { metric: 'refugees' },
    });
    expect(reply).toMatchObject({ response_type: 'ephemeral', replace_original: false, text: 'echo figures' });
    expect(slackLimitBreaches(reply as never)).toEqual([]);
    expect(fake.calls('respond')[0]!.path).toBe('/respond/1');
  });

  it('posts in the channel when the answer is not ephemeral', async () => {
    const { reply } = await command('digest sanctions');
    expect(reply.response_type).toBe('in_channel');
  });

  it.each([
    ['a wrong signature', (body: string, now: number) => send(body, { timestamp: now, signature: slackSignature('wrong-secret', now, body) })],
    ['a tampered body', (body: string, now: number) => send(body.replace('figures', 'subscribe'), { timestamp: now, signature: slackSignature(SECRET, now, body) })],
    ['a stale timestamp', (body: string, now: number) => send(body, { timestamp: now - 6 * 60 })],
    ['no signature', (body: string, now: number) => send(body, { timestamp: now, signature: '' })],
  ])('refuses %s with 401 and runs no handler', async (_name, attempt) => {
    const body = slashCommandBody({ text: 'figures', user: 'UADMIN', responseUrl: `${fake.base}/respond/forged` });
    expect(await attempt(body, Math.floor(Date.now() / 1000))).toBe(401);
    // A valid command after it is answered; the refused one left no trace.
    await command('help');
    expect(echo).toHaveBeenCalledTimes(1);
    expect(echo.mock.calls[0]![0].subcommand).toBe('help');
    expect(fake.calls('respond').map((r) => r.path)).toEqual(['/respond/1']);
  });

  it("refuses a non-admin's configuration command without calling the handler", async () => {
    const { reply } = await command('subscribe sanctions "0 8 * * *" Europe/Kyiv');
    expect(echo).not.toHaveBeenCalled();
    expect(reply.response_type).toBe('ephemeral');
    expect(JSON.stringify(reply.blocks)).toContain('Only Slack workspace admins and owners can change /news settings; ask one of them.');
    expect(fake.calls('users.info')[0]!.body.user).toBe('U1');
  });

  it('lets an admin configure, and caches the admin lookup', async () => {
    await command('subscribe sanctions "0 8 * * *" Europe/Kyiv', 'UADMIN');
    await command('feed-add https://example.org/rss', 'UADMIN');
    expect(echo.mock.calls.map((c) => [c[0].subcommand, c[0].caller.isAdmin, c[0].options])).toEqual([
      ['subscribe', true, { topic: 'sanctions', cron: '0 8 * * *', timezone: 'Europe/Kyiv' }],
      ['feed-add', true, { url: 'https://example.org/rss' }],
    ]);
    expect(fake.calls('users.info')).toHaveLength(1);
  });

  it('answers text that does not parse with the usage', async () => {
    const { reply } = await command('frobnicate now');
    expect(echo).not.toHaveBeenCalled();
    expect(JSON.stringify(reply.blocks)).toContain('Unknown command \\"frobnicate\\".');
  });
});

describe('Slack Socket Mode', () => {
  it('opens a socket with the app token and reports a refused token clearly', async () => {
    const socket = new SlackAdapter({ botToken: 'xoxb-test', appToken: 'xapp-test', apiUrl: fake.apiUrl, logger: silentLogger, retryConfig: { retries: 0 } });
    const error = await socket.start({ command: echo }).then(() => null, (e: unknown) => e);
    expect(isAppError(error, 'config_invalid')).toBe(true);
    expect((error as Error).message).toContain('SLACK_APP_TOKEN');
    const [open] = fake.calls('apps.connections.open');
    expect(open!.headers.authorization).toBe('Bearer xapp-test');
    expect(socket.port).toBeNull();
    await socket.stop();
  });

  it('needs a signing secret or an app token', async () => {
    const bare = new SlackAdapter({ botToken: 'xoxb-test', apiUrl: fake.apiUrl, logger: silentLogger });
    const error = await bare.start({ command: echo }).then(() => null, (e: unknown) => e);
    expect(isAppError(error, 'config_invalid')).toBe(true);
    expect(fake.calls('auth.test')).toHaveLength(1);
  });
});
