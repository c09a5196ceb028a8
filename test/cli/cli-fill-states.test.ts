/**
 * check on the states of a workbook in preparation (issue #18's measured cases), through the CLI on real .xlsx
 * files: an empty template is 尚未填写; the half-filled template diagnoses exactly its one slip; unreadable amounts
 * are 错误 at their cells (marked red) and block 可以报送; blank 科目名称 change no identity finding.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { blankNames, emptyTemplate, halfFilled, UNREADABLE, unreadableAmounts } from '../fixtures/fill-states';
import { seedWorkbook } from '../fixtures/seed-workbooks';

const dir = mkdtempSync(join(tmpdir(), 'bd-fill-'));
async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err };
}

interface Report {
  findings: { id: string; rule: string; severity: string; sheet: string; cell: string; message: string; causedBy?: string }[];
  diagnosis: { diagnoses: { cells: { sheet: string; cell: string; current: string; repaired: string }[][] }[]; undiagnosed: unknown[] };
  readiness: { ready: boolean; text: string; unfilled: number; errors: number };
  unfilled: { table: string; rules: number }[];
  counts: { error: number; rounding: number; advisory: number };
}

async function write(name: string, wb: ExcelJS.Workbook): Promise<string> {
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

async function json(path: string): Promise<Report> {
  const r = await run(['check', path, '--json']);
  return (JSON.parse(r.out) as Report[])[0]!;
}

it('empty template: 尚未填写, never 可以报送; no finding, each unfilled table listed once', async () => {
  const path = await write('empty.xlsx', emptyTemplate());
  const r = await run(['check', path]);
  expect(r.out).toContain('尚未填写');
  expect(r.out).not.toContain('可以报送');
  // no 错误, but not complete: exit 4, never 0 (a script must not take an empty template as ready)
  expect(r.code).toBe(4);
  const j = await json(path);
  expect(j.readiness.ready).toBe(false);
  expect(j.readiness.text).toMatch(/^尚未填写/);
  expect(j.findings).toEqual([]);
  // T7/T8 are inserted as 空表列示 (filled); the seven others are not filled yet, each listed once.
  expect(j.unfilled.map((u) => u.table)).toEqual(['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T9']);
  expect(j.unfilled.every((u) => u.rules > 0)).toBe(true);
  expect(r.out.match(/\[未填写\]/g)).toHaveLength(7);
});

it('half-filled template: exactly one diagnosis, 收支总表!E39 340.75 → 340.57, and nothing else', async () => {
  const path = await write('half.xlsx', halfFilled());
  const j = await json(path);
  expect(j.diagnosis.diagnoses).toHaveLength(1);
  expect(j.diagnosis.diagnoses[0]!.cells).toEqual([
    [expect.objectContaining({ sheet: '部门预算收支总表', cell: 'E39', current: '340.75', repaired: '340.57' })],
  ]);
  expect(j.diagnosis.undiagnosed).toEqual([]);
  // every 错误 is the diagnosed cell or follows from it
  const roots = j.findings.filter((f) => f.severity === 'error' && !f.causedBy);
  expect(roots.map((f) => `${f.sheet}!${f.cell}`)).toEqual(['部门预算收支总表!E39']);
  expect(j.findings.filter((f) => f.causedBy).every((f) => f.causedBy === roots[0]!.id)).toBe(true);
  expect(j.readiness.ready).toBe(false);
  expect(j.readiness.unfilled).toBe(6);
  expect(j.readiness.text).toMatch(/尚未填写/);
});

it('unreadable amounts: 错误 at their cells (E-03), marked red, listed with the errors; not 可以报送', async () => {
  const path = await write('unreadable.xlsx', unreadableAmounts());
  const j = await json(path);
  const at = j.findings.filter((f) => f.rule === 'E-03').map((f) => [f.severity, `${f.sheet}!${f.cell}`]);
  expect(at.sort()).toEqual(
    Object.keys(UNREADABLE.cells)
      .map((c) => ['error', `${UNREADABLE.sheet}!${c}`])
      .sort(),
  );
  // no 「无此类」 although the row is there: the identities of an unreadable figure are left unjudged
  expect(j.findings.filter((f) => /无此类|中无“/.test(f.message))).toEqual([]);
  expect(j.readiness.ready).toBe(false);
  expect(j.counts.error).toBe(2);
  const marked = join(dir, 'unreadable-marked.xlsx');
  expect((await run(['check', path, '--out', marked])).code).toBe(1);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(marked);
  for (const c of Object.keys(UNREADABLE.cells))
    expect(wb.getWorksheet(UNREADABLE.sheet)!.getCell(c).fill).toMatchObject({ pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } });
});

it.each(['000', '001', '003'])('seed %s with blank 科目名称: the same identity findings as with names, 0 extra 错误', async (seed) => {
  const named = await json(await write(`named-${seed}.xlsx`, seedWorkbook(seed)));
  const blank = await json(await write(`blank-${seed}.xlsx`, blankNames(seed)));
  const key = (f: Report['findings'][number]) => `${f.rule} ${f.sheet}!${f.cell} ${f.severity}`;
  expect(blank.findings.filter((f) => f.rule !== 'K-07').map(key)).toEqual(named.findings.map(key));
  expect(blank.counts.error).toBe(named.counts.error);
  // the names are one 提示 per table, saying how to fill them
  expect(blank.findings.filter((f) => f.rule === 'K-07').length).toBeGreaterThan(0);
  expect(
    blank.findings.filter((f) => f.rule === 'K-07').every((f) => f.severity === 'advisory' && f.message.includes('填充科目名称')),
  ).toBe(true);
  expect(blank.readiness.ready).toBe(false);
});

/** Seed 003 with 收支总表!D6 (一、一般公共服务支出, a 类 row with amounts) overwritten: the row is 未识别. */
function unreadCategoryName(): ExcelJS.Workbook {
  const wb = seedWorkbook('003');
  wb.getWorksheet('部门预算收支总表')!.getCell('D6').value = '708.68万元';
  return wb;
}

it('a 类 name overwritten on 收支总表: its 勾稽关系 未核对, listed once; no 「无此类」 错误, no 诊断', async () => {
  const path = await write('unread-name.xlsx', unreadCategoryName());
  const r = await run(['check', path]);
  expect(
    r.out.match(/\[未核对\] 部门预算收支总表!D6 收支总表第6行未识别，相关的 \d+ 条勾稽关系未核对：请恢复该行的科目名称/g),
  ).toHaveLength(1);
  const j = await json(path);
  expect(j.findings.filter((f) => /无此类|中无“/.test(f.message))).toEqual([]);
  expect(j.counts.error).toBe(0);
  expect(j.diagnosis.diagnoses).toEqual([]);
  expect(j.diagnosis.undiagnosed).toEqual([]);
  expect(j.readiness.ready).toBe(false);
  expect(j.readiness.text).toContain('收支总表第6行未识别');
});

describe('exit codes: 0 only when the check is complete and there is no 错误', () => {
  it.each([
    ['a complete, consistent workbook (seed 003)', 0, () => seedWorkbook('003')],
    ['an empty template', 4, emptyTemplate],
    ['the half-filled template (one slip)', 1, halfFilled],
    ['unreadable amounts', 1, unreadableAmounts],
    ['a 类 name on 收支总表 overwritten by 708.68万元 (its amounts there)', 4, unreadCategoryName],
  ] as const)('%s → exit %s', async (_name, code, make) => {
    const path = await write(`exit-${code}-${_name.length}.xlsx`, make());
    expect((await run(['check', path])).code).toBe(code);
    expect((await run(['check', path, '--json'])).code).toBe(code);
  });

  it('支出总表 with its 合计 row deleted: [未核对] once, not 可以报送, exit 4', async () => {
    const wb = seedWorkbook('003');
    const ws = wb.getWorksheet('部门预算支出总表')!;
    let total = 0;
    ws.eachRow((row, n) => {
      // the body's 合计 row (the header's 合计 is a column title: its row has no figure)
      const values = row.values as unknown[];
      if (!total && values.some((v) => v === '合计') && values.some((v) => typeof v === 'number' && !Number.isInteger(v))) total = n;
    });
    expect(total).toBeGreaterThan(0);
    ws.spliceRows(total, 1);
    const path = await write('no-total.xlsx', wb);
    const r = await run(['check', path]);
    expect(r.code).toBe(4);
    expect(
      r.out.match(/\[未核对\] 部门预算支出总表!\S+ 支出总表没有“合计”行，相关的 \d+ 条勾稽关系未核对：请按模板补上“合计”行/g),
    ).toHaveLength(1);
    expect(r.out).not.toContain('可以报送');
    // a folder with it and a complete workbook: the worst of 0 and 4
    expect((await run(['check', path, await write('complete.xlsx', seedWorkbook('003'))])).code).toBe(4);
  });
});
