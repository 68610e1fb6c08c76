import { describe, expect, it } from 'vitest';
import { cleanRecordText, draftFromRecord, parseJsonLine, parseJsonRecords } from './records.js';

describe('draftFromRecord', () => {
  it('maps a corpus-shaped record', () => {
    const record = {
      id: 'x-1', title: ' EU freezes  assets ', text: 'The EU acted.\n\nRead more', outlet: 'Example Wire',
      url: 'https://example.com/x', published: '2022-02-28', source_dataset: 'fixture', labels: { a: 1 },
    };
    expect(draftFromRecord(record, 'a.jsonl', 'a.jsonl:1')).toEqual({
      origin: { kind: 'file', ref: 'a.jsonl' },
      externalId: 'x-1',
      outlet: 'Example Wire',
      byline: null,
      title: 'EU freezes assets',
      url: 'https://example.com/x',
      guid: null,
      published: '2022-02-28',
      text: 'The EU acted.',
    });
  });

  it.each<[string, unknown, Record<string, unknown>]>([
    ['numeric id', { id: 7, title: 'T' }, { externalId: '7', text: '' }],
    ['title from text', { text: 'First sentence here. Second.' }, { title: 'First sentence here' }],
    ['HTML text', { title: 'T', text: '<p>One.</p><p>Two.</p>' }, { text: 'One.\n\nTwo.' }],
    ['invalid date and url', { title: 'T', published: '2022-02-30', url: 'javascript:x' }, { published: null, url: null }],
    ['author alias', { title: 'T', author: 'By Jane Example' }, { byline: 'Jane Example' }],
    ['null outlet', { title: 'T', outlet: null }, { outlet: null }],
  ])('%s', (_, record, expected) => {
    expect(draftFromRecord(record, 'a.json', 'a.json')).toMatchObject(expected);
  });

  it.each<[unknown, string]>([
    [{ title: '', text: ' ' }, 'The record needs a "title" or a "text".'],
    [{ id: 'x' }, 'The record needs a "title" or a "text".'],
    [{ text: 'Read more' }, 'The record has no title, and its text holds only boilerplate.'],
    [{ title: 5 }, 'The record\'s "title" must be a string.'],
    [{ title: 'T', id: { nested: true } }, 'The record\'s "id" must be a string or a number.'],
    [[1, 2], 'The record must be a JSON object with a "title" or a "text".'],
    ['text', 'The record must be a JSON object with a "title" or a "text".'],
  ])('rejects %j', (record, reason) => {
    expect(draftFromRecord(record, 'a.json', 'a.json[0]')).toEqual({ ref: 'a.json[0]', reason, code: 'input_invalid' });
  });
});

describe('parseJsonLine', () => {
  it('skips blank lines and names the line of an error', () => {
    expect(parseJsonLine('   ', 3, 'a.jsonl')).toBeNull();
    expect(parseJsonLine('{"title": ', 4, 'a.jsonl')).toMatchObject({ ref: 'a.jsonl:4', reason: expect.stringMatching(/^The line is not valid JSON \(.+\)\.$/) });
  });
});

describe('parseJsonRecords', () => {
  it('reads one record or an array, naming array items in errors', () => {
    expect(parseJsonRecords('{"title":"A"}', 'a.json')).toHaveLength(1);
    expect(parseJsonRecords('[{"title":"A"},{}]', 'a.json')[1]).toMatchObject({ ref: 'a.json[1]' });
    expect(parseJsonRecords('[]', 'a.json')).toEqual([{ ref: 'a.json', reason: 'The JSON array holds no records.', code: 'input_invalid' }]);
    expect(parseJsonRecords('{bad', 'a.json')[0]).toMatchObject({ reason: expect.stringContaining('not valid JSON') });
  });
});

describe('cleanRecordText', () => {
  it('drops boilerplate paragraphs from plain and HTML text', () => {
    expect(cleanRecordText('Judges met.\n\nAdvertisement\n\nThey ruled.')).toBe('Judges met.\n\nThey ruled.');
    expect(cleanRecordText('<p>Judges met.</p><p>Read more</p>')).toBe('Judges met.');
  });
});
