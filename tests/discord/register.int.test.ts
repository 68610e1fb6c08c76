import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildNewsCommandJson, registerCommands } from '../../src/chat/discord/commands.js';
import { startFakeDiscord } from './fake-discord.js';
import type { FakeDiscord } from './fake-discord.js';
import { APP_ID, GUILD_ID } from './payloads.js';

describe('registerCommands against a fake Discord API', () => {
  let discord: FakeDiscord;
  beforeEach(async () => {
    discord = await startFakeDiscord();
  });
  afterEach(async () => {
    await discord.close();
  });

  it('bulk-overwrites the guild commands with /news', async () => {
    const result = await registerCommands({ token: 'tok', applicationId: APP_ID, guildId: GUILD_ID, apiUrl: discord.apiUrl });
    expect(result).toEqual([{ id: '7000', name: 'news' }]);
    const [request, ...rest] = discord.requests;
    expect(rest).toEqual([]);
    expect(request).toMatchObject({ method: 'PUT', path: `/applications/${APP_ID}/guilds/${GUILD_ID}/commands`, authorization: 'Bot tok' });
    expect(request?.body).toEqual([buildNewsCommandJson()]);
  });

  it('registers globally without a guild id', async () => {
    await registerCommands({ token: 'tok', applicationId: APP_ID, apiUrl: discord.apiUrl });
    expect(discord.requests.map((r) => `${r.method} ${r.path}`)).toEqual([`PUT /applications/${APP_ID}/commands`]);
  });

  it.each([
    [401, 'Discord rejected the bot token; check DISCORD_TOKEN.'],
    [403, `The bot cannot register commands in server ${GUILD_ID}: invite it there with the applications.commands scope.`],
  ])('reports a %i as config_invalid', async (status, message) => {
    discord.script('PUT', /commands$/, { status, body: { message: 'no', code: status === 403 ? 50001 : 0 } });
    await expect(registerCommands({ token: 'tok', applicationId: APP_ID, guildId: GUILD_ID, apiUrl: discord.apiUrl }))
      .rejects.toMatchObject({ code: 'config_invalid', message, context: { applicationId: APP_ID, guildId: GUILD_ID } });
  });
});
