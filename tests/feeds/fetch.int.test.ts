/**
 * fetchFeed against a real HTTP server on 127.0.0.1: conditional requests, limits, errors,
 * redirects, charsets, and the private-address policy. Nothing here leaves the loopback interface:
 * host names are made up and resolved by a stub.
 */
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/clock.js';
import { AppError } from '../../src/core/errors.js';
import type { HostLookup } from '../../src/feeds/address.js';
import { fetchFeed } from '../../src/feeds/fetch.js';
import type { FetchFeedOptions } from '../../src/feeds/fetch.js';

const FEED = '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Loopback Wire</title></channel></rss>';
const ETAG = '"v1-abc"';
const LAST_MODIFIED = 'Wed, 01 Mar 2023 10:00:00 GMT';
const latin1 = (text: string): Buffer => Buffer.from(text, 'latin1');

let server: Server;
let base: string;
let port: number;
let requests: Array<{ path: string; headers: IncomingMessage['headers'] }> = [];
let connections = 0;

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
const routes: Record<string, Handler> = {
  '/etag.xml': (req, res) => {
    if (req.headers['if-none-match'] === ETAG) return void res.writeHead(304, { etag: ETAG }).end();
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag: ETAG }).end(FEED);
  },
  '/last-modified.xml': (req, res) => {
    if (req.headers['if-modified-since'] === LAST_MODIFIED) return void res.writeHead(304).end();
    res.writeHead(200, { 'content-type': 'application/rss+xml', 'last-modified': LAST_MODIFIED }).end(FEED);
  },
  '/hang': () => {
    // Never answers: the client's time limit has to end the exchange.
  },
  '/big-streamed': (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    const chunk = Buffer.alloc(16 * 1024, 0x20);
    let sent = 0;
    const push = (): void => {
      while (sent < 200 && res.write(chunk)) sent++;
      if (sent < 200) res.once('drain', push);
      else res.end();
    };
    push();
  },
  '/big-declared': (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-length': String(10 * 1024 * 1024) });
    res.write('<rss>');
  },
  '/gzip.xml': (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-encoding': 'gzip' }).end(gzipSync(FEED));
  },
  '/missing': (_req, res) => void res.writeHead(404).end('gone'),
  '/broken': (_req, res) => void res.writeHead(500).end('oops'),
  '/busy': (_req, res) => void res.writeHead(429, { 'retry-after': '120' }).end(),
  '/maintenance': (_req, res) => void res.writeHead(503, { 'retry-after': 'Wed, 01 Mar 2023 10:05:00 GMT' }).end(),
  '/moved': (_req, res) => void res.writeHead(301, { location: '/etag.xml' }).end(),
  '/loop': (_req, res) => void res.writeHead(302, { location: '/loop' }).end(),
  '/no-location': (_req, res) => void res.writeHead(302).end(),
  '/bad-location': (_req, res) => void res.writeHead(302, { location: 'http://[broken' }).end(),
  '/to-private-ip': (_req, res) => void res.writeHead(302, { location: `http://10.20.30.40:${port}/etag.xml` }).end(),
  '/to-private-name': (_req, res) => void res.writeHead(307, { location: `http://intranet.corp.test:${port}/etag.xml` }).end(),
  '/charset-header.xml': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/xml; charset=windows-1252' });
    res.end(latin1('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>\x93Caf\xe9\x94 \x80</title></channel></rss>'));
  },
  '/charset-declaration.xml': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/xml' });
    res.end(latin1('<?xml version="1.0" encoding="koi8-r"?><rss version="2.0"><channel><title>\xf7\xcf\xca\xce\xc1</title></channel></rss>'));
  },
};

// Made-up names; only the stub knows them, so no query reaches a real resolver.
const names: Record<string, string[]> = {
  'news.public.test': ['127.0.0.1'],
  'intranet.corp.test': ['192.168.7.7'],
};
const lookup: HostLookup = async (host) => {
  const found = names[host];
  if (!found) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
  return found;
};
// Loopback server, so private addresses are allowed unless a test is about the policy.
const local: FetchFeedOptions = { allowPrivateAddresses: true, lookup, timeoutMs: 5_000 };

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    requests.push({ path, headers: req.headers });
    const route = routes[path];
    if (route) route(req, res);
    else res.writeHead(404).end();
  });
  server.on('connection', () => connections++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  requests = [];
  connections = 0;
});

describe('fetchFeed: conditional requests', () => {
  it('sends the ETag back and reports not_modified on 304', async () => {
    const first = await fetchFeed(`${base}/etag.xml`, local);
    expect(first.status).toBe('ok');
    if (first.status !== 'ok') return;
    expect(first.body).toBe(FEED);
    expect(first.bytes).toBe(Buffer.byteLength(FEED));
    expect(first.state).toEqual({ etag: ETAG, lastModified: null });

    const second = await fetchFeed(`${base}/etag.xml`, { ...local, state: first.state });
    expect(second).toEqual({ status: 'not_modified', state: { etag: ETAG, lastModified: null } });
    expect(requests[1]?.headers['if-none-match']).toBe(ETAG);
  });

  it('sends Last-Modified back as If-Modified-Since and keeps it across a 304 that omits it', async () => {
    const first = await fetchFeed(`${base}/last-modified.xml`, local);
    expect(first.state).toEqual({ etag: null, lastModified: LAST_MODIFIED });
    const second = await fetchFeed(`${base}/last-modified.xml`, { ...local, state: first.state });
    expect(second).toEqual({ status: 'not_modified', state: { etag: null, lastModified: LAST_MODIFIED } });
    expect(requests[1]?.headers['if-modified-since']).toBe(LAST_MODIFIED);
  });

  it('sends a User-Agent and an Accept that names feed types', async () => {
    await fetchFeed(`${base}/etag.xml`, { ...local, userAgent: 'newsdigest-test/1' });
    expect(requests[0]?.headers['user-agent']).toBe('newsdigest-test/1');
    expect(requests[0]?.headers.accept).toContain('application/rss+xml');
  });
});

describe('fetchFeed: limits', () => {
  it('gives up with feed_timeout when the server never answers', async () => {
    const error = await failure(fetchFeed(`${base}/hang`, { ...local, timeoutMs: 200 }));
    expect(error.code).toBe('feed_timeout');
    expect(error.message).toBe('The feed did not answer within 0.2 seconds.');
  });

  it('gives up with feed_timeout when name resolution never answers', async () => {
    const stuck: HostLookup = () => new Promise<string[]>(() => {});
    const error = await failure(fetchFeed(`http://slow-dns.public.test:${port}/etag.xml`, { ...local, lookup: stuck, timeoutMs: 100 }));
    expect(error.code).toBe('feed_timeout');
    expect(connections).toBe(0);
  });

  it('stops reading a body that grows past maxBytes', async () => {
    const error = await failure(fetchFeed(`${base}/big-streamed`, { ...local, maxBytes: 64 * 1024 }));
    expect(error.code).toBe('feed_too_large');
    expect(error.context).toMatchObject({ maxBytes: 64 * 1024 });
  });

  it('refuses a declared Content-Length above maxBytes without reading', async () => {
    const error = await failure(fetchFeed(`${base}/big-declared`, { ...local, maxBytes: 1024 * 1024 }));
    expect(error.code).toBe('feed_too_large');
  });

  it('reads a gzip body decompressed', async () => {
    const result = await fetchFeed(`${base}/gzip.xml`, local);
    expect(result.status === 'ok' && result.body).toBe(FEED);
  });

  it('passes a caller cancellation through as the caller reason', async () => {
    const controller = new AbortController();
    const pending = fetchFeed(`${base}/hang`, { ...local, signal: controller.signal });
    controller.abort(new Error('shutting down'));
    await expect(pending).rejects.toThrow('shutting down');
  });
});

describe('fetchFeed: HTTP errors', () => {
  it.each([
    ['/missing', 404, 'The feed answered 404 Not Found.'],
    ['/broken', 500, 'The feed answered 500 Internal Server Error.'],
  ])('%s -> feed_http %d', async (path, status, message) => {
    const error = await failure(fetchFeed(`${base}${path}`, local));
    expect(error.code).toBe('feed_http');
    expect(error.message).toBe(message);
    expect(error.context).toMatchObject({ status });
    expect(error.context.retryAfterSeconds).toBeUndefined();
  });

  it('keeps Retry-After seconds from a 429', async () => {
    const error = await failure(fetchFeed(`${base}/busy`, local));
    expect(error.context).toMatchObject({ status: 429, retryAfterSeconds: 120 });
  });

  it('turns a Retry-After date on a 503 into seconds from the clock', async () => {
    const clock = fixedClock('2023-03-01T10:00:00Z');
    const error = await failure(fetchFeed(`${base}/maintenance`, { ...local, clock }));
    expect(error.context).toMatchObject({ status: 503, retryAfterSeconds: 300 });
  });

  it('reports an unreachable server as feed_http', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const error = await failure(fetchFeed(`http://127.0.0.1:${closedPort}/`, local));
    expect(error.code).toBe('feed_http');
    expect(error.context).toMatchObject({ code: 'ECONNREFUSED' });
  });
});

describe('fetchFeed: redirects', () => {
  it('follows a redirect and reports the final URL', async () => {
    const result = await fetchFeed(`${base}/moved`, local);
    expect(result.status).toBe('ok');
    expect(result.status === 'ok' && result.finalUrl).toBe(`${base}/etag.xml`);
    expect(requests.map((r) => r.path)).toEqual(['/moved', '/etag.xml']);
  });

  it('stops after 5 redirects', async () => {
    const error = await failure(fetchFeed(`${base}/loop`, local));
    expect(error.code).toBe('feed_http');
    expect(error.message).toBe('The feed redirected more than 5 times.');
    expect(requests).toHaveLength(6);
  });

  it.each([
    ['/no-location', 'The feed answered a redirect without a new address.'],
    ['/bad-location', 'The feed redirected to an address that is not a valid URL.'],
  ])('refuses a redirect %s', async (path, message) => {
    const error = await failure(fetchFeed(`${base}${path}`, local));
    expect(error.code).toBe('feed_http');
    expect(error.message).toBe(message);
  });
});

describe('fetchFeed: charsets', () => {
  it('decodes by the Content-Type charset over the XML declaration', async () => {
    const result = await fetchFeed(`${base}/charset-header.xml`, local);
    expect(result.status === 'ok' && result.charset).toBe('windows-1252');
    expect(result.status === 'ok' && result.body).toContain('<title>\u201cCafé\u201d \u20ac</title>');
  });

  it('decodes by the XML declaration when the header has no charset', async () => {
    const result = await fetchFeed(`${base}/charset-declaration.xml`, local);
    expect(result.status === 'ok' && result.charset).toBe('koi8-r');
    expect(result.status === 'ok' && result.body).toContain('<title>Война</title>');
  });
});

describe('fetchFeed: private-address policy', () => {
  const guarded: FetchFeedOptions = { allowPrivateAddresses: false, lookup, timeoutMs: 5_000 };

  it('refuses a loopback URL before any connection is made', async () => {
    const error = await failure(fetchFeed(`${base}/etag.xml`, guarded));
    expect(error.code).toBe('feed_blocked_address');
    expect(requests).toHaveLength(0);
    expect(connections).toBe(0);
  });

  it('is the default', async () => {
    const error = await failure(fetchFeed(`${base}/etag.xml`, { lookup }));
    expect(error.code).toBe('feed_blocked_address');
    expect(connections).toBe(0);
  });

  // Honest setup: the server is on 127.0.0.1, so the first hop can only be reached by exempting
  // exactly that address. The redirect targets are other private addresses, which stay refused.
  const mirror: FetchFeedOptions = { ...guarded, allowedAddresses: ['127.0.0.1'] };

  it('connects through the checked lookup (the stub is the only resolver for the name)', async () => {
    const result = await fetchFeed(`http://news.public.test:${port}/etag.xml`, mirror);
    expect(result.status).toBe('ok');
    expect(requests[0]?.headers.host).toBe(`news.public.test:${port}`);
  });

  it.each([
    ['/to-private-ip', '10.20.30.40'],
    ['/to-private-name', '192.168.7.7'],
  ])('refuses a redirect %s to a private address', async (path, address) => {
    const error = await failure(fetchFeed(`http://news.public.test:${port}${path}`, mirror));
    expect(error.code).toBe('feed_blocked_address');
    expect(error.context).toMatchObject({ address });
    expect(requests.map((r) => r.path)).toEqual([path]);
  });

  it('refuses a host whose address changes to a private one between check and connect', async () => {
    let calls = 0;
    // First answer (the check) is public; the second (the connection) is loopback: DNS rebinding.
    const rebinding: HostLookup = async () => (++calls === 1 ? ['93.184.216.34'] : ['127.0.0.1']);
    const error = await failure(fetchFeed(`http://rebind.public.test:${port}/etag.xml`, { ...guarded, lookup: rebinding }));
    expect(error.code).toBe('feed_blocked_address');
    expect(calls).toBe(2);
    expect(connections).toBe(0);
  });
});
