/**
 * Which IP addresses a feed fetch may connect to. Feed URLs come from workspace admins, so a URL
 * pointing at the bot's own network (a database, a cloud metadata endpoint) must be refused: the
 * classic server-side request forgery hole of feed readers.
 */
import { BlockList, isIP } from 'node:net';

// Ranges that never hold a public feed server. IPv4: RFC 6890 special-purpose registry.
const V4_BLOCKED: Array<[string, number]> = [
  ['0.0.0.0', 8], // "this network", includes the unspecified 0.0.0.0 (RFC 1122 §3.2.1.3)
  ['10.0.0.0', 8], // private (RFC 1918)
  ['100.64.0.0', 10], // carrier-grade NAT (RFC 6598); also Alibaba's metadata 100.100.100.200
  ['127.0.0.0', 8], // loopback (RFC 1122)
  ['169.254.0.0', 16], // link-local (RFC 3927); AWS/GCP/Azure metadata 169.254.169.254
  ['172.16.0.0', 12], // private (RFC 1918)
  ['192.0.0.0', 24], // IETF protocol assignments (RFC 6890)
  ['192.168.0.0', 16], // private (RFC 1918)
  ['198.18.0.0', 15], // benchmarking (RFC 2544)
  ['224.0.0.0', 4], // multicast (RFC 5771)
  ['240.0.0.0', 4], // reserved, includes broadcast 255.255.255.255 (RFC 1112)
];

// IPv6: RFC 4291 and RFC 6890. Ranges that embed an IPv4 address are handled in `embeddedIPv4`.
const V6_BLOCKED: Array<[string, number]> = [
  ['::', 128], // unspecified
  ['::1', 128], // loopback
  ['fe80::', 10], // link-local
  ['fec0::', 10], // site-local, deprecated by RFC 3879 but still routed inside some networks
  ['fc00::', 7], // unique-local (RFC 4193); AWS metadata over IPv6 is fd00:ec2::254
  ['ff00::', 8], // multicast
  ['2001::', 32], // Teredo (RFC 4380): tunnels to an obfuscated IPv4 address
];

const v4List = new BlockList();
for (const [net, prefix] of V4_BLOCKED) v4List.addSubnet(net, prefix, 'ipv4');
const v6List = new BlockList();
for (const [net, prefix] of V6_BLOCKED) v6List.addSubnet(net, prefix, 'ipv6');

/**
 * True when `address` (an IPv4 or IPv6 literal, brackets allowed) is a public unicast address.
 * Anything that does not parse as an IP address is not public.
 *
 * @example
 * isPublicAddress('93.184.216.34') // true
 * isPublicAddress('::ffff:10.0.0.1') // false
 */
export function isPublicAddress(address: string): boolean {
  const ip = address.replace(/^\[|\]$/g, '');
  const family = isIP(ip);
  if (family === 4) return !v4List.check(ip, 'ipv4');
  if (family !== 6) return false;
  const words = expandIPv6(ip);
  if (!words) return false;
  const v4 = embeddedIPv4(words);
  if (v4 !== null) return !v4List.check(v4, 'ipv4');
  return !v6List.check(ip, 'ipv6');
}

/**
 * The IPv4 address carried inside an IPv6 one, for the forms that reach an IPv4 host:
 * IPv4-mapped ::ffff:0:0/96, IPv4-compatible ::/96 (RFC 4291 §2.5.5), NAT64 64:ff9b::/96
 * (RFC 6052) and 6to4 2002::/16 (RFC 3056).
 */
function embeddedIPv4(w: number[]): string | null {
  const at = (i: number): number => w[i] ?? 0;
  const quad = (hi: number, lo: number): string => `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
  const zeros = (from: number, to: number): boolean => w.slice(from, to).every((x) => x === 0);
  if (zeros(0, 5) && at(5) === 0xffff) return quad(at(6), at(7));
  // IPv4-translated ::ffff:0:0:0/96 (RFC 2765 §2.1).
  if (zeros(0, 4) && at(4) === 0xffff && at(5) === 0) return quad(at(6), at(7));
  // Local-use NAT64 64:ff9b:1::/48 (RFC 8215): the IPv4 address sits in the last 32 bits.
  if (at(0) === 0x64 && at(1) === 0xff9b && at(2) === 1) return quad(at(6), at(7));
  // ::/96 with a non-trivial tail; :: and ::1 themselves stay in the IPv6 table.
  if (zeros(0, 6) && (at(6) !== 0 || at(7) > 1)) return quad(at(6), at(7));
  if (at(0) === 0x64 && at(1) === 0xff9b && zeros(2, 6)) return quad(at(6), at(7));
  if (at(0) === 0x2002) return quad(at(1), at(2));
  return null;
}

/** Eight 16-bit words of an IPv6 literal (with an optional dotted IPv4 tail), or null. */
function expandIPv6(ip: string): number[] | null {
  let text = ip.toLowerCase().replace(/%.*$/, '');
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number) as [number, number, number, number];
    text = text.slice(0, dotted.index) + `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const parse = (part: string | undefined): number[] => (part ? part.split(':').map((h) => parseInt(h, 16)) : []);
  const head = parse(halves[0]);
  const tail = parse(halves[1]);
  const fill = halves.length === 2 ? 8 - head.length - tail.length : 0;
  const words = [...head, ...new Array<number>(Math.max(fill, 0)).fill(0), ...tail];
  return words.length === 8 && words.every((x) => Number.isInteger(x) && x >= 0 && x <= 0xffff) ? words : null;
}
