import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeShared, sharedPath } from '../../tests/support/shared.js';
import { splitSentences } from './sentences.js';

describe('splitSentences', () => {
  const cases: Array<{ name: string; text: string; want: string[] }> = [
    { name: 'plain sentences', text: 'The court met. It adjourned! Why? Nobody knows.', want: ['The court met.', 'It adjourned!', 'Why?', 'Nobody knows.'] },
    { name: 'titles', text: 'Mr. Khan and Dr. Ivanova met Gen. Milley. They talked.', want: ['Mr. Khan and Dr. Ivanova met Gen. Milley.', 'They talked.'] },
    { name: 'month before a day', text: 'The war began on Feb. 24 with strikes. Kyiv held.', want: ['The war began on Feb. 24 with strikes.', 'Kyiv held.'] },
    { name: 'month at the end of a sentence', text: 'Talks stalled in Sept. The envoy left.', want: ['Talks stalled in Sept.', 'The envoy left.'] },
    { name: 'dotted acronym mid-sentence', text: 'The U.S. Treasury and the U.N. agency agreed. Then they left.', want: ['The U.S. Treasury and the U.N. agency agreed.', 'Then they left.'] },
    { name: 'dotted acronym ending a sentence', text: 'Aid came from the U.S. The rest came later.', want: ['Aid came from the U.S.', 'The rest came later.'] },
    { name: 'a.m. and p.m.', text: 'Shots rang out at 3:30 p.m. Friday near the school. Police came at 4 a.m. The road was shut.', want: ['Shots rang out at 3:30 p.m. Friday near the school.', 'Police came at 4 a.m.', 'The road was shut.'] },
    { name: 'initials', text: 'J. K. Rowling wrote it. George W. Bush read it.', want: ['J. K. Rowling wrote it.', 'George W. Bush read it.'] },
    { name: 'decimals', text: 'More than 4.2 million fled. About 1.5 m stayed.', want: ['More than 4.2 million fled.', 'About 1.5 m stayed.'] },
    { name: 'state abbreviation', text: 'It happened in Alturas, Calif., on Thursday. In Reno, Nev. officials agreed.', want: ['It happened in Alturas, Calif., on Thursday.', 'In Reno, Nev. officials agreed.'] },
    { name: 'closing quote after the terminator', text: '\u201cWe will not rest.\u201d The minister left. "Go," he said. "Now!" She went.', want: ['\u201cWe will not rest.\u201d', 'The minister left.', '"Go," he said.', '"Now!"', 'She went.'] },
    { name: 'question inside a quote continues', text: '"Why?" he asked. It rained.', want: ['"Why?" he asked.', 'It rained.'] },
    { name: 'paragraph breaks always split', text: 'Media caption,\n\nWatch the report\n\nRussia attacks Ukraine: More coverage', want: ['Media caption,', 'Watch the report', 'Russia attacks Ukraine: More coverage'] },
    { name: 'line break before a capital splits', text: 'By A Reporter\nBBC News\nThe war went on.', want: ['By A Reporter', 'BBC News', 'The war went on.'] },
    { name: 'hard-wrapped line joins', text: 'The prime minister\ncondemned the attack. He left.', want: ['The prime minister condemned the attack.', 'He left.'] },
    { name: 'CRLF paragraphs', text: 'One line.\r\n\r\nTwo line.\r\nthree', want: ['One line.', 'Two line. three'] },
    { name: 'ellipsis before a capital', text: 'The numbers are rising... At this rate it will grow.', want: ['The numbers are rising...', 'At this rate it will grow.'] },
    { name: 'lowercase after a period does not split', text: 'He said 4.2 million. and then left.', want: ['He said 4.2 million. and then left.'] },
    { name: 'URLs and domains', text: 'Read more at news10.net today. Bye.', want: ['Read more at news10.net today.', 'Bye.'] },
    { name: 'no terminator at the end', text: 'Source: Anadolu Agency', want: ['Source: Anadolu Agency'] },
    { name: 'empty and blank input', text: '  \n\n ', want: [] },
  ];
  it.each(cases)('$name', ({ text, want }) => {
    expect(splitSentences(text)).toEqual(want);
  });

  it('keeps every non-space character of the input', () => {
    const text = 'Mr. A met Ms. B at 9 a.m. in the U.S. capital.\n\n"Go!" said C. D went.\nE left';
    expect(splitSentences(text).join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
  });
});

describeShared('splitSentences on the seed articles', () => {
  const dir = sharedPath('seeds');
  it('splits the seeds into sensible sentences', () => {
    for (const name of readdirSync(dir)) {
      const sentences = splitSentences(readFileSync(`${dir}/${name}`, 'utf8'));
      expect(sentences.length).toBeGreaterThan(10);
      for (const s of sentences) expect(s).not.toMatch(/\n/);
    }
    const seed002 = splitSentences(readFileSync(`${dir}/002_cd871250c006d7d6.txt`, 'utf8'));
    // "Feb. 24" must not end a sentence, and the 1,417/2,038 figures stay in one sentence.
    const feb = seed002.filter((x) => x.includes('Feb. 24'));
    expect(feb).toHaveLength(1);
    expect(feb[0]).toMatch(/^The .* Moscow\.$/);
    const toll = seed002.filter((x) => x.includes('1,417'));
    expect(toll).toHaveLength(1);
    expect(toll[0]).toMatch(/^At least 1,417 .* 2,038 .*higher\.$/);
  });
});
