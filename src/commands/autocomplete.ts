/** Suggestions for the `topic` and `metric` options, for the platforms that offer autocomplete. */
import { METRICS } from '../core/analysis.js';
import type { AutocompleteHandler } from '../core/command.js';
import type { TopicCatalog } from '../pipeline/topics.js';

/**
 * @example
 * await createAutocomplete(catalog)({ workspace: 'G1', kind: 'topic', prefix: 'san' }) // [{ name: 'Sanctions (sanctions)', value: 'sanctions' }]
 */
export function createAutocomplete(topics: TopicCatalog): AutocompleteHandler {
  return async ({ workspace, kind, prefix }) => {
    const p = prefix.trim().toLowerCase();
    if (kind === 'metric') {
      return METRICS.filter((m) => m.startsWith(p)).map((m) => ({ name: m.replace('_', ' '), value: m }));
    }
    const { definitions } = await topics.forWorkspace(workspace);
    return definitions
      .filter((t) => t.id.startsWith(p) || t.title.toLowerCase().includes(p))
      .map((t) => ({ name: `${t.title} (${t.id})`, value: t.id }));
  };
}
