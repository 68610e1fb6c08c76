/**
 * The one `/news` router for every platform. It takes a CommandRequest, checks it against the
 * catalog and the caller's rights, and answers with a platform-neutral Message. Adapters only
 * translate; nothing here knows Discord from Slack.
 */
import { AppError, userMessage } from '../core/errors.js';
import type { CommandHandler, CommandRequest } from '../core/command.js';
import type { Message } from '../core/message.js';
import type { Clock } from '../core/clock.js';
import type { Logger } from '../core/log.js';
import type { Store } from '../store/index.js';
import type { TopicCatalog } from '../pipeline/topics.js';
import { findSubcommand, usageLine, usageText } from './parse.js';
import { configHandlers } from './config-commands.js';
import { readHandlers } from './read-commands.js';

export interface RouterDeps {
  store: Store;
  topics: TopicCatalog;
  clock: Clock;
  logger: Logger;
  /** Default window of "/news digest": what arrived in this many ms. */
  digestSinceMs: number;
  storiesPerSection: number;
  /** Refuses feed URLs users may not add (private addresses); resolves to the normalized URL. */
  checkFeedUrl: (url: string) => Promise<URL>;
  /** Called after a subscription changes, so the scheduler can reload. */
  onSubscriptionsChanged?: (workspace: string) => void;
}

export type SubcommandHandler = (request: CommandRequest, deps: RouterDeps) => Promise<Message>;

export function errorMessage(text: string, usage?: string): Message {
  return { title: 'Sorry', text: usage ? `${text}\nUsage: ${usage}` : text, ephemeral: true, isError: true };
}

/**
 * @example
 * const handle = createRouter(deps);
 * await handle({ platform: 'console', workspace: 'default', channelId: 'console', caller, subcommand: 'topics', options: {} });
 */
export function createRouter(deps: RouterDeps): CommandHandler {
  const handlers: Record<string, SubcommandHandler> = {
    ...readHandlers,
    ...configHandlers,
    help: async () => ({ title: 'How to use /news', text: usageText(), ephemeral: true }),
  };

  return async (request) => {
    const spec = findSubcommand(request.subcommand);
    const handler = handlers[request.subcommand];
    if (!spec || !handler) return errorMessage(`Unknown command "${request.subcommand}".`, usageText());
    if (spec.admin && !request.caller.isAdmin) {
      return errorMessage(`Only workspace admins can use /news ${spec.name}.`);
    }
    for (const option of spec.options) {
      if (option.required && !request.options[option.name]?.trim()) {
        return errorMessage(`/news ${spec.name} needs ${option.name}.`, usageLine(spec));
      }
    }
    const log = deps.logger.child({ workspace: request.workspace, command: spec.name, platform: request.platform });
    try {
      await deps.store.workspaces.ensure(request.workspace, request.platform, deps.clock.now().toISOString());
      return await handler(request, deps);
    } catch (error) {
      if (error instanceof AppError) {
        log.info({ code: error.code, context: error.context }, 'command refused');
        return errorMessage(error.message, error.code === 'command_usage' ? usageLine(spec) : undefined);
      }
      log.error({ err: error }, 'command failed');
      return errorMessage(userMessage(error));
    }
  };
}
