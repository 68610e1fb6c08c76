/**
 * Bolt and the Slack WebClient log through their own Logger interface (variadic messages, levels);
 * this forwards them to the project's logger so every line keeps our stable keys.
 */
import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../../core/log.js';

const describe = (parts: unknown[]): string =>
  parts
    .map((p) => (typeof p === 'string' ? p : p instanceof Error ? p.message : JSON.stringify(p)))
    .join(' ');

/**
 * @example new App({ logger: boltLogger(logger.child({ platform: 'slack' })), ... })
 */
export function boltLogger(logger: Logger): BoltLogger {
  // Our logger filters by its own level; Bolt only needs a level to read back.
  let level: LogLevel = LogLevel.INFO;
  return {
    debug: (...parts: unknown[]) => logger.debug({ component: 'bolt' }, describe(parts)),
    info: (...parts: unknown[]) => logger.info({ component: 'bolt' }, describe(parts)),
    warn: (...parts: unknown[]) => logger.warn({ component: 'bolt' }, describe(parts)),
    error: (...parts: unknown[]) => logger.error({ component: 'bolt' }, describe(parts)),
    setLevel: (next: LogLevel) => {
      level = next;
    },
    getLevel: () => level,
    setName: () => {},
  };
}
