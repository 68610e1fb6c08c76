/**
 * The CLI's commands. Each module loads only when its command runs, so `analyze` or `digest` never
 * pay for loading the chat SDKs that `serve` needs.
 */
import type { CliCommand } from './input.js';

export const cliCommands: Record<string, () => Promise<CliCommand>> = {
  import: async () => (await import('./import.js')).importCommand,
  fetch: async () => (await import('./fetch.js')).fetchCommand,
  digest: async () => (await import('./digest.js')).digestCommand,
  analyze: async () => (await import('./analyze.js')).analyzeCommand,
  ask: async () => (await import('./ask.js')).askCommand,
  serve: async () => (await import('./serve.js')).serveCommand,
  discord: async () => (await import('./discord.js')).discordCommand,
};
