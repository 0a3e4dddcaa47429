// Build the pages once before the end-to-end tests (they are served by a real hub from dist/).
// GIGHALL_SKIP_BUILD=1 reuses an existing dist/; GIGHALL_PAGES=display builds only that page.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export default function setup(): void {
  if (process.env.GIGHALL_SKIP_BUILD === '1' && existsSync('dist')) return;
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], {
    stdio: 'inherit',
  });
}
