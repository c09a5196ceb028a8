/**
 * Exit 3 is for a real bug only, and even then the findings already computed are printed: a reader that throws a
 * TypeError on one workbook (simulated) gives exit 3, a 内部错误 line naming that file, and the JSON of the others.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { seedWorkbook } from '../fixtures/seed-workbooks';

// `check` without a marked copy reads through loadSnapshot (the snapshot made from the parsed model).
jest.mock('../../src/xlsx/files', () => {
  const actual = jest.requireActual('../../src/xlsx/files');
  return {
    ...actual,
    loadSnapshot: (path: string) => {
      if (path.endsWith('b.xlsx')) throw new TypeError("Cannot read properties of undefined (reading 'x')");
      return actual.loadSnapshot(path);
    },
  };
});

it('a bug in one file: exit 3, the others still reported', async () => {
  const d = mkdtempSync(join(tmpdir(), 'bd-bug-'));
  mkdirSync(join(d, 'in'));
  await seedWorkbook('001').xlsx.writeFile(join(d, 'in', 'a.xlsx'));
  await seedWorkbook('003').xlsx.writeFile(join(d, 'in', 'b.xlsx'));
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(['check', join(d, 'in'), '--json'], { out: (s) => out.push(s), err: (s) => err.push(s) });
  expect(code).toBe(3);
  expect(err.join('\n')).toMatch(/内部错误.*b\.xlsx/);
  const reports = JSON.parse(out.join('\n'));
  expect(reports).toHaveLength(2);
  expect(reports[0]).toMatchObject({ tables: 9 });
  expect(reports[0].findings).toHaveLength(17);
  expect(reports[1].error).toMatch(/内部错误/);
});
