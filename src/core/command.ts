/**
 * The `/news` command contract shared by the router and every chat adapter. Adapters translate a
 * platform's input (Discord options, Slack text, a console line) into a `CommandRequest`, hand it
 * to the `CommandHandler`, and render the `Message` it returns. Adapters never decide the answer.
 */
import type { Message } from './message.js';

export type Platform = 'console' | 'discord' | 'slack';

export interface OptionSpec {
  name: string;
  description: string;
  required: boolean;
  /** Values users pick from; adapters offer them as autocomplete. */
  autocomplete?: 'topic' | 'metric';
  /** In text form (Slack, console) this option takes the rest of the line ("search <query>"). */
  rest?: boolean;
}

export interface SubcommandSpec {
  name: string;
  description: string;
  options: OptionSpec[];
  /** Configuration commands: only workspace admins may run them. */
  admin: boolean;
}

// Discord: command and option descriptions are 1-100 characters.
export const NEWS_COMMAND = {
  name: 'news',
  description: 'News digests, search and humanitarian figures',
  subcommands: [
    { name: 'digest', description: 'The digest now, for every topic or one', admin: false,
      options: [{ name: 'topic', description: 'Topic id', required: false, autocomplete: 'topic' }] },
    { name: 'search', description: 'Search stored articles', admin: false,
      options: [{ name: 'query', description: 'Words to look for', required: true, rest: true }] },
    { name: 'figures', description: 'Current humanitarian figures, with who said them and when', admin: false,
      options: [{ name: 'metric', description: 'killed, injured, refugees, displaced, missing, in_need', required: false, autocomplete: 'metric' }] },
    { name: 'story', description: "One story's full coverage", admin: false,
      options: [{ name: 'id', description: 'Story id from a digest', required: true }] },
    { name: 'topics', description: 'The topics this workspace follows', admin: false, options: [] },
    { name: 'status', description: 'Subscriptions, feeds and delivery problems', admin: false, options: [] },
    { name: 'help', description: 'How to use /news', admin: false, options: [] },
    { name: 'subscribe', description: 'Post a topic to this channel on a schedule (admins)', admin: true,
      options: [
        { name: 'topic', description: 'Topic id, or "all"', required: true, autocomplete: 'topic' },
        { name: 'cron', description: 'Cron schedule, e.g. "0 8 * * *" (default: daily 08:00)', required: false },
        { name: 'timezone', description: 'IANA time zone, e.g. Europe/Kyiv (default: UTC)', required: false },
      ] },
    { name: 'unsubscribe', description: 'Stop posting a topic to this channel (admins)', admin: true,
      options: [{ name: 'topic', description: 'Topic id, or "all"', required: true, autocomplete: 'topic' }] },
    { name: 'feed-add', description: 'Follow an RSS or Atom feed (admins)', admin: true,
      options: [{ name: 'url', description: 'Feed URL (http or https)', required: true }] },
    { name: 'feed-remove', description: 'Stop following a feed (admins)', admin: true,
      options: [{ name: 'url', description: 'Feed URL', required: true }] },
  ] satisfies SubcommandSpec[],
} as const;

export interface CommandCaller {
  id: string;
  name?: string;
  /** Workspace admin (Discord: Manage Server; Slack: workspace admin or owner; console: yes). */
  isAdmin: boolean;
}

export interface CommandRequest {
  platform: Platform;
  /** Discord guild id, Slack team id, or "default" for the console. */
  workspace: string;
  channelId: string;
  caller: CommandCaller;
  subcommand: string;
  /** Option values by option name, already trimmed; absent options are missing keys. */
  options: Record<string, string>;
}

export type CommandHandler = (request: CommandRequest) => Promise<Message>;

/** Suggestions for an autocomplete option, for the adapters that support it. */
export type AutocompleteHandler = (
  request: { workspace: string; kind: 'topic' | 'metric'; prefix: string },
) => Promise<Array<{ name: string; value: string }>>;
