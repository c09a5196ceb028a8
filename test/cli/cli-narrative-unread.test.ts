/**
 * A sheet titled 情况说明 that cannot be read as one (no 「二、…总体情况」 heading) is listed by the CLI as a 提示
 * naming the sheet, the status says it is 未核对, and the exit code is 4 (not complete), never 0.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { seedWorkbook } from '../fixtures/seed-workbooks';
import { seedNarrative } from '../seeds/seed-narrative';

const dir = mkdtempSync(join(tmpdir(), 'bd-narrative-unread-'));
async function run(args: string[]) {
  const out: string[] = [];
  const code = await main(args, { out: (s) => out.push(s), err: (s) => out.push(s) });
  return { code, out: out.join('\n') };
}

it.each([
  ['二、 heading removed', (ls: string[]) => ls.filter((l) => !/^二、.*总体情况/.test(l.trim())), 4],
  ['full 说明', (ls: string[]) => ls, null],
] as const)('seed 001 with a 说明 sheet, %s', async (name, edit, code) => {
  const wb = seedWorkbook('001');
  const ws = wb.addWorksheet('情况说明');
  for (const l of edit(seedNarrative('001').split('\n'))) ws.addRow([l]);
  const file = join(dir, `${name}.xlsx`);
  await wb.xlsx.writeFile(file);
  const r = await run(['check', file]);
  const said = r.out.split('\n').filter((l) => l.includes('像是情况说明'));
  if (code === null) {
    expect(said).toHaveLength(0);
    return;
  }
  expect(r.code).toBe(code);
  expect(said.some((l) => l.includes('工作表“情况说明”像是情况说明，但没有找到“二、…总体情况”等标题，未核对'))).toBe(true);
  expect(r.out).toMatch(/尚不能报送：.*工作表“情况说明”像是情况说明但未能读取/);
});
