/** Builds signed slash-command requests the way Slack does, for the HTTP receiver tests. */
import { createHmac } from 'node:crypto';

export function slackSignature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

/** The form body Slack posts for `/news <text>`. */
export function slashCommandBody(fields: { text: string; user: string; responseUrl: string; team?: string; channel?: string }): string {
  return new URLSearchParams({
    token: 'legacy-verification-token',
    team_id: fields.team ?? 'T1',
    team_domain: 'newsdesk',
    channel_id: fields.channel ?? 'C42',
    channel_name: 'ukraine-watch',
    user_id: fields.user,
    user_name: fields.user.toLowerCase(),
    command: '/news',
    text: fields.text,
    api_app_id: 'A1',
    response_url: fields.responseUrl,
    trigger_id: '1.2.3',
  }).toString();
}
