/**
 * The `/news` application command as Discord JSON, its registration, and the bot's invite URL.
 *
 * Why one `/news` command with admin subcommands checked at run time: Discord's
 * `default_member_permissions` applies to a whole top-level command, never to one subcommand. A
 * second `/news-admin` command would let Discord hide configuration from non-admins, but it would
 * split the one command contract every platform shares (NEWS_COMMAND; Slack has no per-command
 * permissions at all) and server owners can override those defaults anyway. So `/news` is open to
 * everyone and the adapter refuses configuration subcommands to members without Manage Server.
 */
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  DiscordAPIError,
  InteractionContextType,
  OAuth2Scopes,
  PermissionFlagsBits,
  REST,
  Routes,
} from 'discord.js';
import type { APIApplicationCommandStringOption, RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { NEWS_COMMAND } from '../../core/command.js';
import type { OptionSpec } from '../../core/command.js';
import { AppError } from '../../core/errors.js';

/** The least the bot needs to read a channel and post digests with embeds and a chart image. */
export const BOT_PERMISSIONS = PermissionFlagsBits.ViewChannel | PermissionFlagsBits.SendMessages
  | PermissionFlagsBits.EmbedLinks | PermissionFlagsBits.AttachFiles | PermissionFlagsBits.ReadMessageHistory;

function optionJson(option: OptionSpec): APIApplicationCommandStringOption {
  const base = { type: ApplicationCommandOptionType.String as const, name: option.name, description: option.description, required: option.required };
  return option.autocomplete ? { ...base, autocomplete: true } : base;
}

/**
 * `/news` with one type-1 (subcommand) option per NEWS_COMMAND subcommand and string options;
 * usable in servers only, since a workspace is a server.
 * @example
 * await rest.put(Routes.applicationCommands(appId), { body: [buildNewsCommandJson()] });
 */
export function buildNewsCommandJson(): RESTPostAPIChatInputApplicationCommandsJSONBody {
  return {
    type: ApplicationCommandType.ChatInput,
    name: NEWS_COMMAND.name,
    description: NEWS_COMMAND.description,
    // null: visible to every member; admin subcommands are checked when they run (see above).
    default_member_permissions: null,
    contexts: [InteractionContextType.Guild],
    integration_types: [ApplicationIntegrationType.GuildInstall],
    options: NEWS_COMMAND.subcommands.map((sub) => ({
      type: ApplicationCommandOptionType.Subcommand,
      name: sub.name,
      description: sub.description,
      // Discord: required options must come before optional ones.
      options: [...sub.options].sort((a, b) => Number(b.required) - Number(a.required)).map(optionJson),
    })),
  };
}

export interface RegisterOptions {
  token: string;
  applicationId: string;
  /** Register in one server (instant, for testing); omitted: globally (may take up to an hour). */
  guildId?: string;
  /** Discord API base, e.g. a loopback server in tests; default https://discord.com/api. */
  apiUrl?: string;
}

/**
 * Registers (bulk-overwrites) the bot's commands with a PUT, so running it twice changes nothing.
 * Returns the registered command names and ids.
 * @example
 * await registerCommands({ token, applicationId, guildId: '123' });
 */
export async function registerCommands(options: RegisterOptions): Promise<Array<{ id: string; name: string }>> {
  const rest = new REST({ retries: 1, ...(options.apiUrl ? { api: options.apiUrl } : {}) }).setToken(options.token);
  const route = options.guildId
    ? Routes.applicationGuildCommands(options.applicationId, options.guildId)
    : Routes.applicationCommands(options.applicationId);
  const context = { applicationId: options.applicationId, guildId: options.guildId ?? null };
  try {
    const result = (await rest.put(route, { body: [buildNewsCommandJson()] })) as Array<{ id: string; name: string }>;
    return result.map(({ id, name }) => ({ id, name }));
  } catch (error) {
    if (error instanceof DiscordAPIError && error.status === 401) {
      throw new AppError('config_invalid', 'Discord rejected the bot token; check DISCORD_TOKEN.', { context, cause: error });
    }
    if (error instanceof DiscordAPIError && (error.status === 403 || error.status === 404)) {
      throw new AppError('config_invalid', options.guildId
        ? `The bot cannot register commands in server ${options.guildId}: invite it there with the applications.commands scope.`
        : 'Discord refused the command registration: check the application id.', { context, cause: error });
    }
    throw new AppError('delivery_transient', 'Discord did not accept the command registration; try again shortly.', { context, cause: error });
  }
}

/**
 * The OAuth2 URL that adds the bot to a server with the minimum permissions and the scopes
 * `bot applications.commands`.
 * @example inviteUrl('123') // 'https://discord.com/oauth2/authorize?client_id=123&permissions=117760&scope=bot+applications.commands'
 */
export function inviteUrl(applicationId: string): string {
  const params = new URLSearchParams({
    client_id: applicationId,
    permissions: BOT_PERMISSIONS.toString(),
    scope: [OAuth2Scopes.Bot, OAuth2Scopes.ApplicationsCommands].join(' '),
  });
  return `https://discord.com/oauth2/authorize?${params.toString()}`;
}
