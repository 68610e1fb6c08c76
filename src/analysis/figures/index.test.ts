import { describe, expect, it } from 'vitest';
import type { FigureMention } from '../../core/analysis.js';
import { extractFigures, oneMentionPerCount } from './index.js';

type Expected = Partial<Omit<FigureMention, 'sentence'>>;

function pick(figures: FigureMention[]): Expected[] {
  return figures.map(({ sentence: _sentence, ...rest }) => rest);
}

describe('extractFigures: figures found', () => {
  const cases: Array<{ name: string; text: string; want: Expected[] }> = [
    {
      name: 'hedge, population, source and caveat',
      text: 'More than 3,000 civilians have died since the war began, the regional emergency service said, though the number has not been independently verified.',
      want: [{ metric: 'killed', population: 'civilians', value: 3000, qualifier: 'more than', source: 'regional emergency service', caveat: 'not independently verified' }],
    },
    {
      name: 'second count of a clause inherits hedge and population',
      text: 'At least 900 civilians have been killed and 1,500 injured, according to UN estimates.',
      want: [
        { metric: 'killed', population: 'civilians', value: 900, qualifier: 'at least', source: 'UN' },
        { metric: 'injured', population: 'civilians', value: 1500, qualifier: 'at least', source: 'UN' },
      ],
    },
    {
      name: 'refugees and a vague displaced count from one sentence',
      text: 'Nearly 400,000 people have fled the country, the UN\u2019s refugee agency said, with tens of thousands more displaced inside it.',
      want: [
        { metric: 'refugees', population: 'people', value: 400_000, qualifier: 'nearly', source: 'UNHCR' },
        { metric: 'displaced', population: 'people', value: 10_000, qualifier: 'tens of thousands', source: 'UNHCR' },
      ],
    },
    {
      name: 'decimal millions and "millions more"',
      text: 'More than 2.5 million Ukrainians have fled abroad, with millions more internally displaced, according to the UN refugee agency.',
      want: [
        { metric: 'refugees', population: 'people', value: 2_500_000, qualifier: 'more than', source: 'UNHCR' },
        { metric: 'displaced', population: 'people', value: 1_000_000, qualifier: 'millions', source: 'UNHCR' },
      ],
    },
    { name: 'a man shot and killed', text: 'A man was shot and killed on Friday night.', want: [{ metric: 'killed', population: 'men', value: 1, qualifier: null }] },
    { name: 'two others wounded', text: 'Two others were wounded.', want: [{ metric: 'injured', population: 'people', value: 2 }] },
    { name: 'age is not the count', text: 'A 6-year-old girl was wounded in the leg.', want: [{ metric: 'injured', population: 'children', value: 1 }] },
    { name: 'died at the hospital', text: 'A 17-year-old boy died at the hospital on Sunday.', want: [{ metric: 'killed', population: 'children', value: 1 }] },
    {
      name: 'active verbs before the counts',
      text: 'The gunman killed four people and wounded two others.',
      want: [{ metric: 'killed', population: 'people', value: 4 }, { metric: 'injured', population: 'people', value: 2 }],
    },
    {
      name: 'bare second count takes the population of the first',
      text: 'Four people are dead and two are injured.',
      want: [{ metric: 'killed', population: 'people', value: 4 }, { metric: 'injured', population: 'people', value: 2 }],
    },
    { name: 'death toll', text: 'The death toll rose to 12 on Monday.', want: [{ metric: 'killed', value: 12, population: null }] },
    { name: '"1m" with a hedge', text: 'Some 1m people have been displaced by the fighting.', want: [{ metric: 'displaced', value: 1_000_000, qualifier: 'some' }] },
    { name: '"a million"', text: 'About a million people have fled to neighbouring countries.', want: [{ metric: 'refugees', value: 1_000_000, qualifier: 'about' }] },
    { name: '"a dozen"', text: 'A dozen soldiers were killed in the attack.', want: [{ metric: 'killed', population: 'soldiers', value: 12, qualifier: null }] },
    { name: '"hundreds" missing', text: 'Hundreds of civilians are missing after the strike.', want: [{ metric: 'missing', population: 'civilians', value: 100, qualifier: 'hundreds' }] },
    {
      name: 'in need, with a known agency',
      text: 'An estimated 12 million people are in need of humanitarian assistance, OCHA said.',
      want: [{ metric: 'in_need', population: 'people', value: 12_000_000, qualifier: 'an estimated', source: 'OCHA' }],
    },
    {
      name: 'two groups sharing one verb',
      text: 'Two civilians and one police officer were killed.',
      want: [{ metric: 'killed', population: 'civilians', value: 2 }, { metric: 'killed', population: 'police officers', value: 1 }],
    },
    { name: 'fatally shot', text: 'One woman was fatally shot outside the store.', want: [{ metric: 'killed', population: 'women', value: 1 }] },
    { name: 'killing a bare number', text: 'He shot his family, killing 3, then turned the gun on himself.', want: [{ metric: 'killed', value: 3, population: null }] },
    { name: 'fatally wounding', text: 'The rifle went off, fatally wounding his younger brother.', want: [{ metric: 'killed', population: 'men', value: 1 }] },
    { name: 'named victim: one person, the age is not the count', text: 'John Doe, 15, was killed near the park.', want: [{ metric: 'killed', population: 'teenagers', value: 1 }] },
    { name: 'named victim after an active verb', text: 'Shots were fired inside, killing Ana Diaz, 11, and wounding her brother.', want: [{ metric: 'killed', population: 'children', value: 1 }, { metric: 'injured', population: 'men', value: 1 }] },
    { name: 'victim who died later', text: 'A man wounded in a shooting earlier this month has died.', want: [{ metric: 'killed', population: 'men', value: 1 }] },
    { name: 'relative clause after a comma', text: 'The 9-year-old boy, who was shot and killed by his brother, has been identified.', want: [{ metric: 'killed', population: 'children', value: 1 }] },
    { name: 'aside before the verb', text: 'Three others, including a police officer, were injured.', want: [{ metric: 'injured', population: 'people', value: 3 }] },
    { name: 'taken to hospital', text: 'Five victims were taken to area hospitals with gunshot wounds.', want: [{ metric: 'injured', population: 'people', value: 5 }] },
    { name: 'capitalized words before the noun', text: 'He is accused of killing three Baton Rouge police officers.', want: [{ metric: 'killed', population: 'police officers', value: 3 }] },
    { name: 'people listed one by one', text: 'A 59-year-old man, a 49-year-old woman and her son suffered gunshot wounds.', want: [{ metric: 'injured', population: 'people', value: 3 }] },
    { name: 'the killer is not counted', text: 'A man killed his wife on Sunday.', want: [{ metric: 'killed', population: 'women', value: 1 }] },
    { name: 'a time before the count', text: '23 Jul 18.05 Three people were killed when missiles hit an airfield.', want: [{ metric: 'killed', population: 'people', value: 3 }] },
    { name: 'feared toll caveat', text: 'Officials said 30 people were killed and feared the true toll is far higher.', want: [{ metric: 'killed', value: 30, source: 'officials', caveat: 'the true toll is far higher' }] },
  ];
  it.each(cases)('$name', ({ text, want }) => {
    const got = pick(extractFigures(text));
    expect(got).toHaveLength(want.length);
    want.forEach((w, i) => expect(got[i]).toMatchObject(w));
  });

  it('reads the title first', () => {
    const got = pick(extractFigures('The victims have not been named.', { title: '4 dead, 2 injured in shooting at tribal office' }));
    expect(got).toMatchObject([{ metric: 'killed', value: 4 }, { metric: 'injured', value: 2 }]);
  });

  it('attaches a caveat stated in the next sentence', () => {
    const got = extractFigures('Officials said 30 people were killed. The figure could not be independently verified.');
    expect(got).toMatchObject([{ metric: 'killed', value: 30, caveat: 'not independently verified' }]);
  });

  it('keeps the sentence the figure was read from', () => {
    const got = extractFigures('The city was calm. Two people were killed in the blast.');
    expect(got[0]?.sentence).toBe('Two people were killed in the blast.');
  });

  it('counts the same figure from the same source once per article', () => {
    const got = extractFigures('Two people were killed, police said. Later, police said two people were killed.');
    expect(got).toHaveLength(1);
  });

  it('keeps the same count from different sources side by side', () => {
    const got = extractFigures('Two people were killed, police said. Two people were killed, the mayor\u2019s office said.');
    expect(got.map((f) => f.source)).toEqual(['police', "mayor's office"]);
  });
});

describe('extractFigures: people who went abroad', () => {
  const cases: Array<{ name: string; text: string; want: Expected[] }> = [
    {
      name: 'left the country, with the refugee agency as source',
      text: 'More than 4.2 million people have now left the country, the UN refugee agency said.',
      want: [{ metric: 'refugees', population: 'people', value: 4_200_000, qualifier: 'more than', source: 'UNHCR' }],
    },
    { name: 'left a named country', text: 'Close to 900,000 residents have left Ukraine since the shelling began.', want: [{ metric: 'refugees', population: 'people', value: 900_000, qualifier: 'close to' }] },
    { name: 'left for a named country', text: 'Some 60,000 Ukrainians left for Slovakia in a single week.', want: [{ metric: 'refugees', population: 'people', value: 60_000, qualifier: 'some' }] },
    { name: 'crossed into neighbouring countries', text: 'About 250,000 people have crossed into neighbouring countries, aid groups reported.', want: [{ metric: 'refugees', value: 250_000, qualifier: 'about' }] },
    { name: 'crossed into a named country', text: 'Over 30,000 people crossed into Moldova overnight.', want: [{ metric: 'refugees', value: 30_000 }] },
    { name: 'crossed the border', text: 'Roughly 80,000 people crossed the border on Sunday alone, Polish border guards said.', want: [{ metric: 'refugees', value: 80_000, source: 'Polish border guards' }] },
    { name: 'sought refuge abroad', text: 'Around 1.5 million Ukrainians have sought refuge abroad.', want: [{ metric: 'refugees', population: 'people', value: 1_500_000, qualifier: 'around' }] },
    { name: 'sought refuge in a named country', text: 'At least 40,000 people have sought refuge in Romania.', want: [{ metric: 'refugees', value: 40_000, qualifier: 'at least' }] },
    { name: 'fled abroad', text: 'Nearly 3 million people have fled abroad, the agency said.', want: [{ metric: 'refugees', value: 3_000_000, qualifier: 'nearly' }] },
    { name: 'fled to a named country', text: 'More than 700,000 people have fled to Poland.', want: [{ metric: 'refugees', value: 700_000, qualifier: 'more than' }] },
    { name: 'left their homes', text: 'Tens of thousands of residents have left their homes in the east.', want: [{ metric: 'displaced', value: 10_000, qualifier: 'tens of thousands' }] },
  ];
  it.each(cases)('$name', ({ text, want }) => {
    const got = pick(extractFigures(text));
    expect(got).toHaveLength(want.length);
    want.forEach((w, i) => expect(got[i]).toMatchObject(w));
  });

  const negatives: Array<{ name: string; text: string }> = [
    { name: 'left the building', text: 'About 200 people left the building before the fire spread.' },
    { name: 'left the scene', text: 'Two men left the scene before officers arrived.' },
    { name: 'left the hospital', text: 'Three patients left the hospital on Monday.' },
    { name: 'left a city, not the country', text: 'More than 100,000 people have left Kyiv this week.' },
    { name: 'a handful who left a country', text: 'All three reporters left Russia last spring.' },
    { name: 'sought shelter nearby', text: 'Some 500 people sought shelter in a metro station.' },
    { name: 'crossed a street', text: 'Two people crossed the street to help.' },
  ];
  it.each(negatives)('not refugees: $name', ({ text }) => {
    expect(extractFigures(text).filter((f) => f.metric === 'refugees')).toEqual([]);
  });
});

describe('extractFigures: one speaker per clause', () => {
  const cases: Array<{ name: string; text: string; want: Expected[] }> = [
    {
      name: 'refugee agency for the refugees, IOM for the displaced',
      text: 'More than 4.2 million people have now left the country, the UN refugee agency said, and the International Organization for Migration estimates that about 7.1 million more are displaced inside Ukraine.',
      want: [
        { metric: 'refugees', population: 'people', value: 4_200_000, qualifier: 'more than', source: 'UNHCR' },
        { metric: 'displaced', population: 'people', value: 7_100_000, qualifier: 'about', source: 'IOM' },
      ],
    },
    {
      name: 'clauses joined by a semicolon',
      text: 'The Red Cross said 14 civilians were killed; OCHA reported that 2 million people are in need.',
      want: [
        { metric: 'killed', value: 14, source: 'ICRC' },
        { metric: 'in_need', value: 2_000_000, source: 'OCHA' },
      ],
    },
    {
      name: 'clauses joined by while',
      text: 'The Ukrainian army says four of its soldiers died in the raid, while local officials say nine civilians were wounded.',
      want: [
        { metric: 'killed', population: 'soldiers', value: 4, source: 'Ukrainian army' },
        { metric: 'injured', population: 'civilians', value: 9, source: 'local officials' },
      ],
    },
    {
      name: 'a clause with no speaker takes the sentence\u2019s',
      text: 'Six people were killed, and eleven others were hurt, the WHO said.',
      want: [
        { metric: 'killed', value: 6, source: 'WHO' },
        { metric: 'injured', value: 11, source: 'WHO' },
      ],
    },
  ];
  it.each(cases)('$name', ({ text, want }) => {
    const got = pick(extractFigures(text));
    expect(got).toHaveLength(want.length);
    want.forEach((w, i) => expect(got[i]).toMatchObject(w));
  });
});

describe('extractFigures: people shot or in hospital', () => {
  const cases: Array<{ name: string; text: string; want: Expected[] }> = [
    { name: 'were shot', text: 'Three people were shot outside a bar early Sunday.', want: [{ metric: 'injured', population: 'people', value: 3 }] },
    { name: 'got shot', text: 'Three teens got shot while walking home.', want: [{ metric: 'injured', population: 'teenagers', value: 3 }] },
    { name: 'headline count', text: '5 shot near a park after a birthday party', want: [{ metric: 'injured', population: null, value: 5 }] },
    { name: 'shot in a limb, expected to survive', text: 'A 7-year-old boy was shot in the arm and is expected to survive.', want: [{ metric: 'injured', population: 'children', value: 1 }] },
    { name: 'the person named by a noun', text: 'The girl remains in the hospital.', want: [{ metric: 'injured', population: 'children', value: 1 }] },
    { name: 'treated and released', text: 'Two victims were treated and released.', want: [{ metric: 'injured', population: 'people', value: 2 }] },
    { name: 'good condition', text: 'A woman was listed in good condition on Monday.', want: [{ metric: 'injured', population: 'women', value: 1 }] },
    { name: 'a death later in the sentence', text: 'Four people were shot, one fatally.', want: [{ metric: 'killed', value: 1 }] },
    { name: 'shot and killed', text: 'Two men were shot and killed in a parked car.', want: [{ metric: 'killed', population: 'men', value: 2 }] },
    {
      name: 'in an article with deaths, a shot count may include the dead',
      text: 'Four people were shot on Friday. A man was killed.',
      want: [{ metric: 'killed', population: 'men', value: 1 }],
    },
    {
      name: 'a shot count also stated as an injury is kept',
      text: 'Four people were shot on Friday. Four people were wounded, police said. One man died.',
      want: [{ metric: 'injured', population: 'people', value: 4 }, { metric: 'killed', population: 'men', value: 1 }],
    },
  ];
  it.each(cases)('$name', ({ text, want }) => {
    const got = pick(extractFigures(text));
    expect(got).toHaveLength(want.length);
    want.forEach((w, i) => expect(got[i]).toMatchObject(w));
  });

  const negatives: Array<{ name: string; text: string }> = [
    { name: 'a shot fired', text: 'Police fired one shot into the air.' },
    { name: 'a shot that rang out', text: 'A single shot rang out.' },
    { name: 'a shot as subject', text: 'One shot was fired through the window.' },
    { name: 'active shooting', text: 'A man shot his neighbor after an argument.' },
    { name: 'an officer who fired', text: 'The officer shot the suspect.' },
    { name: 'shot at and missed', text: 'Two men were shot at but nobody was hit.' },
    { name: 'a head wound, often fatal', text: 'A teenager was shot in the head.' },
  ];
  it.each(negatives)('not injured: $name', ({ text }) => {
    expect(extractFigures(text).filter((f) => f.metric === 'injured')).toEqual([]);
  });
});

describe('extractFigures: population of a bare count', () => {
  const cases: Array<{ name: string; text: string; want: Expected }> = [
    { name: 'displaced', text: 'About 7.1 million more are displaced inside Ukraine.', want: { metric: 'displaced', population: 'people', value: 7_100_000 } },
    { name: 'fled', text: 'Some 20,000 have fled to Hungary.', want: { metric: 'refugees', population: 'people', value: 20_000 } },
    { name: 'a toll says nothing of who died', text: 'The death toll rose to 40 on Friday.', want: { metric: 'killed', population: null, value: 40 } },
  ];
  it.each(cases)('$name', ({ text, want }) => {
    expect(pick(extractFigures(text))).toMatchObject([want]);
  });
});

describe('extractFigures: claims by a party', () => {
  const cases: Array<{ name: string; text: string; want: Expected[] }> = [
    {
      name: 'named speaker with a title in apposition',
      text: 'Shoigu, the defence minister, claimed that 2,000 enemy fighters had been killed in a week.',
      want: [{ metric: 'killed', population: 'soldiers', value: 2000, source: 'Shoigu', caveat: 'claim, not independently verified' }],
    },
    {
      name: 'claiming, after another speech verb',
      text: 'Moscow\u2019s defence ministry said on Monday its missiles had hit a depot, claiming it had killed 300 soldiers.',
      want: [{ metric: 'killed', value: 300, source: "Moscow's defence ministry", caveat: 'claim, not independently verified' }],
    },
    {
      name: 'claims in a headline',
      text: 'Kremlin claims 40 civilians wounded in border shelling',
      want: [{ metric: 'injured', population: 'civilians', value: 40, source: 'Kremlin', caveat: 'claim, not independently verified' }],
    },
    {
      name: 'alleged that',
      text: 'The separatist administration alleged that 12 residents were killed by the strike.',
      want: [{ metric: 'killed', value: 12, source: 'separatist administration', caveat: 'claim, not independently verified' }],
    },
    {
      name: 'a claim in the next sentence is not a caveat on the figure before',
      text: 'Nine people were killed in the strike, local officials said. Russian media claimed that the depot held foreign weapons.',
      want: [{ metric: 'killed', value: 9, source: 'local officials', caveat: null }],
    },
    {
      name: 'claims as a noun is no claim',
      text: 'Officials dismissed the claims, saying 15 civilians were killed.',
      want: [{ metric: 'killed', value: 15, caveat: null }],
    },
  ];
  it.each(cases)('$name', ({ text, want }) => {
    const got = pick(extractFigures(text));
    expect(got).toHaveLength(want.length);
    want.forEach((w, i) => expect(got[i]).toMatchObject(w));
  });
});

describe('extractFigures: figures named by who compiled them', () => {
  const cases: Array<{ name: string; text: string; source: string }> = [
    { name: 'data gathered by', text: 'Data compiled by the IOM shows that 2.1 million people are displaced inside the country.', source: 'IOM' },
    { name: 'figures from', text: 'Figures from the regional health department show 48 civilians were wounded last week.', source: 'regional health department' },
    { name: 'X data showed', text: 'UNHCR data showed 900,000 people had left the country by Sunday.', source: 'UNHCR' },
    { name: 'according to data from', text: 'According to data from the Moldovan border police, 120,000 people have crossed into Moldova.', source: 'Moldovan border police' },
    { name: 'X\u2019s latest figures', text: 'The interior ministry\u2019s latest figures put the number of dead at 230, including 14 children, and 400 people were injured.', source: 'interior ministry' },
  ];
  it.each(cases)('$name', ({ text, source }) => {
    const figures = extractFigures(text);
    expect(figures.length).toBeGreaterThan(0);
    for (const f of figures) expect(f.source).toBe(source);
  });
});

describe('extractFigures: other wars and other peoples', () => {
  const negatives: Array<{ name: string; text: string }> = [
    { name: 'another nationality fled', text: 'Over 6 million Afghans have fled their country over four decades.' },
    { name: 'another nationality as adjective', text: 'About 700,000 Rohingya refugees fled to Bangladesh.' },
    { name: 'another nationality with a comma in the number', text: 'Some 45,000 Venezuelans crossed into Colombia that month.' },
    { name: 'the second world war', text: 'Roughly 8 million people died in the region during the second world war.' },
    { name: 'World War II, capitalized', text: 'Her grandfather was one of 300 soldiers killed in a single battle of World War II.' },
    { name: 'a named historical civil war', text: 'More than 500,000 people were killed in the Spanish civil war.' },
    { name: 'a year of the last century', text: 'In the famine that began in 1932, millions of people died.' },
  ];
  it.each(negatives)('$name', ({ text }) => {
    expect(extractFigures(text)).toEqual([]);
  });

  const kept: Array<{ name: string; text: string; want: Expected }> = [
    { name: 'Ukrainians are the war\u2019s own people', text: 'More than 4 million Ukrainians have fled abroad.', want: { metric: 'refugees', population: 'people', value: 4_000_000 } },
    { name: 'a survivor of a past war killed in this one', text: 'A 91-year-old Holocaust survivor was killed when a shell hit his flat.', want: { metric: 'killed', value: 1 } },
    { name: 'a comparison with the past', text: 'At least 40 people were killed, the deadliest strike on the city since 1941.', want: { metric: 'killed', value: 40 } },
  ];
  it.each(kept)('kept: $name', ({ text, want }) => {
    expect(pick(extractFigures(text))).toMatchObject([want]);
  });
});

describe('extractFigures: refugees hosted by one country', () => {
  // One country's stock is kept apart from the total over all countries by its population.
  const cases: Array<{ name: string; text: string; want: Expected[] }> = [
    { name: 'country has', text: 'Romania has 85,000 refugees, officials said.', want: [{ metric: 'refugees', population: 'refugees in Romania', value: 85_000, source: 'officials' }] },
    { name: 'country is hosting', text: 'Germany is hosting more than 300,000 Ukrainian refugees.', want: [{ metric: 'refugees', population: 'refugees in Germany', value: 300_000, qualifier: 'more than' }] },
    { name: 'refugees in a country', text: 'There are now 410,000 refugees in Moldova.', want: [{ metric: 'refugees', population: 'refugees in Moldova', value: 410_000 }] },
    {
      name: 'the total keeps its population',
      text: 'In all, 3 million refugees have fled the country; Hungary has taken in 200,000 refugees.',
      want: [{ metric: 'refugees', population: 'people', value: 3_000_000 }, { metric: 'refugees', population: 'refugees in Hungary', value: 200_000 }],
    },
  ];
  it.each(cases)('$name', ({ text, want }) => {
    const got = pick(extractFigures(text));
    expect(got).toHaveLength(want.length);
    want.forEach((w, i) => expect(got[i]).toMatchObject(w));
  });
});

describe('extractFigures: not figures', () => {
  const cases: Array<{ name: string; text: string }> = [
    { name: 'vote counts', text: 'The motion passed with 141 nations backing it and only five, including Belarus, opposing it.' },
    { name: 'allies', text: 'Britain and 37 allies referred the killings to the court.' },
    { name: 'abstentions', text: 'Four countries opposed the text while 35 nations abstained.' },
    { name: 'sanctioned officials', text: 'The spokesman was among 26 high-profile officials sanctioned over the war that has killed civilians.' },
    { name: 'dates', text: 'The war, which began on Feb. 24, 2022, has killed civilians.' },
    { name: 'durations', text: 'In the last five days the shelling killed civilians and wounded soldiers.' },
    { name: 'shell casings', text: 'Police found 12 shell casings near the dead man.' },
    { name: 'counts of charges', text: 'He was charged with four counts of murder after the killings.' },
    { name: 'suspects', text: 'Police said two suspects were also hurt in the crash.' },
    { name: 'money', text: 'The government pledged $40 million for families of those killed.' },
    { name: 'percentages', text: 'Injuries rose 5 percent as 12% of the wounded waited for care.' },
    { name: 'forecast with reach', text: 'The number of refugees who fled is soon expected to reach a million.' },
    { name: 'forecast with could', text: 'Up to 5 million people could flee if the fighting spreads, and many could be killed.' },
    { name: 'period totals', text: 'So far this year, 300 people have been killed in the city.' },
    { name: 'negation', text: 'There were three customers who weren\u2019t injured.' },
    { name: 'nobody', text: 'No one was hurt and no one died.' },
    { name: 'gallery position', text: 'Image 4 of 11 The family mourned those killed.' },
    { name: 'attempted murders', text: 'They were indicted for the attempted murders of five teenagers.' },
    { name: 'intentions', text: 'He told police he wanted to hurt people and kill two officers.' },
    { name: 'pronoun one', text: 'This one hurt, a lot.' },
    { name: 'active verb with an object', text: 'A man of loose character has hurt the feelings of believers.' },
    { name: 'either-or casualties', text: 'Thousands of troops were killed or injured.' },
    { name: 'rates', text: 'Up to 100 soldiers are killed per day.' },
  ];
  it.each(cases)('$name', ({ text }) => {
    expect(extractFigures(text)).toEqual([]);
  });

  it('never takes an age or a year as the value', () => {
    const ages = extractFigures('A 44-year-old man died on Sunday, and his 6-year-old son was wounded.').map((f) => f.value);
    expect(ages).toEqual([1, 1]);
    expect(extractFigures('Two people were killed in 2014 and 2015.').map((f) => f.value)).toEqual([2]);
  });
});

describe('oneMentionPerCount', () => {
  it('keeps the headline count once when the body states it with its source and hedge', () => {
    const figures = extractFigures('More than 2 million people have fled Ukraine since the invasion began, the UN refugee agency said on Tuesday.', { title: 'Two million people have now fled Ukraine, UN says' });
    expect(figures).toEqual([expect.objectContaining({ metric: 'refugees', value: 2_000_000, qualifier: 'more than', source: 'UNHCR' })]);
  });

  it('keeps different metrics or values apart', () => {
    const m = (over: Partial<FigureMention>): FigureMention => ({ metric: 'refugees', population: 'people', value: 2e6, qualifier: null, source: null, caveat: null, sentence: 's', ...over });
    expect(oneMentionPerCount([m({}), m({ metric: 'killed' }), m({ value: 3e6 })])).toHaveLength(3);
  });
});
