import { describe, expect, it } from 'vitest';
import { mobileListUrl } from './qr';

describe('mobileListUrl', () => {
  it('uses the hall’s public URL when set, and the hub itself when none is set', () => {
    expect(mobileListUrl('http://hall.lan:8420/', 'http://10.0.0.2:8420')).toBe('http://hall.lan:8420/m/');
    expect(mobileListUrl('', 'http://10.0.0.2:8420')).toBe('http://10.0.0.2:8420/m/');
  });

  it('never points a QR code at a stored value that is not a hall-network address', () => {
    for (const bad of ['javascript:alert(1)', 'https://evil.example'])
      expect(mobileListUrl(bad, 'http://10.0.0.2:8420')).toBe('http://10.0.0.2:8420/m/');
  });
});
