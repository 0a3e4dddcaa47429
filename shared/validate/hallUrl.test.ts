import { describe, expect, it } from 'vitest';
import { isHallUrl } from './hallUrl';

describe('isHallUrl', () => {
  it('accepts the hub’s own address (empty) and http(s) addresses on the hall network', () => {
    for (const ok of [
      '',
      'http://192.168.1.10:8420',
      'http://10.0.0.5',
      'https://172.20.3.4:8443/',
      'http://169.254.10.1:8420',
      'http://gighall:8420',
      'http://hall.local',
      'http://zhaopin.lan:8420/gighall',
      'http://hub.home.arpa',
      'http://[fd12:3456::1]:8420',
    ])
      expect(isHallUrl(ok), ok).toBe(true);
  });

  it('refuses script and other schemes, credentials, queries and addresses outside the hall', () => {
    for (const bad of [
      'javascript:alert(1)',
      'JAVASCRIPT://192.168.1.10/%0aalert(1)',
      'data:text/html,<script>alert(1)</script>',
      'file:///etc/passwd',
      'ftp://192.168.1.10',
      'http://user:pw@192.168.1.10',
      'http://192.168.1.10/?next=http://evil.example',
      'http://192.168.1.10/#x',
      'http://evil.example',
      'https://www.example.com/m/',
      'http://8.8.8.8',
      'http://127.0.0.1:8420',
      'http://localhost:8420',
      'http://192.168.1.300',
      'http://192.168.1.10:99999',
      'http://[2001:db8::1]',
      '//192.168.1.10',
      'http:/192.168.1.10',
      'http://192.168.1.10 onmouseover=x',
    ])
      expect(isHallUrl(bad), bad).toBe(false);
  });
});
