/**
 * Table types for Kysely. Dates are ISO 8601 strings and JSON columns are text, so the same
 * queries run on SQLite and PostgreSQL.
 */
import type { Generated } from 'kysely';

export interface WorkspaceTable {
  id: string;
  platform: string;
  name: string | null;
  /** JSON: per-workspace settings (time zone, stories per section). */
  settings: string;
  created_at: string;
}

export interface ArticleTable {
  id: string;
  workspace: string;
  external_id: string | null;
  origin_kind: string;
  origin_ref: string;
  outlet: string | null;
  byline: string | null;
  title: string;
  url: string | null;
  guid: string | null;
  published: string | null;
  ingested_at: string;
  /** published ?? ingested_at: the time the article is placed at. */
  placed_at: string;
  text: string;
  content_hash: string;
  story_id: string | null;
  /** JSON StoryFingerprint, so clustering can resume after a restart. */
  fingerprint: string;
}

export interface ArticleTopicTable {
  workspace: string;
  article_id: string;
  topic: string;
  score: number;
  /** JSON TopicEvidence[]. */
  evidence: string;
}

export interface StoryTable {
  id: string;
  workspace: string;
  first_placed_at: string;
  last_placed_at: string;
  article_count: number;
}

export interface FigureTable {
  id: string;
  workspace: string;
  article_id: string;
  metric: string;
  population: string | null;
  value: number;
  qualifier: string | null;
  source: string | null;
  caveat: string | null;
  sentence: string;
  as_of: string;
  as_of_unknown: number;
}

export interface FeedTable {
  id: string;
  workspace: string;
  url: string;
  title: string | null;
  added_by: string | null;
  added_at: string;
  etag: string | null;
  last_modified: string | null;
  last_fetched_at: string | null;
  last_status: string | null;
  last_error: string | null;
  error_count: number;
  retry_after: string | null;
  item_count: number;
}

export interface SubscriptionTable {
  id: string;
  workspace: string;
  platform: string;
  channel_id: string;
  topic: string;
  cron: string;
  timezone: string;
  created_by: string | null;
  created_at: string;
  /** Set when delivery failed permanently (missing access, unknown channel): not retried. */
  disabled_reason: string | null;
  last_error: string | null;
  last_error_at: string | null;
  last_delivered_at: string | null;
}

export interface DeliveryTable {
  id: Generated<number>;
  /** Unique claim key: subscription (or job) and time slot; one run per slot however many replicas. */
  slot_key: string;
  workspace: string;
  subscription_id: string | null;
  status: string;
  parts_posted: number;
  /** JSON string[] of platform message ids. */
  message_ids: string;
  claimed_by: string;
  claimed_at: string;
  finished_at: string | null;
  attempts: number;
  error: string | null;
}

export interface TopicOverrideTable {
  workspace: string;
  topic_id: string;
  /** JSON TopicDefinition. */
  definition: string;
  updated_at: string;
}

export interface Tables {
  workspaces: WorkspaceTable;
  articles: ArticleTable;
  article_topics: ArticleTopicTable;
  stories: StoryTable;
  figures: FigureTable;
  feeds: FeedTable;
  subscriptions: SubscriptionTable;
  deliveries: DeliveryTable;
  topic_overrides: TopicOverrideTable;
}
