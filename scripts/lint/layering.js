// Local ESLint rule enforcing the layering of DESIGN.md:
//   shared   imports nothing of ours, and no Node or Electron
//   web      (page code shared by kiosk, console and display) imports shared only
//   renderer imports shared and web     display imports shared and web
//   electron/hub imports shared only (it must run without Electron)
//   electron (shell) imports shared and electron/hub
// scripts/ and tests/ may import anything.
import path from 'node:path';
import { builtinModules } from 'node:module';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const NODE = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

/** Which layer a file belongs to, or null when the rule does not apply. */
export function layerOf(file) {
  const rel = path.relative(ROOT, file).split(path.sep).join('/');
  if (rel.startsWith('shared/')) return 'shared';
  if (rel.startsWith('web/')) return 'web';
  if (rel.startsWith('renderer/')) return 'renderer';
  if (rel.startsWith('display/')) return 'display';
  if (rel.startsWith('electron/hub/')) return 'hub';
  if (rel.startsWith('electron/')) return 'shell';
  return null;
}

const ALLOWED = {
  shared: ['shared'],
  web: ['shared', 'web'],
  renderer: ['shared', 'web', 'renderer'],
  display: ['shared', 'web', 'display'],
  hub: ['shared', 'hub'],
  shell: ['shared', 'hub', 'shell'],
};
// Packages that only belong on one side of the fence.
const NODE_ONLY = ['better-sqlite3', 'socket.io', 'pino', 'pino-roll', 'electron'];
// The national division data stays on the hub: pages get their hall's districts from the site record.
const HUB_DATA = ['@vant/area-data'];
const BANNED_PACKAGES = {
  shared: [...NODE_ONLY, ...HUB_DATA, 'react', 'react-dom'],
  web: [...NODE_ONLY, ...HUB_DATA],
  renderer: [...NODE_ONLY, ...HUB_DATA],
  display: [...NODE_ONLY, ...HUB_DATA],
  hub: ['electron', 'react', 'react-dom'],
  shell: ['react', 'react-dom'],
};
const NODE_FORBIDDEN = new Set(['shared', 'web', 'renderer', 'display']);

const rule = {
  meta: { type: 'problem', docs: { description: 'Enforce the layering of DESIGN.md' }, schema: [] },
  create(context) {
    const from = layerOf(context.filename);
    if (!from) return {};
    function check(node, source) {
      if (typeof source !== 'string') return;
      if (source.startsWith('.')) {
        const target = layerOf(path.resolve(path.dirname(context.filename), source));
        if (target && !ALLOWED[from].includes(target)) {
          context.report({ node, message: `${from} may not import from ${target} (see DESIGN.md, Process model)` });
        }
        return;
      }
      const pkg = source.startsWith('@') ? source.split('/').slice(0, 2).join('/') : source.split('/')[0];
      if (NODE_FORBIDDEN.has(from) && NODE.has(source)) {
        context.report({ node, message: `${from} runs without Node: '${source}' is not allowed here` });
      } else if (BANNED_PACKAGES[from].includes(pkg)) {
        context.report({ node, message: `'${pkg}' does not belong in ${from}` });
      }
    }
    return {
      ImportDeclaration: (n) => check(n, n.source.value),
      ExportAllDeclaration: (n) => check(n, n.source.value),
      ExportNamedDeclaration: (n) => n.source && check(n, n.source.value),
      ImportExpression: (n) => n.source.type === 'Literal' && check(n, n.source.value),
    };
  },
};

export default { rules: { layering: rule } };
