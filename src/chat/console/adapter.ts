/**
 * The console adapter: the default when no chat token is configured. Commands come from
 * `newsdigest ask "/news ..."`; answers and digests are printed as Markdown. The console user is
 * the operator, so it is an admin of the console workspace.
 */
import type { ChannelTarget, ChatAdapter, PostOptions, PostResult } from '../adapter.js';
import type { AutocompleteHandler, CommandHandler, CommandRequest } from '../../core/command.js';
import type { Message } from '../../core/message.js';
import { parseCommandText } from '../../commands/parse.js';
import { renderMarkdown } from '../../render/markdown.js';

export const CONSOLE_CHANNEL = 'console';

export class ConsoleAdapter implements ChatAdapter {
  readonly platform = 'console' as const;
  private handlers: { command: CommandHandler; autocomplete?: AutocompleteHandler } | null = null;
  private posted = 0;

  constructor(private readonly options: { workspace: string; write: (text: string) => void }) {}

  async start(handlers: { command: CommandHandler; autocomplete?: AutocompleteHandler }): Promise<void> {
    this.handlers = handlers;
  }

  async stop(): Promise<void> {
    this.handlers = null;
  }

  /**
   * Runs one command line and prints the answer; returns false when the command was refused, so
   * the CLI can exit non-zero.
   *
   * @example
   * await adapter.ask('/news figures refugees');
   */
  async ask(text: string): Promise<{ ok: boolean; message: Message }> {
    if (!this.handlers) throw new Error('ConsoleAdapter.ask called before start');
    const parsed = parseCommandText(text);
    let message: Message;
    if ('error' in parsed) {
      message = { title: 'Sorry', text: `${parsed.error}\nUsage:\n${parsed.usage}`, ephemeral: true, isError: true };
    } else {
      const request: CommandRequest = {
        platform: 'console',
        workspace: this.options.workspace,
        channelId: CONSOLE_CHANNEL,
        caller: { id: 'console', name: 'console', isAdmin: true },
        subcommand: parsed.subcommand,
        options: parsed.options,
      };
      message = await this.handlers.command(request);
    }
    this.options.write(renderMarkdown(message));
    return { ok: !message.isError, message };
  }

  async post(_target: ChannelTarget, message: Message, options: PostOptions = {}): Promise<PostResult> {
    if ((options.resumeFrom ?? 0) > 0) return { messageIds: [] };
    this.options.write(renderMarkdown(message));
    const id = `console-${++this.posted}`;
    await options.onPartPosted?.(0, id);
    return { messageIds: [id] };
  }
}
