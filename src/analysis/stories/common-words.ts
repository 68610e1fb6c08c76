/**
 * Words that never tell one news event from another: English function words, reporting verbs,
 * calendar words and web-page boilerplate. They are dropped before a fingerprint is built so its
 * few slots go to names, places and specifics. Words common only in one beat ("police",
 * "shooting", "Ukraine") are not listed: the clusterer learns those from its own document counts
 * (see clusterer.ts), which adapts to whatever a deployment follows.
 */
const WORDS = `
a about above across after afterwards again against all almost alone along already also although
always am among amongst an and another any anyhow anyone anything anyway anywhere are around as at
be became because become becomes becoming been before beforehand behind being below beside besides
between beyond both but by can cannot could did do does doing done down due during each either else
elsewhere enough etc even ever every everyone everything everywhere except few for former formerly
from further had has have having he hence her here hereafter hereby herein hers herself him himself
his how however i if in indeed into is it its itself just last latter latterly least less many may
me meanwhile might mine more moreover most mostly much must my myself namely neither never
nevertheless next no nobody none noone nor not nothing now nowhere of off often on once one only
onto or other others otherwise our ours ourselves out over own per perhaps please quite rather re
same seem seemed seeming seems several she should since so some somehow someone something sometime
sometimes somewhere still such than that the their theirs them themselves then thence there
thereafter thereby therefore therein thereupon these they this those though through throughout thru
thus to together too toward towards under until up upon us very via was we well were what whatever
when whence whenever where whereafter whereas whereby wherein whereupon wherever whether which while
whither who whoever whole whom whose why will with within without would yet you your yours yourself
yourselves ll ve re don didn doesn isn wasn weren won wouldn couldn shouldn aren hasn haven hadn
said says say saying told tell tells according reported reports report added asked noted stated
explained announced claimed called including include includes made make makes get gets got go goes
going went come comes came take takes took know known think see seen want wanted put give given
able like way lot lots thing things really around around back big small high low long short part
new old good great best better first second third time times year years month months week weeks day
days today yesterday tomorrow tonight morning afternoon evening night ago later earlier recently
monday tuesday wednesday thursday friday saturday sunday
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec am pm
mr mrs ms dr st
two three four five six seven eight nine ten hundred thousand million billion percent
news read share shares email print comment comments copyright rights reserved photo photos image
images video videos watch click subscribe follow twitter facebook instagram story stories article
page home site website updated update posted post published advertisement ad ads related link
links source getty ap reuters afp caption credit continue sign newsletter
`;

/** Lowercase words to leave out of story fingerprints. */
export const COMMON_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter((w) => w !== ''));

/**
 * Words frequent in news of every beat (offices, institutions, generic actions): kept, because
 * they still say something, but weighed down so that a fingerprint's weight sits on names and
 * specifics even before the clusterer has counted enough articles to learn this by itself.
 */
const NEWS_WORDS = `
president minister prime government official officials country countries nation national state
states city cities town people person man woman men women group groups leader leaders public
world international support supported help helped work working worked call calls called
statement office department agency force forces military security police authorities authority
party parliament council committee member members spokesman spokeswoman spokesperson secretary
chief head director political policy issue issues plan plans move action actions response
attack attacks accused accusing accuse claim claims deny denied warn warned warning condemn
condemned condemnation decision deal talks meeting meet visit area region local community
family families home house life lives number numbers case cases report reported situation
including according however while during since across continue continued began begin start
started end ended week month held hold hit face faced set left right top
`;

/** Lowercase words whose weight is reduced in story fingerprints (see NEWS_WORDS). */
export const NEWS_WORDS_SET: ReadonlySet<string> = new Set(NEWS_WORDS.split(/\s+/).filter((w) => w !== ''));
