/**
 * Word lists for figure extraction. Lowercase; apostrophes straightened before lookup.
 */
import type { Metric } from '../../core/analysis.js';

/** Head nouns of who is counted, mapped to the small vocabulary users filter on. */
export const POPULATION: ReadonlyMap<string, string> = new Map([
  ...pairs('civilians', 'civilians civilian'),
  ...pairs('children', 'children child kids kid boys boy girls girl babies baby infants infant toddlers toddler minors minor juveniles juvenile'),
  ...pairs('teenagers', 'teenagers teenager teens teen youths youth'),
  ...pairs('women', 'women woman'),
  ...pairs('men', 'men man'),
  ...pairs('soldiers', 'soldiers soldier troops servicemen serviceman fighters combatants marines'),
  ...pairs('police officers', 'officers officer policemen policeman deputies deputy troopers trooper cops cop'),
  ...pairs('journalists', 'journalists journalist reporters reporter'),
  ...pairs('health workers', 'medics medic doctors doctor nurses nurse paramedics paramedic'),
  ...pairs('aid workers', 'aid-workers'),
  ...pairs('people', 'people persons person residents resident individuals individual others victims victim bystanders bystander passengers passenger patients patient adults adult students student workers worker employees employee inmates inmate migrants migrant customers customer family relatives brothers sisters firefighters firefighter citizens citizen visitors visitor tourists tourist worshippers worshipers congregants shoppers patrons guests spectators fans teachers teacher pupils neighbors neighbours friends siblings sons daughters parents grandparents cousins'),
]);

/** Singular person nouns: "a man was shot and killed" counts one. */
export const SINGULAR_PERSON = new Set([
  'civilian', 'child', 'kid', 'boy', 'girl', 'baby', 'infant', 'toddler', 'minor', 'juvenile',
  'teenager', 'teen', 'youth', 'woman', 'man', 'soldier', 'serviceman', 'officer', 'policeman',
  'deputy', 'trooper', 'cop', 'journalist', 'reporter', 'medic', 'doctor', 'nurse', 'paramedic',
  'person', 'resident', 'individual', 'victim', 'bystander', 'passenger', 'patient', 'adult',
  'student', 'worker', 'employee', 'inmate', 'migrant', 'customer', 'other', 'mother', 'father',
  'son', 'daughter', 'brother', 'sister', 'husband', 'wife', 'grandmother', 'grandfather',
  'driver', 'motorist', 'pedestrian', 'clerk', 'security', 'guard', 'homeowner', 'neighbor',
  'neighbour', 'gunman', 'suspect', 'shooter', 'firefighter', 'girlfriend', 'boyfriend',
  'fiance', 'fiancee', 'sibling', 'friend', 'cousin', 'nephew', 'niece', 'grandson',
  'granddaughter', 'stepfather', 'stepmother', 'stepson', 'stepdaughter', 'uncle', 'aunt',
]);

/** Singular nouns mapped to a population (only those not already in POPULATION's keys). */
export const SINGULAR_POPULATION: ReadonlyMap<string, string> = new Map([
  ...pairs('women', 'mother daughter sister wife grandmother girlfriend fiancee niece aunt stepmother'),
  ...pairs('men', 'father son brother husband grandfather boyfriend fiance nephew uncle stepfather'),
  ...pairs('children', 'grandson granddaughter stepson stepdaughter'),
  ...pairs('people', 'other driver motorist pedestrian clerk guard homeowner neighbor neighbour sibling friend cousin'),
]);

/** People who are not victims: a number of them is never a casualty figure. */
export const PERPETRATORS = new Set(['gunman', 'gunmen', 'suspect', 'suspects', 'shooter', 'shooters', 'attacker', 'attackers']);

/** Words that may sit between a number and its noun ("two other people", "2,000 innocent civilians"). */
export const NOUN_MODIFIERS = new Set([
  'more', 'other', 'additional', 'further', 'innocent', 'young', 'unarmed', 'local', 'elderly',
  'ukrainian', 'russian', 'palestinian', 'israeli', 'syrian', 'afghan', 'foreign', 'american',
  'unidentified', 'unnamed', 'fellow', 'armed', 'off-duty', 'on-duty', 'pregnant', 'teenage',
  'adult', 'male', 'female', 'young', 'little', 'small', 'older', 'of', 'the', 'their', 'its',
  'these', 'those', 'newly', 'internally', 'ukrainians', 'police', 'aid', 'health', 'school',
  'family', 'u.s.', 'military', 'separate', 'different', 'total', 'them',
]);

/** Hedges written before a number, longest first so "more than" wins over "more". */
export const HEDGES: readonly string[] = [
  'in excess of', 'upwards of', 'as many as', 'as much as', 'well over', 'well above', 'just over',
  'just under', 'a little over', 'more than', 'at least', 'fewer than', 'less than', 'at most',
  'close to', 'an estimated', 'up to', 'nearly', 'almost', 'about', 'around', 'roughly',
  'approximately', 'some', 'over', 'estimated', 'under', 'possibly', 'perhaps',
];

/** Vague amounts: the qualifier is the phrase itself, the value its lower bound. */
export const VAGUE: ReadonlyArray<{ words: readonly string[]; value: number }> = [
  { words: ['hundreds', 'of', 'thousands'], value: 100_000 },
  { words: ['tens', 'of', 'thousands'], value: 10_000 },
  { words: ['tens', 'of', 'millions'], value: 10_000_000 },
  { words: ['millions'], value: 1_000_000 },
  { words: ['thousands'], value: 1_000 },
  { words: ['hundreds'], value: 100 },
  { words: ['dozens'], value: 12 },
];

export const UNITS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
  sixty: 60, seventy: 70, eighty: 80, ninety: 90, both: 2,
};

/** Words after a number that mean it counts money, a share, time or things, not people. */
export const NOT_PEOPLE = new Set([
  'percent', 'per', '%', 'dollars', 'euros', 'pounds', 'rubles', 'roubles', 'hryvnias', 'cents',
  'years', 'year', 'months', 'month', 'weeks', 'week', 'days', 'day', 'hours', 'hour', 'minutes',
  'times', 'nations', 'countries', 'states', 'allies', 'officials', 'counts', 'count', 'charges',
  'rounds', 'shots', 'casings', 'shell', 'bullets', 'guns', 'miles', 'kilometres', 'kilometers',
]);

/** Words directly before a number that make it an age, a date, money or an address. */
export const NOT_PEOPLE_BEFORE = new Set([
  'aged', 'age', 'ages', '$', '£', '€', 'us$', 'usd', 'no.', 'number', 'route', 'highway',
  'jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'block', 'interstate', 'i-', 'suite', 'room', 'page', 'chapter',
]);

/** Single words that state a metric after the counted people ("were killed", "2,038 injured"). */
export const METRIC_WORDS: ReadonlyMap<string, Metric> = new Map<string, Metric>([
  ...metricPairs('killed', 'killed dead died die dies deaths slain murdered perished fatalities massacred executed'),
  ...metricPairs('injured', 'injured wounded hurt injuries wounds hospitalized hospitalised'),
  ...metricPairs('refugees', 'fled refugees'),
  ...metricPairs('displaced', 'displaced idps homeless uprooted'),
  ...metricPairs('missing', 'missing'),
]);

/** Active verbs written before the counted people ("killing four people", "wounding two others"). */
export const METRIC_VERBS_BEFORE: ReadonlyMap<string, Metric> = new Map<string, Metric>([
  // Not the bare "kill": "to kill", "would kill", "did not kill" are never counts.
  ...metricPairs('killed', 'killed killing kills murdered murdering slaughtered massacred'),
  ...metricPairs('injured', 'wounded wounding injured injuring injures wounds hurt hurting'),
  ...metricPairs('displaced', 'displaced displacing uprooted uprooting'),
]);

/**
 * Countries, one word each (lowercase; "south sudan" is read by its last word): "left Ukraine",
 * "crossed into Poland" and "sought refuge in Moldova" go abroad, "left Kyiv" does not.
 */
export const COUNTRIES = new Set([
  'ukraine', 'poland', 'russia', 'belarus', 'moldova', 'romania', 'hungary', 'slovakia', 'czechia', 'czech',
  'germany', 'austria', 'france', 'italy', 'spain', 'britain', 'uk', 'ireland', 'netherlands',
  'belgium', 'switzerland', 'sweden', 'norway', 'finland', 'denmark', 'estonia', 'latvia',
  'lithuania', 'bulgaria', 'greece', 'turkey', 'türkiye', 'georgia', 'armenia', 'azerbaijan',
  'serbia', 'croatia', 'bosnia', 'kosovo', 'albania', 'syria', 'lebanon', 'jordan', 'iraq', 'iran',
  'israel', 'egypt', 'libya', 'tunisia', 'algeria', 'morocco', 'yemen', 'afghanistan', 'pakistan',
  'india', 'bangladesh', 'myanmar', 'thailand', 'sudan', 'chad', 'ethiopia', 'eritrea', 'somalia',
  'kenya', 'uganda', 'rwanda', 'burundi', 'tanzania', 'congo', 'drc', 'mali', 'niger', 'nigeria',
  'cameroon', 'mozambique', 'venezuela', 'colombia', 'peru', 'ecuador', 'brazil', 'chile', 'mexico',
  'guatemala', 'honduras', 'haiti', 'canada', 'usa', 'kazakhstan', 'uzbekistan', 'tajikistan',
]);

/** Places outside the country, after "left", "crossed into" or "sought refuge in". */
export const ABROAD = /^(?:abroad|overseas|(?:the )?(?:neighbou?ring|nearby|other|western|european|foreign|safe|eu) (?:countries|country|nations)|europe|the eu|the european union|outside the country)\b/;

/** Modal and forecast words: a number they govern is a projection, not a count. */
export const FORECAST = new Set(['could', 'may', 'might', 'would', 'will', 'expected', 'projected', 'forecast', 'likely', 'predicted', 'predicts', 'threatens', 'risk']);

/** Words that open a new clause: the search for a metric stops there. */
export const CLAUSE_STOPS = new Set([
  'which', 'that', 'after', 'when', 'while', 'because', 'but', 'before', 'although', 'though',
  'since', 'as', 'if', 'where', 'whereas', 'whose', 'whom', 'including', 'with', 'than', 'by',
  'said', 'says', 'according', 'told',
]);

function pairs(value: string, words: string): Array<[string, string]> {
  return words.split(' ').map((w) => [w, value]);
}

function metricPairs(metric: Metric, words: string): Array<[string, Metric]> {
  return words.split(' ').map((w) => [w, metric]);
}

/**
 * Peoples of other wars and displacement crises, as nouns or adjectives ("5 million Syrians",
 * "Afghan refugees"): a count of them is not a figure of the war followed. Parties to the war
 * (Ukrainians, Russians) are not listed, nor nationals who often fight or report from it
 * (Americans, Britons), nor the neighbours hosting its refugees.
 */
export const OTHER_PEOPLES = /\b(?:Syrian|Afghan|Rohingya|Venezuelan|Iraqi|Yemeni|Somali|Sudanese|Eritrean|Ethiopian|Tigrayan|Libyan|Palestinian|Congolese|Burundian|Rwandan|Kurd|Kurdish|Yazidi|Uyghur|Uighur|Chechen|Bosnian|Kosovar|Burmese|Haitian|Honduran|Guatemalan|Salvadoran|Nicaraguan|Iranian|Lebanese|Pakistani|Bangladeshi|Malian|Nigerian|South Sudanese|Central African)s?\b/;

/**
 * Sentences about a past war or another era ("during the second world war", "in the Finnish civil
 * war", "in 1945"). "Veteran", "survivor" and "born in" tell of a person alive in this war; "since
 * 1945" compares this war with the past; "the 1400 block" is an address.
 */
export const HISTORICAL = /\b(?:world war (?:i{1,2}|one|two|1|2)\b|(?:first|second|great) world war|ww(?:i{1,2}|1|2)\b|great patriotic war|winter war|continuation war|(?:finnish|spanish|american|russian|syrian|yemeni|libyan|sudanese|lebanese|greek|irish|chinese|salvadoran|guatemalan) civil war|holodomor|holocaust|(?:siege|blockade) of leningrad|leningrad (?:siege|blockade))|(?<!\bborn )\b(?:in|during|from|between) (?:the )?1[89]\d\d(?:s|\b(?![-\d]|\s+(?:block|hundred)\b))/i;
/** Words telling of someone living through this war whatever past the sentence names. */
export const ALIVE_NOW = /\b(?:veterans?|survivors?)\b/i;
