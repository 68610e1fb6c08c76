import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeShared, sharedPath } from '../../tests/support/shared.js';
import { loadTopics } from '../config/topics.js';
import type { TopicDefinition } from '../core/analysis.js';
import { compileTopics, scoreTopics, TITLE_FACTOR, type TopicMatcher } from './topics.js';

const toy: TopicDefinition[] = [
  {
    id: 'courts',
    title: 'Courts',
    description: '',
    threshold: 3,
    phrases: [
      { text: 'ICC', weight: 3 },
      { text: 'war crimes', weight: 2 },
      { text: 'indict*', weight: 1 },
    ],
    exclusions: ['cricket'],
  },
  {
    id: 'money',
    title: 'Money',
    description: '',
    threshold: 2,
    phrases: [
      { text: 'sanction*', weight: 2 },
      { text: 'asset freeze', weight: 2 },
    ],
    exclusions: [],
  },
];

describe('compileTopics (mechanics)', () => {
  const matcher = compileTopics(toy);
  const topicsOf = (title: string, text: string) => matcher.score({ title, text }).map((m) => m.topic);

  it.each([
    ['matches case-insensitively', '', 'The icc said so.', ['courts']],
    ['matches whole words only', '', 'The ICCs met over an assets freeze.', []],
    ['matches a prefix wildcard', '', 'Two men were indicted for war crimes.', ['courts']],
    ['does not match a phrase across sentences', '', 'It was war. Crimes followed.', []],
    ['lets an exclusion veto its topic only', '', 'The ICC cricket board faced sanctions.', ['money']],
    ['drops topics under their threshold', '', 'He was indicted.', []],
    ['returns several topics', '', 'The ICC warned of an asset freeze.', ['courts', 'money']],
  ])('%s', (_name, title, text, expected) => {
    expect(topicsOf(title, text).sort()).toEqual([...expected].sort());
  });

  it('adds a weight once per distinct phrase and keeps the counts as evidence', () => {
    const [match] = matcher.score({ title: '', text: 'War crimes, war crimes and more war crimes at the ICC.' });
    expect(match?.topic).toBe('courts');
    expect(match?.score).toBe(5);
    expect(match?.evidence).toEqual([
      { phrase: 'ICC', weight: 3, count: 1 },
      { phrase: 'war crimes', weight: 2, count: 3 },
    ]);
  });

  it('counts a phrase in the title more than one in the text', () => {
    const inText = matcher.score({ title: 'News', text: 'War crimes and an indictment at the ICC.' })[0];
    const inTitle = matcher.score({ title: 'War crimes', text: 'An indictment at the ICC.' })[0];
    expect(inTitle?.score).toBe(3 + 1 + 2 * TITLE_FACTOR);
    expect(inTitle?.score).toBeGreaterThan(inText?.score ?? Infinity);
  });

  it('sorts matches by score', () => {
    const matches = matcher.score({ title: '', text: 'Sanctions and an asset freeze; the ICC indicted two.' });
    expect(matches.map((m) => [m.topic, m.score])).toEqual([
      ['courts', 4],
      ['money', 4],
    ]);
    const ranked = matcher.score({ title: '', text: 'The ICC indicted two over war crimes; sanctions followed.' });
    expect(ranked.map((m) => m.topic)).toEqual(['courts', 'money']);
  });

  it('scoreTopics gives the same answer as a compiled matcher', () => {
    const doc = { title: 'Asset freeze', text: 'New sanctions.' };
    expect(scoreTopics(doc, toy)).toEqual(matcher.score(doc));
  });
});

describe('built-in topics (config/topics.yaml)', () => {
  let matcher: TopicMatcher;
  beforeAll(async () => {
    matcher = compileTopics(await loadTopics(fileURLToPath(new URL('../../config/topics.yaml', import.meta.url))));
  });

  // Short articles written for these tests: war coverage that belongs, and general news that does not.
  it.each([
    [
      'an ICC arrest warrant',
      'Hague court seeks arrest of Russian officials',
      'Judges at the International Criminal Court issued arrest warrants for two Russian commanders over strikes on power plants in Ukraine.',
      ['legal-action'],
    ],
    [
      'a genocide case at the ICJ',
      'Kyiv files new evidence',
      'Ukraine gave the International Court of Justice new evidence in its genocide case against Russia, its lawyers said.',
      ['legal-action'],
    ],
    [
      'a new sanctions package',
      'EU agrees new sanctions',
      'The European Union froze the assets of 40 Russian businessmen and extended its oil price cap, the tenth sanctions package since the invasion of Ukraine.',
      ['sanctions'],
    ],
    [
      'a SWIFT ban',
      'More banks cut off',
      'Three more Russian banks were disconnected from the SWIFT network on Friday as Western sanctions against Moscow widened.',
      ['sanctions'],
    ],
    [
      'refugee figures from the UNHCR',
      'Millions still displaced',
      'The UNHCR said more than 5 million refugees from Ukraine are recorded across Europe and about 6 million people remain internally displaced.',
      ['humanitarian'],
    ],
    [
      'civilian casualties from the UN',
      'Civilian deaths rise in the east',
      'At least 40 civilians were killed and 120 injured in Russian shelling of Ukrainian towns last week, the UN human rights monitoring mission reported.',
      ['humanitarian'],
    ],
  ])('finds %s', (_name, title, text, expected) => {
    expect(matcher.score({ title, text }).map((m) => m.topic)).toEqual(expected);
  });

  it.each([
    ['a local murder trial', 'Jury hears closing arguments', 'Prosecutors told the court the defendant was seen near the bar; the trial resumes Monday and a ruling is expected next week.'],
    ['a pop star called Swift', 'Taylor Swift adds tour dates', 'Swift announced six more concerts in Europe after tickets for the first run sold out within hours.'],
    ['a sporting sanction', 'Referee under review', 'The league said the referee sanctioned a penalty that replays showed was outside the box, and sanctions against the club are unlikely.'],
    ['a storm death toll', 'Storm leaves town without power', 'Two people died and a dozen were injured when the storm brought down trees across the county.'],
    ['a cricket story', 'ICC confirms cricket schedule', 'The ICC said the cricket World Cup final will be played in Ahmedabad; the International Cricket Council also named its umpires.'],
  ])('leaves out %s', (_name, title, text) => {
    expect(matcher.score({ title, text })).toEqual([]);
  });
});

describeShared('built-in topics on the seed articles', () => {
  let matcher: TopicMatcher;
  const seeds = new Map<string, string>();
  beforeAll(async () => {
    matcher = compileTopics(await loadTopics(fileURLToPath(new URL('../../config/topics.yaml', import.meta.url))));
    for (const name of readdirSync(sharedPath('seeds'))) seeds.set(name.slice(0, 3), readFileSync(sharedPath('seeds', name), 'utf8'));
  });
  const topicsOf = (seed: string) => matcher.score({ title: '', text: seeds.get(seed) ?? '' }).map((m) => m.topic).sort();

  it.each([
    // 000 is about war crimes; its two sentences on sanctions ("must go further", "sweeping sanctions
    // on Russia") are a passing mention with no second sanctions phrase, so not the Sanctions topic.
    ['000', ['legal-action']],
    // 001 also reports deaths and the number who fled (UN refugee agency).
    ['001', ['humanitarian', 'legal-action']],
    ['002', ['humanitarian', 'legal-action', 'sanctions']],
    ['003', ['humanitarian', 'legal-action']],
  ])('seed %s', (seed, expected) => {
    expect(topicsOf(seed)).toEqual(expected);
  });
});
