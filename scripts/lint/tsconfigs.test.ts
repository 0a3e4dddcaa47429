// Each runtime's tsconfig must refuse the other runtime: a probe file placed in a layer and compiled with that
// layer's settings (lib, types, paths) has to fail on the globals and modules it does not have, and pass on the
// ones it does. Without this, one added "node" in a `types` list would quietly let `process` into every page.
import { describe, expect, it } from 'vitest';
import ts from 'typescript';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

// Library files are parsed once and shared by every probe program.
const parsed = new Map<string, ts.SourceFile | undefined>();

function diagnostics(config: string, probeAt: string, code: string): string[] {
  const { config: raw } = ts.readConfigFile(path.join(root, config), ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(raw, ts.sys, root);
  const probe = path.join(root, probeAt);
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.fileExists = (f) => f === probe || ts.sys.fileExists(f);
  host.readFile = (f) => (f === probe ? code : ts.sys.readFile(f));
  host.getSourceFile = (f, lang) => {
    if (f === probe) return ts.createSourceFile(f, code, lang, true);
    if (!parsed.has(f)) parsed.set(f, getSourceFile(f, lang));
    return parsed.get(f);
  };
  const program = ts.createProgram([probe, path.join(root, 'shared/globals.d.ts')], options, host);
  const file = program.getSourceFile(probe)!;
  return [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)].map((d) =>
    ts.flattenDiagnosticMessageText(d.messageText, ' '),
  );
}

// The first program parses the DOM and ES libraries (a few seconds on a busy 2-core machine); later ones reuse them.
describe('a tsconfig per runtime', { timeout: 60_000 }, () => {
  it('pages: the DOM, and no Node even with qrcode imported', () => {
    const fine = "import QRCode from 'qrcode'; export const x = [window.innerWidth, QRCode.toString, localStorage];";
    expect(diagnostics('tsconfig.pages.json', 'renderer/kiosk/probe.ts', fine)).toEqual([]);
    const bad = "import QRCode from 'qrcode'; export const x = [QRCode, process.cwd(), Buffer.from('x')];";
    const errors = diagnostics('tsconfig.pages.json', 'renderer/kiosk/probe.ts', bad);
    expect(errors.join('\n')).toMatch(/'process'/);
    expect(errors.join('\n')).toMatch(/'Buffer'/);
  });

  it('hub: Node, no DOM, no Electron', () => {
    const fine = "import { join } from 'node:path'; export const x = [join, process.pid, Buffer.from('x')];";
    expect(diagnostics('tsconfig.hub.json', 'electron/hub/probe.ts', fine)).toEqual([]);
    const bad = "import { app } from 'electron'; export const x = [app, window.innerWidth, document.title];";
    const errors = diagnostics('tsconfig.hub.json', 'electron/hub/probe.ts', bad).join('\n');
    expect(errors).toMatch(/no exported member 'app'/);
    expect(errors).toMatch(/'window'/);
    expect(errors).toMatch(/'document'/);
  });

  it('Electron main: Node and Electron, no DOM', () => {
    const fine = "import { app } from 'electron'; import { join } from 'node:path'; export const x = [app, join];";
    expect(diagnostics('tsconfig.electron.json', 'electron/probe.ts', fine)).toEqual([]);
    expect(diagnostics('tsconfig.electron.json', 'electron/probe.ts', 'export const x = document.body;')).toHaveLength(
      1,
    );
  });

  it('preload: contextBridge, ipcRenderer, the DOM and process.argv; no Node modules or globals', () => {
    const fine =
      "import { contextBridge, ipcRenderer } from 'electron'; " +
      "contextBridge.exposeInMainWorld('x', { a: process.argv, b: ipcRenderer, c: window.name });";
    expect(diagnostics('tsconfig.preload.json', 'electron/preload.ts', fine)).toEqual([]);
    const bad = "import { shell } from 'electron'; export const x = [shell, Buffer.from('x'), require('fs')];";
    const errors = diagnostics('tsconfig.preload.json', 'electron/preload.ts', bad).join('\n');
    expect(errors).toMatch(/no exported member 'shell'/);
    expect(errors).toMatch(/'Buffer'/);
    expect(errors).toMatch(/'require'/);
  });

  it('shared: neither the DOM nor Node', () => {
    expect(diagnostics('tsconfig.shared.json', 'shared/probe.ts', 'export const t = setTimeout(() => 1, 1);')).toEqual(
      [],
    );
    const errors = diagnostics('tsconfig.shared.json', 'shared/probe.ts', 'export const x = [window, process];');
    expect(errors).toHaveLength(2);
  });
});
