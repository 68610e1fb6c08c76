/**
 * The one check every renderer applies before making a link: an http(s) URL without credentials,
 * within a length. Each renderer then escapes it for its own link syntax.
 */

/**
 * @example
 * linkableUrl('javascript:alert(1)') // null
 * linkableUrl(' https://example.org/a b ')?.href // 'https://example.org/a%20b'
 */
export function linkableUrl(url: string | null | undefined, maxLength = 2000): URL | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  // user:pass@ in a link is how a URL pretends to be another site.
  if (parsed.username || parsed.password) return null;
  return parsed.href.length <= maxLength ? parsed : null;
}
