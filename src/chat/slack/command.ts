/**
 * Translates a `/news` slash command into a CommandRequest and the handler's answer back into a
 * Message. Platform rules live here (admin gate, usage errors); the answer itself is the router's.
 */
import { z } from 'zod';
import type { CommandHandler, CommandRequest } from '../../core/command.js';
import { userMessage } from '../../core/errors.js';
import type { Logger } from '../../core/log.js';
import type { Message } from '../../core/message.js';
import { findSubcommand, parseCommandText } from '../../commands/parse.js';

/** The fields of Slack's slash-command payload we use (docs.slack.dev/interactivity/implementing-slash-commands). */
export const SlashCommandBody = z.object({
  team_id: z.string().min(1),
  channel_id: z.string().min(1),
  user_id: z.string().min(1),
  user_name: z.string().optional(),
  text: z.string().default(''),
});
export type SlashCommandBody = z.infer<typeof SlashCommandBody>;

export interface SlashCommandDeps {
  handler: CommandHandler;
  isAdmin: (workspace: string, userId: string) => Promise<boolean>;
  logger: Logger;
}

export const ADMIN_ONLY = 'Only Slack workspace admins and owners can change /news settings; ask one of them.';

/**
 * Answers one slash command: usage help for text that does not parse, a refusal for a non-admin's
 * configuration command (the handler is not called), otherwise the handler's message. Never throws.
 *
 * @example
 * await answerSlashCommand({ team_id: 'T1', channel_id: 'C1', user_id: 'U1', text: 'figures refugees' }, deps)
 */
export async function answerSlashCommand(payload: unknown, deps: SlashCommandDeps): Promise<Message> {
  const body = SlashCommandBody.safeParse(payload);
  if (!body.success) {
    deps.logger.warn({ issues: body.error.issues.map((i) => i.path.join('.')) }, 'slack: malformed slash command payload');
    return { title: '/news', text: 'Slack sent an incomplete command; please try again.', ephemeral: true };
  }
  const { team_id: workspace, channel_id: channelId, user_id: userId, user_name: name, text } = body.data;
  const parsed = parseCommandText(text);
  if ('error' in parsed) return { title: '/news', text: `${parsed.error}\n\n${parsed.usage}`, ephemeral: true };

  const isAdmin = await deps.isAdmin(workspace, userId);
  if (findSubcommand(parsed.subcommand)?.admin && !isAdmin) {
    deps.logger.info({ workspace, user: userId, subcommand: parsed.subcommand }, 'slack: configuration command refused for a non-admin');
    return { title: `/news ${parsed.subcommand}`, text: ADMIN_ONLY, ephemeral: true };
  }
  const request: CommandRequest = {
    platform: 'slack',
    workspace,
    channelId,
    caller: { id: userId, ...(name ? { name } : {}), isAdmin },
    subcommand: parsed.subcommand,
    options: parsed.options,
  };
  try {
    return await deps.handler(request);
  } catch (error) {
    deps.logger.error({ workspace, subcommand: request.subcommand, err: error }, 'slack: command failed');
    return { title: `/news ${request.subcommand}`, text: userMessage(error), ephemeral: true };
  }
}
