import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelTarget, ChatAdapter, PostOptions, PostResult } from '../../src/chat/adapter.js';
import { AppError } from '../../src/core/errors.js';
import { silentLogger } from '../../src/core/log.js';
import type { Message } from '../../src/core/message.js';
import { deliver, DELIVERY_LEASE_MS, type DeliveryJob } from '../../src/scheduler/deliver.js';
import { testApp } from '../support/app.js';

type TestApp = Awaited<ReturnType<typeof testApp>>;

/** A chat platform that takes a message in N parts and can fail at a given part. */
class RecordingAdapter implements ChatAdapter {
  readonly platform = 'slack' as const;
  readonly posted: string[] = [];
  failAt: { part: number; error: Error } | null = null;
  constructor(private readonly parts: number) {}
  async start() {}
  async stop() {}
  async post(_t: ChannelTarget, message: Message, options: PostOptions = {}): Promise<PostResult> {
    const ids: string[] = [];
    for (let part = options.resumeFrom ?? 0; part < this.parts; part++) {
      if (this.failAt?.part === part) throw this.failAt.error;
      const id = `${message.title}#${part}`;
      this.posted.push(id);
      ids.push(id);
      await options.onPartPosted?.(part, id);
    }
    return { messageIds: ids };
  }
}

describe('deliver', () => {
  let app: TestApp;
  let subscriptionId: string;
  beforeEach(async () => {
    app = await testApp({ now: '2026-11-22T08:00:00.000Z' });
    subscriptionId = (await app.store.subscriptions.upsert({ workspace: 'T1', platform: 'slack', channelId: 'C1', topic: 'all', cron: '0 8 * * *', timezone: 'UTC', createdBy: 'U1' }, '2026-11-01T00:00:00.000Z')).id;
  });
  afterEach(() => app.close());

  const job = (adapter: ChatAdapter): DeliveryJob => ({
    slotKey: `${subscriptionId}@2026-11-22T08:00`, workspace: 'T1', subscriptionId, target: { workspace: 'T1', channelId: 'C1' }, adapter,
    build: async () => ({ message: { title: 'Digest' }, chart: null }),
  });
  const deps = (instance: string) => ({ store: app.store, clock: app.clock, logger: silentLogger, instance });

  it('runs a slot once however many replicas fire it', async () => {
    const adapter = new RecordingAdapter(3);
    const outcomes = await Promise.all([deliver(job(adapter), deps('r1')), deliver(job(adapter), deps('r2')), deliver(job(adapter), deps('r3'))]);
    expect(outcomes.filter((o) => o === 'delivered')).toHaveLength(1);
    expect(adapter.posted).toEqual(['Digest#0', 'Digest#1', 'Digest#2']);
    expect((await app.store.subscriptions.get(subscriptionId))?.last_delivered_at).toBe('2026-11-22T08:00:00.000Z');
  });

  it('resumes a run that failed halfway after its last posted part, posting nothing twice', async () => {
    const adapter = new RecordingAdapter(4);
    adapter.failAt = { part: 2, error: new AppError('delivery_transient', 'Slack answered 500 three times.') };
    expect(await deliver(job(adapter), deps('r1'))).toBe('failed_transient');
    expect((await app.store.subscriptions.get(subscriptionId))?.last_error).toBe('Slack answered 500 three times.');
    adapter.failAt = null;
    expect(await deliver(job(adapter), deps('r2'))).toBe('delivered');
    expect(adapter.posted).toEqual(['Digest#0', 'Digest#1', 'Digest#2', 'Digest#3']);
    expect(JSON.parse((await app.store.deliveries.bySlot(job(adapter).slotKey))!.message_ids)).toEqual(['Digest#0', 'Digest#1', 'Digest#2', 'Digest#3']);
  });

  it('takes over a run abandoned by a crashed replica only after its lease', async () => {
    const adapter = new RecordingAdapter(2);
    // A replica claimed the slot and died before posting anything.
    await app.store.deliveries.claim({ slotKey: job(adapter).slotKey, workspace: 'T1', subscriptionId, claimedBy: 'dead', now: app.clock.now().toISOString(), leaseMs: DELIVERY_LEASE_MS, maxAttempts: 5 });
    expect(await deliver(job(adapter), deps('r2'))).toBe('skipped');
    app.clock.advance(DELIVERY_LEASE_MS);
    expect(await deliver(job(adapter), deps('r2'))).toBe('delivered');
    expect(adapter.posted).toEqual(['Digest#0', 'Digest#1']);
  });

  it('records a permanent error on the subscription and never retries it', async () => {
    const adapter = new RecordingAdapter(2);
    adapter.failAt = { part: 0, error: new AppError('delivery_permanent', 'The bot has no access to this channel.') };
    expect(await deliver(job(adapter), deps('r1'))).toBe('failed_permanent');
    expect((await app.store.subscriptions.get(subscriptionId))?.disabled_reason).toBe('The bot has no access to this channel.');
    adapter.failAt = null;
    app.clock.advance(DELIVERY_LEASE_MS * 2);
    expect(await deliver(job(adapter), deps('r2'))).toBe('skipped');
    expect(adapter.posted).toEqual([]);
    const status = await app.router({ platform: 'slack', workspace: 'T1', channelId: 'C1', caller: { id: 'U1', isAdmin: false }, subcommand: 'status', options: {} });
    expect(status.sections![0]!.items[0]!.body).toContain('Stopped: The bot has no access to this channel.');
  });
});
