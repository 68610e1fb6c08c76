/**
 * Loads topic definitions (config/topics.yaml) and validates them, so a typo in a user's topic
 * is one clear line naming the file and the field instead of a topic that silently never matches.
 */
import { readFile } from 'node:fs/promises';
import { parse, YAMLParseError } from 'yaml';
import { z } from 'zod';
import type { TopicDefinition } from '../core/analysis.js';
import { AppError } from '../core/errors.js';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// A phrase needs at least one letter or digit, else it can never match a word.
const HAS_WORD = /[\p{L}\p{N}]/u;

const phraseText = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .regex(HAS_WORD, 'must contain a letter or digit');

/** One topic, as written in config/topics.yaml or a workspace's own topic list. */
export const topicDefinitionSchema = z
  .object({
    id: z.string().regex(SLUG, 'must be a lowercase slug such as "legal-action"'),
    title: z.string().trim().min(1, 'must not be empty'),
    description: z.string().trim().default(''),
    threshold: z.number().positive('must be greater than 0'),
    phrases: z
      .array(z.object({ text: phraseText, weight: z.number().positive('must be greater than 0') }).strict())
      .min(1, 'needs at least one phrase'),
    exclusions: z.array(phraseText).default([]),
  })
  .strict()
  .superRefine((topic, ctx) => {
    const seen = new Set<string>();
    topic.phrases.forEach((phrase, i) => {
      const key = phrase.text.toLowerCase();
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['phrases', i, 'text'], message: `repeats "${phrase.text}"` });
      seen.add(key);
    });
  }) satisfies z.ZodType<TopicDefinition, unknown>;

/** A list of topics with unique ids. */
export const topicListSchema = z.array(topicDefinitionSchema).superRefine((topics, ctx) => {
  const seen = new Set<string>();
  topics.forEach((topic, i) => {
    if (seen.has(topic.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `repeats the id "${topic.id}"` });
    seen.add(topic.id);
  });
});

const topicsFileSchema = z.object({ topics: topicListSchema.min(1, 'needs at least one topic') }).strict();

/** "topics[1].phrases[0].weight" from a zod issue path. */
function fieldName(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : `${out ? '.' : ''}${String(part)}`;
  return out || 'the file';
}

/** The issue as the end of a sentence that starts with the field name. */
function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return `has an unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  if (issue.path.length === 0) return 'must be a mapping with a "topics:" list';
  // zod leaves the input out of issues; its message says what was received.
  if (issue.code === 'invalid_type') return /received undefined/.test(issue.message) ? 'is missing' : `must be a ${issue.expected}`;
  return issue.message;
}

/**
 * Reads and validates a topics file. Throws `AppError('config_invalid')` with a one-line message
 * naming the file and the field when the file is missing, is not YAML, or breaks a rule.
 *
 * @example
 * const topics = await loadTopics('config/topics.yaml');
 * topics.map((t) => t.id); // ['legal-action', 'sanctions', 'humanitarian']
 */
export async function loadTopics(path: string): Promise<TopicDefinition[]> {
  let source: string;
  try {
    source = await readFile(path, 'utf8');
  } catch (cause) {
    throw new AppError('config_invalid', `Cannot read the topics file ${path}; check the path.`, { context: { path }, cause });
  }

  let data: unknown;
  try {
    data = parse(source);
  } catch (cause) {
    const line = cause instanceof YAMLParseError ? cause.linePos?.[0]?.line : undefined;
    const where = line === undefined ? '' : ` at line ${line}`;
    throw new AppError('config_invalid', `${path} is not valid YAML${where}; fix the syntax there.`, { context: { path, line }, cause });
  }

  const result = topicsFileSchema.safeParse(data);
  if (!result.success) {
    // A misspelt key explains the "missing" field it was meant to be: report it first.
    const issues = result.error.issues;
    const issue = issues.find((i) => i.code === 'unrecognized_keys') ?? issues[0];
    const field = fieldName(issue?.path ?? []);
    const message = issue ? describeIssue(issue) : 'is invalid';
    throw new AppError('config_invalid', `${path}: ${field} ${message}.`, {
      context: { path, field, issues: result.error.issues },
      cause: result.error,
    });
  }
  return result.data.topics;
}
