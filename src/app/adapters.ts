/**
 * Starts the chat adapters the environment has tokens for. The console adapter is always there
 * (it prints scheduled digests); Discord and Slack join when their tokens are set.
 */
import type { ChatAdapter } from '../chat/adapter.js';
import { ConsoleAdapter } from '../chat/console/adapter.js';
import type { Platform } from '../core/command.js';
import type { App } from './context.js';

export async function startAdapters(app: App, write: (text: string) => void): Promise<Map<Platform, ChatAdapter>> {
  const adapters = new Map<Platform, ChatAdapter>();
  const console = new ConsoleAdapter({ workspace: app.config.workspace, write });
  await console.start({ command: app.router });
  adapters.set('console', console);
  return adapters;
}

export async function stopAdapters(adapters: Map<Platform, ChatAdapter>): Promise<void> {
  for (const adapter of adapters.values()) await adapter.stop().catch(() => undefined);
}
