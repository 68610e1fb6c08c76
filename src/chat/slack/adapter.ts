/**
 * The Slack side of the chat contract, on @slack/bolt. Socket Mode when an app-level token is given
 * (no public URL needed), otherwise Bolt's HTTP receiver at `/slack/events`, which checks every
 * request's signature and refuses timestamps older than 5 minutes before any listener runs.
 */
import type { AddressInfo } from 'node:net';
import { App, webApi } from '@slack/bolt';
import { type Clock, systemClock } from '../../core/clock.js';
import type { AutocompleteHandler, CommandHandler } from '../../core/command.js';
import { AppError } from '../../core/errors.js';
import type { Logger } from '../../core/log.js';
import type { Message } from '../../core/message.js';
import { renderSlack } from '../../render/slack.js';
import type { ChannelTarget, ChatAdapter, PostOptions, PostResult } from '../adapter.js';
import { AdminDirectory } from './admins.js';
import { boltLogger } from './bolt-logger.js';
import { answerSlashCommand } from './command.js';
import { DEFAULT_RATE_LIMIT, type DeliveryDeps, postParts, type RateLimitPolicy, slackCall } from './delivery.js';
import { slackErrorCode } from './errors.js';
import { answerPayloads } from './respond.js';

export interface SlackAdapterOptions {
  /** Bot token (`xoxb-…`). */
  botToken: string;
  /** Signing secret: required for the HTTP receiver. */
  signingSecret?: string;
  /** App-level token (`xapp-…`): selects Socket Mode. */
  appToken?: string;
  /** Web API base URL; tests point it at a loopback server. Default `https://slack.com/api/`. */
  apiUrl?: string;
  /** HTTP receiver port (0 picks a free one). Default 3000. */
  port?: number;
  /** HTTP receiver interface. Default: all interfaces. */
  host?: string;
  logger: Logger;
  clock?: Clock;
  /** WebClient retries for network errors and 5xx; tests use `{ retries: 0 }`. */
  retryConfig?: webApi.RetryOptions;
  rateLimit?: RateLimitPolicy;
}

// The WebClient's default retries a 500 for about 30 minutes; a scheduler run should give up sooner
// (about 7 s of back-off) and leave the retry to the delivery outbox.
export const DEFAULT_RETRY: webApi.RetryOptions = { retries: 3, factor: 2, minTimeout: 1_000, maxTimeout: 4_000 };
// The WebClient waits forever by default; a Slack call that takes this long has failed.
const REQUEST_TIMEOUT_MS = 30_000;
const COMMAND = '/news';

/** A start-up failure: Slack's refusal names the token to fix; anything else is the network. */
function startError(error: unknown, method: string, refused: string): AppError {
  const slackError = slackErrorCode(error);
  const reached = slackError !== 'request_failed' && !slackError.startsWith('http_') && slackError !== 'rate_limited';
  return new AppError('config_invalid', reached ? refused : 'Could not reach Slack; check the network and try again.', {
    context: { method, slackError },
    cause: error,
  });
}

export class SlackAdapter implements ChatAdapter {
  readonly platform = 'slack' as const;
  private readonly logger: Logger;
  private readonly clock: Clock;
  private readonly delivery: DeliveryDeps;
  private readonly admins: AdminDirectory;
  private app: App | null = null;
  private boundPort: number | null = null;

  constructor(private readonly options: SlackAdapterOptions) {
    if (!options.botToken) throw new AppError('config_invalid', 'Slack needs a bot token; set SLACK_BOT_TOKEN.');
    this.logger = options.logger.child({ platform: 'slack' });
    this.clock = options.clock ?? systemClock;
    const client = new webApi.WebClient(options.botToken, this.clientOptions());
    this.delivery = { client, clock: this.clock, logger: this.logger, rateLimit: options.rateLimit ?? DEFAULT_RATE_LIMIT };
    this.admins = new AdminDirectory(
      async (user) => {
        const info = await slackCall(this.delivery, { method: 'users.info', user }, () => client.users.info({ user }));
        return Boolean(info.user?.is_admin || info.user?.is_owner);
      },
      this.clock,
      this.logger,
    );
  }

  /** The HTTP receiver's port once started (null in Socket Mode or before start). */
  get port(): number | null {
    return this.boundPort;
  }

  /**
   * Checks the bot token (`auth.test`), then listens for `/news`.
   * @example await new SlackAdapter({ botToken, appToken, logger }).start({ command: router.handle })
   */
  async start(handlers: { command: CommandHandler; autocomplete?: AutocompleteHandler }): Promise<void> {
    if (this.app) throw new AppError('config_invalid', 'The Slack adapter is already running; stop it first.');
    const { signingSecret, appToken } = this.options;
    if (!appToken && !signingSecret) {
      throw new AppError('config_invalid', 'Slack needs SLACK_APP_TOKEN for Socket Mode or SLACK_SIGNING_SECRET for HTTP mode.');
    }
    const app = new App({
      token: this.options.botToken,
      logger: boltLogger(this.logger),
      clientOptions: this.clientOptions(),
      // No network in the constructor: auth.test runs in init() below, where its failure is reported.
      deferInitialization: true,
      ...(appToken
        ? { socketMode: true, appToken }
        : { signingSecret, signatureVerification: true, endpoints: '/slack/events', processBeforeResponse: false }),
    });
    app.command(COMMAND, async ({ command, ack, respond }) => {
      // Slack: a slash command must be acknowledged within 3 s; the answer follows via response_url.
      await ack();
      const message = await answerSlashCommand(command, {
        handler: handlers.command,
        isAdmin: (workspace, user) => this.admins.isAdmin(workspace, user),
        logger: this.logger,
      });
      for (const payload of answerPayloads(message)) await respond(payload);
    });
    app.error(async (error) => {
      this.logger.error({ err: error }, 'slack: listener failed');
    });

    try {
      await app.init();
    } catch (error) {
      throw startError(error, 'auth.test', 'Slack rejected the bot token; check SLACK_BOT_TOKEN.');
    }
    try {
      if (appToken) {
        await app.start();
      } else {
        const port = this.options.port ?? 3000;
        const server = await app.start({ port, ...(this.options.host ? { host: this.options.host } : {}) });
        this.boundPort = (server.address() as AddressInfo | null)?.port ?? port;
      }
    } catch (error) {
      await app.stop().catch(() => {});
      throw appToken
        ? startError(error, 'apps.connections.open', 'Slack refused the Socket Mode connection; check SLACK_APP_TOKEN (an xapp- token with connections:write).')
        : new AppError('config_invalid', `Could not listen on port ${this.options.port ?? 3000}; pick a free port.`, { cause: error });
    }
    this.app = app;
    this.logger.info({ mode: appToken ? 'socket' : 'http', port: this.boundPort }, 'slack: listening for /news');
  }

  async stop(): Promise<void> {
    const app = this.app;
    this.app = null;
    this.boundPort = null;
    if (app) await app.stop();
  }

  /**
   * Posts a message as one or more Slack messages (and the chart), resumable by part.
   * @example await adapter.post({ workspace: 'T1', channelId: 'C1' }, message, { resumeFrom: 2 })
   */
  async post(target: ChannelTarget, message: Message, options?: PostOptions): Promise<PostResult> {
    return postParts(this.delivery, target, renderSlack(message), options);
  }

  private clientOptions(): webApi.WebClientOptions {
    return {
      ...(this.options.apiUrl ? { slackApiUrl: this.options.apiUrl } : {}),
      retryConfig: this.options.retryConfig ?? DEFAULT_RETRY,
      rejectRateLimitedCalls: true,
      timeout: REQUEST_TIMEOUT_MS,
      logger: boltLogger(this.logger),
    };
  }
}
