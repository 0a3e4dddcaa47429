// The layering rule of DESIGN.md, tested with ESLint's RuleTester on files placed in each layer.
import { describe, it } from 'vitest';
import { RuleTester } from 'eslint';
import path from 'node:path';
import layering from './layering.js';

RuleTester.describe = describe;
RuleTester.it = it;
const tester = new RuleTester({ languageOptions: { ecmaVersion: 2022, sourceType: 'module' } });
const root = path.resolve(import.meta.dirname, '../..');
const at = (file: string) => path.join(root, file);

tester.run('layering', layering.rules.layering, {
  valid: [
    { filename: at('renderer/kiosk/App.tsx'), code: "import { COMMANDS } from '../../shared/protocol/commands';" },
    {
      filename: at('renderer/kiosk/App.tsx'),
      code: "import { useStation } from '../../web/station'; import React from 'react';",
    },
    { filename: at('display/src/main.tsx'), code: "import { createPageStation } from '../../web/station';" },
    {
      filename: at('web/station.ts'),
      code: "import { StationClient } from '../shared/station/client'; import { io } from 'socket.io-client';",
    },
    { filename: at('display/src/Board.tsx'), code: "import { formatPay } from '../../shared/domain/pay';" },
    {
      filename: at('electron/hub/hub.ts'),
      code: "import Database from 'better-sqlite3'; import { join } from 'node:path'; import { x } from '../../shared/errors';",
    },
    {
      filename: at('electron/main.ts'),
      code: "import { startHub } from './hub/server'; import { app } from 'electron';",
    },
    { filename: at('shared/domain/pay.ts'), code: "import { z } from 'zod'; import { TRADES } from './trades';" },
    {
      filename: at('scripts/bench/hub.ts'),
      code: "import { startHub } from '../../electron/hub/server'; import fs from 'node:fs';",
    },
  ],
  invalid: [
    { filename: at('shared/domain/pay.ts'), code: "import fs from 'node:fs';", errors: 1 },
    { filename: at('shared/domain/pay.ts'), code: "import { x } from '../../renderer/kiosk/App';", errors: 1 },
    { filename: at('shared/domain/pay.ts'), code: "import React from 'react';", errors: 1 },
    { filename: at('renderer/kiosk/App.tsx'), code: "import { Board } from '../../display/src/Board';", errors: 1 },
    { filename: at('renderer/kiosk/App.tsx'), code: "import { hub } from '../../electron/hub/hub';", errors: 1 },
    { filename: at('renderer/kiosk/App.tsx'), code: "import { ipcRenderer } from 'electron';", errors: 1 },
    { filename: at('display/src/Board.tsx'), code: "import path from 'path';", errors: 1 },
    { filename: at('display/src/Board.tsx'), code: "const m = import('../../renderer/kiosk/App');", errors: 1 },
    { filename: at('electron/hub/hub.ts'), code: "import { app } from 'electron';", errors: 1 },
    { filename: at('electron/hub/hub.ts'), code: "import { createWindow } from '../windows';", errors: 1 },
    { filename: at('electron/hub/hub.ts'), code: "export * from '../../renderer/kiosk/App';", errors: 1 },
    { filename: at('shared/station/client.ts'), code: "import { pageBridge } from '../../web/bridge';", errors: 1 },
    { filename: at('web/station.ts'), code: "import { App } from '../renderer/staff/App';", errors: 1 },
    { filename: at('web/station.ts'), code: "import { Board } from '../display/src/Board';", errors: 1 },
    { filename: at('web/station.ts'), code: "import { hub } from '../electron/hub/hub';", errors: 1 },
    { filename: at('web/bridge.ts'), code: "import { ipcRenderer } from 'electron';", errors: 1 },
    { filename: at('web/bridge.ts'), code: "import fs from 'node:fs';", errors: 1 },
  ],
});
