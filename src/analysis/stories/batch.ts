/**
 * Clusters a whole batch of articles at once (the `analyze` command): fingerprints each article,
 * then feeds them to a `StoryClusterer` in time order.
 */
import { StoryClusterer, type StoryClustererOptions } from './clusterer.js';
import { storyFingerprint } from './fingerprint.js';

export interface BatchDocument {
  id: string;
  title: string;
  text: string;
  outlet: string | null;
  /** Placement time in ms since the epoch. */
  time: number;
}

/**
 * Assigns every document a story id; documents are taken oldest first (ties by id), so the result
 * does not depend on the order given.
 *
 * @example
 * const stories = clusterBatch(docs, { windowHours: 72 });
 * stories.get('article-1') === stories.get('article-2'); // same event, same story
 */
export function clusterBatch(docs: readonly BatchDocument[], options: StoryClustererOptions = {}): Map<string, string> {
  const clusterer = new StoryClusterer(options);
  const ordered = [...docs].sort((a, b) => a.time - b.time || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const out = new Map<string, string>();
  for (const doc of ordered) {
    const { storyId } = clusterer.assign({
      articleId: doc.id,
      fingerprint: storyFingerprint(doc),
      time: doc.time,
      outlet: doc.outlet,
    });
    out.set(doc.id, storyId);
  }
  return out;
}
