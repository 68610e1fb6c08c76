import { describe, expect, it, vi } from 'vitest';
import type { CommandRequest } from '../../core/command.js';
import { AppError } from '../../core/errors.js';
import { silentLogger } from '../../core/log.js';
import type { Message } from '../../core/message.js';
import { ADMIN_ONLY, answerSlashCommand } from './command.js';

const echo = async (request: CommandRequest): Promise<Message> => ({ title: request.subcommand, text: JSON.stringify(request.options) });
const deps = (admin: boolean, handler = vi.fn(echo)) => ({ handler, isAdmin: vi.fn(async () => admin), logger: silentLogger });
const body = (text: string) => ({ team_id: 'T1', channel_id: 'C1', user_id: 'U1', user_name: 'ana', text });

describe('answerSlashCommand', () => {
  it('builds the CommandRequest from the Slack payload', async () => {
    const d = deps(false);
    await answerSlashCommand(body('search war crimes tribunal'), d);
    expect(d.handler).toHaveBeenCalledWith({
      platform: 'slack', workspace: 'T1', channelId: 'C1',
      caller: { id: 'U1', name: 'ana', isAdmin: false },
      subcommand: 'search', options: { query: 'war crimes tribunal' },
    });
  });

  it.each([
    ['subscribe sanctions', false, 'refused'],
    ['feed-add https://example.org/rss', false, 'refused'],
    ['unsubscribe all', false, 'refused'],
    ['subscribe sanctions', true, 'handled'],
    ['figures refugees', false, 'handled'],
    ['', false, 'handled'],
  ])('"%s" by admin=%s is %s', async (text, admin, outcome) => {
    const d = deps(admin);
    const reply = await answerSlashCommand(body(text), d);
    if (outcome === 'refused') {
      expect(d.handler).not.toHaveBeenCalled();
      expect(reply).toMatchObject({ text: ADMIN_ONLY, ephemeral: true });
    } else {
      expect(d.handler).toHaveBeenCalledTimes(1);
      expect(d.handler.mock.calls[0]![0].caller.isAdmin).toBe(admin);
    }
  });

  it('answers text that does not parse with the usage, without the handler', async () => {
    const d = deps(true);
    const reply = await answerSlashCommand(body('frobnicate'), d);
    expect(d.handler).not.toHaveBeenCalled();
    expect(reply.ephemeral).toBe(true);
    expect(reply.text).toContain('Unknown command "frobnicate".');
    expect(reply.text).toContain('/news digest [topic]');
  });

  it("shows a handler's AppError sentence, ephemeral", async () => {
    const d = deps(false, vi.fn(async () => { throw new AppError('not_found', 'No story with id s9; copy the id from a digest.'); }));
    expect(await answerSlashCommand(body('story s9'), d)).toEqual({ title: '/news story', text: 'No story with id s9; copy the id from a digest.', ephemeral: true });
  });

  it('refuses a payload without a team or user', async () => {
    const d = deps(true);
    const reply = await answerSlashCommand({ channel_id: 'C1', text: 'help' }, d);
    expect(d.handler).not.toHaveBeenCalled();
    expect(reply.ephemeral).toBe(true);
  });
});
