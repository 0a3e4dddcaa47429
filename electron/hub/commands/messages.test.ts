// Every message a person sees comes from the error catalogue (shared/i18n/errors.ts): no command handler words
// an error itself, and every message key the schemas name exists in the catalogue.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorCatalogue } from '../../../shared/i18n/errors';

const here = new URL('.', import.meta.url).pathname;
const root = join(here, '../../..');

describe('one message system', () => {
  it('has no inline Chinese/English message in any command handler', () => {
    for (const file of readdirSync(here).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
      const text = readFileSync(join(here, file), 'utf8');
      expect([file, /\bzh\s*:\s*['"`]/.test(text)]).toEqual([file, false]);
    }
  });

  it('names only catalogue keys in the schemas', () => {
    for (const file of ['shared/domain/schemas.ts', 'shared/protocol/commands.ts']) {
      const text = readFileSync(join(root, file), 'utf8');
      const keys = [...text.matchAll(/error:\s*'(\w+)'/g)].map((m) => m[1]!);
      expect(keys.length).toBeGreaterThan(0);
      for (const key of keys) expect([file, key, key in errorCatalogue.zh.messages]).toEqual([file, key, true]);
    }
  });
});
