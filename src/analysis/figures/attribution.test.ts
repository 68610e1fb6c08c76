import { describe, expect, it } from 'vitest';
import { findCaveat, findSource, normalizeSource } from './attribution.js';

describe('findSource', () => {
  const cases: Array<{ sentence: string; source: string | null }> = [
    { sentence: 'Over 1,000 civilians have died so far, Ukraine\u2019s state emergency service said on Tuesday.', source: "Ukraine's state emergency service" },
    { sentence: 'The United Nations\u2019 refugee agency believes that 500,000 people have left.', source: 'UNHCR' },
    { sentence: 'About 300,000 people have left the country, the UN\u2019s refugee agency said.', source: 'UNHCR' },
    { sentence: 'Some 2 million have crossed the border, according to the UN refugee agency.', source: 'UNHCR' },
    { sentence: 'UNHCR says 3 million people have left.', source: 'UNHCR' },
    { sentence: 'At least 800 civilians were killed, according to UN estimates, and 1,200 hurt.', source: 'UN' },
    { sentence: 'The United Nations reported that 900 civilians had died.', source: 'UN' },
    { sentence: 'The UN human rights office said 700 civilians were confirmed dead.', source: 'OHCHR' },
    { sentence: 'Two men were shot dead, police said.', source: 'police' },
    { sentence: 'Police said a woman was wounded.', source: 'police' },
    { sentence: 'Three people were hurt, according to the county health department.', source: 'county health department' },
    { sentence: 'The Health Ministry said 40 people were killed in the strike.', source: 'Health Ministry' },
    { sentence: 'Two people died in the blast, said Mayor Ivan Petrenko.', source: 'Mayor Ivan Petrenko' },
    { sentence: 'Two people died in the blast, he said.', source: null },
    { sentence: 'Two people died in the blast on Sunday.', source: null },
    { sentence: 'The shelling killed three people, officials said Monday.', source: 'officials' },
    { sentence: 'A man who police say shot his neighbour has died.', source: 'police' },
    { sentence: 'Two were hurt, according to Sheriff Ann Cole who spoke to reporters.', source: 'Sheriff Ann Cole' },
    { sentence: 'A woman who saw the crash said two people died.', source: null },
    { sentence: 'Nine people drowned, the Red Cross said.', source: 'ICRC' },
    { sentence: 'Peskov, the Kremlin spokesman, claimed 50 people were hurt.', source: 'Peskov' },
    { sentence: 'Ukraine\u2019s army claimed it had killed 70 soldiers.', source: "Ukraine's army" },
    { sentence: 'The fire claimed the lives of four people, officials said.', source: 'officials' },
    { sentence: 'Data collected by the OHCHR shows 900 civilians died.', source: 'OHCHR' },
    { sentence: 'Statistics from the city council show 60 people were hurt.', source: 'city council' },
    { sentence: 'Border guard data show 30,000 people crossed.', source: 'Border guard' },
    { sentence: 'According to figures from UNICEF, 100 children were killed.', source: 'UNICEF' },
    { sentence: 'According to the agency\u2019s latest figures, 20 people died.', source: 'agency' },
  ];
  it.each(cases)('$sentence', ({ sentence, source }) => {
    expect(findSource(sentence)).toBe(source);
  });
});

describe('normalizeSource', () => {
  const cases: Array<{ raw: string; want: string | null }> = [
    { raw: 'the United Nations\u2019 refugee agency', want: 'UNHCR' },
    { raw: 'the UN\u2019s refugee agency', want: 'UNHCR' },
    { raw: 'UN estimates', want: 'UN' },
    { raw: 'U.N. officials', want: 'UN' },
    { raw: 'the International Organization for Migration', want: 'IOM' },
    { raw: 'the World Health Organization', want: 'WHO' },
    { raw: 'WHO', want: 'WHO' },
    { raw: 'residents who', want: null },
    { raw: 'IOM', want: 'IOM' },
    { raw: 'the UN Office for the Coordination of Humanitarian Affairs', want: 'OCHA' },
    { raw: 'OCHA', want: 'OCHA' },
    { raw: 'UNICEF', want: 'UNICEF' },
    { raw: 'the International Committee of the Red Cross', want: 'ICRC' },
    { raw: 'ICRC', want: 'ICRC' },
    { raw: 'the Red Cross', want: 'ICRC' },
    { raw: 'the Ukrainian Red Cross', want: 'Ukrainian Red Cross' },
    { raw: 'Ukraine\u2019s state emergency service', want: "Ukraine's state emergency service" },
    { raw: 'Police', want: 'police' },
    { raw: 'she', want: null },
    { raw: 'Tuesday', want: null },
    { raw: 'more than 20 people have died', want: null },
    { raw: 'Seven die in fire at a depot \u2013', want: null },
    { raw: 'Ukraine\u2019s armed forces earlier', want: "Ukraine's armed forces" },
  ];
  it.each(cases)('$raw', ({ raw, want }) => {
    expect(normalizeSource(raw)).toBe(want);
  });
});

describe('findCaveat', () => {
  const cases: Array<{ sentence: string; caveat: string | null }> = [
    { sentence: 'The number has not been independently verified.', caveat: 'not independently verified' },
    { sentence: 'Reuters could not independently verify the toll.', caveat: 'not independently verified' },
    { sentence: 'The claim could not be verified.', caveat: 'could not be verified' },
    { sentence: 'The toll is expected to rise as rubble is cleared.', caveat: 'the toll is expected to rise' },
    { sentence: 'Officials fear the true toll is far higher.', caveat: 'the true toll is far higher' },
    { sentence: 'At least 50 died, with the true figure feared to be far higher.', caveat: 'the true figure feared to be far higher' },
    { sentence: 'The figures are preliminary.', caveat: 'preliminary' },
    { sentence: 'The agency said the count is likely an undercount.', caveat: 'an undercount' },
    { sentence: 'The agency confirmed 50 deaths.', caveat: null },
    { sentence: 'The figure is soon expected to reach a million.', caveat: null },
    { sentence: 'The separatists claimed 30 soldiers died.', caveat: 'claim, not independently verified' },
    { sentence: 'Both sides are claiming heavy losses, with 100 killed.', caveat: 'claim, not independently verified' },
    { sentence: 'The ministry alleged that 20 civilians were executed.', caveat: 'claim, not independently verified' },
    { sentence: 'Kyiv rejected Ukrainian claims that 8 died.', caveat: null },
    { sentence: 'The claims could not be independently verified.', caveat: 'not independently verified' },
    { sentence: 'The alleged shooter wounded two people.', caveat: null },
    { sentence: 'He is alleged to have killed a man.', caveat: null },
    { sentence: 'The blast claimed the lives of 6 people.', caveat: null },
    { sentence: 'A militant group claimed responsibility for the attack that killed 9.', caveat: null },
  ];
  it.each(cases)('$sentence', ({ sentence, caveat }) => {
    expect(findCaveat(sentence)).toBe(caveat);
  });
});
