/**
 * Who said a figure, and what the text warns about it. Both are read from the sentence with a
 * handful of patterns: attribution in news follows few shapes ("..., X said", "according to X",
 * "X believes ...", "..., said X").
 */

/** Known bodies, most specific first: the refugee agency is UNHCR before "UN" matches. */
const KNOWN_SOURCES: ReadonlyArray<[RegExp, string]> = [
  [/\b(?:unhcr|(?:un|u\.n\.|united nations)(?:'s?)? (?:refugee agency|agency for refugees|high commissioner for refugees))\b/i, 'UNHCR'],
  [/\b(?:ohchr|(?:un|u\.n\.|united nations)(?:'s?)? (?:human rights (?:office|monitoring mission|mission|monitors|agency|chief))|office of the (?:un )?high commissioner for human rights)\b/i, 'OHCHR'],
  [/\b(?:unicef|(?:un|u\.n\.|united nations)(?:'s?)? children's (?:fund|agency))\b/i, 'UNICEF'],
  [/\b(?:iom|international organi[sz]ation for migration|(?:un|u\.n\.|united nations)(?:'s?)? migration agency)\b/i, 'IOM'],
  [/\b(?:ocha|(?:un|u\.n\.|united nations)(?:'s?)? (?:humanitarian (?:office|agency|affairs office|coordinator))|office for the coordination of humanitarian affairs)\b/i, 'OCHA'],
  // Capitals only: "who" is a pronoun.
  [/\bWHO\b/, 'WHO'],
  [/\bworld health organi[sz]ation\b/i, 'WHO'],
  [/\b(?:ifrc|international federation of (?:the )?red cross)/i, 'IFRC'],
  // "The Red Cross" in conflict reporting is the ICRC; national societies keep their names.
  [/\bicrc\b|\binternational committee of the red cross\b|^red cross$/i, 'ICRC'],
  [/^(?:un|u\.n\.?|united nations)(?![\w.])/i, 'UN'],
];

const GENERIC_BODY = /^(?:police|officials|authorities|investigators|prosecutors|witnesses|doctors|medics|rescuers)\b|\b(?:department|ministry|service|agency|office|police|authorities|officials|council|administration|government|spokes(?:man|woman|person)|coroner|examiner|sheriff|prosecutors?|commission|mission|monitors)$/i;
const PRONOUNS = /^(?:he|she|they|it|we|i|you|who|which|that|this|there|one|someone|somebody)$/i;
const NOT_A_SOURCE = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|earlier|later|in|on|at|last|this|that|previously|also|a|an|the|some|about)$|^(?:even|by|only|just|if|what|how|why|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|earlier|later|in|on|at|last|this|that|previously|also)\b/i;
// Words after which "claims", "claimed" or "alleged" is a noun or an adjective: articles, possessives,
// and adjectives of nationality ("Russian claims").
const NOUN_BEFORE = String.raw`the|a|an|these|those|its|their|his|her|our|such|any|no|[a-z]+(?:ian|ese|ish)`;
/**
 * "Claimed", "claiming", "alleges": a statement its speaker stands behind alone. "Claims" after an
 * article or an adjective is a noun ("rejected Russian claims"), "alleged" after one or after a form
 * of "be" describes a suspect ("the alleged gunman", "is alleged to have"), and "claimed the lives
 * of" or "claimed responsibility" says nothing about who is speaking. "Claims" is a verb only before
 * what is claimed ("Russia claims five ...", "claims that"), never before a verb ("the claims could").
 */
const CLAIM_VERB = String.raw`(?:(?<!\b(?:${NOUN_BEFORE}|is|was|are|were|be|been|being)\s)(?:claimed|alleged)|claiming|alleging|alleges|allege|(?<!\b(?:${NOUN_BEFORE})\s)claims?(?=\s+(?:(?:that|to|it|its|they|he|she|we|there|a|an|the|some|more|at|about|up|nearly|almost|around|over|as|only|dozens|hundreds|thousands|millions|tens|one|two|three|four|five|six|seven|eight|nine|ten)\b|\d)))\b(?!\s+(?:the\s+|their\s+|his\s+|her\s+)?(?:li(?:ves|fe)|responsibility|credit|victory|asylum|refugee status|benefits))`;
// Figures named by who compiled them: "data gathered by X", "X's latest figures show".
const DATA_WORD = String.raw`(?:data|figures|statistics|numbers|estimates|tall(?:y|ies)|counts?)`;
const DATA_VERB = String.raw`(?:gathered|compiled|collected|published|released|provided|issued|kept|produced|obtained)`;
const DATA_SPEECH = String.raw`(?:show|shows|showed|shown|suggest|suggests|suggested|indicate|indicates|indicated|state|states|stated|put|puts|say|says|said)`;
/** The caveat of a figure its speaker claimed. */
export const CLAIM_CAVEAT = 'claim, not independently verified';
const CLAIM = new RegExp(CLAIM_VERB, 'i');
const SPEECH_VERB = String.raw`(?:said|says|say|reported|reports|report|estimated|estimates|estimate|believes|believe|told|confirmed|confirms|announced|stated|added|noted|${CLAIM_VERB})`;

/**
 * Finds who the sentence attributes its claims to, normalized ("the UN's refugee agency" becomes
 * "UNHCR"); null when the sentence does not say or names only a pronoun.
 *
 * @example
 * findSource('Nearly 660,000 people have fled, the UN\'s refugee agency said.'); // 'UNHCR'
 */
export function findSource(sentence: string): string | null {
  const text = sentence.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"');
  const candidates: string[] = [];
  // "Lavrov, the Russian foreign minister, claimed ...": the name, not the title, is the speaker.
  const appositive = new RegExp(String.raw`(?:^|[,;:"]\s*)((?:[A-Z][\w'.-]*\s+){0,3}[A-Z][\w'.-]*),\s+(?:[Tt]he|[Aa]n?)\s+[^,;:"]{2,60},\s+(?:has |have |had )?${SPEECH_VERB}\b`, 'g');
  for (let m = appositive.exec(text); m !== null; m = appositive.exec(text)) {
    if (m[1] !== undefined) candidates.push(m[1]);
  }
  // "Data gathered by the UNHCR states ...", "figures from the health ministry show ...".
  const data = new RegExp(String.raw`\b${DATA_WORD}\s+(?:${DATA_VERB}\s+)?(?:by|from)\s+([^,;:"()]+?)(?=\s+(?:${DATA_SPEECH}|that|on|in|as|and|which)\b|[,;:"()]|[.!?]?$)`, 'gi');
  for (let m = data.exec(text); m !== null; m = data.exec(text)) {
    if (m[1] !== undefined) candidates.push(m[1]);
  }
  // "UNHCR data show ...", "the ministry's latest figures put ...": the data's owner speaks.
  const shows = new RegExp(String.raw`(?:^|[,;:"]\s*)([^,;:"]{2,90}?\s${DATA_WORD})\s+(?:has |have |had )?(?:${DATA_SPEECH})\b`, 'gi');
  for (let m = shows.exec(text); m !== null; m = shows.exec(text)) {
    if (m[1] !== undefined) candidates.push(m[1]);
  }
  const according = /\baccording to ([^,;:"()]+)/i.exec(text);
  // "according to Chief Forte who posted it on Twitter": the relative clause is not the speaker.
  if (according?.[1] !== undefined) candidates.push(according[1].replace(/\s+who\s.*$/i, ''));
  // "..., X said" or "X said ..." at the start: X runs back to a comma, a quote or the start.
  const before = new RegExp(String.raw`(?:^|[,;:"]\s*)([^,;:"]{2,90}?)\s+(?:has |have |had )?${SPEECH_VERB}\b`, 'gi');
  for (let m = before.exec(text); m !== null; m = before.exec(text)) {
    if (m[1] !== undefined) candidates.push(m[1]);
  }
  // "..., said X" with the speaker after the verb.
  const after = new RegExp(String.raw`[,"]\s*${SPEECH_VERB}\s+([^,;:"()]+)`, 'gi');
  for (let m = after.exec(text); m !== null; m = after.exec(text)) {
    if (m[1] !== undefined) candidates.push(m[1]);
  }
  for (const candidate of candidates) {
    const source = normalizeSource(candidate);
    if (source !== null) return source;
  }
  return null;
}

/**
 * Cleans a raw attribution phrase and maps known bodies to their short names; null when the
 * phrase does not look like a speaker (a pronoun, a weekday, a clause with a number).
 *
 * @example
 * normalizeSource('the United Nations\' refugee agency'); // 'UNHCR'
 * normalizeSource('UN estimates'); // 'UN'
 */
export function normalizeSource(raw: string): string | null {
  let phrase = raw.replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ').trim().replace(/[.!?]+$/, '');
  // "a man who police say shot ...": the speaker is inside the relative clause, never the man.
  const relative = /\s+who\s+/i.exec(phrase);
  if (relative !== null) return normalizeSource(phrase.slice(relative.index + relative[0].length));
  // "..., where authorities said": the conjunction opens the clause, it is not the speaker.
  phrase = phrase.replace(/^(?:where|while|when|as|and|but|after|because|although|though|since|so|then|also)\s+/i, '');
  phrase = phrase.replace(/^(?:the|a|an)\s+/i, '');
  // "data from the health ministry", "figures gathered by UNHCR": the compiler is the speaker.
  phrase = phrase.replace(new RegExp(String.raw`^(?:(?:latest|new|most recent|recent|official|preliminary|updated)\s+)*${DATA_WORD}\s+(?:${DATA_VERB}\s+)?(?:by|from|of)\s+(?:the\s+)?`, 'i'), '');
  // "the ministry's latest figures": the owner of the figures.
  phrase = phrase.replace(new RegExp(String.raw`(?:'s?)?(?:\s+(?:latest|new|most recent|recent|official|own|preliminary|updated|daily|weekly|monthly))*\s+${DATA_WORD}$`, 'i'), '');
  // Trailing words that describe the statement, not the speaker ("UN estimates", "police figures").
  phrase = phrase.replace(/(?:\s+(?:earlier|later|also|previously|today|yesterday|now|recently|separately|on \w+|in \w+|in a statement))+$/i, '');
  phrase = phrase.replace(/\s+(?:estimates?|figures?|data|statistics|tallies|tally|counts?|reports?|records?)$/i, '').trim();
  // "WHO" in capitals is the World Health Organization, not the pronoun.
  if (phrase.length === 0 || (PRONOUNS.test(phrase) && phrase !== 'WHO') || NOT_A_SOURCE.test(phrase)) return null;
  const words = phrase.split(' ');
  if (words.length > 9 || /\d|[\u2013\u2014]/.test(phrase)) return null;
  // A speaker is a noun phrase: a clause with a finite verb is the claim itself, not who made it.
  if (/\b(?:have|has|had|were|was|are|is|been|will|would|could|die|died|dies|killed|injured|wounded|fled)\b/i.test(phrase)) return null;
  for (const [pattern, name] of KNOWN_SOURCES) if (pattern.test(phrase)) return name;
  // Lowercase phrases are speakers only when they name a body ("the county health department").
  if (!/^[\p{Lu}\d]/u.test(phrase) && !GENERIC_BODY.test(phrase)) return null;
  // A single common noun written at the start of a sentence ("Police said") reads as lowercase.
  if (/^(?:police|officials|authorities|investigators|prosecutors|witnesses|doctors|medics|rescuers)$/i.test(phrase)) return phrase.toLowerCase();
  return phrase;
}

/** Caveats, checked in order; each yields the phrase users see. */
const CAVEATS: ReadonlyArray<[RegExp, (m: RegExpExecArray) => string]> = [
  // A figure its speaker "claimed" or "alleged" (often a party to the fighting) stands on their word.
  [CLAIM, () => CLAIM_CAVEAT],
  [/\bn(?:o|')t (?:been |be |yet been )?independently (?:verified|confirmed)|\bunable to (?:independently )?(?:verify|confirm)|\bcould not independently (?:verify|confirm)/i, () => 'not independently verified'],
  [/\b(?:could|can|cannot|can't) ?(?:not )?(?:immediately )?(?:be )?(?:verified|confirmed)|\bunverified\b|\bcould not (?:immediately )?(?:verify|confirm)/i, () => 'could not be verified'],
  [/\b(?:the )?(?:true|real|actual|final) (?:figures?|tolls?|numbers?|counts?|death tolls?)(?: (?:is|are|was|were))?(?: (?:feared|likely|believed|thought|expected|said|understood|estimated|probably))?(?: to be)? (?:far |much |considerably |significantly |substantially )?(?:higher|greater|larger)/i, (m) => m[0].toLowerCase()],
  [/\b(?:the )?(?:death )?(?:toll|figures?|numbers?)(?: (?:is|are|was))? (?:expected|likely|feared|set) to (?:rise|climb|grow|increase)/i, (m) => m[0].toLowerCase()],
  [/\b(?:an? )?(?:significant |likely )?(?:underestimate|undercount)\b/i, (m) => m[0].toLowerCase()],
  [/\bpreliminary\b/i, () => 'preliminary'],
];

/**
 * Finds the caveat a sentence gives about its figures, or null.
 *
 * @example
 * findCaveat('The figure has not been independently verified.'); // 'not independently verified'
 */
export function findCaveat(sentence: string): string | null {
  const text = sentence.replace(/[\u2018\u2019]/g, "'");
  for (const [pattern, render] of CAVEATS) {
    const m = pattern.exec(text);
    if (m !== null) return render(m);
  }
  return null;
}
