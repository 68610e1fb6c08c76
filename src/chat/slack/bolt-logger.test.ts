import { LogLevel } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import type { Logger } from '../../core/log.js';
import { boltLogger } from './bolt-logger.js';

describe('boltLogger', () => {
  it('forwards variadic Bolt messages to our logger, one line each', () => {
    const lines: Array<[string, object, string | undefined]> = [];
    const record = (level: string) => (obj: object, msg?: string) => void lines.push([level, obj, msg]);
    const logger: Logger = { debug: record('debug'), info: record('info'), warn: record('warn'), error: record('error'), child: () => logger };
    const bolt = boltLogger(logger);
    bolt.info('Now listening', 3000);
    bolt.error(new Error('signature mismatch'), { path: '/slack/events' });
    expect(lines).toEqual([
      ['info', { component: 'bolt' }, 'Now listening 3000'],
      ['error', { component: 'bolt' }, 'signature mismatch {"path":"/slack/events"}'],
    ]);
    bolt.setLevel(LogLevel.DEBUG);
    expect(bolt.getLevel()).toBe(LogLevel.DEBUG);
  });
});
