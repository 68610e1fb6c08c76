/**
 * A fake Slack on 127.0.0.1: the Web API methods the adapter calls (under `/api/`), the file upload
 * URL it hands out, and `response_url` endpoints. It records every request and answers from a
 * per-method script, falling back to a plausible success.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { EventEmitter } from 'node:events';

export interface RecordedRequest {
  /** Web API method ("chat.postMessage"), "upload" or "respond". */
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  raw: Buffer;
  /** Form or JSON fields; `blocks` decoded from its JSON string. */
  body: Record<string, unknown>;
  /** What the fake answered. */
  status: number;
}

export interface ScriptedResponse {
  status?: number;
  headers?: Record<string, string>;
  json?: Record<string, unknown>;
}

export interface FakeSlack {
  /** `http://127.0.0.1:PORT` */
  base: string;
  /** Give this to the WebClient as `slackApiUrl`. */
  apiUrl: string;
  requests: RecordedRequest[];
  /** Requests to one method (or "upload" / "respond"). */
  calls(method: string): RecordedRequest[];
  /** Answers for the next calls to `method`, in order; later calls get the default answer. */
  script(method: string, responses: ScriptedResponse[]): void;
  /** Resolves once `count` requests to `method` have been recorded. */
  waitFor(method: string, count?: number): Promise<RecordedRequest[]>;
  close(): Promise<void>;
}

function decode(raw: Buffer, contentType: string | undefined): Record<string, unknown> {
  const text = raw.toString('utf8');
  if (contentType?.startsWith('application/json')) return JSON.parse(text || '{}') as Record<string, unknown>;
  if (contentType?.startsWith('application/x-www-form-urlencoded')) {
    const fields: Record<string, unknown> = Object.fromEntries(new URLSearchParams(text));
    if (typeof fields.blocks === 'string') fields.blocks = JSON.parse(fields.blocks);
    return fields;
  }
  return {};
}

/** Starts the fake. `admins` are the user ids `users.info` reports as workspace admins. */
export async function startFakeSlack(options: { admins?: string[] } = {}): Promise<FakeSlack> {
  const admins = new Set(options.admins ?? []);
  const requests: RecordedRequest[] = [];
  const scripts = new Map<string, ScriptedResponse[]>();
  const events = new EventEmitter();
  let base = '';

  const defaults = (method: string, body: Record<string, unknown>): ScriptedResponse => {
    switch (method) {
      case 'auth.test':
        return { json: { ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T1' } };
      case 'chat.postMessage': {
        const posted = requests.filter((r) => r.method === method && r.status === 200).length + 1;
        return { json: { ok: true, channel: body.channel, ts: `1700000000.${String(posted).padStart(6, '0')}` } };
      }
      case 'users.info':
        return { json: { ok: true, user: { id: body.user, is_admin: admins.has(String(body.user)), is_owner: false } } };
      case 'files.getUploadURLExternal':
        return { json: { ok: true, upload_url: `${base}/upload/F123`, file_id: 'F123' } };
      case 'files.completeUploadExternal':
        return { json: { ok: true, files: [{ id: 'F123', title: 'Humanitarian figures' }] } };
      case 'apps.connections.open':
        return { json: { ok: false, error: 'invalid_auth' } };
      case 'upload':
      case 'respond':
        return { json: { ok: true } };
      default:
        return { json: { ok: false, error: 'unknown_method' } };
    }
  };

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks);
      const path = req.url ?? '/';
      const method = path.startsWith('/api/') ? path.slice(5).split('?')[0]! : path.startsWith('/upload/') ? 'upload' : 'respond';
      const body = decode(raw, req.headers['content-type']);
      const scripted = scripts.get(method)?.shift();
      // A scripted entry without `json` keeps the default answer's body (e.g. only a status or header).
      const answer = { ...defaults(method, body), ...scripted };
      const status = answer.status ?? 200;
      requests.push({ method, path, headers: req.headers, raw, body, status });
      res.writeHead(status, { 'content-type': 'application/json', ...answer.headers });
      res.end(JSON.stringify(answer.json ?? {}));
      events.emit('request');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const calls = (method: string): RecordedRequest[] => requests.filter((r) => r.method === method);
  return {
    base,
    apiUrl: `${base}/api/`,
    requests,
    calls,
    script: (method, responses) => scripts.set(method, [...(scripts.get(method) ?? []), ...responses]),
    waitFor: (method, count = 1) =>
      new Promise((resolve) => {
        const check = (): void => {
          if (calls(method).length < count) return;
          events.off('request', check);
          resolve(calls(method));
        };
        events.on('request', check);
        check();
      }),
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
