/**
 * Canonical article URLs, so the same story linked with different tracking tags or fragments is
 * recognised as one article by the store.
 */

// Campaign and click identifiers added by newsletters, social sites and ad networks; they never
// select different content.
const TRACKING_PARAM = /^(utm_[a-z0-9_]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid)$/i;

/**
 * Resolves `raw` against `base`, keeps only http(s), drops the fragment and tracking parameters.
 * The host is lower-cased and a default port removed by the WHATWG URL parser itself.
 * Returns null for empty, unparseable or non-web URLs.
 *
 * @example
 * canonicalizeUrl('/news/1?utm_source=x&id=2#top', 'https://Example.org/feed') // 'https://example.org/news/1?id=2'
 */
export function canonicalizeUrl(raw: string | null | undefined, base?: string): string | null {
  const trimmed = raw?.trim();
  if (!trimmed) return null;
  let url: URL;
  try {
    url = base === undefined ? new URL(trimmed) : new URL(trimmed, base);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  // Deleting through `searchParams` re-serializes the whole query, so it is touched only when a
  // tracking parameter is present; other queries stay byte-for-byte as published.
  const tracking = [...new Set(url.searchParams.keys())].filter((name) => TRACKING_PARAM.test(name));
  for (const name of tracking) url.searchParams.delete(name);
  return url.href.replace(/\?$/, '');
}
