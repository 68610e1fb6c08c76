/**
 * Drops the paragraphs around a news story that are not reporting: captions, photo credits,
 * "support us" and newsletter prompts, related-coverage links, cookie notices. Shared by the
 * stored-article importer and the feed normalizer.
 *
 * Conservative by design: each rule matches a whole paragraph, and rules that could touch prose
 * require a shape real sentences do not have (no final period, a label followed by a comma, a
 * fixed phrase). A real sentence of reporting must never be dropped; the tests hold negatives.
 */

export interface BoilerplateRule {
  /** Short name, for tests and debugging. */
  name: string;
  /** Matched against the trimmed paragraph. */
  pattern: RegExp;
  /** The paragraph is a label whose content is the next paragraph ("Media caption," then the caption). */
  dropNext?: boolean;
  /** Lower-case text the paragraph must contain: a cheap test that spares most regex runs. */
  hint?: string;
}

// Boilerplate is short: the longest matches in the shared corpus are captions under 300
// characters. A longer paragraph is reporting, whatever it contains.
const MAX_BOILERPLATE_LENGTH = 400;

// Agencies and picture desks that appear in photo credits ("Jane Doe / AP / TASS").
const AGENCIES = String.raw`(?:Getty Images|AP|AFP|Reuters|EPA(?:-EFE)?|TASS|Sputnik|Anadolu Agency|Shutterstock|PA(?: Media)?|Alamy|Bloomberg|Xinhua|UPI)`;
// One capitalized name of 1-4 words ("Jane Doe", "AP", "Ukrinform"), for credit segments.
const NAME = String.raw`[\p{Lu}][\p{L}\p{M}'’.&-]*(?: [\p{Lu}][\p{L}\p{M}'’.&-]*){0,3}`;

export const BOILERPLATE_RULES: readonly BoilerplateRule[] = [
  // BBC video blocks: a bare "Media caption," label, then the caption paragraph.
  { name: 'media-caption-label', pattern: /^media caption,?$/i, dropNext: true },
  // The same label with the caption on its line ("Media caption, Watch: ...").
  { name: 'media-caption', pattern: /^media caption,\s*\S/i },
  // BBC image blocks: "Image source, Getty Images" / "Image caption, Residents queue ...".
  { name: 'image-label', pattern: /^image (?:source|caption),?$/i, dropNext: true },
  { name: 'image-caption', pattern: /^image (?:source|caption),\s*\S/i },
  // A paragraph that is only a picture credit: "Getty Images", "AFP via Getty Images", "Photo: Reuters".
  { name: 'credit-only', pattern: new RegExp(String.raw`^(?:(?:[Pp]hoto|[Ii]mage|[Pp]icture)s?(?: [Cc]redit)?:\s*)?(?:${NAME}\s*(?:/|\svia\s)\s*)*${AGENCIES}$`, 'u') },
  // Captions end with a credit. Caption rules only take paragraphs up to 300 characters: longer
  // ones in the corpus are live-blog entries where reporting and a caption share a paragraph.
  // "(Photo: Jane Doe / AFP)" at the end of a caption paragraph, or alone.
  { name: 'photo-credit-parenthesis', hint: ')', pattern: /^(?=.{0,300}$).*\((?:photo|photograph|picture|image)s?(?: credit)?:[^()]{1,100}\)$/i },
  // A caption ending in "Photographer / AGENCY": credits carry no final period, prose does. The
  // last segment must be a known agency, or there must be two slashes, so "Russia/Ukraine Talks"
  // (a headline) is not a credit.
  { name: 'photo-credit-agency', hint: '/', pattern: new RegExp(String.raw`^(?=.{0,300}$)(?:.*\s)?${NAME}\s*/\s*(?:${NAME}\s*/\s*)*${AGENCIES}$`, 'u') },
  { name: 'photo-credit-slashes', hint: '/', pattern: new RegExp(String.raw`^(?=.{0,300}$)(?:.*\s)?${NAME}\s*/\s*${NAME}\s*/\s*${NAME}$`, 'u') },
  // "Support The Moscow Times!" and similar appeals (the exclamation mark is what marks them).
  { name: 'support-appeal', pattern: /^[Ss]upport [\p{Lu}][^.?!]{0,60}!$/u },
  { name: 'support-journalism', pattern: /^(?:please )?support (?:our|independent|quality) journalism\b[^.]{0,120}[.!]?$/i },
  // Newsletter prompts: "Sign up for our daily briefing", "Sign up to get alerts by email".
  { name: 'sign-up', pattern: /^sign up (?:for|to|here)\b(?=.{0,200}$).*\b(?:newsletter|e-?mail|inbox|alerts?|briefing|updates|free|daily|weekly|here)\b/i },
  { name: 'newsletter', pattern: /^(?:get|receive) (?:our|the) [^.]{0,60}newsletter\b[^.]{0,100}[.!]?$/i },
  // Link stubs: "Read more", "Read more: <headline>", "Read more about the hearing" (no final period).
  { name: 'read-more', pattern: /^read more\s*[:.…»›>→]*$/i },
  { name: 'read-more-link', pattern: /^read more\s*[:|]\s*\S.{0,150}$/i },
  { name: 'read-more-about', pattern: /^read more (?:about|on|at|from|here)\b[^.!?]{0,150}$/i },
  // USA Today syndication footer.
  { name: 'read-or-share', pattern: /^read or share this story:/i },
  // NYT and others: "Continue reading the main story", "Continue reading...".
  { name: 'continue-reading', pattern: /^continue reading(?: the (?:main )?story| below| here)?\s*[.…»›>→]*$/i },
  // Related-coverage headers: "Russia attacks Ukraine: More coverage", "More on this story".
  { name: 'more-coverage', hint: 'more ', pattern: /^(?:[^.!?]{3,80}:\s*)?more (?:coverage|on this story|stories|on this)$/i },
  { name: 'related-header', pattern: /^(?:related(?: coverage| stories| articles| content)?|see also|also read|you may also like|recommended(?: for you)?|most read)\s*:?$/i },
  // Video teasers: "Watch: our correspondent on ...", "WATCH | ...".
  { name: 'watch-teaser', pattern: /^watch\s*[:|]\s*\S.{0,200}$/i },
  // USA Today alert prompt.
  { name: 'email-notifications', pattern: /^(?:close )?get email notifications\b/i },
  // Cookie banners: fixed phrases only ("We use cookies", "Accept all cookies", "cookie policy").
  { name: 'cookie-notice', hint: 'cookie', pattern: /^(?=.{0,400}$).*(?:\b(?:we|this (?:web)?site|our (?:web)?site|this page) uses? cookies\b|\b(?:accept|reject|manage|allow) (?:all )?cookies\b|\bcookie (?:policy|settings|preferences|notice|consent)\b)/i },
  // Paywall and subscription notices.
  { name: 'subscription', pattern: /^(?:subscribe (?:now|today|here)\b[^.?]{0,100}|subscribe to (?:our|the)\b[^.?]{0,100}|already a subscriber\??|you have reached your (?:free )?article limit\b[^.]{0,100}|this (?:article|content) is (?:only )?(?:for|available to) subscribers\b[^.]{0,100}|to continue reading,? (?:please )?(?:subscribe|log in|sign in)\b[^.]{0,100})[.!]?$/i },
  // Credit lines: "AFP contributed reporting.", "Jane Doe in Kyiv contributed to this report."
  { name: 'contributed-reporting', hint: 'contributed', pattern: /^[^.!?]{1,120} contributed (?:additional )?(?:reporting|to this report(?:ing)?)\.?$/i },
  // Wire credit: "Reporting by Jane Doe; Editing by John Roe" (the "; Editing by" part is required).
  { name: 'reporting-by', hint: 'reporting by', pattern: /^(?:additional )?reporting by [^.]{1,150}(?:;\s*(?:additional reporting|writing|editing) by [^.;]{1,150})+\.?$/i },
  // Ad slot labels left in scraped text.
  { name: 'advertisement', pattern: /^advertisement$/i },
  // A paragraph that is only a URL.
  { name: 'bare-url', pattern: /^<?(?:https?:\/\/|www\.)\S+>?$/i },
];

/**
 * The rule a paragraph matches, or null when it is (or may be) reporting.
 * @example
 * boilerplateRule('Read more')?.name // 'read-more'
 */
export function boilerplateRule(paragraph: string): BoilerplateRule | null {
  const text = paragraph.trim();
  if (text === '' || text.length > MAX_BOILERPLATE_LENGTH) return null;
  const lower = text.toLowerCase();
  for (const rule of BOILERPLATE_RULES) {
    if (rule.hint !== undefined && !lower.includes(rule.hint)) continue;
    if (rule.pattern.test(text)) return rule;
  }
  return null;
}

/**
 * True when the paragraph is boilerplate on its own (ignores the "next paragraph" labels).
 * @example
 * isBoilerplate('Support The Moscow Times!') // true
 * isBoilerplate('Support for the sanctions has grown.') // false
 */
export function isBoilerplate(paragraph: string): boolean {
  return boilerplateRule(paragraph) !== null;
}

/**
 * Removes boilerplate paragraphs and empty ones; the rest keep their order and text.
 * @example
 * stripBoilerplate(['Media caption,', 'Watch: the vote', 'The court met on Monday.'])
 * // ['The court met on Monday.']
 */
export function stripBoilerplate(paragraphs: string[]): string[] {
  const kept: string[] = [];
  let skipNext = false;
  for (const paragraph of paragraphs) {
    const text = paragraph.trim();
    if (text === '') continue;
    if (skipNext) {
      skipNext = false;
      // A label followed by another label: the second one is handled on its own.
      const rule = boilerplateRule(text);
      if (rule?.dropNext) skipNext = true;
      continue;
    }
    const rule = boilerplateRule(text);
    if (rule === null) {
      kept.push(paragraph);
      continue;
    }
    if (rule.dropNext) skipNext = true;
  }
  return kept;
}
