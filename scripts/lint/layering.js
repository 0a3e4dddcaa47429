// Local ESLint rule that keeps the layering of docs/architecture.md: which folder may import which, which npm
// packages and Node built-ins each runtime may load, and which runtime globals it may touch. The per-runtime
// tsconfig files check the same fences with the compiler; this rule gives the clearer message.
//
//   layer     runs in                    may import (ours)              packages (dependencies.js)
//   shared    anywhere                   shared                         anywhere
//   web       pages (DOM)                shared, web                    anywhere, pages
//   renderer  pages (DOM)                shared, web, renderer          anywhere, pages
//   display   pages (DOM)                shared, web, display           anywhere, pages
//   hub       Node                       shared, hub                    anywhere, node
//   main      Node + Electron            shared, hub, main              anywhere, node, electron
//   preload   sandboxed preload          shared                         electron (contextBridge, ipcRenderer)
//   city      Node                       shared, city                   anywhere, node
//   scripts   Node (also root configs)   anything                       anything
//   tests     Node, driving browsers     anything                       anything
// A test file (*.test.ts[x]) beside its module keeps its layer's import fences, and may also use the tools
// packages, tests/helpers/, the module it tests, and Node's globals (it runs under Vitest in Node). Contract types
// (the socket protocol, the IPC bridge) live in shared/, which every layer may import. A package's types may be
// imported anywhere (`import type` does not run), but the package must still be classified. Node built-ins stay in
// Node layers, even as types.
import path from 'node:path';
import { builtinModules } from 'node:module';
import globals from 'globals';
import { DEPENDENCIES } from './dependencies.js';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const NODE_BUILTINS = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
const TEST_FILE = /\.test\.[cm]?[jt]sx?$/;

/** Which layer a file belongs to, or null when the rule does not apply (docs, assets). */
export function layerOf(file) {
  const rel = path.relative(ROOT, file).split(path.sep).join('/');
  if (rel.startsWith('..')) return null;
  const bare = rel.replace(/\.[cm]?[jt]sx?$/, ''); // an import names a module without its extension
  if (rel.startsWith('shared/')) return 'shared';
  if (rel.startsWith('web/')) return 'web';
  if (rel.startsWith('renderer/')) return 'renderer';
  if (rel.startsWith('display/')) return 'display';
  if (rel.startsWith('electron/hub/')) return 'hub';
  if (bare === 'electron/preload' || rel.startsWith('electron/preload/')) return 'preload';
  // Build tools that happen to sit beside the shell (electron/build.mjs, electron/electronegativity.mjs).
  if (/^electron\/[^/]+\.mjs$/.test(rel)) return 'scripts';
  if (rel.startsWith('electron/')) return 'main';
  if (rel.startsWith('city/')) return 'city';
  if (rel.startsWith('scripts/')) return 'scripts';
  if (rel.startsWith('tests/')) return 'tests';
  if (!rel.includes('/')) return 'scripts'; // vite.config.ts, vitest.config.ts, eslint.config.js
  return null;
}

const ALL_LAYERS = ['shared', 'web', 'renderer', 'display', 'hub', 'main', 'preload', 'city', 'scripts', 'tests'];
const ALL_PLACES = ['anywhere', 'pages', 'node', 'electron', 'tools'];

/** Per layer: the layers it may import, the package places it may load, its runtime. */
export const LAYERS = {
  shared: { imports: ['shared'], places: ['anywhere'], runtime: 'anywhere' },
  web: { imports: ['shared', 'web'], places: ['anywhere', 'pages'], runtime: 'pages' },
  renderer: { imports: ['shared', 'web', 'renderer'], places: ['anywhere', 'pages'], runtime: 'pages' },
  display: { imports: ['shared', 'web', 'display'], places: ['anywhere', 'pages'], runtime: 'pages' },
  hub: { imports: ['shared', 'hub'], places: ['anywhere', 'node'], runtime: 'node' },
  main: { imports: ['shared', 'hub', 'main'], places: ['anywhere', 'node', 'electron'], runtime: 'node' },
  preload: { imports: ['shared'], places: ['electron'], runtime: 'preload' },
  city: { imports: ['shared', 'city'], places: ['anywhere', 'node'], runtime: 'node' },
  scripts: { imports: ALL_LAYERS, places: ALL_PLACES, runtime: 'any' },
  tests: { imports: ALL_LAYERS, places: ALL_PLACES, runtime: 'any' },
};

// What each runtime does not have. Node has no DOM; a page has no Node; shared/ runs in both and so has neither.
// Node 22 ships a `localStorage` and a `navigator` of its own; the hub must not lean on them either.
const BUILTIN = new Set(Object.keys(globals.builtin));
const BROWSER = new Set(Object.keys(globals.browser));
const NODE = new Set(Object.keys(globals.node));
const NODE_ONLY = [...NODE].filter((g) => !BROWSER.has(g) && !BUILTIN.has(g));
const BROWSER_ONLY = [
  ...[...BROWSER].filter((g) => !NODE.has(g) && !BUILTIN.has(g)),
  'localStorage',
  'sessionStorage',
  'navigator',
];
const FORBIDDEN_GLOBALS = {
  anywhere: new Set([...NODE_ONLY, ...BROWSER_ONLY]),
  pages: new Set(NODE_ONLY),
  node: new Set(BROWSER_ONLY),
  // A sandboxed preload has the DOM and a small `process` (argv, platform, versions), not require/Buffer/module.
  preload: new Set(NODE_ONLY.filter((g) => g !== 'process')),
  any: new Set(),
};
const NAMES = {
  shared: 'shared/',
  web: 'web/',
  renderer: 'renderer/',
  display: 'display/',
  hub: 'electron/hub/',
  main: 'the Electron main process (electron/)',
  preload: 'the preload (electron/preload.ts)',
  city: 'city/',
  scripts: 'scripts/',
  tests: 'tests/',
};
const RUNTIME_WORDS = {
  anywhere: 'runs anywhere (no DOM, no Node)',
  pages: 'runs in a page (DOM, no Node)',
  node: 'runs in Node (no DOM)',
  preload: 'runs in the sandboxed preload',
};
// The sandboxed preload gets these two from Electron and nothing else.
const PRELOAD_ELECTRON_API = new Set(['contextBridge', 'ipcRenderer']);

function packageOf(source) {
  const name = source.startsWith('@') ? source.split('/').slice(0, 2).join('/') : source.split('/')[0];
  return name;
}

/** An import that brings in types only: `import type`, `export type`, or every specifier marked `type`. */
function typeOnly(node) {
  if (node.importKind === 'type' || node.exportKind === 'type') return true;
  const specs = node.specifiers ?? [];
  return (
    specs.length > 0 &&
    specs.every((s) => s.importKind === 'type' || s.exportKind === 'type') &&
    node.type !== 'ImportExpression'
  );
}

const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'Keep the layering of docs/architecture.md: imports, packages and globals per runtime' },
    schema: [],
  },
  create(context) {
    const layer = layerOf(context.filename);
    if (!layer) return {};
    const spec = LAYERS[layer];
    const isTest = TEST_FILE.test(context.filename);
    const places = isTest ? [...spec.places, 'tools'] : spec.places;
    const where = `${NAMES[layer]}${isTest ? ' (a test)' : ''}`;

    function checkRelative(node, source, types) {
      const targetFile = path.resolve(path.dirname(context.filename), source);
      const target = layerOf(targetFile);
      if (!target || spec.imports.includes(target)) return;
      if (isTest && (target === 'tests' || testedModule(targetFile))) return;
      context.report({
        node,
        message:
          `${NAMES[layer]} may not import from ${NAMES[target]} ('${source}'${types ? ', even types' : ''}): ` +
          'see docs/architecture.md',
      });
    }

    /** A test may import the module it is named after (electron/preload.test.ts → ./preload). */
    function testedModule(targetFile) {
      const tested = context.filename.replace(TEST_FILE, '');
      return targetFile === tested || targetFile.replace(/\.[cm]?[jt]sx?$/, '') === tested;
    }

    function checkPackage(node, source, types) {
      if (NODE_BUILTINS.has(source)) {
        if (spec.runtime === 'node' || spec.runtime === 'any') return;
        context.report({ node, message: `${where} ${RUNTIME_WORDS[spec.runtime]}: Node's '${source}' is not allowed` });
        return;
      }
      const pkg = packageOf(source);
      const allowed = DEPENDENCIES[pkg];
      if (!allowed) {
        context.report({
          node,
          message: `'${pkg}' is not classified: add it to scripts/lint/dependencies.js with where it may run`,
        });
        return;
      }
      if (types) return;
      if (!allowed.some((p) => places.includes(p))) {
        context.report({
          node,
          message: `'${pkg}' runs in ${allowed.join('/')} and does not belong in ${where} (scripts/lint/dependencies.js)`,
        });
        return;
      }
      if (layer === 'preload' && pkg === 'electron') {
        for (const s of node.specifiers ?? []) {
          const name = s.type === 'ImportSpecifier' ? (s.imported.name ?? s.imported.value) : null;
          if (!name || !PRELOAD_ELECTRON_API.has(name))
            context.report({
              node: s,
              message: `the sandboxed preload uses only contextBridge and ipcRenderer from 'electron'`,
            });
        }
      }
    }

    function check(node, source) {
      if (typeof source !== 'string') return;
      const types = typeOnly(node);
      if (source.startsWith('.') || source.startsWith('/')) checkRelative(node, source, types);
      else checkPackage(node, source, types);
    }

    function checkGlobals(program) {
      // A test beside its module runs under Vitest in Node: it may set process.env.TZ to play another machine.
      const forbidden = isTest
        ? new Set([...FORBIDDEN_GLOBALS[spec.runtime]].filter((g) => !NODE_ONLY.includes(g)))
        : FORBIDDEN_GLOBALS[spec.runtime];
      if (!forbidden.size) return;
      const scope = context.sourceCode.getScope(program);
      const refs = [
        ...scope.through,
        ...scope.variables.filter((v) => v.defs.length === 0).flatMap((v) => v.references),
      ];
      const seen = new Set();
      for (const ref of refs) {
        const name = ref.identifier.name;
        if (ref.isTypeReference || !forbidden.has(name) || seen.has(ref.identifier)) continue;
        seen.add(ref.identifier);
        context.report({
          node: ref.identifier,
          message: `${where} ${RUNTIME_WORDS[spec.runtime]}: the global '${name}' is not there`,
        });
      }
    }

    return {
      ImportDeclaration: (n) => check(n, n.source.value),
      ExportAllDeclaration: (n) => check(n, n.source.value),
      ExportNamedDeclaration: (n) => n.source && check(n, n.source.value),
      ImportExpression: (n) => n.source.type === 'Literal' && check(n, n.source.value),
      CallExpression: (n) =>
        n.callee.type === 'Identifier' &&
        n.callee.name === 'require' &&
        n.arguments[0]?.type === 'Literal' &&
        check(n, n.arguments[0].value),
      'Program:exit': checkGlobals,
    };
  },
};

export default { rules: { layering: rule } };
