import { describe, expect, it, vi } from 'vitest';
import { fixedClock } from '../../core/clock.js';
import { silentLogger } from '../../core/log.js';
import { ADMIN_CACHE_MS, AdminDirectory } from './admins.js';

describe('AdminDirectory', () => {
  it('asks Slack once per caller until the cache entry expires', async () => {
    const clock = fixedClock('2026-11-22T09:00:00Z');
    const lookup = vi.fn(async (user: string) => user === 'UADMIN');
    const directory = new AdminDirectory(lookup, clock, silentLogger);
    expect(await directory.isAdmin('T1', 'UADMIN')).toBe(true);
    expect(await directory.isAdmin('T1', 'UADMIN')).toBe(true);
    expect(await directory.isAdmin('T1', 'UOTHER')).toBe(false);
    expect(lookup).toHaveBeenCalledTimes(2);
    clock.advance(ADMIN_CACHE_MS + 1);
    expect(await directory.isAdmin('T1', 'UADMIN')).toBe(true);
    expect(lookup).toHaveBeenCalledTimes(3);
  });

  it('fails closed and does not cache a failed lookup', async () => {
    const lookup = vi.fn().mockRejectedValueOnce(new Error('timeout')).mockResolvedValueOnce(true);
    const directory = new AdminDirectory(lookup, fixedClock('2026-11-22T09:00:00Z'), silentLogger);
    expect(await directory.isAdmin('T1', 'U1')).toBe(false);
    expect(await directory.isAdmin('T1', 'U1')).toBe(true);
  });
});
