import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Digest } from '../../src/core/digest.js';
import { describeShared, sharedPath } from '../support/shared.js';
import { PROJECT, runCli, tempConfig } from '../support/cli.js';

const BOILERPLATE = [/media caption/i, /support the moscow times/i, /read more/i, /^watch:/im, /\/ AP \/ TASS/, /AFP contributed/i, /more coverage/i];

describe('serve --once on the project examples', () => {
  it('prints and writes a digest with the three topic sections, the figures table and the chart', async () => {
    const { dir, config } = tempConfig(['import:', `  - ${join(PROJECT, 'examples')}`]);
    const result = await runCli(['serve', '--once'], { config });
    expect(result.code, result.stderr).toBe(0);
    for (const heading of ['## Legal action', '## Sanctions', '## Humanitarian figures', '## Figures reported']) expect(result.stdout).toContain(heading);
    const today = new Date().toISOString().slice(0, 10);
    const digest = JSON.parse(readFileSync(join(dir, 'digests', 'default', `${today}.json`), 'utf8')) as Digest;
    expect(digest.sections.map((s) => s.topic)).toEqual(['legal-action', 'sanctions', 'humanitarian']);
    expect(digest.sections.every((s) => s.stories.length > 0)).toBe(true);
    expect(existsSync(join(dir, 'digests', 'default', `${today}.md`))).toBe(true);
    expect(readFileSync(join(dir, 'digests', 'default', `${today}.png`)).subarray(1, 4).toString()).toBe('PNG');
    // The ICJ hearing is told by two outlets in the examples: one story, two sources.
    const icj = digest.sections.flatMap((s) => s.stories).filter((s) => /genocide|world court|UN court/i.test(s.headline));
    expect(icj).toHaveLength(1);
    expect(new Set(icj[0]!.articles.map((a) => a.outlet)).size).toBe(2);
    // A digest of past dates is named after them and leaves today's file alone.
    const todayText = readFileSync(join(dir, 'digests', 'default', `${today}.md`), 'utf8');
    const march = await runCli(['digest', '--from', '2022-03-01', '--to', '2022-03-31'], { config });
    expect(march.code, march.stderr).toBe(0);
    const marchDigest = JSON.parse(readFileSync(join(dir, 'digests', 'default', '2022-03-01_2022-03-31.json'), 'utf8')) as Digest;
    // The sanctions example is dated 1 March, the first day of the window.
    expect(marchDigest.sections.find((s) => s.topic === 'sanctions')!.stories).toHaveLength(1);
    expect(readFileSync(join(dir, 'digests', 'default', `${today}.md`), 'utf8')).toBe(todayText);
    // Running again imports nothing new and posts the same digest.
    const again = await runCli(['serve', '--once'], { config });
    expect(again.code).toBe(0);
    // The same digest, but for its window line, which moves with the clock.
    const withoutWindow = (text: string) => text.replace(/^_.* UTC to .* UTC_$/m, '');
    expect(withoutWindow(again.stdout)).toBe(withoutWindow(result.stdout));
  });
});

describeShared('the seed articles', () => {
  it('import, then a JSON digest: one story for the two 2 March reports, each figure once, no boilerplate', async () => {
    const { config } = tempConfig();
    const imported = await runCli(['import', sharedPath('seeds')], { config });
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toContain('Imported 4 articles from 4 files');
    const reimport = await runCli(['import', sharedPath('seeds')], { config });
    expect(reimport.stdout).toContain('Imported 0 articles from 4 files into workspace default (4 already stored');

    const result = await runCli(['digest', '--since', '24h', '--format', 'json'], { config });
    expect(result.code, result.stderr).toBe(0);
    const digest = JSON.parse(result.stdout) as Digest;
    const stories = digest.sections.flatMap((s) => s.stories);
    const johnson = stories.filter((s) => s.articles.some((a) => a.outlet === 'BBC News'));
    expect(johnson).toHaveLength(1);
    expect(johnson[0]!.articles).toHaveLength(2);
    expect(johnson[0]!.articles.map((a) => a.title).join(' ')).toMatch(/war crimes investigation has begun/i);
    expect(stories.filter((s) => s.articles.some((a) => a.outlet === 'Anadolu Agency' || a.outlet === 'The Moscow Times'))).toHaveLength(2);
    expect(stories.flatMap((s) => s.articles).every((a) => a.published === null)).toBe(true);

    const expected = [
      { metric: 'killed', value: 2000, qualifier: 'more than', source: "Ukraine's state emergency service", caveat: /not independently verified/ },
      { metric: 'refugees', value: 934000, qualifier: 'more than', source: 'UNHCR' },
      { metric: 'killed', value: 1417, qualifier: 'at least', source: 'UN' },
      { metric: 'injured', value: 2038, source: 'UN' },
      { metric: 'refugees', value: 4200000, qualifier: 'more than', source: 'UNHCR' },
      { metric: 'refugees', value: 660000, qualifier: 'nearly', source: 'UNHCR' },
    ];
    for (const want of expected) {
      const found = digest.figures.filter((f) => f.metric === want.metric && f.value === want.value);
      expect(found, `${want.metric} ${want.value}`).toHaveLength(1);
      const figure = found[0]!;
      expect(figure.source).toBe(want.source);
      if (want.qualifier) expect(figure.qualifier).toBe(want.qualifier);
      if (want.caveat) expect(figure.caveat).toMatch(want.caveat);
      expect(figure.asOfUnknown).toBe(true);
    }
    // Votes, countries, sanctioned officials and durations are not humanitarian figures.
    for (const notAFigure of [141, 38, 37, 35, 26, 5, 4]) expect(digest.figures.map((f) => f.value)).not.toContain(notAFigure);

    for (const story of stories) for (const pattern of BOILERPLATE) expect(story.summary).not.toMatch(pattern);
    const markdown = await runCli(['digest', '--since', '24h'], { config });
    expect(markdown.stdout).toContain('date unknown');
  });
});
