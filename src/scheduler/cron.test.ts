import { describe, expect, it } from 'vitest';
import { silentLogger } from '../core/log.js';
import { CronScheduler, scheduleInterval, slotOf } from './cron.js';

describe('slotOf', () => {
  it('drops seconds so replicas agree on the slot', () => {
    expect(slotOf(new Date('2026-11-22T08:00:02.345Z')).toISOString()).toBe('2026-11-22T08:00:00.000Z');
  });
});

describe('scheduleInterval', () => {
  it.each([
    ['0 8 * * *', 'Europe/Kyiv', 86_400_000],
    ['*/15 * * * *', 'UTC', 900_000],
    ['0 * * * *', 'UTC', 3_600_000],
  ])('%s in %s', async (expr, zone, ms) => {
    expect(await scheduleInterval(expr, zone)).toBe(ms);
  });
});

describe('CronScheduler', () => {
  it('keeps one task per job and replaces a job whose schedule changed', async () => {
    const scheduler = new CronScheduler(silentLogger);
    const run = async () => undefined;
    await scheduler.set([{ key: 'a', cron: '0 8 * * *', timezone: 'UTC', run }, { key: 'b', cron: '0 9 * * *', timezone: 'UTC', run }]);
    expect(scheduler.size).toBe(2);
    await scheduler.set([{ key: 'a', cron: '0 7 * * *', timezone: 'UTC', run }]);
    expect(scheduler.size).toBe(1);
    await scheduler.stop();
    expect(scheduler.size).toBe(0);
  });
});
