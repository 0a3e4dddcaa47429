// Keyboard shortcuts that must do nothing on kiosk and display stations: reload, quit / close, zoom, devtools,
// print dialogs, history navigation, fullscreen toggle, view-source and find. Staff keep their keyboard, minus
// devtools in production.
import type { ShellRole } from './config';

/** The fields of Electron's `Input` (before-input-event) that matter here. */
export interface KeyInput {
  type: string;
  key: string;
  code?: string;
  control: boolean;
  meta: boolean;
  alt: boolean;
  shift: boolean;
}

const FUNCTION_KEYS = new Set(['F1', 'F3', 'F5', 'F6', 'F7', 'F11', 'F12']);
/** With Ctrl / Cmd: r reload, w / F4 close, q quit, n / t new window, p print, s save, o open, u view-source,
 *  f / g find, l / k address, h history, j downloads, d bookmark, e search, + - = 0 zoom, [ ] history. */
const MOD_KEYS = new Set([
  'r',
  'w',
  'q',
  'n',
  't',
  'p',
  's',
  'o',
  'u',
  'f',
  'g',
  'l',
  'k',
  'h',
  'j',
  'd',
  'e',
  '+',
  '-',
  '=',
  '0',
  '_',
  '[',
  ']',
  'f4',
  'tab',
  'pageup',
  'pagedown',
]);
const DEVTOOLS_KEYS = new Set(['i', 'j', 'c']);

function isDevtoolsShortcut(i: KeyInput): boolean {
  const key = i.key.toLowerCase();
  if (i.key === 'F12') return true;
  return (i.control || i.meta) && (i.shift || i.alt) && DEVTOOLS_KEYS.has(key);
}

export function isBlockedShortcut(role: ShellRole, input: KeyInput, devToolsAllowed: boolean): boolean {
  if (input.type !== 'keyDown' && input.type !== 'rawKeyDown') return false;
  if (!devToolsAllowed && isDevtoolsShortcut(input)) return true;
  if (role === 'hub') return false;
  const key = input.key.toLowerCase();
  if (FUNCTION_KEYS.has(input.key)) return true;
  if (input.alt && (key === 'f4' || key === 'arrowleft' || key === 'arrowright' || key === 'home')) return true;
  if ((input.control || input.meta) && MOD_KEYS.has(key)) return true;
  if (
    input.key === 'BrowserBack' ||
    input.key === 'BrowserForward' ||
    input.key === 'BrowserRefresh' ||
    input.key === 'BrowserHome'
  )
    return true;
  return false;
}
