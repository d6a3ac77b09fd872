import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import type { LookupFunction } from 'node:net';
import { describeForbiddenAddress } from './describe-forbidden-address.ts';

/** The code of the error lookupPublicAddress gives, so that a fetch can tell a refusal from a DNS failure. */
export const REFUSED_ADDRESS = 'ERR_TRIANGULATE_REFUSED_ADDRESS';

/**
 * A `lookup` for net.connect that resolves the host and drops private, loopback, link-local and other
 * internal addresses; a host left with none is refused. The socket connects to the address checked
 * here, so a name that resolves differently a second time (DNS rebinding) cannot slip through.
 */
export const lookupPublicAddress: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
    if (error) {
      callback(error, '');
      return;
    }
    const allowed = addresses.filter((entry) => describeForbiddenAddress(entry.address) === null);
    const first = allowed[0];
    if (first === undefined) {
      const why = addresses[0] ? describeForbiddenAddress(addresses[0].address) : `${hostname} has no address`;
      const refusal = Object.assign(new Error(`refused: ${why} (use --allow-private to allow it)`), { code: REFUSED_ADDRESS });
      callback(refusal, '');
      return;
    }
    if (options.all) callback(null, allowed);
    else callback(null, first.address, first.family);
  });
};
