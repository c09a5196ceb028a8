/** budget-disclosure insert: writes the file, never modifies --into, and answers bad input with one line and exit 2. */
import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';

const dir = mkdtempSync(join(tmpdir(), 'bd-cli-'));

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out, err };
}

const base = ['--edition', '2023', '--level', '部门', '--code', '225', '--name', '测试部门'];

it('insert writes the nine tables', async () => {
  const out = join(dir, 'a.xlsx');
  const r = await run(['insert', ...base, '--out', out]);
  expect(r.code).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  expect(wb.worksheets).toHaveLength(9);
  expect(wb.worksheets[0]!.getCell('A2').value).toBe('225测试部门');
});

it('insert --into copies the existing workbook and leaves the original file unchanged', async () => {
  const src = join(dir, 'src.xlsx');
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('部门预算收支总表').getCell('A1').value = '我的数据';
  await wb.xlsx.writeFile(src);
  const bytes = readFileSync(src);
  const out = join(dir, 'b.xlsx');
  const r = await run(['insert', ...base, '--tables', 'T1', '--into', src, '--out', out]);
  expect(r.code).toBe(0);
  expect(readFileSync(src).equals(bytes)).toBe(true);
  const back = new ExcelJS.Workbook();
  await back.xlsx.readFile(out);
  expect(back.worksheets.map((w) => w.name)).toEqual(['部门预算收支总表', '部门预算收支总表(2)']);
  expect(back.worksheets[0]!.getCell('A1').value).toBe('我的数据');
});

it.each([
  [['insert', '--edition', '2023'], /缺少参数/],
  [['insert', ...base.slice(0, 4), '--code', '22', '--name', 'x', '--out', '/tmp/x.xlsx'], /部门编码应为3位数字/],
  [['insert', ...base, '--out', '/tmp/x.xlsx', '--tables', 'T1,X9'], /未知表/],
  [['insert', ...base, '--out', '/tmp/x.xlsx', '--wat'], /参数错误/],
  [['frobnicate'], /未知命令/],
  [['insert', '--edition', '1999', '--level', '部门', '--code', '225', '--name', 'x', '--out', '/tmp/x.xlsx'], /未知版式/],
])('bad input %j → exit 2 with one line', async (args, msg) => {
  const r = await run(args as string[]);
  expect(r.code).toBe(2);
  expect(r.err).toHaveLength(1);
  expect(r.err[0]).toMatch(msg);
});

it('an unreadable --into file → exit 2 naming the file', async () => {
  const bad = join(dir, 'bad.xlsx');
  writeFileSync(bad, 'not a zip');
  const r = await run(['insert', ...base, '--into', bad, '--out', join(dir, 'c.xlsx')]);
  expect(r.code).toBe(2);
  expect(r.err[0]).toContain('bad.xlsx');
});
