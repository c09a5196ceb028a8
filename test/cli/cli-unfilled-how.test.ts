/**
 * An unfilled table that is printed empty when there is no such budget (政府性基金, 国有资本经营: their template has a
 * 空表列示 注) says how to declare it, in the CLI line and the status; the other tables only say they are not filled.
 * Before, a preparer without 政府性基金 whose 注 was missing was told 「尚未填写」 and nothing else.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { seedWorkbook } from '../fixtures/seed-workbooks';

const dir = mkdtempSync(join(tmpdir(), 'bd-unfilled-how-'));
async function run(args: string[]) {
  const out: string[] = [];
  const code = await main(args, { out: (s) => out.push(s), err: (s) => out.push(s) });
  return { code, out: out.join('\n') };
}

/** Every amount and 注 of the sheet's body (row 6 on) blanked: the table as inserted, with no 注. */
function blank(wb: ExcelJS.Workbook, sheet: string): void {
  const ws = wb.getWorksheet(sheet)!;
  ws.eachRow((row, r) => {
    if (r < 6) return;
    row.eachCell((cell) => {
      if (typeof cell.value === 'number' || /^注/.test(String(cell.value))) cell.value = null;
    });
  });
}

const HOW = /（如没有此项预算，请在表下注明“注：无(.+?)预算，空表列示。”）/;
it.each([
  { sheet: '部门预算政府基金预算财政拨款支出表', name: '政府基金预算财政拨款支出表', how: '政府基金预算财政拨款' },
  { sheet: '部门预算国有资本经营预算财政拨款支出表', name: '国有资本经营预算财政拨款支出表', how: '国有资本经营预算财政拨款' },
  { sheet: '部门预算支出总表', name: '支出总表', how: null },
  { sheet: '部门预算财政拨款“三公”经费支出表', name: '财政拨款“三公”经费支出表', how: null },
])('$name left empty without its 注', async ({ sheet, name, how }) => {
  const wb = seedWorkbook('003');
  blank(wb, sheet);
  const file = join(dir, `${name}.xlsx`);
  await wb.xlsx.writeFile(file);
  const r = await run(['check', file]);
  expect(r.code).toBe(4);
  const line = r.out.split('\n').find((l) => l.includes('[未填写]'))!;
  expect(line).toContain(`${name}尚未填写`);
  const status = r.out.split('\n').find((l) => /尚不能报送/.test(l))!;
  if (how) {
    expect(HOW.exec(line)?.[1]).toBe(how);
    expect(HOW.exec(status)?.[1]).toBe(how);
  } else {
    expect(line).not.toMatch(HOW);
    expect(status).not.toMatch(HOW);
  }
});
