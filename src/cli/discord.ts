/** `newsdigest discord register|invite`: set up the Discord application. */
import { inviteUrl, registerCommands } from '../chat/discord/commands.js';
import { loadConfig } from '../config/load.js';
import { AppError } from '../core/errors.js';
import { configFile, type CliCommand } from './input.js';

export const discordCommand: CliCommand = async (input) => {
  const [action, extra] = input.args;
  if (action !== 'invite' && action !== 'register') {
    throw new AppError('command_usage', `Unknown discord action "${action ?? ''}"; use register or invite.`);
  }
  if (extra !== undefined) throw new AppError('command_usage', `discord ${action} takes no argument "${extra}".`);
  const { env } = await loadConfig({ file: configFile(input), env: process.env });
  if (!env.discordApplicationId) throw new AppError('config_invalid', 'Set DISCORD_APPLICATION_ID (the application id from the Discord developer portal).');
  if (action === 'invite') {
    process.stdout.write(inviteUrl(env.discordApplicationId) + '\n');
    return 0;
  }
  if (!env.discordToken) throw new AppError('config_invalid', 'Set DISCORD_TOKEN (the bot token) to register commands.');
  const guildId = input.values.guild as string | undefined;
  const registered = await registerCommands({
    token: env.discordToken,
    applicationId: env.discordApplicationId,
    ...(guildId ? { guildId } : {}),
    ...(env.discordApiUrl ? { apiUrl: env.discordApiUrl } : {}),
  });
  process.stdout.write(`Registered ${registered.map((c) => `/${c.name}`).join(', ')} ${guildId ? `in server ${guildId}` : 'globally (may take up to an hour to appear)'}.\n`);
  return 0;
};
