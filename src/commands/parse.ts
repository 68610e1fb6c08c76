/**
 * Parses the text form of `/news` (Slack's command text, a console line) into a subcommand and
 * options, against the one command catalog in core. Discord delivers options already split, so
 * only the text platforms use this.
 */
import { NEWS_COMMAND, type SubcommandSpec } from '../core/command.js';

export type ParsedCommand =
  | { subcommand: string; options: Record<string, string> }
  | { error: string; usage: string };

const SUBCOMMANDS: readonly SubcommandSpec[] = NEWS_COMMAND.subcommands;

/** One usage line per subcommand: `/news search <query>`, `/news digest [topic]`. */
export function usageLine(spec: SubcommandSpec): string {
  const args = spec.options.map((o) => (o.required ? `<${o.name}>` : `[${o.name}]`));
  return [`/news ${spec.name}`, ...args].join(' ');
}

/** The whole usage text, one line per subcommand, admin commands marked. */
export function usageText(): string {
  return SUBCOMMANDS.map((s) => `${usageLine(s)}  ${s.description}`).join('\n');
}

export function findSubcommand(name: string): SubcommandSpec | undefined {
  return SUBCOMMANDS.find((s) => s.name === name);
}

const QUOTES: Readonly<Record<string, string>> = { '"': '"', "'": "'", '“': '”', '‘': '’' };

/**
 * Splits on whitespace, keeping "double" or 'single' quoted runs together (cron expressions have
 * spaces). Smart quotes count as quotes, since chat clients often turn " into “ ”. A quote with no
 * closing partner is an ordinary character (an apostrophe in a URL stays).
 */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  let current = '';
  let started = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const close = QUOTES[c];
    const end = close === undefined ? -1 : text.indexOf(close, i + 1);
    if (end > i) {
      current += text.slice(i + 1, end);
      started = true;
      i = end;
    } else if (/\s/.test(c)) {
      if (started) tokens.push(current);
      current = '';
      started = false;
    } else {
      current += c;
      started = true;
    }
  }
  if (started) tokens.push(current);
  return tokens;
}

/**
 * Parses `/news <subcommand> [args]`. Arguments are positional in catalog order, or named as
 * `name:value` / `name=value`; an option marked `rest` takes the remainder of the line.
 *
 * @example
 * parseCommandText('/news figures refugees') // { subcommand: 'figures', options: { metric: 'refugees' } }
 * parseCommandText('subscribe sanctions "0 8 * * *" Europe/Kyiv')
 */
export function parseCommandText(text: string): ParsedCommand {
  const trimmed = text.trim().replace(/^\/?news\b\s*/i, '');
  const [first, ...rest] = tokenize(trimmed);
  if (!first) return { subcommand: 'help', options: {} };
  const spec = findSubcommand(first.toLowerCase());
  if (!spec) {
    return { error: `Unknown command "${first}".`, usage: usageText() };
  }
  const options: Record<string, string> = {};
  const positional = spec.options.filter((o) => !o.rest);
  const restOption = spec.options.find((o) => o.rest);

  if (restOption) {
    const remainder = trimmed.slice(first.length).trim().replace(/^["“](.*)["”]$/s, '$1');
    if (remainder) options[restOption.name] = remainder;
  } else {
    let next = 0;
    for (const token of rest) {
      const named = /^([a-z_-]+)[:=](.*)$/i.exec(token);
      const namedSpec = named ? spec.options.find((o) => o.name === named[1]!.toLowerCase()) : undefined;
      if (named && namedSpec) {
        options[namedSpec.name] = named[2]!.trim();
        continue;
      }
      while (next < positional.length && options[positional[next]!.name] !== undefined) next++;
      const option = positional[next];
      if (!option) {
        return { error: `Too many arguments for /news ${spec.name}: "${token}".`, usage: usageLine(spec) };
      }
      options[option.name] = token.trim();
      next++;
    }
  }
  for (const option of spec.options) {
    if (option.required && !options[option.name]) {
      return { error: `/news ${spec.name} needs ${option.name}.`, usage: usageLine(spec) };
    }
  }
  return { subcommand: spec.name, options };
}
