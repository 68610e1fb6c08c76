import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from '../core/errors.js';
import { loadTopics, topicDefinitionSchema } from './topics.js';

const builtIn = fileURLToPath(new URL('../../config/topics.yaml', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'newsdigest-topics-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let files = 0;
function write(yaml: string): string {
  const path = join(dir, `topics-${files++}.yaml`);
  writeFileSync(path, yaml);
  return path;
}

const valid = `topics:
  - id: ports
    title: Ports
    threshold: 2
    phrases:
      - { text: harbour, weight: 2 }
`;

async function failure(path: string): Promise<AppError> {
  const error = await loadTopics(path).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('loadTopics', () => {
  it('loads the built-in topics', async () => {
    const topics = await loadTopics(builtIn);
    expect(topics.map((t) => t.id)).toEqual(['legal-action', 'sanctions', 'humanitarian']);
    expect(topics.find((t) => t.id === 'humanitarian')?.title).toBe('Humanitarian figures');
    for (const topic of topics) {
      expect(topic.phrases.length).toBeGreaterThan(10);
      expect(topic.threshold).toBeGreaterThan(0);
    }
  });

  it('fills in the optional fields', async () => {
    const [topic] = await loadTopics(write(valid));
    expect(topic).toEqual({
      id: 'ports',
      title: 'Ports',
      description: '',
      threshold: 2,
      phrases: [{ text: 'harbour', weight: 2 }],
      exclusions: [],
    });
  });

  it.each([
    ['a missing id slug', valid.replace('id: ports', 'id: Big Ports'), 'topics[0].id'],
    ['a zero weight', valid.replace('weight: 2', 'weight: 0'), 'topics[0].phrases[0].weight'],
    ['a negative threshold', valid.replace('threshold: 2', 'threshold: -1'), 'topics[0].threshold'],
    ['a missing threshold', valid.replace('    threshold: 2\n', ''), 'topics[0].threshold'],
    ['no phrases', valid.replace(/ {4}phrases:\n.*\n/, '    phrases: []\n'), 'topics[0].phrases'],
    ['a blank phrase', valid.replace('text: harbour', 'text: "  "'), 'topics[0].phrases[0].text'],
    ['a phrase of punctuation only', valid.replace('text: harbour', 'text: "--"'), 'topics[0].phrases[0].text'],
    ['a misspelt field', valid.replace('phrases:', 'phrase:'), 'topics[0]'],
    ['a repeated phrase', `${valid}      - { text: Harbour, weight: 1 }\n`, 'topics[0].phrases[1].text'],
    ['a repeated id', valid + valid.replace('topics:\n', ''), 'topics[1].id'],
    ['no topics at all', 'topics: []\n', 'topics'],
  ])('rejects %s, naming the file and the field', async (_name, yaml, field) => {
    const path = write(yaml);
    const error = await failure(path);
    expect(error.code).toBe('config_invalid');
    expect(error.message).toContain(path);
    expect(error.message).toContain(`${field} `);
    expect(error.message).not.toContain('\n');
    expect(error.context).toMatchObject({ path, field });
  });

  it.each([
    ['a misspelt field', valid.replace('phrases:', 'phrase:'), 'topics[0] has an unknown field "phrase".'],
    ['a wrong type', valid.replace('threshold: 2', 'threshold: two'), 'topics[0].threshold must be a number.'],
    ['a missing field', valid.replace('    title: Ports\n', ''), 'topics[0].title is missing.'],
    ['a file without a topics list', 'just words\n', 'the file must be a mapping with a "topics:" list.'],
  ])('says what is wrong for %s', async (_name, yaml, expected) => {
    const path = write(yaml);
    expect((await failure(path)).message).toBe(`${path}: ${expected}`);
  });

  it('reports a YAML syntax error with its line', async () => {
    const path = write('topics:\n  - id: ports\n    title: [unclosed\n');
    const error = await failure(path);
    expect(error.code).toBe('config_invalid');
    expect(error.message).toMatch(/not valid YAML at line \d+/);
    expect(error.cause).toBeDefined();
  });

  it('reports a missing file', async () => {
    const path = join(dir, 'absent.yaml');
    const error = await failure(path);
    expect(error.code).toBe('config_invalid');
    expect(error.message).toContain(path);
  });
});

describe('topicDefinitionSchema', () => {
  it('validates one user-added topic on its own', () => {
    const result = topicDefinitionSchema.safeParse({ id: 'grain-deal', title: 'Grain deal', threshold: 3, phrases: [{ text: 'grain corridor', weight: 3 }] });
    expect(result.success).toBe(true);
    expect(topicDefinitionSchema.safeParse({ id: 'grain deal', title: 'x', threshold: 3, phrases: [] }).success).toBe(false);
  });
});
