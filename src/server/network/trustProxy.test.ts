import { describe, expect, test } from 'vitest';
import { fastifyTrustProxy, hopCountWarning, parseTrustProxy } from './trustProxy';

describe('TRUST_PROXY', () => {
  test.each([
    [undefined, false],
    ['', false],
    ['false', false],
    ['0', false],
    ['1', 1],
    ['2', 2],
    ['127.0.0.1', ['127.0.0.1']],
    ['10.0.0.0/8, loopback,::1', ['10.0.0.0/8', 'loopback', '::1']],
    ['2001:db8::/32', ['2001:db8::/32']],
  ])('%s means %j', (value, expected) => {
    expect(parseTrustProxy(value)).toEqual(expected);
  });

  test('a bare true is refused with the reason and what to set instead', () => {
    expect(() => parseTrustProxy('true')).toThrow(/leftmost X-Forwarded-For.*TRUST_PROXY=1/s);
    expect(() => parseTrustProxy('TRUE')).toThrow(/TRUST_PROXY=1/);
  });

  test.each(['nginx', '10.0.0.0/33', '1.2.3.4/8/1', '-1', '1.5'])('%s is refused', (value) => {
    expect(() => parseTrustProxy(value)).toThrow(/TRUST_PROXY/);
  });

  test('a hop count trusts exactly that many nearest hops', () => {
    const trust = fastifyTrustProxy(1) as (address: string, hop: number) => boolean;
    expect(trust('127.0.0.1', 0)).toBe(true);
    expect(trust('198.51.100.7', 1)).toBe(false);
  });

  test('a hop count on a server reachable from other machines is warned about', () => {
    expect(hopCountWarning(1, '127.0.0.1')).toBeNull();
    expect(hopCountWarning(['10.0.0.1'], '0.0.0.0')).toBeNull();
    expect(hopCountWarning(1, '0.0.0.0')).toMatch(/only through the proxy/);
  });
});
