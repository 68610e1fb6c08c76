/**
 * Topics per workspace: the built-in definitions from config/topics.yaml, overridden or extended
 * by the workspace's own edits in the store. Compiled matchers are cached per workspace.
 */
import { compileTopics, type TopicMatcher } from '../analysis/topics.js';
import type { TopicDefinition } from '../core/analysis.js';
import type { Store } from '../store/index.js';

export interface WorkspaceTopics {
  definitions: TopicDefinition[];
  matcher: TopicMatcher;
}

export class TopicCatalog {
  private readonly cache = new Map<string, WorkspaceTopics>();

  constructor(private readonly builtIn: TopicDefinition[], private readonly store: Store) {}

  /**
   * @example
   * const { definitions, matcher } = await catalog.forWorkspace('default');
   */
  async forWorkspace(workspace: string): Promise<WorkspaceTopics> {
    const cached = this.cache.get(workspace);
    if (cached) return cached;
    const overrides = await this.store.workspaces.topicOverrides(workspace);
    const byId = new Map(this.builtIn.map((t) => [t.id, t]));
    for (const t of overrides) byId.set(t.id, t);
    const definitions = [...byId.values()];
    const entry = { definitions, matcher: compileTopics(definitions) };
    this.cache.set(workspace, entry);
    return entry;
  }

  /** Forget a workspace's compiled topics after its configuration changed. */
  invalidate(workspace: string): void {
    this.cache.delete(workspace);
  }
}
