/**
 * The Discord chat adapter: discord.js for the gateway (slash commands) and REST (posting digests).
 * Posting needs only REST, so a process that only delivers scheduled digests can `post` without
 * `start`ing the gateway connection.
 */
import { createHash } from 'node:crypto';
import { Client, Routes } from 'discord.js';
import type { RateLimitData } from 'discord.js';
import type { ChannelTarget, ChatAdapter, PostOptions, PostResult } from '../adapter.js';
import { systemClock } from '../../core/clock.js';
import type { Clock } from '../../core/clock.js';
import type { AutocompleteHandler, CommandHandler } from '../../core/command.js';
import { AppError } from '../../core/errors.js';
import type { Logger } from '../../core/log.js';
import type { Message } from '../../core/message.js';
import { renderDiscord } from '../../render/discord.js';
import type { DiscordPart } from '../../render/discord.js';
import { inviteUrl } from './commands.js';
import { dispatchInteraction } from './interactions.js';
import type { InteractionDeps } from './interactions.js';
import { withRetry } from './retry.js';
import type { RetryPolicy } from './retry.js';

export const CHART_FILENAME = 'figures.png';
// One try may take at most this long; see DEFAULT_RETRY for the bound over all tries.
export const REQUEST_TIMEOUT_MS = 10_000;
// discord.js waits out every 429 itself (for its Retry-After); past this wait the adapter gives up
// with delivery_rate_limited and the outbox retries later, so one post never hangs for minutes.
export const MAX_RATE_LIMIT_WAIT_MS = 60_000;
// Discord: a message nonce is at most 25 characters.
const NONCE_LENGTH = 25;

export interface DiscordAdapterOptions {
  token: string;
  /** Discord API base (DISCORD_API_URL); default https://discord.com/api. */
  apiUrl?: string;
  /** The application (bot) id, used to log the invite URL at start. */
  applicationId?: string;
  logger: Logger;
  clock?: Clock;
  /** Backoff for 5xx and network failures; default 4 tries, 1 s doubling to 8 s at most. */
  retry?: RetryPolicy;
}

/**
 * A nonce that is the same for the same part in the same channel: with `enforce_nonce`, Discord
 * returns the message already created instead of a duplicate when a retried post had in fact
 * gone through (a 5xx or timeout after Discord stored it).
 */
function partNonce(channelId: string, index: number, part: DiscordPart, chart: Uint8Array | null): string {
  const hash = createHash('sha256').update(`${channelId}\n${index}\n${JSON.stringify(part)}\n`);
  if (chart) hash.update(chart);
  return hash.digest('hex').slice(0, NONCE_LENGTH);
}

export class DiscordAdapter implements ChatAdapter {
  readonly platform = 'discord' as const;
  /** The discord.js client; exposed for tools that need it (command registration, diagnostics). */
  readonly client: Client;
  private readonly clock: Clock;
  private readonly logger: Logger;
  private readonly options: DiscordAdapterOptions;
  private listening = false;

  /**
   * @example
   * const discord = new DiscordAdapter({ token, logger, apiUrl: config.discordApiUrl });
   * await discord.start({ command: router.handle, autocomplete: router.suggest });
   */
  constructor(options: DiscordAdapterOptions) {
    this.options = options;
    this.clock = options.clock ?? systemClock;
    this.logger = options.logger.child({ platform: 'discord' });
    this.client = new Client({
      // Slash commands arrive without any gateway intent; the bot reads no messages or members.
      intents: [],
      rest: {
        ...(options.apiUrl ? { api: options.apiUrl } : {}),
        // 5xx and timeouts are retried with backoff by withRetry (discord.js would retry at once).
        retries: 0,
        timeout: REQUEST_TIMEOUT_MS,
        rejectOnRateLimit: (data: RateLimitData) => this.onRateLimit(data),
      },
    });
    this.client.rest.setToken(options.token);
    this.client.on('error', (error) => this.logger.error({ err: error }, 'discord: client error'));
  }

  private onRateLimit(data: RateLimitData): boolean {
    const giveUp = data.retryAfter > MAX_RATE_LIMIT_WAIT_MS;
    this.logger.warn({ route: data.route, retryAfterMs: data.retryAfter, global: data.global, scope: data.scope, giveUp },
      'discord: rate limited');
    return giveUp;
  }

  /**
   * Routes `/news` interactions to the handlers without connecting; `start` calls it, then logs
   * in. Interactions can then be fed from any source of gateway events.
   * @example adapter.listen({ command: async (request) => ({ title: request.subcommand }) });
   */
  listen(handlers: { command: CommandHandler; autocomplete?: AutocompleteHandler }): void {
    if (this.listening) throw new AppError('config_invalid', 'The Discord adapter is already started.');
    this.listening = true;
    const deps: InteractionDeps = { ...handlers, clock: this.clock, logger: this.logger };
    this.client.on('interactionCreate', (interaction) => {
      void dispatchInteraction(interaction, deps);
    });
  }

  async start(handlers: { command: CommandHandler; autocomplete?: AutocompleteHandler }): Promise<void> {
    this.listen(handlers);
    try {
      await this.client.login(this.options.token);
    } catch (error) {
      this.client.removeAllListeners('interactionCreate');
      this.listening = false;
      // discord.js turns a 401 from GET /gateway/bot into its TokenInvalid error.
      const { status, code } = error as { status?: unknown; code?: unknown };
      throw new AppError('config_invalid', status === 401 || code === 'TokenInvalid'
        ? 'Discord rejected the bot token; check DISCORD_TOKEN.'
        : 'Could not connect to Discord; check the network and DISCORD_API_URL.', { context: { status, code }, cause: error });
    }
    if (this.options.applicationId) {
      this.logger.info({ inviteUrl: inviteUrl(this.options.applicationId) }, 'discord: connected');
    }
  }

  async stop(): Promise<void> {
    this.client.removeAllListeners('interactionCreate');
    this.listening = false;
    await this.client.destroy();
  }

  /**
   * Posts a message as one Discord message per rendered part, the chart on the first. Returns the
   * ids of the parts posted by this call (from `resumeFrom` on).
   * @example
   * await discord.post({ workspace: guildId, channelId }, message, { chart: png, onPartPosted: record });
   */
  async post(target: ChannelTarget, message: Message, options: PostOptions = {}): Promise<PostResult> {
    const parts = renderDiscord(message);
    const from = options.resumeFrom ?? 0;
    const context = { workspace: target.workspace, channelId: target.channelId };
    if (!Number.isInteger(from) || from < 0 || from > parts.length) {
      throw new AppError('input_invalid', `Cannot resume at part ${from}: the message has ${parts.length} parts.`, { context });
    }
    const messageIds: string[] = [];
    for (let index = from; index < parts.length; index += 1) {
      const part = parts[index] as DiscordPart;
      const chart = index === 0 && options.chart ? options.chart : null;
      const body = {
        ...part,
        nonce: partNonce(target.channelId, index, part, chart),
        enforce_nonce: true,
        ...(chart ? { attachments: [{ id: 0, filename: CHART_FILENAME }] } : {}),
      };
      const files = chart ? [{ name: CHART_FILENAME, data: Buffer.from(chart), contentType: 'image/png' }] : undefined;
      const created = await withRetry(
        () => this.client.rest.post(Routes.channelMessages(target.channelId), { body, ...(files ? { files } : {}) }),
        { clock: this.clock, logger: this.logger, context: { ...context, part: index }, ...(this.options.retry ? { policy: this.options.retry } : {}) },
      ) as { id: string };
      messageIds.push(created.id);
      this.logger.debug({ ...context, part: index, messageId: created.id }, 'discord: part posted');
      await options.onPartPosted?.(index, created.id);
    }
    return { messageIds };
  }
}
