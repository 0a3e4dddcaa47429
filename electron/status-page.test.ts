import { describe, expect, it } from 'vitest';
import { BUILT_IN_CSP } from './protocol';
import { waitingPageHtml } from './status-page';

describe('waiting page', () => {
  it('is bilingual, script-free and fits its CSP', () => {
    const html = waitingPageHtml();
    expect(html).toContain('正在连接本站点服务器');
    expect(html).toContain('Looking for the site hub');
    expect(html).not.toMatch(/<script|on\w+=|javascript:|https?:\/\//i);
    expect(BUILT_IN_CSP).toContain("default-src 'none'");
    expect(BUILT_IN_CSP).not.toContain('script-src');
  });
});
