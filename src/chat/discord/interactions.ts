/**
 * `/news` interactions -> CommandRequest -> handler -> reply. Translation only: the handler decides
 * the answer. Discord wants an answer within 3 s: a handler that is quick gets a direct reply (with
 * the right visibility); a slow one gets a deferred reply ("thinking…"), then the answer.
 */
import { MessageFlags, PermissionFlagsBits } from 'discord.js';
import type { AutocompleteInteraction, ChatInputCommandInteraction, Interaction } from 'discord.js';
import type { Clock } from '../../core/clock.js';
import { NEWS_COMMAND } from '../../core/command.js';
import type { AutocompleteHandler, CommandHandler, CommandRequest, SubcommandSpec } from '../../core/command.js';
import { userMessage } from '../../core/errors.js';
import type { Logger } from '../../core/log.js';
import type { Message } from '../../core/message.js';
import { renderDiscord } from '../../render/discord.js';
import type { DiscordPart } from '../../render/discord.js';
import { withRetry } from './retry.js';

// Discord: an interaction must be answered within 3 s. Waiting 1.5 s for the handler before
// deferring leaves the rest for the network and Discord's own latency.
export const DEFER_AFTER_MS = 1500;
// Discord: autocomplete offers at most 25 choices, each name and value 1-100 characters.
const MAX_CHOICES = 25;
const CHOICE_MAX = 100;

export const REFUSALS = {
  notAdmin: 'Only members with the Manage Server permission can change news settings.',
  noGuild: 'Use /news in a server channel, not in a direct message.',
  unknown: 'That /news subcommand is not known; try /news help.',
} as const;

export interface InteractionDeps {
  command: CommandHandler;
  autocomplete?: AutocompleteHandler;
  clock: Clock;
  logger: Logger;
}

const subcommands: readonly SubcommandSpec[] = NEWS_COMMAND.subcommands;

function findSpec(name: string | null): SubcommandSpec | undefined {
  return subcommands.find((spec) => spec.name === name);
}

/** Replies a configuration answer, an error or help would show to the caller only. */
function expectEphemeral(spec: SubcommandSpec): boolean {
  return spec.admin || spec.name === 'help';
}

function toEdit(part: DiscordPart) {
  return { ...(part.content === undefined ? {} : { content: part.content }), embeds: part.embeds, allowedMentions: { parse: [] } };
}

function toReply(part: DiscordPart, ephemeral: boolean) {
  return { ...toEdit(part), ...(ephemeral ? { flags: MessageFlags.Ephemeral as const } : {}) };
}

/**
 * The CommandRequest for a `/news` chat-input interaction, or a refusal sentence when it must not
 * reach the handler (unknown subcommand, direct message, configuration by a non-admin).
 * @example
 * const result = toCommandRequest(interaction);
 * if ('refusal' in result) await interaction.reply({ content: result.refusal, flags: MessageFlags.Ephemeral });
 */
export function toCommandRequest(
  interaction: ChatInputCommandInteraction,
): { request: CommandRequest; spec: SubcommandSpec } | { refusal: string } {
  const spec = findSpec(interaction.options.getSubcommand(false));
  if (!spec) return { refusal: REFUSALS.unknown };
  if (!interaction.guildId) return { refusal: REFUSALS.noGuild };
  // has() counts Administrator as every permission, as Discord does.
  const isAdmin = interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) ?? false;
  if (spec.admin && !isAdmin) return { refusal: REFUSALS.notAdmin };
  const options: Record<string, string> = {};
  for (const option of spec.options) {
    const value = interaction.options.getString(option.name, false)?.trim();
    if (value) options[option.name] = value;
  }
  const { user } = interaction;
  return {
    spec,
    request: {
      platform: 'discord',
      workspace: interaction.guildId,
      channelId: interaction.channelId,
      caller: { id: user.id, name: user.globalName ?? user.username, isAdmin },
      subcommand: spec.name,
      options,
    },
  };
}

async function answer(interaction: ChatInputCommandInteraction, message: Message, deps: InteractionDeps, context: Record<string, unknown>) {
  const parts = renderDiscord(message);
  const ephemeral = message.ephemeral === true;
  const call = <T>(run: () => Promise<T>) => withRetry(run, { clock: deps.clock, logger: deps.logger, context });
  const [first, ...rest] = parts;
  if (!first) return;
  if (!interaction.deferred) {
    await call(() => interaction.reply(toReply(first, ephemeral)));
    for (const part of rest) await call(() => interaction.followUp(toReply(part, ephemeral)));
    return;
  }
  if (ephemeral && !interaction.ephemeral) {
    // A deferred reply keeps the visibility chosen when deferring; show the answer privately in
    // follow-ups and remove the public placeholder (editing it first, so the follow-ups do not
    // inherit its visibility).
    await call(() => interaction.editReply({ content: 'Answer sent privately.', embeds: [], allowedMentions: { parse: [] } }));
    for (const part of parts) await call(() => interaction.followUp(toReply(part, true)));
    await call(() => interaction.deleteReply());
    return;
  }
  // A private deferral stays private even when the answer could be public: the caller still sees it.
  const stayEphemeral = interaction.ephemeral === true;
  await call(() => interaction.editReply(toEdit(first)));
  for (const part of rest) await call(() => interaction.followUp(toReply(part, stayEphemeral)));
}

function failureMessage(subcommand: string, error: unknown): Message {
  return { title: `/news ${subcommand}`, text: userMessage(error), ephemeral: true };
}

/**
 * Runs one `/news` chat-input interaction: refuse, or call the handler and post its answer.
 * @example client.on('interactionCreate', (i) => { if (i.isChatInputCommand()) void handleCommand(i, deps); });
 */
export async function handleCommand(interaction: ChatInputCommandInteraction, deps: InteractionDeps): Promise<void> {
  const mapped = toCommandRequest(interaction);
  const context = { workspace: interaction.guildId, channelId: interaction.channelId, interaction: interaction.id };
  if ('refusal' in mapped) {
    await withRetry(() => interaction.reply({ content: mapped.refusal, flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } }),
      { clock: deps.clock, logger: deps.logger, context });
    return;
  }
  const { request, spec } = mapped;
  const outcome = deps.command(request).catch((error: unknown) => {
    deps.logger.error({ ...context, subcommand: spec.name, err: error }, 'discord: command handler failed');
    return failureMessage(spec.name, error);
  });
  const stopTimer = new AbortController();
  const timer = deps.clock.sleep(DEFER_AFTER_MS, stopTimer.signal).then(() => 'slow' as const, () => 'stopped' as const);
  const first = await Promise.race([outcome, timer]);
  stopTimer.abort();
  if (first === 'slow' || first === 'stopped') {
    await withRetry(() => interaction.deferReply(expectEphemeral(spec) ? { flags: MessageFlags.Ephemeral } : {}),
      { clock: deps.clock, logger: deps.logger, context });
  }
  await answer(interaction, await outcome, deps, context);
}

/**
 * Answers an autocomplete request for a topic or metric option; any failure answers no choices.
 * @example client.on('interactionCreate', (i) => { if (i.isAutocomplete()) void handleAutocomplete(i, deps); });
 */
export async function handleAutocomplete(interaction: AutocompleteInteraction, deps: InteractionDeps): Promise<void> {
  const focused = interaction.options.getFocused(true);
  const option = findSpec(interaction.options.getSubcommand(false))?.options.find((o) => o.name === focused.name);
  let choices: Array<{ name: string; value: string }> = [];
  if (option?.autocomplete && deps.autocomplete && interaction.guildId) {
    try {
      choices = await deps.autocomplete({ workspace: interaction.guildId, kind: option.autocomplete, prefix: String(focused.value).trim() });
    } catch (error) {
      deps.logger.warn({ workspace: interaction.guildId, kind: option.autocomplete, err: error }, 'discord: autocomplete failed');
    }
  }
  const valid = choices
    .map((c) => ({ name: c.name.slice(0, CHOICE_MAX), value: c.value.slice(0, CHOICE_MAX) }))
    .filter((c) => c.name !== '' && c.value !== '')
    .slice(0, MAX_CHOICES);
  await interaction.respond(valid);
}

/**
 * Routes any interaction: `/news` commands and their autocomplete; everything else is ignored.
 * Never throws: failures are logged with the workspace and channel.
 * @example client.on('interactionCreate', (i) => void dispatchInteraction(i, deps));
 */
export async function dispatchInteraction(interaction: Interaction, deps: InteractionDeps): Promise<void> {
  try {
    if (interaction.isChatInputCommand() && interaction.commandName === NEWS_COMMAND.name) {
      await handleCommand(interaction, deps);
    } else if (interaction.isAutocomplete() && interaction.commandName === NEWS_COMMAND.name) {
      await handleAutocomplete(interaction, deps);
    }
  } catch (error) {
    deps.logger.error({ workspace: interaction.guildId, channelId: interaction.channelId, err: error }, 'discord: interaction failed');
  }
}
