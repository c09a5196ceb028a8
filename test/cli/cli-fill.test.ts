/** budget-disclosure fill: fills blank names into a copy, reports mismatches in JSON like check's, honours a user list. */
import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { seedWorkbook } from '../fixtures/seed-workbooks';

const dir = mkdtempSync(join(tmpdir(), 'bd-fill-'));
async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err };
}

it('fills blank names, reports a wrong one, never touches the input', async () => {
  const wb = seedWorkbook('000');
  const ws = wb.getWorksheet('部门预算支出总表')!;
  ws.getCell('C7').value = null; // 201 一般公共服务支出
  ws.getCell('C9').value = '行政运行费'; // 2013201
  const input = join(dir, 'in.xlsx');
  await wb.xlsx.writeFile(input);
  const bytes = readFileSync(input);
  const r = await run(['fill', input, '--out', join(dir, 'out.xlsx'), '--json']);
  expect(r.code).toBe(1);
  const [report] = JSON.parse(r.out);
  expect(report.filled).toEqual([{ sheet: '部门预算支出总表', cell: 'C7', code: '201', name: '一般公共服务支出' }]);
  expect(report.findings.map((f: { rule: string; cell: string; expected: string }) => [f.rule, f.cell, f.expected])).toContainEqual([
    'K-01',
    'C9',
    '行政运行',
  ]);
  expect(readFileSync(input).equals(bytes)).toBe(true);
  const back = new ExcelJS.Workbook();
  await back.xlsx.readFile(join(dir, 'out.xlsx'));
  expect(back.getWorksheet('部门预算支出总表')!.getCell('C7').value).toBe('一般公共服务支出');
  expect(back.getWorksheet('部门预算支出总表')!.getCell('C9').value).toBe('行政运行费');
});

it('a user code list takes precedence for its edition', async () => {
  const wb = seedWorkbook('000');
  wb.getWorksheet('部门预算支出总表')!.getCell('C7').value = null;
  const input = join(dir, 'in2.xlsx');
  await wb.xlsx.writeFile(input);
  writeFileSync(join(dir, 'codes.csv'), '科目编码,科目名称\n201,一般公共服务支出（本地）\n');
  const r = await run([
    'fill',
    input,
    '--out',
    join(dir, 'out2.xlsx'),
    '--json',
    '--codes',
    join(dir, 'codes.csv'),
    '--codes-year',
    '2023',
  ]);
  expect(JSON.parse(r.out)[0].filled[0].name).toBe('一般公共服务支出（本地）');
});

it('bad input → exit 2', async () => {
  expect((await run(['fill', join(dir, 'nope.xlsx'), '--out', join(dir, 'x.xlsx')])).code).toBe(2);
  expect((await run(['fill', join(dir, 'in.xlsx')])).code).toBe(2);
});
