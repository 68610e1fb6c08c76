/** Loggers and clocks for the Discord integration tests. */
import type { Clock } from '../../src/core/clock.js';
import { fixedClock } from '../../src/core/clock.js';
import type { Logger } from '../../src/core/log.js';

export interface LogEntry {
  level: 'debug' | 'info' | 'warn' | 'error';
  obj: Record<string, unknown>;
  msg: string | undefined;
}

/** A logger that keeps every entry, bindings merged in. */
export function recordingLogger(entries: LogEntry[] = [], bindings: Record<string, unknown> = {}): Logger & { entries: LogEntry[] } {
  const at = (level: LogEntry['level']) => (obj: object, msg?: string) => {
    entries.push({ level, obj: { ...bindings, ...obj }, msg });
  };
  return {
    entries,
    debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error'),
    child: (more) => recordingLogger(entries, { ...bindings, ...more }),
  };
}

/** A clock whose sleeps return at once (time moves forward), recording each requested pause. */
export function instantClock(): Clock & { sleeps: number[] } {
  const clock = fixedClock('2026-11-22T09:00:00Z');
  const sleeps: number[] = [];
  return {
    sleeps,
    now: clock.now,
    sleep: async (ms) => {
      sleeps.push(ms);
      await clock.sleep(ms);
    },
  };
}

/** A clock whose sleeps never end unless aborted: a handler always answers "in time". */
export function stoppedClock(): Clock {
  return {
    now: () => new Date('2026-11-22T09:00:00Z'),
    sleep: (_ms, signal) => new Promise((_resolve, reject) => {
      signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
    }),
  };
}

/** A promise with its resolver, to hold a handler until the test lets it go. */
export function gate<T = void>(): { promise: Promise<T>; open: (value: T) => void } {
  let open!: (value: T) => void;
  const promise = new Promise<T>((resolve) => {
    open = resolve;
  });
  return { promise, open };
}
