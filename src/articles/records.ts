/**
 * JSON and JSONL article records, shaped like the shared corpus' articles.jsonl:
 * `{ id, title, text, outlet, url, published, ... }`. Each record is validated with zod; extra
 * fields (source_dataset, labels) are ignored. A record needs a title or a text.
 */
import { z } from 'zod';
import type { ArticleDraft } from '../core/article.js';
import { stripBoilerplate } from '../text/boilerplate.js';
import { htmlToText, looksLikeHtml } from '../text/html.js';
import { normalizeDate } from './dates.js';
import { splitParagraphs } from './plain-text.js';
import { titleFromText } from './title.js';
import { importError, type ImportError } from './types.js';
import { canonicalizeUrl } from '../feeds/url.js';

const optionalText = z.string().nullish();

const ArticleRecord = z
  .object({
    id: z.union([z.string(), z.number()]).nullish(),
    title: optionalText,
    text: optionalText,
    outlet: optionalText,
    byline: optionalText,
    author: optionalText,
    url: optionalText,
    guid: optionalText,
    published: z.unknown().optional(),
  })
  .refine((r) => Boolean(r.title?.trim() || r.text?.trim()), { message: 'title-or-text' });

/**
 * Record text to clean text: HTML (some datasets keep tags) to plain text, paragraphs split,
 * boilerplate dropped.
 * @example
 * cleanRecordText('<p>Judges met.</p><p>Read more</p>') // 'Judges met.'
 */
export function cleanRecordText(text: string): string {
  const paragraphs = looksLikeHtml(text) ? htmlToText(text).split('\n\n') : splitParagraphs(text);
  return stripBoilerplate(paragraphs).join('\n\n');
}

/**
 * A draft from one parsed JSON value; `where` names it in error entries ("file:12", "file[3]").
 * @example
 * draftFromRecord({ id: 'a1', title: 'EU freezes assets', text: 'The EU acted.' }, 'a.jsonl', 'a.jsonl:1').externalId
 * // 'a1'
 */
export function draftFromRecord(value: unknown, ref: string, where: string): ArticleDraft | ImportError {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return importError(where, 'The record must be a JSON object with a "title" or a "text".');
  }
  const parsed = ArticleRecord.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    if (issue?.message === 'title-or-text') return importError(where, 'The record needs a "title" or a "text".');
    const field = issue?.path.join('.') ?? '';
    return importError(where, field === 'id'
      ? 'The record\'s "id" must be a string or a number.'
      : `The record's "${field}" must be a string.`);
  }
  const record = parsed.data;
  const text = record.text ? cleanRecordText(record.text) : '';
  const title = record.title?.replace(/\s+/g, ' ').trim() || titleFromText(text);
  if (title === '') return importError(where, 'The record has no title, and its text holds only boilerplate.');
  return {
    origin: { kind: 'file', ref },
    externalId: record.id == null ? null : String(record.id),
    outlet: record.outlet?.trim() || null,
    byline: (record.byline ?? record.author)?.trim().replace(/^by\s+/i, '') || null,
    title,
    url: canonicalizeUrl(record.url),
    guid: record.guid?.trim() || null,
    published: normalizeDate(record.published),
    text,
  };
}

/**
 * One JSONL line to a draft, an error entry (reported as "file:LINE"), or null for a blank line.
 * @example
 * parseJsonLine('{"title":"A"}', 3, 'a.jsonl')?.title // 'A'
 * parseJsonLine('{oops', 4, 'a.jsonl') // { ref: 'a.jsonl:4', reason: 'The line is not valid JSON ...', ... }
 */
export function parseJsonLine(line: string, lineNumber: number, ref: string): ArticleDraft | ImportError | null {
  const where = `${ref}:${lineNumber}`;
  const trimmed = line.replace(/^\uFEFF/, '').trim();
  if (trimmed === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch (error) {
    return importError(where, `The line is not valid JSON (${jsonProblem(error)}).`);
  }
  return draftFromRecord(value, ref, where);
}

/**
 * A .json file: one record, or an array of records (errors name the item: "file[3]").
 * @example
 * parseJsonRecords('[{"title":"A"},{"title":"B"}]', 'a.json').length // 2
 */
export function parseJsonRecords(content: string, ref: string): Array<ArticleDraft | ImportError> {
  let value: unknown;
  try {
    value = JSON.parse(content.replace(/^\uFEFF/, ''));
  } catch (error) {
    return [importError(ref, `The file is not valid JSON (${jsonProblem(error)}).`)];
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return [importError(ref, 'The JSON array holds no records.')];
    return value.map((item, index) => draftFromRecord(item, ref, `${ref}[${index}]`));
  }
  return [draftFromRecord(value, ref, ref)];
}

/** The first clause of a JSON.parse message: "Unexpected token 'o', "{oops" is not..." -> "Unexpected token 'o'". */
function jsonProblem(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return (message.split(/,\s*"|\n/)[0] ?? message).replace(/[.\s]+$/, '').slice(0, 120);
}
