/**
 * Known news outlets, so a bare line such as "BBC News" under a byline, or an appeal such as
 * "Support The Moscow Times!", can be read as the outlet. Plain-text articles carry no metadata;
 * a name is only taken as an outlet when it is on this list or the text labels it ("Source: ...").
 * Add outlets here as deployments need them: one entry, canonical name first.
 */

interface KnownOutlet {
  name: string;
  /** Other spellings seen in bylines and credits; matched case-insensitively. */
  aliases?: string[];
}

export const KNOWN_OUTLETS: readonly KnownOutlet[] = [
  { name: 'BBC News', aliases: ['BBC', 'BBC World Service'] },
  { name: 'Reuters' },
  { name: 'Associated Press', aliases: ['AP', 'The Associated Press'] },
  { name: 'Agence France-Presse', aliases: ['AFP'] },
  { name: 'Anadolu Agency' },
  { name: 'The Moscow Times' },
  { name: 'The Guardian', aliases: ['Guardian'] },
  { name: 'The New York Times', aliases: ['New York Times', 'NYT'] },
  { name: 'The Washington Post', aliases: ['Washington Post'] },
  { name: 'The Wall Street Journal', aliases: ['Wall Street Journal', 'WSJ'] },
  { name: 'Financial Times', aliases: ['FT'] },
  { name: 'The Independent' },
  { name: 'The Telegraph', aliases: ['The Daily Telegraph'] },
  { name: 'The Times' },
  { name: 'Sky News' },
  { name: 'CNN' },
  { name: 'NPR' },
  { name: 'ABC News' },
  { name: 'CBS News' },
  { name: 'NBC News' },
  { name: 'Fox News' },
  { name: 'USA Today', aliases: ['USA TODAY'] },
  { name: 'Bloomberg' },
  { name: 'Politico', aliases: ['POLITICO'] },
  { name: 'Al Jazeera' },
  { name: 'Deutsche Welle', aliases: ['DW'] },
  { name: 'France 24' },
  { name: 'Euronews' },
  { name: 'The Kyiv Independent', aliases: ['Kyiv Independent'] },
  { name: 'Kyiv Post' },
  { name: 'Ukrainska Pravda' },
  { name: 'Ukrinform' },
  { name: 'Radio Free Europe/Radio Liberty', aliases: ['RFE/RL'] },
  { name: 'Meduza' },
  { name: 'Novaya Gazeta' },
  { name: 'TASS' },
  { name: 'Interfax' },
  { name: 'RIA Novosti' },
  { name: 'The Economist' },
  { name: 'The Japan Times' },
  { name: 'Le Monde' },
  { name: 'Der Spiegel' },
  { name: 'UN News' },
];

const BY_KEY = new Map<string, string>();
for (const outlet of KNOWN_OUTLETS) {
  for (const spelling of [outlet.name, ...(outlet.aliases ?? [])]) BY_KEY.set(key(spelling), outlet.name);
}

function key(name: string): string {
  return name.trim().replace(/[.!:;,]+$/, '').replace(/\s+/g, ' ').toLowerCase();
}

/**
 * The canonical outlet name when the whole line names a known outlet, else null.
 * @example
 * knownOutlet('BBC News') // 'BBC News'
 * knownOutlet('the new york times') // 'The New York Times'
 * knownOutlet('Kyiv') // null
 */
export function knownOutlet(line: string): string | null {
  if (line.length > 60) return null;
  return BY_KEY.get(key(line)) ?? null;
}

// Appeals and notices that name their outlet: "Support The Moscow Times!", "© 2022 Reuters".
const OUTLET_IN_BOILERPLATE: readonly RegExp[] = [
  /^support (.{2,60}?)!?$/i,
  /^(?:©|\(c\)|copyright)\s*(?:\d{4}\s+)?(.{2,60}?)\.?(?:\s+all rights reserved\.?)?$/i,
  /^subscribe to (.{2,60}?)!?$/i,
];

/**
 * The known outlet a boilerplate paragraph names, or null.
 * @example
 * outletFromBoilerplate('Support The Moscow Times!') // 'The Moscow Times'
 */
export function outletFromBoilerplate(paragraph: string): string | null {
  const text = paragraph.trim();
  for (const pattern of OUTLET_IN_BOILERPLATE) {
    const name = pattern.exec(text)?.[1];
    if (name !== undefined) {
      const outlet = knownOutlet(name);
      if (outlet !== null) return outlet;
    }
  }
  return null;
}
