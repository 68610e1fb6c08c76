/** Which channel gets which topic, when: one row per (workspace, platform, channel, topic). */
import { createHash } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { SubscriptionTable, Tables } from './schema.js';

export type Subscription = Selectable<SubscriptionTable>;

export interface NewSubscription {
  workspace: string;
  platform: string;
  channelId: string;
  topic: string;
  cron: string;
  timezone: string;
  createdBy: string | null;
}

export function subscriptionId(s: Pick<NewSubscription, 'workspace' | 'platform' | 'channelId' | 'topic'>): string {
  return 'sub_' + createHash('sha256').update([s.workspace, s.platform, s.channelId, s.topic].join('\n')).digest('hex').slice(0, 16);
}

export class SubscriptionRepository {
  constructor(private readonly db: Kysely<Tables>) {}

  /** Creates or reschedules a subscription; re-subscribing clears a permanent error. */
  async upsert(s: NewSubscription, now: string): Promise<Subscription> {
    const id = subscriptionId(s);
    await this.db
      .insertInto('subscriptions')
      .values({
        id, workspace: s.workspace, platform: s.platform, channel_id: s.channelId, topic: s.topic,
        cron: s.cron, timezone: s.timezone, created_by: s.createdBy, created_at: now,
        disabled_reason: null, last_error: null, last_error_at: null, last_delivered_at: null,
      })
      .onConflict((oc) => oc.column('id').doUpdateSet({ cron: s.cron, timezone: s.timezone, disabled_reason: null, last_error: null }))
      .execute();
    return (await this.get(id))!;
  }

  async get(id: string): Promise<Subscription | undefined> {
    return this.db.selectFrom('subscriptions').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async remove(workspace: string, platform: string, channelId: string, topic: string): Promise<number> {
    let query = this.db.deleteFrom('subscriptions').where('workspace', '=', workspace).where('platform', '=', platform).where('channel_id', '=', channelId);
    if (topic !== 'all') query = query.where('topic', '=', topic);
    const result = await query.executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  async list(filter: { workspace?: string; platform?: string } = {}): Promise<Subscription[]> {
    let query = this.db.selectFrom('subscriptions').selectAll();
    if (filter.workspace) query = query.where('workspace', '=', filter.workspace);
    if (filter.platform) query = query.where('platform', '=', filter.platform);
    return query.orderBy('created_at').execute();
  }

  async recordDelivered(id: string, at: string): Promise<void> {
    await this.db.updateTable('subscriptions').set({ last_delivered_at: at, last_error: null, last_error_at: null }).where('id', '=', id).execute();
  }

  /** Records a failure; a permanent one disables the subscription until an admin re-subscribes. */
  async recordError(id: string, message: string, at: string, permanent: boolean): Promise<void> {
    await this.db
      .updateTable('subscriptions')
      .set({ last_error: message, last_error_at: at, ...(permanent ? { disabled_reason: message } : {}) })
      .where('id', '=', id)
      .execute();
  }
}
