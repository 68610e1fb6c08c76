/**
 * Slack request signing (docs.slack.dev/authentication/verifying-requests-from-slack): the
 * signature is `v0=` + hex HMAC-SHA256 of `v0:<timestamp>:<raw body>` keyed by the signing secret.
 * Bolt's HTTP receiver runs the same check on every request it serves; this pure version takes the
 * time as an argument, for any endpoint Bolt does not serve and for tests.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

/** Slack: refuse requests whose timestamp is more than 5 minutes from now (replay protection). */
export const SIGNATURE_WINDOW_SECONDS = 5 * 60;

export interface SignedRequest {
  signingSecret: string;
  /** The `X-Slack-Request-Timestamp` header: Unix seconds. */
  timestamp: string | number;
  /** The raw request body, exactly as received (bytes or the same bytes as a string). */
  body: string | Uint8Array;
  /** The `X-Slack-Signature` header: `v0=<64 hex digits>`. */
  signature: string;
  now: Date;
}

export type SignatureVerdict =
  | { ok: true }
  | { ok: false; reason: 'no_secret' | 'malformed' | 'stale' | 'mismatch' };

/**
 * Checks a Slack request signature in constant time, refusing timestamps outside the 5-minute window.
 *
 * @example
 * verifySlackSignature({ signingSecret, timestamp: '1531420618', body, signature: 'v0=a2114d…', now: new Date(1531420618_000) })
 * // { ok: true }
 */
export function verifySlackSignature(request: SignedRequest): SignatureVerdict {
  const { signingSecret, signature, now } = request;
  if (!signingSecret) return { ok: false, reason: 'no_secret' };
  const timestamp = String(request.timestamp);
  if (!/^\d{1,12}$/.test(timestamp) || !/^v0=[0-9a-f]{64}$/.test(signature)) return { ok: false, reason: 'malformed' };
  if (Math.abs(Math.floor(now.getTime() / 1000) - Number(timestamp)) > SIGNATURE_WINDOW_SECONDS) {
    return { ok: false, reason: 'stale' };
  }
  const expected = createHmac('sha256', signingSecret)
    .update(`v0:${timestamp}:`)
    .update(typeof request.body === 'string' ? Buffer.from(request.body, 'utf8') : request.body)
    .digest();
  const given = Buffer.from(signature.slice(3), 'hex');
  return timingSafeEqual(expected, given) ? { ok: true } : { ok: false, reason: 'mismatch' };
}
