/** `newsdigest import`: files and folders -> drafts -> ingest. Bad files are reported, never fatal. */
import { collectArticleFiles, isImportError, readArticleFiles, type ImportError } from '../articles/index.js';
import type { ArticleDraft } from '../core/article.js';
import { ingest, type IngestDeps } from './ingest.js';
import type { TopicCatalog } from './topics.js';

export interface ImportReport {
  files: number;
  inserted: number;
  duplicates: number;
  errors: ImportError[];
}

// Drafts ingested per batch: bounds memory on a large JSONL while keeping story replay cheap.
const BATCH = 2_000;

/**
 * @example
 * const report = await importFiles(['../shared/seeds'], { workspace: 'default', topics: catalog }, deps);
 */
export async function importFiles(
  paths: string[],
  target: { workspace: string; topics: TopicCatalog },
  deps: IngestDeps & { onProgress?: (done: number) => void },
): Promise<ImportReport> {
  const { files, errors } = await collectArticleFiles(paths);
  const report: ImportReport = { files: files.length, inserted: 0, duplicates: 0, errors: [...errors] };
  const { matcher } = await target.topics.forWorkspace(target.workspace);
  let batch: ArticleDraft[] = [];
  let done = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    const result = await ingest(batch, { workspace: target.workspace, topics: matcher }, deps);
    report.inserted += result.inserted;
    report.duplicates += result.duplicates;
    report.errors.push(...result.failed);
    done += batch.length;
    deps.onProgress?.(done);
    batch = [];
  };
  for await (const item of readArticleFiles(files)) {
    if (isImportError(item)) report.errors.push(item);
    else batch.push(item);
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  return report;
}
