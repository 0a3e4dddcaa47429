// Halls run Windows, whose file system ignores case: `./postingForm` would resolve to `PostingForm.tsx` there.
// Fail when two tracked files in one folder have names (without extension) that differ only by case.
import { execFileSync } from 'node:child_process';

const files = execFileSync('git', ['ls-files'], { encoding: 'utf8' }).split('\n').filter(Boolean);
const seen = new Map();
const clashes = [];
for (const file of files) {
  const key = file.toLowerCase().replace(/\.[a-z0-9]+$/, '');
  const other = seen.get(key);
  if (other && other !== file && other.replace(/\.[^./]+$/, '') !== file.replace(/\.[^./]+$/, '')) {
    clashes.push(`${other}  ↔  ${file}`);
  }
  seen.set(key, file);
}
if (clashes.length) {
  console.error('File names that differ only by case (they collide on Windows):\n  ' + clashes.join('\n  '));
  process.exit(1);
}
console.log(`file names: ${files.length} checked, no case-only clashes`);
