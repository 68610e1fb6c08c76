/**
 * A fake Discord HTTP API on 127.0.0.1 for integration tests: records every request (JSON or
 * multipart body decoded), serves the routes the adapter uses with Discord-shaped answers, and
 * replays scripted failures (429, 5xx, JSON errors) for a route before answering normally.
 */
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedFile {
  field: string;
  filename: string;
  contentType: string;
  bytes: Uint8Array;
}

export interface RecordedRequest {
  method: string;
  /** Path after /api/v10, decoded ("/webhooks/1/tok/messages/@original"). */
  path: string;
  query: Record<string, string>;
  authorization: string | undefined;
  /** JSON body, or the `payload_json` of a multipart body; null when there is none. */
  body: Record<string, unknown> | null;
  files: RecordedFile[];
}

export interface ScriptedResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Store the message as if Discord had created it, then answer with this failure anyway. */
  createFirst?: boolean;
}

interface Script {
  method: string;
  path: RegExp;
  responses: ScriptedResponse[];
}

export interface FakeDiscord {
  /** API base for discord.js `rest.api`. */
  apiUrl: string;
  requests: RecordedRequest[];
  /** Messages created per channel (after nonce de-duplication), as Discord would store them. */
  channelMessages(channelId: string): Array<Record<string, unknown>>;
  /** Answer the next matching requests with these responses, in order. */
  script(method: string, path: RegExp, ...responses: ScriptedResponse[]): void;
  /** Resolves once a request matching the predicate has been recorded. */
  waitFor(predicate: (request: RecordedRequest) => boolean): Promise<RecordedRequest>;
  close(): Promise<void>;
}

const BOT_USER = { id: '900000000000000001', username: 'newsdigest', discriminator: '0', global_name: null, avatar: null, bot: true };

function messageObject(id: string, channelId: string, body: Record<string, unknown> | null): Record<string, unknown> {
  return {
    id, channel_id: channelId, type: 0, author: BOT_USER,
    content: body?.content ?? '', embeds: body?.embeds ?? [], attachments: [], mentions: [], mention_roles: [],
    mention_everyone: false, pinned: false, tts: false, flags: body?.flags ?? 0, components: [],
    timestamp: '2026-11-22T09:00:00.000000+00:00', edited_timestamp: null,
    ...(body?.nonce === undefined ? {} : { nonce: body.nonce }),
  };
}

async function readBody(req: IncomingMessage): Promise<{ body: Record<string, unknown> | null; files: RecordedFile[] }> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks);
  const type = req.headers['content-type'] ?? '';
  if (raw.length === 0) return { body: null, files: [] };
  if (type.startsWith('multipart/form-data')) {
    const form = await new Response(raw, { headers: { 'content-type': type } }).formData();
    const files: RecordedFile[] = [];
    let body: Record<string, unknown> | null = null;
    for (const [field, value] of form.entries()) {
      if (typeof value === 'string') {
        if (field === 'payload_json') body = JSON.parse(value) as Record<string, unknown>;
      } else {
        files.push({ field, filename: value.name, contentType: value.type, bytes: new Uint8Array(await value.arrayBuffer()) });
      }
    }
    return { body, files };
  }
  return { body: JSON.parse(raw.toString('utf8')) as Record<string, unknown>, files: [] };
}

/**
 * Starts the fake API on a random loopback port.
 * @example
 * const discord = await startFakeDiscord();
 * const adapter = new DiscordAdapter({ token: 't', apiUrl: discord.apiUrl, logger });
 */
export async function startFakeDiscord(): Promise<FakeDiscord> {
  const requests: RecordedRequest[] = [];
  const scripts: Script[] = [];
  const channels = new Map<string, Array<Record<string, unknown>>>();
  const waiters: Array<{ predicate: (r: RecordedRequest) => boolean; resolve: (r: RecordedRequest) => void }> = [];
  let nextId = 100;

  const send = (res: ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}): void => {
    if (body === undefined) {
      res.writeHead(status, headers).end();
      return;
    }
    res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
  };

  const createMessage = (channelId: string, body: Record<string, unknown> | null): Record<string, unknown> => {
    const stored = channels.get(channelId) ?? [];
    channels.set(channelId, stored);
    if (body?.enforce_nonce === true && body.nonce !== undefined) {
      // Discord: with enforce_nonce, a second create with the same nonce returns the first message.
      const existing = stored.find((m) => m.nonce === body.nonce);
      if (existing) return existing;
    }
    const message = messageObject(String((nextId += 1)), channelId, body);
    stored.push(message);
    return message;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = decodeURIComponent(url.pathname.replace(/^\/api\/v10/, ''));
    const { body, files } = await readBody(req);
    const method = req.method ?? 'GET';
    const record: RecordedRequest = {
      method, path, query: Object.fromEntries(url.searchParams), authorization: req.headers.authorization, body, files,
    };
    requests.push(record);
    for (const waiter of [...waiters]) {
      if (waiter.predicate(record)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(record);
      }
    }

    const channelRoute = /^\/channels\/(\d+)\/messages$/.exec(path);
    const scripted = scripts.find((s) => s.method === method && s.path.test(path) && s.responses.length > 0)?.responses.shift();
    if (scripted) {
      if (scripted.createFirst && channelRoute?.[1]) createMessage(channelRoute[1], body);
      send(res, scripted.status, scripted.body, scripted.headers);
      return;
    }

    if (method === 'POST' && channelRoute?.[1]) return send(res, 200, createMessage(channelRoute[1], body));
    if (method === 'POST' && /^\/interactions\/\d+\/[^/]+\/callback$/.test(path)) return send(res, 204);
    const webhook = /^\/webhooks\/(\d+)\/([^/]+)(\/messages\/(.+))?$/.exec(path);
    if (webhook) {
      const id = webhook[4] === '@original' ? `orig-${webhook[2]}` : String((nextId += 1));
      if (method === 'DELETE') return send(res, 204);
      if (method === 'PATCH' || method === 'POST') return send(res, 200, messageObject(id, '0', body));
    }
    const commands = /^\/applications\/(\d+)(\/guilds\/\d+)?\/commands$/.exec(path);
    if (method === 'PUT' && commands) {
      const list = Array.isArray(body) ? body : [];
      return send(res, 200, list.map((c: Record<string, unknown>, i: number) => ({ ...c, id: String(7000 + i), application_id: commands[1], version: '1' })));
    }
    send(res, 404, { message: 'Unknown route', code: 0 });
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => send(res, 500, { message: String(error), code: 0 }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    apiUrl: `http://127.0.0.1:${port}/api`,
    requests,
    channelMessages: (channelId) => channels.get(channelId) ?? [],
    script: (method, path, ...responses) => {
      scripts.push({ method, path, responses });
    },
    waitFor: (predicate) => {
      const found = requests.find(predicate);
      if (found) return Promise.resolve(found);
      return new Promise((resolve) => waiters.push({ predicate, resolve }));
    },
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
