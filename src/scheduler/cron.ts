/**
 * node-cron wrapper: one task per job key, replaced when its schedule changes. Each firing passes
 * the slot it was scheduled for (to the minute), which keys the delivery claim.
 */
import cron, { type ScheduledTask } from 'node-cron';
import type { Logger } from '../core/log.js';

export interface CronJob {
  key: string;
  cron: string;
  timezone: string;
  run: (slot: Date) => Promise<unknown>;
}

/** The scheduled minute: seconds dropped, so replicas firing a little apart agree on the slot. */
export function slotOf(date: Date): Date {
  const slot = new Date(date);
  slot.setUTCSeconds(0, 0);
  return slot;
}

/**
 * Time between two consecutive runs of a schedule: the window a scheduled digest covers.
 *
 * @example
 * await scheduleInterval('0 8 * * *', 'UTC') // 86400000
 */
export async function scheduleInterval(expression: string, timezone: string): Promise<number> {
  const task = cron.createTask(expression, () => undefined, { timezone });
  try {
    const [a, b] = task.getNextRuns(2);
    return a && b ? b.getTime() - a.getTime() : 86_400_000;
  } finally {
    await task.destroy();
  }
}

export class CronScheduler {
  private readonly tasks = new Map<string, { task: ScheduledTask; signature: string }>();

  constructor(private readonly logger: Logger) {}

  /** Makes the running tasks exactly `jobs`: new ones start, changed ones restart, gone ones stop. */
  async set(jobs: CronJob[]): Promise<void> {
    const wanted = new Map(jobs.map((j) => [j.key, j]));
    for (const [key, entry] of this.tasks) {
      const job = wanted.get(key);
      if (!job || `${job.cron}|${job.timezone}` !== entry.signature) {
        await entry.task.destroy();
        this.tasks.delete(key);
      }
    }
    for (const job of jobs) {
      if (this.tasks.has(job.key)) continue;
      const task = cron.schedule(
        job.cron,
        async (context) => {
          try {
            await job.run(slotOf(context.date));
          } catch (error) {
            this.logger.error({ job: job.key, err: error }, 'scheduled job failed');
          }
        },
        { timezone: job.timezone, name: job.key, noOverlap: true },
      );
      this.tasks.set(job.key, { task, signature: `${job.cron}|${job.timezone}` });
    }
  }

  get size(): number {
    return this.tasks.size;
  }

  async stop(): Promise<void> {
    for (const { task } of this.tasks.values()) await task.destroy();
    this.tasks.clear();
  }
}
