/** `newsdigest ask "/news ..."`: one slash command through the console adapter. */
import { ConsoleAdapter } from '../chat/console/adapter.js';
import { AppError } from '../core/errors.js';
import { withApp, type CliCommand } from './input.js';

export const askCommand: CliCommand = (input) => {
  const text = input.args.join(' ').trim();
  if (!text) throw new AppError('input_missing', 'Give the command to run, e.g. newsdigest ask "/news figures refugees".');
  return withApp(input, async (app, workspace) => {
    const adapter = new ConsoleAdapter({ workspace, write: (t) => process.stdout.write(t) });
    await adapter.start({ command: app.router });
    const { ok } = await adapter.ask(text);
    return ok ? 0 : 1;
  });
};
