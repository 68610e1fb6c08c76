/** `newsdigest discord register|invite`: set up the Discord application. */
import { AppError } from '../core/errors.js';
import type { CliCommand } from './commands.js';

export const discordCommand: CliCommand = async (input) => {
  const [action] = input.args;
  throw new AppError('command_usage', `Unknown discord action "${action ?? ''}"; use register or invite.`);
};
