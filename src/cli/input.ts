/** What every CLI command receives, and the helpers they share. */
import { createApp, type App } from '../app/context.js';
import { AppError } from '../core/errors.js';

export interface CliInput {
  args: string[];
  values: Record<string, string | boolean | undefined>;
}

export type CliCommand = (input: CliInput) => Promise<number>;

/** Refuses positional arguments a command does not take, rather than ignoring them. */
export function expectNoArgs(input: CliInput, command: string): void {
  if (input.args.length > 0) throw new AppError('command_usage', `${command} takes no argument "${input.args[0]}"; run newsdigest --help for usage.`);
}

export function configFile(input: CliInput): string {
  return (input.values.config as string | undefined) ?? process.env.NEWSDIGEST_CONFIG ?? 'config/newsdigest.yaml';
}

/** Runs `body` with a wired App and always closes it. */
export async function withApp<T>(input: CliInput, body: (app: App, workspace: string) => Promise<T>): Promise<T> {
  const app = await createApp({ configFile: configFile(input), env: process.env, defaultLogLevel: 'error' });
  try {
    const workspace = (input.values.workspace as string | undefined) ?? app.config.workspace;
    await app.store.workspaces.ensure(workspace, 'console', app.clock.now().toISOString());
    return await body(app, workspace);
  } finally {
    await app.close();
  }
}
