/** Workspaces (Discord guild, Slack team, the console's "default") and their own topic edits. */
import type { Kysely } from 'kysely';
import type { TopicDefinition } from '../core/analysis.js';
import type { Tables } from './schema.js';

export interface WorkspaceSettings {
  timezone?: string;
  storiesPerSection?: number;
}

export class WorkspaceRepository {
  constructor(private readonly db: Kysely<Tables>) {}

  async ensure(id: string, platform: string, now: string, name: string | null = null): Promise<void> {
    await this.db
      .insertInto('workspaces')
      .values({ id, platform, name, settings: '{}', created_at: now })
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
  }

  async settings(id: string): Promise<WorkspaceSettings> {
    const row = await this.db.selectFrom('workspaces').select('settings').where('id', '=', id).executeTakeFirst();
    return row ? (JSON.parse(row.settings) as WorkspaceSettings) : {};
  }

  async updateSettings(id: string, patch: WorkspaceSettings): Promise<void> {
    const next = { ...(await this.settings(id)), ...patch };
    await this.db.updateTable('workspaces').set({ settings: JSON.stringify(next) }).where('id', '=', id).execute();
  }

  /** The workspace's edited or added topics, which take precedence over the built-in ones by id. */
  async topicOverrides(workspace: string): Promise<TopicDefinition[]> {
    const rows = await this.db.selectFrom('topic_overrides').select('definition').where('workspace', '=', workspace).orderBy('topic_id').execute();
    return rows.map((r) => JSON.parse(r.definition) as TopicDefinition);
  }

  async saveTopic(workspace: string, topic: TopicDefinition, now: string): Promise<void> {
    await this.db
      .insertInto('topic_overrides')
      .values({ workspace, topic_id: topic.id, definition: JSON.stringify(topic), updated_at: now })
      .onConflict((oc) => oc.columns(['workspace', 'topic_id']).doUpdateSet({ definition: JSON.stringify(topic), updated_at: now }))
      .execute();
  }
}
