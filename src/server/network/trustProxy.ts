// Which X-Forwarded-For entries name the client. Login throttling counts per client address, so trusting a header
// the client wrote would let anyone rotate addresses: TRUST_PROXY says how far back the chain is ours.
import { isIP } from 'node:net';

/** false: no proxy (the socket's peer is the client); a number: that many proxies in front; a list: their addresses. */
export type TrustProxy = false | number | string[];

/** Names that @fastify/proxy-addr understands besides addresses and CIDRs. */
const NAMED_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isAddressOrRange(entry: string): boolean {
  if (NAMED_RANGES.has(entry)) return true;
  const [addr, bits, extra] = entry.split('/');
  const family = isIP(addr ?? '');
  if (!family || extra !== undefined) return false;
  if (bits === undefined) return true;
  const n = Number(bits);
  return /^\d+$/.test(bits) && n <= (family === 4 ? 32 : 128);
}

export function parseTrustProxy(value: string | undefined): TrustProxy {
  const v = (value ?? '').trim();
  if (v === '' || v.toLowerCase() === 'false' || v === '0') return false;
  if (v.toLowerCase() === 'true') {
    throw new Error(
      'TRUST_PROXY=true would take the client address from the leftmost X-Forwarded-For entry, which the client writes ' +
        'itself (any client could pose as any address). Set the number of proxies in front of CourtFlow (e.g. TRUST_PROXY=1 ' +
        'for one nginx) or their addresses (e.g. TRUST_PROXY=127.0.0.1 or 10.0.0.0/8,loopback); see docs/deployment.md.',
    );
  }
  if (/^\d+$/.test(v)) return Number(v);
  const entries = v.split(',').map((s) => s.trim()).filter(Boolean);
  const bad = entries.filter((e) => !isAddressOrRange(e));
  if (bad.length) throw new Error(`TRUST_PROXY must be a number of proxies or a list of addresses/CIDRs; not understood: ${bad.join(', ')}`);
  return entries;
}

/**
 * Fastify's trustProxy option. Fastify 5.12 refuses a bare hop count (it cannot check that the nearest peer is a proxy),
 * so a count becomes a trust function here: the nearest `hops` addresses are proxies. That is only safe when clients
 * cannot reach the server except through those proxies, which `hopCountWarning` reminds operators of.
 */
export function fastifyTrustProxy(trust: TrustProxy): false | string[] | ((address: string, hop: number) => boolean) {
  if (typeof trust === 'number') return (_address, hop) => hop < trust;
  return trust;
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', '::1', 'localhost']);

/** A hop count on a server that listens beyond loopback trusts whoever connects directly; say so at start. */
export function hopCountWarning(trust: TrustProxy, host: string): string | null {
  if (typeof trust !== 'number' || LOOPBACK_HOSTS.has(host)) return null;
  return `TRUST_PROXY=${trust} trusts the nearest ${trust} hop(s) whatever their address, and HOST=${host} accepts connections from other machines: make sure clients can reach this server only through the proxy, or list the proxies' addresses in TRUST_PROXY instead.`;
}
