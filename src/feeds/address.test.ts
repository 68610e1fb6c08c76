import { describe, expect, it } from 'vitest';
import type { LookupAddress } from 'node:dns';
import { AppError } from '../core/errors.js';
import { assertFetchableUrl, guardedLookup, resolveChecked } from './address.js';
import type { HostLookup } from './address.js';

const table: Record<string, string[]> = {
  'news.example.org': ['93.184.216.34'],
  'intranet.example.org': ['10.0.0.5'],
  'mixed.example.org': ['93.184.216.34', '192.168.0.10'],
  'v6.example.org': ['2606:4700::6810:84e5', '93.184.216.35'],
};
const lookup: HostLookup = async (host) => {
  const found = table[host];
  if (!found) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
  return found;
};
const strict = { allowPrivateAddresses: false, lookup };

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'ok';
  } catch (error) {
    return error instanceof AppError ? error.code : `non-AppError: ${String(error)}`;
  }
}

describe('assertFetchableUrl', () => {
  it.each([
    ['https://news.example.org/feed.xml', 'ok'],
    ['http://news.example.org:8080/rss', 'ok'],
    ['ftp://news.example.org/feed.xml', 'input_invalid'],
    ['file:///etc/passwd', 'input_invalid'],
    ['not a url', 'input_invalid'],
    ['https://user:secret@news.example.org/feed', 'input_invalid'],
    ['http://127.0.0.1/feed', 'feed_blocked_address'],
    ['http://2130706433/feed', 'feed_blocked_address'],
    ['http://[::ffff:127.0.0.1]/feed', 'feed_blocked_address'],
    ['http://169.254.169.254/latest/meta-data/', 'feed_blocked_address'],
    ['http://metadata.google.internal/computeMetadata/v1/', 'feed_blocked_address'],
    ['http://localhost:3000/', 'feed_blocked_address'],
    ['http://app.localhost/', 'feed_blocked_address'],
    ['http://intranet.example.org/rss', 'feed_blocked_address'],
    ['http://mixed.example.org/rss', 'feed_blocked_address'],
    ['https://v6.example.org/rss', 'ok'],
    ['https://missing.example.org/rss', 'feed_http'],
  ])('%s -> %s', async (url, expected) => {
    expect(await codeOf(assertFetchableUrl(url, strict))).toBe(expected);
  });

  it('returns the parsed URL', async () => {
    const url = await assertFetchableUrl('https://news.example.org:8443/a?b=1', strict);
    expect(url.port).toBe('8443');
    expect(url.search).toBe('?b=1');
  });

  it('lets private addresses through when allowed, but never other schemes', async () => {
    const open = { allowPrivateAddresses: true, lookup };
    expect(await codeOf(assertFetchableUrl('http://127.0.0.1:8080/feed', open))).toBe('ok');
    expect(await codeOf(assertFetchableUrl('http://intranet.example.org/rss', open))).toBe('ok');
    expect(await codeOf(assertFetchableUrl('gopher://127.0.0.1/', open))).toBe('input_invalid');
  });

  it('exempts exactly the allowed addresses', async () => {
    const mirror = { ...strict, allowedAddresses: ['10.0.0.5'] };
    expect(await codeOf(assertFetchableUrl('http://intranet.example.org/rss', mirror))).toBe('ok');
    expect(await codeOf(assertFetchableUrl('http://10.0.0.6/rss', mirror))).toBe('feed_blocked_address');
  });

  it('gives a user sentence and keeps the refused address in context', async () => {
    const error = await assertFetchableUrl('http://mixed.example.org/', strict).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message).toBe('That feed address points to a private network and cannot be followed.');
    expect((error as AppError).context).toMatchObject({ host: 'mixed.example.org', address: '192.168.0.10' });
  });

  it('does not put credentials in the error context', async () => {
    const error = (await assertFetchableUrl('https://user:secret@news.example.org/', strict).catch((e: unknown) => e)) as AppError;
    expect(JSON.stringify(error.context)).not.toContain('secret');
  });
});

describe('resolveChecked', () => {
  it('returns every address of a public host', async () => {
    expect(await resolveChecked('v6.example.org', strict)).toEqual(['2606:4700::6810:84e5', '93.184.216.35']);
  });
});

function callLookup(options: { all?: boolean; family?: number }, host: string, answers: string[]) {
  const fn = guardedLookup({ allowPrivateAddresses: false, lookup: async () => answers });
  return new Promise<{ error: Error | null; address: string | LookupAddress[]; family?: number }>((resolve) => {
    fn(host, options, (error, address, family) => resolve({ error, address, family }));
  });
}

describe('guardedLookup', () => {
  it('answers in the single-address form', async () => {
    const result = await callLookup({}, 'news.example.org', ['93.184.216.34']);
    expect(result).toEqual({ error: null, address: '93.184.216.34', family: 4 });
  });

  it('answers in the all-addresses form, filtered by family', async () => {
    const all = await callLookup({ all: true }, 'v6.example.org', ['2606:4700::1', '93.184.216.35']);
    expect(all.address).toEqual([{ address: '2606:4700::1', family: 6 }, { address: '93.184.216.35', family: 4 }]);
    const v4 = await callLookup({ all: true, family: 4 }, 'v6.example.org', ['2606:4700::1', '93.184.216.35']);
    expect(v4.address).toEqual([{ address: '93.184.216.35', family: 4 }]);
  });

  it('refuses a private answer at connect time', async () => {
    const result = await callLookup({ all: true }, 'rebind.example.org', ['127.0.0.1']);
    expect(result.error).toBeInstanceOf(AppError);
    expect((result.error as AppError).code).toBe('feed_blocked_address');
  });
});
