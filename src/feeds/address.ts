/**
 * Decides whether a feed URL may be fetched: http(s) only, no credentials, and (unless private
 * addresses are allowed) a host that resolves only to public addresses. The same check runs again
 * when the socket connects (`guardedLookup`), so a DNS answer that changes between the check and
 * the connection (DNS rebinding) cannot reach a private address either.
 */
import { promises as dns } from 'node:dns';
import type { LookupAddress, LookupOptions } from 'node:dns';
import { isIP } from 'node:net';
import type { LookupFunction } from 'node:net';
import { AppError } from '../core/errors.js';
import { isPublicAddress } from './ip.js';

/** Resolves a host name to its IP addresses (all of them, IPv4 and IPv6). */
export type HostLookup = (hostname: string) => Promise<string[]>;

export interface AddressPolicy {
  /** Allow loopback and private networks: for self-hosted setups that poll an intranet feed. */
  allowPrivateAddresses: boolean;
  /** Exact IP addresses exempted from the private-network rule (an on-premises feed mirror). */
  allowedAddresses?: readonly string[];
  /** DNS resolver; defaults to the system resolver. */
  lookup?: HostLookup;
}

// Names that reach the host itself or a cloud metadata service whatever DNS says about them.
// RFC 6761 §6.3 (localhost), RFC 6762 (.local), ICANN's reserved .internal, GCP and AWS metadata.
const BLOCKED_NAME = /(^|\.)(localhost|local|internal|metadata\.goog)$|^(metadata|instance-data)$/;

const BLOCKED_MESSAGE = 'That feed address points to a private network and cannot be followed.';

export const systemLookup: HostLookup = async (hostname) =>
  (await dns.lookup(hostname, { all: true, verbatim: true })).map((entry) => entry.address);

/**
 * Parses and checks a feed URL; resolves its host and refuses private, loopback, link-local,
 * multicast and metadata addresses unless `allowPrivateAddresses` is set.
 *
 * @example
 * const url = await assertFetchableUrl('https://example.org/feed.xml', { allowPrivateAddresses: false });
 * await assertFetchableUrl('http://169.254.169.254/latest', { allowPrivateAddresses: false }); // throws feed_blocked_address
 */
export async function assertFetchableUrl(url: string, options: AddressPolicy): Promise<URL> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch (cause) {
    throw new AppError('input_invalid', 'That feed address is not a valid URL.', { context: { url }, cause });
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new AppError('input_invalid', 'Feed addresses must start with http:// or https://.', { context: { url } });
  }
  if (parsed.username !== '' || parsed.password !== '') {
    throw new AppError('input_invalid', 'Feed addresses must not contain a user name or password.', {
      context: { url: redact(parsed) },
    });
  }
  await resolveChecked(parsed.hostname, options);
  return parsed;
}

/**
 * Resolves `hostname` and returns its addresses, refusing the host when any of them is not public
 * (checking every answer stops a round-robin record from mixing in a private address).
 *
 * @example
 * await resolveChecked('example.org', { allowPrivateAddresses: false }) // ['93.184.216.34', ...]
 */
export async function resolveChecked(hostname: string, options: AddressPolicy): Promise<string[]> {
  const host = hostname.replace(/^\[|\]$/g, '').replace(/\.+$/, '').toLowerCase();
  const guarded = !options.allowPrivateAddresses;
  if (guarded && isIP(host) === 0 && BLOCKED_NAME.test(host)) {
    throw new AppError('feed_blocked_address', BLOCKED_MESSAGE, { context: { host } });
  }
  let addresses: string[];
  if (isIP(host) !== 0) {
    addresses = [host];
  } else {
    try {
      addresses = await (options.lookup ?? systemLookup)(host);
    } catch (cause) {
      throw new AppError('feed_http', 'The feed host could not be found; check the address.', { context: { host }, cause });
    }
    if (addresses.length === 0) {
      throw new AppError('feed_http', 'The feed host could not be found; check the address.', { context: { host } });
    }
  }
  if (guarded) {
    const allowed = new Set(options.allowedAddresses ?? []);
    const refused = addresses.find((address) => !allowed.has(address) && !isPublicAddress(address));
    if (refused !== undefined) {
      throw new AppError('feed_blocked_address', BLOCKED_MESSAGE, { context: { host, address: refused } });
    }
  }
  return addresses;
}

/**
 * A `lookup` for `net.connect` (undici's `connect` option) that re-checks every answer, so the
 * socket only ever opens to an address that passed the policy.
 *
 * @example
 * new Agent({ connect: { lookup: guardedLookup({ allowPrivateAddresses: false }) } })
 */
export function guardedLookup(options: AddressPolicy): LookupFunction {
  return (hostname: string, lookupOptions: LookupOptions, callback) => {
    resolveChecked(hostname, options).then(
      (addresses) => {
        const wanted = lookupOptions.family === 4 || lookupOptions.family === 6 ? lookupOptions.family : 0;
        const entries: LookupAddress[] = addresses
          .map((address) => ({ address, family: isIP(address) }))
          .filter((entry) => wanted === 0 || entry.family === wanted);
        const first = entries[0];
        if (!first) {
          callback(Object.assign(new Error(`No IPv${wanted} address for ${hostname}`), { code: 'ENOTFOUND' }), '', 0);
        } else if (lookupOptions.all) {
          callback(null, entries);
        } else {
          callback(null, first.address, first.family);
        }
      },
      (error: Error) => callback(error, '', 0),
    );
  };
}

/** The URL without its credentials, for logs. */
function redact(url: URL): string {
  const copy = new URL(url.href);
  copy.username = '';
  copy.password = '';
  return copy.href;
}
