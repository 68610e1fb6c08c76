/**
 * Who may change configuration: Slack workspace admins and owners, read from `users.info`
 * (`is_admin` / `is_owner`). Answers are cached a few minutes so a burst of commands costs one
 * lookup (users.info is a Tier 4 method, ~100 calls/min), and a demoted admin loses rights soon.
 */
import type { Clock } from '../../core/clock.js';
import type { Logger } from '../../core/log.js';

/** How long an answer is trusted. */
export const ADMIN_CACHE_MS = 5 * 60_000;
// Bound on cached callers, so a large workspace cannot grow the map without limit.
const MAX_ENTRIES = 10_000;

/** Looks up one user; true when the user is a workspace admin or owner. */
export type AdminLookup = (userId: string) => Promise<boolean>;

export class AdminDirectory {
  private readonly cache = new Map<string, { isAdmin: boolean; expires: number }>();

  constructor(
    private readonly lookup: AdminLookup,
    private readonly clock: Clock,
    private readonly logger: Logger,
    private readonly ttlMs = ADMIN_CACHE_MS,
  ) {}

  /**
   * True when the user administers the workspace. A failed lookup answers false (fail closed) and is
   * not cached, so the next command asks again.
   * @example await directory.isAdmin('T123', 'U456') // false
   */
  async isAdmin(workspace: string, userId: string): Promise<boolean> {
    const key = `${workspace}:${userId}`;
    const now = this.clock.now().getTime();
    const hit = this.cache.get(key);
    if (hit && hit.expires > now) return hit.isAdmin;
    let isAdmin: boolean;
    try {
      isAdmin = await this.lookup(userId);
    } catch (error) {
      this.logger.warn({ workspace, user: userId, err: error }, 'slack: users.info failed; treating the caller as a non-admin');
      return false;
    }
    if (this.cache.size >= MAX_ENTRIES) {
      for (const [k, v] of this.cache) if (v.expires <= now) this.cache.delete(k);
      if (this.cache.size >= MAX_ENTRIES) this.cache.clear();
    }
    this.cache.set(key, { isAdmin, expires: now + this.ttlMs });
    return isAdmin;
  }
}
