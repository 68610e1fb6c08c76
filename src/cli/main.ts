/**
 * The `newsdigest` command line. Every failure ends as one line on stderr and a non-zero exit;
 * stack traces go to the log only at LOG_LEVEL=debug.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { AppError } from '../core/errors.js';
import { cliCommands } from './commands.js';

const USAGE = `Usage: newsdigest <command> [options]

Commands:
  import <file|dir>...            Import stored articles (txt, md, html, json, jsonl)
  fetch                           Poll every configured feed once
  digest [--since 24h | --from DATE --to DATE] [--topic T] [--format md|json] [--out DIR]
                                  Build a digest now and write it to digests/
  analyze <articles.jsonl> [--stats]
                                  Print topics, figures and story of each record, one JSON line each
  ask "/news <subcommand> ..."    Run a slash command through the console adapter
  serve [--once]                  Run the bot: schedules, feeds, chat adapters (--once: digest now and exit)
  discord register [--guild ID]   Register the /news command with Discord
  discord invite                  Print the bot's invite URL

Options for every command:
  --config FILE                   Settings file (default config/newsdigest.yaml, or NEWSDIGEST_CONFIG)
  --workspace ID                  Workspace to act on (default: the config's workspace)
  -h, --help                      Show this help`;

const OPTIONS = {
  config: { type: 'string' },
  workspace: { type: 'string' },
  since: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  topic: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  once: { type: 'boolean' },
  guild: { type: 'string' },
  limit: { type: 'string' },
  stats: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} satisfies ParseArgsConfig['options'];

export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    const first = (error as Error).message.split('\n')[0]!.replace(/\.?$/, '.');
    process.stderr.write(`newsdigest: ${first} Run newsdigest --help for usage.\n`);
    return 2;
  }
  const [name, ...rest] = parsed.positionals;
  if (!name || parsed.values.help) {
    process.stdout.write(USAGE + '\n');
    return name || parsed.values.help ? 0 : 2;
  }
  const load = Object.hasOwn(cliCommands, name) ? cliCommands[name] : undefined;
  if (!load) {
    process.stderr.write(`newsdigest: unknown command "${name}". Run newsdigest --help for usage.\n`);
    return 2;
  }
  try {
    const command = await load();
    return await command({ args: rest, values: parsed.values as Record<string, string | boolean | undefined> });
  } catch (error) {
    if (error instanceof AppError) {
      process.stderr.write(`newsdigest: ${error.message}\n`);
    } else {
      process.stderr.write(`newsdigest: unexpected error: ${(error as Error)?.message ?? String(error)}\n`);
      if (process.env.LOG_LEVEL === 'debug') process.stderr.write(`${(error as Error)?.stack}\n`);
    }
    return 1;
  }
}

const code = await main(process.argv.slice(2));
// Exit explicitly (database pools and timers must not keep a finished command alive), but only once
// stdout and stderr have flushed: writes to a pipe are queued, and exiting early would cut them.
process.exitCode = code;
process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
