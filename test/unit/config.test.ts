import { describe, expect, it } from 'vitest';
import { loadConfig, parseTrustProxy } from '../../src/platform/config.ts';

describe('configuration', () => {
  it('works on a fresh machine with no variables: SQLite in ./data on port 3000', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.databaseUrl).toBeUndefined();
    expect(config.sqliteFile).toMatch(/data\/kring\.db$/);
    expect(config.smtpUrl).toBeUndefined();
    expect(config.trustProxy).toBe(false);
  });

  it('names the variable that is wrong', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'not a url' })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ TRUST_PROXY: 'yes please' })).toThrow(/TRUST_PROXY/);
  });
});

describe('TRUST_PROXY', () => {
  it('takes a hop count or a list of proxy addresses and networks', () => {
    expect(parseTrustProxy('false')).toEqual({ trustProxy: false, legacyTrue: false });
    expect(parseTrustProxy('1')).toEqual({ trustProxy: 1, legacyTrue: false });
    expect(parseTrustProxy('2')).toEqual({ trustProxy: 2, legacyTrue: false });
    expect(parseTrustProxy(' 10.0.0.2, 192.168.0.0/16 ,fd00::/8, loopback').trustProxy).toEqual([
      '10.0.0.2',
      '192.168.0.0/16',
      'fd00::/8',
      'loopback',
    ]);
  });

  it('reads the old `true` as one hop, never as every hop, and says so', () => {
    expect(parseTrustProxy('true')).toEqual({ trustProxy: 1, legacyTrue: true });
    expect(loadConfig({ TRUST_PROXY: 'true' })).toMatchObject({ trustProxy: 1, trustProxyLegacyTrue: true });
  });

  it('refuses what is not an address, a network or a sensible count', () => {
    for (const wrong of ['10.0.0.300', '10.0.0.0/33', '::1/129', 'proxy.school.nl', '10.0.0.1,', '99'])
      expect(() => parseTrustProxy(wrong), wrong).toThrow();
  });

  it('refuses a network of every address, which would let any client name its own', () => {
    for (const everyone of [
      '0.0.0.0/0',
      '::/0',
      '10.0.0.2, 0.0.0.0/0',
      '0.0.0.0/1,128.0.0.0/1',
      '::ffff:0:0/96',
      '::ffff:0.0.0.0/100',
      '2000::/3',
    ])
      expect(() => parseTrustProxy(everyone), everyone).toThrow(/not every address/);
    expect(parseTrustProxy('10.0.0.0/8, fc00::/7, ::ffff:10.0.0.0/104').trustProxy).toEqual([
      '10.0.0.0/8',
      'fc00::/7',
      '::ffff:10.0.0.0/104',
    ]);
  });
});
