import { readFileSync } from 'node:fs';
import { createHmac } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeShared, sharedPath } from '../../../tests/support/shared.js';
import { verifySlackSignature } from './signature.js';

// Slack's documented signing example (docs.slack.dev/authentication/verifying-requests-from-slack).
const SECRET = '8f742231b10e8888abcd99yyyzzz85a5';
const TIMESTAMP = '1531420618';
const SIGNATURE = 'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503';
const AT = new Date(Number(TIMESTAMP) * 1000);

describeShared("Slack's signing example", () => {
  // Read when the tests run: a skipped block (no shared material) must not touch the file.
  let body: Buffer;
  beforeAll(() => {
    body = readFileSync(sharedPath('fixtures', 'slack-signing-example.txt'));
  });

  it('is the exact body: the file ends without a newline', () => {
    expect(body.at(-1)).not.toBe(0x0a);
    expect(body.length).toBe(362);
  });

  it('verifies as bytes and as a string', () => {
    expect(verifySlackSignature({ signingSecret: SECRET, timestamp: TIMESTAMP, body, signature: SIGNATURE, now: AT })).toEqual({ ok: true });
    expect(verifySlackSignature({ signingSecret: SECRET, timestamp: Number(TIMESTAMP), body: body.toString('utf8'), signature: SIGNATURE, now: AT })).toEqual({ ok: true });
  });

  it('fails when a trailing newline is added to the body', () => {
    const withNewline = Buffer.concat([body, Buffer.from('\n')]);
    expect(verifySlackSignature({ signingSecret: SECRET, timestamp: TIMESTAMP, body: withNewline, signature: SIGNATURE, now: AT })).toEqual({ ok: false, reason: 'mismatch' });
  });
});

describe('verifySlackSignature', () => {
  const body = 'team_id=T1&text=figures';
  const sign = (ts: string, b = body, secret = SECRET): string =>
    `v0=${createHmac('sha256', secret).update(`v0:${ts}:${b}`).digest('hex')}`;
  const now = new Date('2026-11-22T09:00:00Z');
  const ts = String(now.getTime() / 1000);

  it.each([
    ['a fresh, correct signature', { signature: sign(ts) }, { ok: true }],
    ['4 min 59 s old', { timestamp: String(Number(ts) - 299), signature: sign(String(Number(ts) - 299)) }, { ok: true }],
    ['5 min 1 s old', { timestamp: String(Number(ts) - 301), signature: sign(String(Number(ts) - 301)) }, { ok: false, reason: 'stale' }],
    ['6 min in the future', { timestamp: String(Number(ts) + 360), signature: sign(String(Number(ts) + 360)) }, { ok: false, reason: 'stale' }],
    ['a tampered body', { body: `${body}&x=1`, signature: sign(ts) }, { ok: false, reason: 'mismatch' }],
    ['another secret', { signature: sign(ts, body, 'other') }, { ok: false, reason: 'mismatch' }],
    ['version v1', { signature: sign(ts).replace('v0=', 'v1=') }, { ok: false, reason: 'malformed' }],
    ['a short signature', { signature: 'v0=abc' }, { ok: false, reason: 'malformed' }],
    ['a non-numeric timestamp', { timestamp: '12e9', signature: sign('12e9') }, { ok: false, reason: 'malformed' }],
    ['no secret', { signingSecret: '', signature: sign(ts) }, { ok: false, reason: 'no_secret' }],
  ])('%s', (_name, override, expected) => {
    expect(verifySlackSignature({ signingSecret: SECRET, timestamp: ts, body, now, ...override })).toEqual(expected);
  });
});
