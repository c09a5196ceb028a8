/**
 * Golden files: compared, never written by a plain test run. A missing golden fails; UPDATE_GOLDENS=1 writes the
 * fresh text (then review the diff and commit it).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** The golden's stored text (after writing `fresh` when UPDATE_GOLDENS is set); throws when it is missing. */
export function readGolden(path: string, fresh: string): string {
  if (process.env.UPDATE_GOLDENS) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, fresh);
  }
  if (!existsSync(path)) throw new Error(`golden ${path} is missing: run the test with UPDATE_GOLDENS=1, review the file and commit it`);
  return readFileSync(path, 'utf8');
}
