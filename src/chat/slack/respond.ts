/**
 * A command's answer as `response_url` payloads. Slack accepts 5 replies to one command within
 * 30 minutes (docs.slack.dev/interactivity/handling-user-interaction#message_responses).
 */
import type { Message } from '../../core/message.js';
import { renderSlack, type SlackPart } from '../../render/slack.js';

export const MAX_REPLIES = 5;

export interface RespondPayload extends SlackPart {
  response_type: 'ephemeral' | 'in_channel';
  replace_original: false;
}

/**
 * Renders the answer; ephemeral (only the caller sees it) unless the message says `ephemeral: false`.
 * An answer longer than 5 parts ends with a note saying what was left out, never silently.
 *
 * @example answerPayloads({ title: 'Help', text: '…' })[0].response_type // 'ephemeral'
 */
export function answerPayloads(message: Message): RespondPayload[] {
  const responseType = message.ephemeral === false ? 'in_channel' : 'ephemeral';
  let parts = renderSlack(message);
  if (parts.length > MAX_REPLIES) {
    const left = parts.length - (MAX_REPLIES - 1);
    const note = `${left} more parts of this answer do not fit in Slack's ${MAX_REPLIES} replies to a command; ask for one topic, e.g. /news digest sanctions.`;
    parts = [...parts.slice(0, MAX_REPLIES - 1), { text: note, blocks: [{ type: 'section', text: { type: 'plain_text', text: note, emoji: true } }] }];
  }
  return parts.map((part) => ({ response_type: responseType, replace_original: false, ...part }));
}
