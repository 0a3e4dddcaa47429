// Runs @doyensec/electronegativity on the station shell (electron/, without electron/hub/, which is plain Node),
// prints the findings and their count by severity, and exits non-zero on any HIGH finding.
// The online AvailableSecurityFixesGlobalCheck is excluded (no network in CI).
// Usage: node electron/electronegativity.mjs [--verbose]
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, '..');
const input = path.join(root, 'electron');
const hubDir = path.join(input, 'hub') + path.sep;
const verbose = process.argv.includes('--verbose');

// Scope the scan: electronegativity takes one directory; drop the hub's files (and unit tests, which are not shipped)
// from its file list after it is read.
const loader = require('@doyensec/electronegativity/dist/loader');
const load = loader.LoaderDirectory.prototype.load;
loader.LoaderDirectory.prototype.load = async function scopedLoad(dir) {
  await load.call(this, dir);
  for (const file of [...this._loaded]) {
    if (file.startsWith(hubDir) || /\.test\.[cm]?[jt]sx?$/.test(file)) this._loaded.delete(file);
  }
};
const run = require('@doyensec/electronegativity');

// The tool fetches fresh translations from the network and logs when it cannot; keep the output quiet and offline.
const log = console.log;
console.log = (...args) => {
  if (typeof args[0] === 'string' && args[0].startsWith('Could not retrieve updated translations')) return;
  log(...args);
};
process.env.LANG = 'en-US';

const electronVersion = require('electron/package.json').version;
const result = await run({
  input,
  output: undefined,
  isSarif: false,
  customScan: [],
  excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
  severitySet: undefined,
  confidenceSet: undefined,
  isRelative: true,
  isVerbose: verbose,
  electronUpgrade: undefined,
  electronVersionOverride: electronVersion,
  parserPlugins: [],
});
console.log = log;

const bySeverity = {};
for (const issue of result.issues) {
  const sev = issue.severity.name;
  bySeverity[sev] = (bySeverity[sev] ?? 0) + 1;
  const where = issue.file === 'N/A' ? '(global)' : `${issue.file}:${issue.location.line}:${issue.location.column}`;
  console.log(
    `${sev.padEnd(13)} ${issue.confidence.name.padEnd(9)} ${issue.id.padEnd(36)} ${where}${issue.manualReview ? '  [review]' : ''}`,
  );
  if (verbose) console.log(`    ${issue.description}`);
}
for (const e of result.errors)
  console.log(`parse ${e.tolerable ? 'warning' : 'error'}: ${path.relative(root, e.file)}: ${e.message}`);
const summary = ['HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL'].map((s) => `${s} ${bySeverity[s] ?? 0}`).join(', ');
console.log(
  `electronegativity (Electron ${electronVersion}, ${result.globalChecks + result.atomicChecks} checks): ` +
    `${result.issues.length} findings — ${summary}`,
);
const fatal = result.errors.filter((e) => !e.tolerable).length;
if ((bySeverity.HIGH ?? 0) > 0 || fatal > 0) {
  console.error(fatal ? `${fatal} file(s) could not be parsed` : 'HIGH findings: failing');
  process.exit(1);
}
