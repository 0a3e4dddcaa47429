// The layering rule of docs/architecture.md, tested with ESLint's RuleTester on files placed in each layer: our
// imports, npm packages by where they may run (an unclassified one is an error), Node built-ins, and the globals
// of each runtime. The dependency table is checked against package.json.
import { describe, expect, it } from 'vitest';
import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import layering, { layerOf } from './layering.js';
import { DEPENDENCIES } from './dependencies.js';

RuleTester.describe = describe;
RuleTester.it = it;
const tester = new RuleTester({
  languageOptions: { parser: tseslint.parser, ecmaVersion: 2022, sourceType: 'module' },
});
const root = path.resolve(import.meta.dirname, '../..');
const at = (file: string) => path.join(root, file);

const KIOSK = at('renderer/kiosk/KioskApp.tsx');
const BOARD = at('display/src/DisplayApp.tsx');
const WEB = at('web/station.ts');
const HUB = at('electron/hub/hub.ts');
const MAIN = at('electron/main.ts');
const PRELOAD = at('electron/preload.ts');
const SHARED = at('shared/domain/pay.ts');
const CITY = at('city/ingest.ts');

tester.run('layering', layering.rules.layering, {
  valid: [
    // Our layers, each importing what it may.
    { filename: KIOSK, code: "import { COMMANDS } from '../../shared/protocol/commands';" },
    { filename: KIOSK, code: "import { useStation } from '../common/station'; import React from 'react';" },
    { filename: KIOSK, code: "import { hubAddress } from '../../web/hub-address';" },
    { filename: at('display/src/main.tsx'), code: "import { createPageStation } from '../../web/station';" },
    { filename: HUB, code: "import areas from '@vant/area-data';" },
    { filename: SHARED, code: "import { sha256 } from '@noble/hashes/sha2.js';" },
    {
      filename: BOARD,
      code: "import { formatPay } from '../../shared/domain/pay'; import { t } from '../../web/i18n';",
    },
    {
      filename: WEB,
      code: "import { StationClient } from '../shared/station/client'; import { io } from 'socket.io-client';",
    },
    {
      filename: HUB,
      code: "import Database from 'better-sqlite3'; import { join } from 'node:path'; import { x } from '../../shared/errors';",
    },
    {
      filename: MAIN,
      code: "import { startHub } from './hub/server'; import { app } from 'electron'; import { Bonjour } from 'bonjour-service';",
    },
    {
      filename: SHARED,
      code: "import { z } from 'zod'; import { TRADES } from './trades'; import { pinyin } from 'pinyin-pro';",
    },
    {
      filename: CITY,
      code: "import { z } from 'zod'; import pino from 'pino'; import { Change } from '../shared/protocol/events';",
    },
    // Contract types from shared/ reach every layer, the preload included; a package's types may cross runtimes.
    {
      filename: PRELOAD,
      code: "import { contextBridge, ipcRenderer } from 'electron'; import type { GigHallApi } from '../shared/ipc';",
    },
    { filename: PRELOAD, code: "import { decodeStationArg } from '../shared/ipc/contract';" },
    { filename: SHARED, code: "import type { Socket } from 'socket.io-client';" },
    // Runtime globals that exist where the file runs.
    { filename: KIOSK, code: 'window.addEventListener("x", () => localStorage.getItem("k")); document.title = "";' },
    { filename: HUB, code: 'process.on("exit", () => Buffer.from("x")); setImmediate(() => undefined);' },
    { filename: PRELOAD, code: 'const argv = process.argv; window.addEventListener("load", () => argv);' },
    {
      filename: SHARED,
      code: 'const t = setTimeout(() => undefined, 1); clearTimeout(t); console.log(new URL("http://x"));',
    },
    { filename: SHARED, code: 'let window = 1; window++; function f(process: number) { return process; }' },
    // Test files: tools packages and tests/helpers/, and the module they test.
    {
      filename: at('renderer/kiosk/KioskApp.test.tsx'),
      code: "import { render } from '@testing-library/react'; import { renderKiosk } from '../../tests/helpers/kiosk';",
    },
    { filename: at('electron/preload.test.ts'), code: "import { describe } from 'vitest'; import './preload';" },
    { filename: at('electron/hub/store/db.test.ts'), code: "import { mkdtempSync } from 'node:fs';" },
    // A test runs under Vitest in Node: it may play another machine's time zone.
    { filename: at('shared/rules/hallTime.test.ts'), code: "process.env.TZ = 'America/New_York';" },
    // scripts/, tests/ and the root config files may import anything.
    {
      filename: at('scripts/bench/hub.ts'),
      code: "import { startHub } from '../../electron/hub/server'; import fs from 'node:fs'; import { chromium } from 'playwright-core';",
    },
    {
      filename: at('tests/e2e/kiosk.test.ts'),
      code: "import { KioskApp } from '../../renderer/kiosk/KioskApp'; window.print(); process.exit(0);",
    },
    {
      filename: at('vite.config.ts'),
      code: "import { defineConfig } from 'vite'; import { resolve } from 'node:path';",
    },
    { filename: at('electron/build.mjs'), code: "import { build } from 'esbuild';" },
    // Files outside every layer are not checked.
    { filename: at('docs/example.ts'), code: "import x from 'left-pad';" },
  ],
  invalid: [
    // The probes: a page importing a Node package and using Node globals; the hub using browser globals.
    {
      filename: KIOSK,
      code: "import { Bonjour } from 'bonjour-service';",
      errors: [{ message: /'bonjour-service' runs in node/ }],
    },
    {
      filename: KIOSK,
      code: 'const dir = process.cwd(); const b = Buffer.from(dir);',
      errors: [{ message: /global 'process'/ }, { message: /global 'Buffer'/ }],
    },
    {
      filename: HUB,
      code: 'const w = window.innerWidth; localStorage.setItem("w", String(w));',
      errors: [{ message: /global 'window'/ }, { message: /global 'localStorage'/ }],
    },
    // The same probes hold when ESLint is told the other runtime's globals exist (as a wrong config might).
    {
      filename: HUB,
      code: 'document.title = "x"; navigator.language;',
      languageOptions: { globals: { ...globals.browser } },
      errors: [{ message: /global 'document'/ }, { message: /global 'navigator'/ }],
    },
    { filename: BOARD, code: 'require("fs");', languageOptions: { globals: { ...globals.node } }, errors: 2 },
    // An unclassified package is an error wherever it is imported.
    { filename: KIOSK, code: "import leftPad from 'left-pad';", errors: [{ message: /'left-pad' is not classified/ }] },
    {
      filename: at('scripts/bench/hub.ts'),
      code: "import x from '@acme/widgets/sub';",
      errors: [{ message: /'@acme\/widgets' is not classified/ }],
    },
    { filename: SHARED, code: "import type { X } from 'left-pad';", errors: [{ message: /not classified/ }] },
    // shared/ runs anywhere: no Node, no DOM, nothing of ours, no page or Node packages.
    { filename: SHARED, code: "import fs from 'node:fs';", errors: 1 },
    { filename: SHARED, code: "import { x } from '../../renderer/common/station';", errors: 1 },
    { filename: SHARED, code: "import { x } from '../../web/station';", errors: 1 },
    { filename: SHARED, code: "import React from 'react';", errors: 1 },
    { filename: SHARED, code: "import { io } from 'socket.io-client';", errors: 1 },
    { filename: SHARED, code: 'window.alert("x"); process.exit(1);', errors: 2 },
    { filename: SHARED, code: "import type { Server } from 'node:http';", errors: 1 },
    // Pages: no Node, no Electron, no other page's code, no hub.
    { filename: KIOSK, code: "import { Board } from '../../display/src/Board';", errors: 1 },
    { filename: KIOSK, code: "import { hub } from '../../electron/hub/hub';", errors: 1 },
    {
      filename: KIOSK,
      code: "import type { Hub } from '../../electron/hub/hub';",
      errors: [{ message: /even types/ }],
    },
    { filename: KIOSK, code: "import { ipcRenderer } from 'electron';", errors: 1 },
    { filename: KIOSK, code: "import Database from 'better-sqlite3';", errors: 1 },
    { filename: KIOSK, code: "import { renderKiosk } from '../../tests/helpers/kiosk';", errors: 1 },
    { filename: BOARD, code: "import path from 'path';", errors: 1 },
    { filename: BOARD, code: "const m = import('../../renderer/kiosk/App');", errors: 1 },
    { filename: WEB, code: "import { KioskApp } from '../renderer/kiosk/KioskApp';", errors: 1 },
    { filename: WEB, code: "import { readFileSync } from 'node:fs';", errors: 1 },
    { filename: WEB, code: "import { App } from '../renderer/staff/App';", errors: 1 },
    { filename: WEB, code: "import { hub } from '../electron/hub/hub';", errors: 1 },
    { filename: at('web/bridge.ts'), code: "import { ipcRenderer } from 'electron';", errors: 1 },
    { filename: at('shared/station/client.ts'), code: "import { pageBridge } from '../../web/bridge';", errors: 1 },
    // The national division data stays on the hub: pages get their hall's districts from the site record.
    { filename: KIOSK, code: "import areas from '@vant/area-data';", errors: 1 },
    { filename: SHARED, code: "import areas from '@vant/area-data';", errors: 1 },
    { filename: at('renderer/kiosk/KioskApp.test.tsx'), code: "import { readFileSync } from 'node:fs';", errors: 1 },
    // The hub runs without Electron and without a DOM.
    { filename: HUB, code: "import { app } from 'electron';", errors: 1 },
    { filename: HUB, code: "import { createWindow } from '../windows';", errors: 1 },
    { filename: HUB, code: "export * from '../../renderer/common/station';", errors: 1 },
    { filename: HUB, code: "import React from 'react';", errors: 1 },
    { filename: HUB, code: "import { chromium } from 'playwright-core';", errors: 1 },
    // The main process: no page code, no page packages.
    { filename: MAIN, code: "import { KioskApp } from '../renderer/kiosk/KioskApp';", errors: 1 },
    { filename: MAIN, code: "import { createRoot } from 'react-dom/client';", errors: 1 },
    // The sandboxed preload: contextBridge and ipcRenderer from Electron, shared/ contracts, nothing else.
    {
      filename: PRELOAD,
      code: "import { contextBridge, shell } from 'electron';",
      errors: [{ message: /only contextBridge and ipcRenderer/ }],
    },
    { filename: PRELOAD, code: "import electron from 'electron';", errors: 1 },
    { filename: PRELOAD, code: "import { readFileSync } from 'node:fs';", errors: 1 },
    { filename: PRELOAD, code: "import { z } from 'zod';", errors: 1 },
    { filename: PRELOAD, code: "import { createWindow } from './windows';", errors: 1 },
    { filename: PRELOAD, code: 'const fs = require("fs");', errors: 2 },
    { filename: PRELOAD, code: 'Buffer.from("x");', errors: 1 },
    // city/ is its own Node service beside the hub: shared only.
    { filename: CITY, code: "import { startHub } from '../electron/hub/server';", errors: 1 },
    { filename: CITY, code: 'document.body;', errors: 1 },
    // Non-test code never leans on test tools.
    { filename: HUB, code: "import { describe } from 'vitest';", errors: 1 },
    { filename: KIOSK, code: "import { render } from '@testing-library/react';", errors: 1 },
  ],
});

describe('layers and the dependency table', () => {
  it('classifies exactly the packages package.json declares', () => {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
      devDependencies: Record<string, string>;
    };
    const declared = [...Object.keys(pkg.dependencies), ...Object.keys(pkg.devDependencies)].sort();
    expect(Object.keys(DEPENDENCIES).sort()).toEqual(declared);
  });

  it('puts each folder in its layer', () => {
    expect(
      [
        'shared/domain/pay.ts',
        'web/bridge.ts',
        'renderer/staff/App.tsx',
        'display/src/main.tsx',
        'electron/hub/server.ts',
        'electron/main.ts',
        'electron/preload.ts',
        'electron/build.mjs',
        'city/server.ts',
        'scripts/start.mjs',
        'tests/helpers/hub.ts',
        'vitest.config.ts',
        'docs/x.ts',
      ].map((f) => layerOf(at(f))),
    ).toEqual([
      'shared',
      'web',
      'renderer',
      'display',
      'hub',
      'main',
      'preload',
      'scripts',
      'city',
      'scripts',
      'tests',
      'scripts',
      null,
    ]);
  });
});
