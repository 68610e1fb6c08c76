/** Article URLs: only absolute http(s) URLs are kept; anything else is "unknown". */

/**
 * The URL as a string when it is an absolute http or https URL, else null.
 * @example
 * httpUrl(' https://example.org/a ') // 'https://example.org/a'
 * httpUrl('javascript:alert(1)') // null
 */
export function httpUrl(value: string | null | undefined, base?: string): string | null {
  const text = value?.trim();
  if (!text) return null;
  try {
    const url = base === undefined ? new URL(text) : new URL(text, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
