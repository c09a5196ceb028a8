/** budget-disclosure check: JSON shape, exit codes 0/1/2, marked copies, inputs untouched; clear restores. */
import ExcelJS from 'exceljs';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { MARKS_SHEET } from '../../src/core/internal-sheets';
import type { Explanation } from '../../src/core/review/explanations';
import { seedWorkbook } from '../fixtures/seed-workbooks';

const dir = mkdtempSync(join(tmpdir(), 'bd-check-'));
async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err };
}

beforeAll(async () => {
  mkdirSync(join(dir, 'in'));
  for (const s of ['000', '001', '003']) await seedWorkbook(s).xlsx.writeFile(join(dir, 'in', `seed-${s}.xlsx`));
  // seed 003 with one broken total: 支出总表 合计 (row 6, column D) + 1.00
  const wb = seedWorkbook('003');
  const ws = wb.getWorksheet('部门预算支出总表')!;
  ws.getCell('D6').value = Number(ws.getCell('D6').value) + 1;
  await wb.xlsx.writeFile(join(dir, 'broken.xlsx'));
});

it('--json prints only a JSON array, one object per file, with the documented fields', async () => {
  const r = await run(['check', join(dir, 'in'), '--json']);
  expect(r.code).toBe(0);
  const json = JSON.parse(r.out) as { file: string; findings: Record<string, unknown>[]; diagnosis: unknown }[];
  expect(json.map((x) => x.diagnosis)).toEqual(json.map(() => ({ diagnoses: [], undiagnosed: [] })));
  expect(json.map((x) => x.file.replace(/.*\//, ''))).toEqual(['seed-000.xlsx', 'seed-001.xlsx', 'seed-003.xlsx']);
  expect(json[1]!.findings).toHaveLength(17);
  expect(Object.keys(json[1]!.findings[0]!).sort()).toEqual([
    'actual',
    'cell',
    'difference',
    'expected',
    'id',
    'message',
    'related',
    'rule',
    'severity',
    'sheet',
  ]);
  expect(json[1]!.findings[0]).toMatchObject({
    rule: 'T1-02',
    severity: 'rounding',
    sheet: '部门预算收支总表',
    cell: 'E36',
    expected: '555.52',
    actual: '555.53',
    difference: '0.01',
  });
});

it('exit 1 when any 错误, and --out writes a marked copy without touching the input', async () => {
  const input = join(dir, 'broken.xlsx');
  const bytes = readFileSync(input);
  const out = join(dir, 'marked.xlsx');
  const r = await run(['check', input, '--out', out]);
  expect(r.code).toBe(1);
  expect(r.out).toMatch(/识别9张表；错误 1，/);
  expect(r.out).toMatch(/\[错误\] 部门预算支出总表!D6 D-01 最可能出错：部门预算支出总表!D6（支出总表 合计（栏\d 合计）） \d+\.\d\d，应为/);
  expect(r.out).toMatch(/\[错误\] 部门预算支出总表!D6 T3-01 .*（由 D-01@部门预算支出总表!D6 引起）/);
  const json = await run(['check', input, '--json']);
  const report = JSON.parse(json.out)[0].diagnosis;
  expect(report.diagnoses).toHaveLength(1);
  expect(report.diagnoses[0]).toMatchObject({ tie: false, method: 'single', cells: [[{ sheet: '部门预算支出总表', cell: 'D6' }]] });
  const [{ current, repaired }] = report.diagnoses[0].cells[0];
  expect(Number(current) - Number(repaired)).toBeCloseTo(1, 6);
  expect(report.diagnoses[0].repairs.map((x: { rule: string }) => x.rule)).toContain('T3-01');
  expect(readFileSync(input).equals(bytes)).toBe(true);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  expect(wb.getWorksheet('部门预算支出总表')!.getCell('D6').fill).toMatchObject({ pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } });
  expect(wb.getWorksheet(MARKS_SHEET)!.state).toBe('veryHidden');
  // clear on the marked copy restores No Fill and removes the stored marks
  const clean = join(dir, 'clean.xlsx');
  expect((await run(['clear', out, '--out', clean])).code).toBe(0);
  const back = new ExcelJS.Workbook();
  await back.xlsx.readFile(clean);
  const orig = new ExcelJS.Workbook();
  await orig.xlsx.readFile(input);
  expect(back.getWorksheet('部门预算支出总表')!.getCell('D6').fill).toEqual(orig.getWorksheet('部门预算支出总表')!.getCell('D6').fill);
  expect((back.getWorksheet('部门预算支出总表')!.getCell('D6').fill as { pattern?: string } | undefined)?.pattern ?? 'none').toBe('none');
  expect(back.getWorksheet(MARKS_SHEET)).toBeUndefined();
});

it('exit 2 with a message naming the file when one cannot be read', async () => {
  writeFileSync(join(dir, 'junk.xlsx'), 'junk');
  const r = await run(['check', join(dir, 'junk.xlsx'), join(dir, 'in', 'seed-000.xlsx'), '--json']);
  expect(r.code).toBe(2);
  expect(r.err[0]).toMatch(/junk\.xlsx.*不是有效的 Excel 工作簿（\.xlsx/);
  expect(JSON.parse(r.out)[0]).toMatchObject({ error: expect.stringContaining('junk.xlsx') });
  expect((await run(['check'])).code).toBe(2);
  expect((await run(['check', join(dir, 'missing.xlsx')])).code).toBe(2);
});

it('--json carries each finding’s 出错说明 and the file’s readiness (可以报送); the exit code does not change', async () => {
  const { applyPlanToWorkbook } = await import('../../src/xlsx/apply-plan');
  const { readSnapshot } = await import('../../src/xlsx/read-snapshot');
  const { checkWorkbook } = await import('../../src/core/review/check');
  const { planStoreExplanations, withExplanation } = await import('../../src/core/review/explanations');
  const wb = seedWorkbook('001');
  const found = checkWorkbook(readSnapshot(wb)).findings.filter((f) => !f.causedBy && f.severity !== 'error');
  let list: Explanation[] = [];
  for (const f of found) list = withExplanation(list, f, { kind: 'explained', text: '四舍五入尾差', date: '2026-11-30' });
  applyPlanToWorkbook(wb, planStoreExplanations(readSnapshot(wb), list));
  const file = join(dir, 'explained.xlsx');
  await wb.xlsx.writeFile(file);
  const r = await run(['check', file, '--json']);
  expect(r.code).toBe(0);
  const [report] = JSON.parse(r.out) as { findings: { explanation?: { text: string } }[]; readiness: { ready: boolean; text: string } }[];
  expect(report!.readiness).toMatchObject({ ready: true });
  expect(report!.findings.filter((f) => f.explanation?.text === '四舍五入尾差')).toHaveLength(found.length);
  const plain = JSON.parse((await run(['check', join(dir, 'in', 'seed-001.xlsx'), '--json'])).out) as {
    readiness: { ready: boolean; unexplained: number };
  }[];
  expect(plain[0]!.readiness).toMatchObject({ ready: false, unexplained: found.length });
  const human = await run(['check', file]);
  expect(human.out).toContain('可以报送');
  expect(human.out).toContain('出错说明：四舍五入尾差');
});
