import { describe, expect, it } from 'vitest';
import { isBlockedShortcut } from './shortcuts';
import type { KeyInput } from './shortcuts';

const key = (k: string, mods: Partial<KeyInput> = {}): KeyInput => ({
  type: 'keyDown',
  key: k,
  control: false,
  meta: false,
  alt: false,
  shift: false,
  ...mods,
});

describe('shortcut blocking', () => {
  const blocked = [
    key('r', { control: true }),
    key('R', { control: true, shift: true }),
    key('F5'),
    key('q', { meta: true }),
    key('w', { control: true }),
    key('F4', { alt: true }),
    key('=', { control: true }),
    key('-', { control: true }),
    key('0', { control: true }),
    key('+', { control: true, shift: true }),
    key('F11'),
    key('F12'),
    key('I', { control: true, shift: true }),
    key('p', { control: true }),
    key('ArrowLeft', { alt: true }),
    key('BrowserBack'),
    key('u', { control: true }),
  ];
  it('blocks reload, quit, zoom, devtools, print and history on kiosks and displays', () => {
    for (const role of ['kiosk', 'display'] as const)
      for (const k of blocked) expect(isBlockedShortcut(role, k, false), `${role} ${JSON.stringify(k)}`).toBe(true);
  });
  it('leaves typing alone', () => {
    for (const k of [
      key('a'),
      key('1'),
      key('Enter'),
      key('Backspace'),
      key('c', { control: true }),
      key('v', { control: true }),
      key('A', { shift: true }),
    ]) {
      expect(isBlockedShortcut('kiosk', k, false)).toBe(false);
    }
  });
  it('lets staff keep their keyboard but not devtools in production', () => {
    expect(isBlockedShortcut('hub', key('r', { control: true }), false)).toBe(false);
    expect(isBlockedShortcut('hub', key('p', { control: true }), false)).toBe(false);
    expect(isBlockedShortcut('hub', key('F12'), false)).toBe(true);
    expect(isBlockedShortcut('hub', key('i', { control: true, shift: true }), false)).toBe(true);
    expect(isBlockedShortcut('hub', key('F12'), true)).toBe(false);
  });
  it('only looks at key-down events', () => {
    expect(isBlockedShortcut('kiosk', { ...key('F5'), type: 'keyUp' }, false)).toBe(false);
  });
});
