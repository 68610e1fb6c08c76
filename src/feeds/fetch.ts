/**
 * Fetches one feed politely and safely: conditional requests (ETag, Last-Modified), a time limit
 * on the whole exchange, a cap on the body size, charset decoding, and redirects followed by hand
 * so every hop passes the address policy. rss-parser's own `parseURL` is not used: it leaves
 * sockets open on timeout, treats 304 as an error and garbles windows-1252 (DESIGN.md "Feeds").
 */
import { STATUS_CODES } from 'node:http';
import { Agent, fetch } from 'undici';
import type { Response } from 'undici';
import type { Clock } from '../core/clock.js';
import { systemClock } from '../core/clock.js';
import { AppError, isAppError } from '../core/errors.js';
import { assertFetchableUrl, guardedLookup } from './address.js';
import type { AddressPolicy, HostLookup } from './address.js';
import { decodeFeedBytes } from './charset.js';

/** Validators from the last successful fetch, sent back so an unchanged feed costs a 304. */
export interface FeedState {
  etag: string | null;
  lastModified: string | null;
}

export type FeedFetchResult =
  | { status: 'not_modified'; state: FeedState }
  | { status: 'ok'; body: string; charset: string; finalUrl: string; bytes: number; state: FeedState };

export interface FetchFeedOptions {
  state?: FeedState;
  /** Limit for the whole exchange, redirects and body included. */
  timeoutMs?: number;
  maxBytes?: number;
  userAgent?: string;
  /** Default false: loopback, private and link-local addresses are refused. */
  allowPrivateAddresses?: boolean;
  /** Exact IP addresses exempted from the private-network rule. */
  allowedAddresses?: readonly string[];
  lookup?: HostLookup;
  signal?: AbortSignal;
  /** Used to turn a Retry-After date into seconds. */
  clock?: Clock;
}

const DEFAULT_TIMEOUT_MS = 15_000;
// 5 MiB: the largest real feed in the shared corpus is 1.6 MB; anything far above is not a feed.
const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
// Browsers and curl stop at 20; five is what rss-parser and most feed readers allow.
const MAX_REDIRECTS = 5;
const DEFAULT_USER_AGENT = 'newsdigest/0.1 (RSS/Atom digest bot)';
const ACCEPT = 'application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.5';

/**
 * Fetches a feed; returns the decoded body, or `not_modified` when the validators in `state`
 * still match. Throws AppError: feed_http, feed_timeout, feed_too_large, feed_blocked_address,
 * input_invalid. A cancelled `signal` rejects with the signal's reason.
 *
 * @example
 * const result = await fetchFeed('https://example.org/rss', { state: { etag: '"abc"', lastModified: null } });
 * if (result.status === 'ok') await parseFeed(result.body, { feedUrl: result.finalUrl });
 */
export async function fetchFeed(url: string, options: FetchFeedOptions = {}): Promise<FeedFetchResult> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const policy: AddressPolicy = {
    allowPrivateAddresses: options.allowPrivateAddresses ?? false,
    ...(options.allowedAddresses ? { allowedAddresses: options.allowedAddresses } : {}),
    ...(options.lookup ? { lookup: options.lookup } : {}),
  };
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  // One agent per fetch, destroyed at the end: no socket outlives the call, whatever happened.
  const agent = new Agent({ connect: { lookup: guardedLookup(policy) } });
  const headers: Record<string, string> = { 'user-agent': options.userAgent ?? DEFAULT_USER_AGENT, accept: ACCEPT };
  if (options.state?.etag) headers['if-none-match'] = options.state.etag;
  if (options.state?.lastModified) headers['if-modified-since'] = options.state.lastModified;

  try {
    let target = await untilAborted(assertFetchableUrl(url, policy), signal);
    for (let hop = 0; ; hop++) {
      const response = await fetch(target, { headers, signal, redirect: 'manual', dispatcher: agent });
      if ([301, 302, 303, 307, 308].includes(response.status)) {
        const location = response.headers.get('location');
        await response.body?.cancel();
        if (!location) throw httpError(response, target, 'The feed answered a redirect without a new address.');
        if (hop >= MAX_REDIRECTS) throw httpError(response, target, `The feed redirected more than ${MAX_REDIRECTS} times.`);
        const next = URL.parse(location, target.href);
        if (!next) throw httpError(response, target, 'The feed redirected to an address that is not a valid URL.');
        target = await untilAborted(assertFetchableUrl(next.href, policy), signal);
        continue;
      }
      const state = nextState(response, options.state);
      if (response.status === 304) {
        await response.body?.cancel();
        return { status: 'not_modified', state };
      }
      if (!response.ok) throw httpError(response, target, undefined, options.clock ?? systemClock);
      const bytes = await readCapped(response, maxBytes, target);
      const decoded = decodeFeedBytes(bytes, response.headers.get('content-type'));
      return { status: 'ok', body: decoded.text, charset: decoded.charset, finalUrl: target.href, bytes: bytes.byteLength, state };
    }
  } catch (error) {
    if (options.signal?.aborted && !timeout.aborted) throw options.signal.reason;
    throw translate(error, url, timeout.aborted, timeoutMs);
  } finally {
    await agent.destroy();
  }
}

/** DNS lookups cannot be cancelled; stop waiting for one when the time limit or caller aborts. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** New validators: the response's own, else the ones sent (a 304 may omit them, RFC 9110 §15.4.5). */
function nextState(response: Response, previous: FeedState | undefined): FeedState {
  return {
    etag: response.headers.get('etag') ?? previous?.etag ?? null,
    lastModified: response.headers.get('last-modified') ?? previous?.lastModified ?? null,
  };
}

/** Streams the body, refusing it as soon as it passes `maxBytes` (Content-Length can lie or be absent). */
async function readCapped(response: Response, maxBytes: number, url: URL): Promise<Uint8Array> {
  const tooLarge = (): AppError =>
    new AppError('feed_too_large', `The feed is larger than ${Math.round(maxBytes / 1024)} KB and was not read.`, {
      context: { feed: url.href, maxBytes },
    });
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel();
    throw tooLarge();
  }
  if (!response.body) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

function httpError(response: Response, url: URL, message?: string, clock?: Clock): AppError {
  const status = response.status;
  const phrase = response.statusText || STATUS_CODES[status] || '';
  const context: Record<string, unknown> = { feed: url.href, status };
  const retryAfter = clock ? retryAfterSeconds(response.headers.get('retry-after'), clock) : null;
  if (retryAfter !== null) context.retryAfterSeconds = retryAfter;
  return new AppError('feed_http', message ?? `The feed answered ${status}${phrase ? ` ${phrase}` : ''}.`, { context });
}

/**
 * Retry-After is delay-seconds or an HTTP-date (RFC 9110 §10.2.3); returns whole seconds from now,
 * or null when absent or unreadable.
 *
 * @example
 * retryAfterSeconds('120', systemClock) // 120
 */
export function retryAfterSeconds(value: string | null, clock: Clock): number | null {
  if (value === null) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  // An HTTP-date always names a day and month; without letters Date.parse reads "-5" as a year.
  if (!/[a-z]/i.test(trimmed)) return null;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return null;
  return Math.max(0, Math.ceil((date - clock.now().getTime()) / 1000));
}

/** Any failure as an AppError: the policy's own errors pass through, even from inside undici. */
function translate(error: unknown, url: string, timedOut: boolean, timeoutMs: number): AppError {
  if (timedOut) {
    const seconds = timeoutMs >= 1000 ? Math.round(timeoutMs / 1000) : timeoutMs / 1000;
    return new AppError('feed_timeout', `The feed did not answer within ${seconds} second${seconds === 1 ? '' : 's'}.`, {
      context: { feed: url, timeoutMs },
      cause: error,
    });
  }
  for (let current: unknown = error, depth = 0; current instanceof Error && depth < 5; current = current.cause, depth++) {
    if (isAppError(current)) return current;
  }
  const code = findCode(error);
  return new AppError('feed_http', 'The feed server could not be reached.', { context: { feed: url, code }, cause: error });
}

/** The system error code (ECONNREFUSED, ENOTFOUND...) somewhere in the cause chain. */
function findCode(error: unknown): string | null {
  for (let current: unknown = error, depth = 0; current instanceof Error && depth < 5; current = current.cause, depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return null;
}
