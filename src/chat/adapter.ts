/**
 * The one interface every chat platform implements: console, Discord, Slack. The scheduler and the
 * command router talk to this, never to a chat SDK.
 */
import type { AutocompleteHandler, CommandHandler, Platform } from '../core/command.js';
import type { Message } from '../core/message.js';

export interface ChannelTarget {
  /** Discord guild id, Slack team id, or "default" for the console. */
  workspace: string;
  channelId: string;
}

export interface PostOptions {
  /** PNG of the figures chart, attached when the message carries a digest. */
  chart?: Uint8Array | null;
  /**
   * Parts already posted by an earlier, interrupted attempt: start at this part index. The split of
   * one message into parts is deterministic, so resuming never posts a part twice.
   */
  resumeFrom?: number;
  /** Called after each part is posted, so the caller can record progress in the delivery outbox. */
  onPartPosted?: (part: number, messageId: string) => Promise<void> | void;
}

export interface PostResult {
  /** Platform ids of the messages posted, in order (a long digest becomes several). */
  messageIds: string[];
}

export interface ChatAdapter {
  readonly platform: Platform;
  /** Connect and start receiving `/news` commands; answers come from `handler`. */
  start(handlers: { command: CommandHandler; autocomplete?: AutocompleteHandler }): Promise<void>;
  stop(): Promise<void>;
  /**
   * Post a message (usually a digest) to a channel. Throws AppError with code
   * `delivery_permanent` (missing access, unknown channel, bot removed: do not retry),
   * `delivery_rate_limited` or `delivery_transient` (retry later) once its own retries are spent.
   */
  post(target: ChannelTarget, message: Message, options?: PostOptions): Promise<PostResult>;
}
