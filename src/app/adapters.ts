/**
 * Starts the chat adapters the environment has tokens for. The console adapter is always there
 * (it prints scheduled digests); Discord and Slack join when their tokens are set.
 */
import type { ChatAdapter } from '../chat/adapter.js';
import { ConsoleAdapter } from '../chat/console/adapter.js';
import { DiscordAdapter } from '../chat/discord/adapter.js';
import { SlackAdapter } from '../chat/slack/index.js';
import { createAutocomplete } from '../commands/autocomplete.js';
import type { Platform } from '../core/command.js';
import type { App } from './context.js';

export async function startAdapters(app: App, write: (text: string) => void): Promise<Map<Platform, ChatAdapter>> {
  const adapters = new Map<Platform, ChatAdapter>();
  const handlers = { command: app.router, autocomplete: createAutocomplete(app.topics) };
  const consoleAdapter = new ConsoleAdapter({ workspace: app.config.workspace, write });
  await consoleAdapter.start(handlers);
  adapters.set('console', consoleAdapter);
  const env = app.config.env;
  try {
    if (env.discordToken) {
      const discord = new DiscordAdapter({
        token: env.discordToken, logger: app.logger, clock: app.clock,
        ...(env.discordApiUrl ? { apiUrl: env.discordApiUrl } : {}),
        ...(env.discordApplicationId ? { applicationId: env.discordApplicationId } : {}),
      });
      await discord.start(handlers);
      adapters.set('discord', discord);
    }
    if (env.slackBotToken) {
      const slack = new SlackAdapter({
        botToken: env.slackBotToken, logger: app.logger, clock: app.clock, port: env.port,
        ...(env.slackSigningSecret ? { signingSecret: env.slackSigningSecret } : {}),
        ...(env.slackAppToken ? { appToken: env.slackAppToken } : {}),
        ...(env.slackApiUrl ? { apiUrl: env.slackApiUrl } : {}),
      });
      await slack.start(handlers);
      adapters.set('slack', slack);
    }
  } catch (error) {
    await stopAdapters(adapters);
    throw error;
  }
  return adapters;
}

export async function stopAdapters(adapters: Map<Platform, ChatAdapter>): Promise<void> {
  for (const adapter of adapters.values()) await adapter.stop().catch(() => undefined);
}
