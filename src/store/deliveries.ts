/**
 * The delivery outbox. A row keyed by (job, time slot) is claimed with an insert-if-absent, so a
 * scheduled run happens once however many replicas fire it; the row then records each part posted,
 * so a run that crashed halfway resumes after the last posted part and never posts one twice.
 */
import type { Kysely, Selectable } from 'kysely';
import type { DeliveryTable, Tables } from './schema.js';

export type Delivery = Selectable<DeliveryTable>;

export interface Claim {
  id: number;
  /** Parts an earlier attempt already posted: resume from here. */
  partsPosted: number;
  attempt: number;
}

export interface ClaimRequest {
  slotKey: string;
  workspace: string;
  subscriptionId: string | null;
  claimedBy: string;
  now: string;
  /** A claim older than this (ms) whose run did not finish is taken over. */
  leaseMs: number;
  /** Transient failures are retried up to this many attempts in total. */
  maxAttempts: number;
}

export class DeliveryRepository {
  constructor(private readonly db: Kysely<Tables>) {}

  /** Claims a slot, or resumes an abandoned or transiently failed one; null when not ours to run. */
  async claim(request: ClaimRequest): Promise<Claim | null> {
    const inserted = await this.db
      .insertInto('deliveries')
      .values({
        slot_key: request.slotKey, workspace: request.workspace, subscription_id: request.subscriptionId,
        status: 'posting', parts_posted: 0, message_ids: '[]', claimed_by: request.claimedBy, claimed_at: request.now, attempts: 1,
      })
      .onConflict((oc) => oc.column('slot_key').doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0) {
      const row = await this.bySlot(request.slotKey);
      return { id: Number(row!.id), partsPosted: 0, attempt: 1 };
    }
    const existing = await this.bySlot(request.slotKey);
    if (!existing || existing.status === 'done' || existing.status === 'failed_permanent') return null;
    if (existing.attempts >= request.maxAttempts) return null;
    const stale = Date.parse(request.now) - Date.parse(existing.claimed_at) >= request.leaseMs;
    if (existing.status === 'posting' && !stale) return null;
    // Compare-and-set on the previous claim time: of two replicas taking over, one wins.
    const updated = await this.db
      .updateTable('deliveries')
      .set({ status: 'posting', claimed_by: request.claimedBy, claimed_at: request.now, attempts: existing.attempts + 1, error: null })
      .where('slot_key', '=', request.slotKey)
      .where('claimed_at', '=', existing.claimed_at)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) return null;
    return { id: Number(existing.id), partsPosted: existing.parts_posted, attempt: existing.attempts + 1 };
  }

  async recordPart(id: number, part: number, messageId: string): Promise<void> {
    const row = await this.db.selectFrom('deliveries').select('message_ids').where('id', '=', id).executeTakeFirstOrThrow();
    const ids = JSON.parse(row.message_ids) as string[];
    ids[part] = messageId;
    await this.db.updateTable('deliveries').set({ parts_posted: part + 1, message_ids: JSON.stringify(ids) }).where('id', '=', id).execute();
  }

  async finish(id: number, status: 'done' | 'failed_transient' | 'failed_permanent', at: string, error: string | null = null): Promise<void> {
    await this.db.updateTable('deliveries').set({ status, finished_at: at, error }).where('id', '=', id).execute();
  }

  async bySlot(slotKey: string): Promise<Delivery | undefined> {
    return this.db.selectFrom('deliveries').selectAll().where('slot_key', '=', slotKey).executeTakeFirst();
  }

  /** Runs to pick up again: abandoned mid-post (claim older than the lease) or failed transiently. */
  async pending(staleBefore: string, maxAttempts: number): Promise<Delivery[]> {
    return this.db
      .selectFrom('deliveries')
      .selectAll()
      .where('attempts', '<', maxAttempts)
      .where((eb) => eb.or([
        eb('status', '=', 'failed_transient'),
        eb.and([eb('status', '=', 'posting'), eb('claimed_at', '<', staleBefore)]),
      ]))
      .orderBy('claimed_at')
      .execute();
  }

  async recent(workspace: string, limit = 20): Promise<Delivery[]> {
    return this.db.selectFrom('deliveries').selectAll().where('workspace', '=', workspace).orderBy('claimed_at', 'desc').limit(limit).execute();
  }
}
