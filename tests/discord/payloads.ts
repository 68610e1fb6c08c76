/**
 * INTERACTION_CREATE payloads in the shape Discord sends over the gateway (API v10), and a way to
 * feed them to a discord.js client as its gateway handler would, without a gateway connection.
 */
import type { Client } from 'discord.js';

export const APP_ID = '900000000000000001';
export const GUILD_ID = '800000000000000001';
export const CHANNEL_ID = '700000000000000001';
export const USER_ID = '600000000000000001';

// Permission bits (Discord: topics/permissions): View Channel, Send Messages, Manage Guild.
export const MEMBER_PERMISSIONS = String((1n << 10n) | (1n << 11n));
export const ADMIN_PERMISSIONS = String((1n << 10n) | (1n << 11n) | (1n << 5n));

let sequence = 0;

interface PayloadOptions {
  permissions?: string;
  guildId?: string | null;
}

function base(type: number, data: Record<string, unknown>, options: PayloadOptions): Record<string, unknown> {
  sequence += 1;
  const guildId = options.guildId === undefined ? GUILD_ID : options.guildId;
  const user = { id: USER_ID, username: 'analyst', discriminator: '0', global_name: 'Desk Analyst', avatar: null };
  return {
    id: String(500000000000000000n + BigInt(sequence)),
    application_id: APP_ID,
    type,
    token: `interaction-token-${sequence}`,
    version: 1,
    locale: 'en-GB',
    app_permissions: '2248473465835073',
    entitlements: [],
    authorizing_integration_owners: guildId ? { 0: guildId } : { 1: USER_ID },
    context: guildId ? 0 : 1,
    attachment_size_limit: 10485760,
    channel_id: CHANNEL_ID,
    channel: { id: CHANNEL_ID, type: guildId ? 0 : 1, name: 'war-news', guild_id: guildId ?? undefined, flags: 0, nsfw: false, position: 3, permissions: '2248473465835073' },
    ...(guildId
      ? {
        guild_id: guildId,
        guild_locale: 'en-US',
        guild: { id: guildId, locale: 'en-US', features: [] },
        member: {
          user, roles: [], premium_since: null, permissions: options.permissions ?? MEMBER_PERMISSIONS, pending: false,
          nick: null, mute: false, joined_at: '2024-02-24T08:00:00.000000+00:00', flags: 0, deaf: false, avatar: null,
        },
      }
      : { user }),
    data,
  };
}

/**
 * A `/news <subcommand>` chat-input interaction with string options.
 * @example chatInput('digest', { topic: 'sanctions' })
 */
export function chatInput(subcommand: string, options: Record<string, string> = {}, extra: PayloadOptions = {}): Record<string, unknown> {
  return base(2, {
    id: '400000000000000001', name: 'news', type: 1,
    options: [{ type: 1, name: subcommand, options: Object.entries(options).map(([name, value]) => ({ type: 3, name, value })) }],
  }, extra);
}

/**
 * An autocomplete interaction with `focused` being typed in `/news <subcommand>`.
 * @example autocomplete('digest', 'topic', 'san')
 */
export function autocomplete(subcommand: string, focused: string, value: string, extra: PayloadOptions = {}): Record<string, unknown> {
  return base(4, {
    id: '400000000000000001', name: 'news', type: 1,
    options: [{ type: 1, name: subcommand, options: [{ type: 3, name: focused, value, focused: true }] }],
  }, extra);
}

/** Hands a payload to the client exactly as its INTERACTION_CREATE gateway handler does. */
export function deliverInteraction(client: Client, payload: Record<string, unknown>): void {
  (client as unknown as { actions: { InteractionCreate: { handle(data: unknown): void } } }).actions.InteractionCreate.handle(payload);
}
