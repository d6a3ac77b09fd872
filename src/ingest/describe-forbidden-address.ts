import ipaddr from 'ipaddr.js';

/** ipaddr.js range names that a fetch must not reach unless --allow-private, as the reader would name them. */
const FORBIDDEN_RANGES: Readonly<Record<string, string>> = Object.freeze({
  unspecified: 'an unspecified',
  loopback: 'a loopback',
  private: 'a private',
  linkLocal: 'a link-local', // 169.254.169.254 is the cloud metadata service
  uniqueLocal: 'a unique-local',
  multicast: 'a multicast',
  broadcast: 'a broadcast',
  carrierGradeNat: 'a shared (carrier-grade NAT)',
  deprecatedSiteLocal: 'a site-local',
  reserved: 'a reserved',
});

/**
 * Why an IP address may not be fetched, or null when it may (a host name is not an address: null).
 * "127.0.0.1" → "127.0.0.1 is a loopback address"; "::ffff:10.0.0.1" → "10.0.0.1 is a private address".
 */
export function describeForbiddenAddress(address: string): string | null {
  const bare = address.replace(/^\[(.*)\]$/, '$1');
  if (!ipaddr.isValid(bare)) return null;
  const parsed = ipaddr.process(bare);
  const range = FORBIDDEN_RANGES[parsed.range()];
  return range === undefined ? null : `${parsed.toString()} is ${range} address`;
}
