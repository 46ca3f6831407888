import { describe, expect, it } from 'vitest';
import { sourceOf } from './throttle.ts';

describe('throttle sources', () => {
  it('keeps an IPv4 address, and takes the /64 network of an IPv6 address however it is written', () => {
    expect(sourceOf('203.0.113.7')).toBe('203.0.113.7');
    expect(sourceOf('::ffff:203.0.113.7')).toBe('::ffff:203.0.113.7');
    expect(sourceOf('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(sourceOf('2001:0DB8:0001:0002:bbbb:cccc:dddd:eeee')).toBe('2001:db8:1:2::/64');
    expect(sourceOf('2001:db8::1')).toBe('2001:db8:0:0::/64');
  });
});
