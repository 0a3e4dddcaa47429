import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILT_IN_CSP, createBundleHandler, mimeType, resolveBundlePath } from './protocol';

describe('resolveBundlePath (path-traversal guard)', () => {
  const root = path.resolve('/srv/app/dist');
  it('maps bundle URLs into the root', () => {
    expect(resolveBundlePath('app://bundle/renderer/kiosk/index.html', root)).toBe(
      path.join(root, 'renderer/kiosk/index.html'),
    );
    expect(resolveBundlePath('app://bundle/assets/a%20b.js?v=1#x', root)).toBe(path.join(root, 'assets/a b.js'));
    expect(resolveBundlePath('app://bundle/display/', root)).toBe(path.join(root, 'display/index.html'));
    expect(resolveBundlePath('app://bundle/', root)).toBe(path.join(root, 'index.html'));
  });
  it('refuses everything that could leave the root', () => {
    // The URL parser itself clamps literal dot-segments at the root: still inside it.
    expect(resolveBundlePath('app://bundle/../etc/passwd', root)).toBe(path.join(root, 'etc/passwd'));
    expect(resolveBundlePath('app://bundle/%2e%2e/etc/passwd', root)).toBe(path.join(root, 'etc/passwd'));
    for (const url of [
      'app://bundle/assets/%2e%2e%2f%2e%2e%2fetc/passwd',
      'app://bundle/assets/..%2F..%2Fsecret',
      'app://bundle/assets/..%5C..%5Csecret',
      'app://bundle/assets/a%00.js',
      'app://bundle/.env',
      'app://bundle/assets/.hidden/x.js',
      'app://bundle/%E0%A4%A',
      'app://other/index.html',
      'file:///etc/passwd',
      'http://bundle/index.html',
      'garbage',
    ]) {
      expect(resolveBundlePath(url, root), url).toBeNull();
    }
  });
  it('knows the types the pages need', () => {
    expect(mimeType('a.js')).toMatch(/^text\/javascript/);
    expect(mimeType('a.CSS')).toMatch(/^text\/css/);
    expect(mimeType('a.woff2')).toBe('font/woff2');
    expect(mimeType('a.bin')).toBe('application/octet-stream');
  });
});

describe('bundle handler', () => {
  let dir: string;
  let root: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'gighall-proto-'));
    root = path.join(dir, 'dist');
    mkdirSync(path.join(root, 'renderer/kiosk'), { recursive: true });
    mkdirSync(path.join(root, 'assets'));
    writeFileSync(path.join(root, 'renderer/kiosk/index.html'), '<!doctype html><p>kiosk</p>');
    writeFileSync(path.join(root, 'assets/app.js'), 'console.log(1)');
    writeFileSync(path.join(dir, 'secret.txt'), 'secret');
    symlinkSync(path.join(dir, 'secret.txt'), path.join(root, 'assets/link.js'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const handler = () =>
    createBundleHandler({ root, csp: "default-src 'none'", pages: { '/__station/waiting.html': '<p>waiting</p>' } });

  it('serves pages with the CSP and assets with their type', async () => {
    const page = await handler()(new Request('app://bundle/renderer/kiosk/index.html'));
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('kiosk');
    expect(page.headers.get('content-security-policy')).toBe("default-src 'none'");
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    const js = await handler()(new Request('app://bundle/assets/app.js'));
    expect(js.headers.get('content-type')).toMatch(/javascript/);
    expect(js.headers.get('content-security-policy')).toBeNull();
  });
  it('serves built-in pages from memory with their own CSP', async () => {
    const res = await handler()(new Request('app://bundle/__station/waiting.html'));
    expect(await res.text()).toBe('<p>waiting</p>');
    expect(res.headers.get('content-security-policy')).toBe(BUILT_IN_CSP);
  });
  it('answers 404 for missing files, directories, traversal and symlinks out of the root', async () => {
    for (const url of [
      'app://bundle/nope.js',
      'app://bundle/assets',
      'app://bundle/%2e%2e/secret.txt',
      'app://bundle/assets/link.js',
    ]) {
      expect((await handler()(new Request(url))).status, url).toBe(404);
    }
  });
  it('refuses writes', async () => {
    expect((await handler()(new Request('app://bundle/assets/app.js', { method: 'POST', body: 'x' }))).status).toBe(
      405,
    );
  });
});
