/**
 * A 类 row of 收支总表's 支出方 whose name cannot be read (overwritten by an amount with its unit, an amount in
 * brackets, a date) while its amounts are there: the identities that would read it are 未核对 — the row listed once,
 * 可以报送 kept back, CLI exit 4 — and no 「无此类」 finding, no new 错误 against the clean seed, no 诊断. The control:
 * the same 类 truly absent (its 支出方 cells blank) still gives its 「无此类，视为 0.00」 错误.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { cellAddress } from '../../src/core/a1';
import { T1_RIGHT_TOTALS } from '../../src/core/catalog/row-roles';
import { unjudgedGaps, unjudgedText } from '../../src/core/check/unjudged';
import { recognizeWorkbook } from '../../src/core/recognize/recognize';
import { checkWorkbook } from '../../src/core/review/check';
import type { CheckResult } from '../../src/core/review/result';
import { readSnapshot } from '../../src/xlsx/read-snapshot';
import { seedWorkbook } from '../fixtures/seed-workbooks';

const SEEDS = ['000', '001', '003'] as const;
const VALUES: [string, ExcelJS.CellValue][] = [
  ['an amount with its unit', '708.68万元'],
  ['an amount in brackets', '(708.68)'],
  ['a date', new Date(Date.UTC(2024, 0, 5))],
];
const TOTALS = new Set<string>(Object.values(T1_RIGHT_TOTALS).map((k) => `ex:${k}`));

async function loaded(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const back = new ExcelJS.Workbook();
  await back.xlsx.load((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  return back;
}
const check = async (wb: ExcelJS.Workbook) => checkWorkbook(readSnapshot(await loaded(wb)));

/** The 类 rows of 收支总表's 支出方: sheet, 1-based row, label column, label. */
async function categoryRows(seed: string) {
  const t = recognizeWorkbook(readSnapshot(await loaded(seedWorkbook(seed)))).tables.find((x) => x.id === 'T1')!;
  const cols = ['expenseItem', ...Object.keys(t.columns).filter((k) => k !== 'income' && /^[a-z]/i.test(k))];
  return t.rows
    .filter((r) => r.role.startsWith('ex:') && !TOTALS.has(r.role))
    .map((r) => ({
      sheet: t.sheet,
      row: r.row + 1,
      col: t.columns.expenseItem! + 1,
      label: r.label,
      amounts: Object.values(r.cells).map((c) => c.col + 1),
      filled: Object.values(r.cells).some((c) => c.amount.kind !== 'blank'),
      cols,
    }));
}

const key = (f: CheckResult['findings'][number]) => `${f.rule} ${f.sheet}!${f.cell} ${f.severity}`;
const noSuch = (r: CheckResult) => r.findings.filter((f) => /无此类|中无“/.test(f.message));
const errors = (r: CheckResult) => r.findings.filter((f) => f.severity === 'error').map(key);

const dir = mkdtempSync(join(tmpdir(), 'bd-unread-'));
async function cli(name: string, wb: ExcelJS.Workbook) {
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  const out: string[] = [];
  const code = await main(['check', path], { out: (s) => out.push(s), err: () => undefined });
  return { code, out: out.join('\n') };
}

describe.each(SEEDS)('seed %s', (seed) => {
  let clean: CheckResult;
  let rows: Awaited<ReturnType<typeof categoryRows>>;
  beforeAll(async () => {
    clean = await check(seedWorkbook(seed));
    rows = await categoryRows(seed);
  });

  it('prints 类 rows with amounts on 收支总表 支出方 and has no 「无此类」 when clean', () => {
    expect(rows.filter((c) => c.filled).length).toBeGreaterThan(0);
    expect(noSuch(clean)).toEqual([]);
  });

  it.each(VALUES)('each 类 name overwritten by %s: 未核对, listed once, no 「无此类」, no new 错误, not 可以报送', async (_k, value) => {
    for (const c of rows) {
      const wb = seedWorkbook(seed);
      wb.getWorksheet(c.sheet)!.getCell(c.row, c.col).value = value;
      const r = await check(wb);
      const where = `${c.sheet}!${cellAddress(c.row - 1, c.col - 1)} (${c.label})`;
      expect([where, noSuch(r)]).toEqual([where, []]);
      expect([where, errors(r)]).toEqual([where, errors(clean)]);
      expect(r.diagnoses.length).toBe(clean.diagnoses.length);
      const gaps = unjudgedGaps(r.notEvaluated ?? []);
      expect(r.readiness!.ready).toBe(false);
      // a row with no amount is only 未识别: nothing reads it, nothing is left unjudged
      if (!c.filled) {
        expect([where, gaps]).toEqual([where, []]);
        continue;
      }
      expect([where, gaps.map((g) => `${g.sheet}!${g.cell} ${unjudgedText(g)}`)]).toEqual([
        where,
        [
          expect.stringMatching(
            new RegExp(
              `^${c.sheet}!${cellAddress(c.row - 1, c.col - 1)} 收支总表第${c.row}行未识别，相关的 \\d+ 条勾稽关系未核对：请恢复该行的科目名称$`,
            ),
          ),
        ],
      ]);
      expect(gaps[0]!.rules).toBeGreaterThan(0);
      expect(r.readiness!.text).toContain(`收支总表第${c.row}行未识别`);
    }
  });

  it.each(VALUES)('the first 类 name overwritten by %s: CLI [未核对] once, exit 4', async (_k, value) => {
    const c = rows.find((x) => x.filled)!;
    const wb = seedWorkbook(seed);
    wb.getWorksheet(c.sheet)!.getCell(c.row, c.col).value = value;
    const r = await cli(`${seed}-${_k.length}.xlsx`, wb);
    expect(r.out.match(/\[未核对\].*未识别/g)).toHaveLength(1);
    expect(r.out).not.toMatch(/无此类|中无“/);
    expect(r.out).not.toContain('可以报送：');
    expect(r.code).toBe(4);
  });

  it('control: a 类 truly absent (its 支出方 cells blank) still gives its 「无此类，视为 0.00」 错误', async () => {
    for (const c of rows) {
      const wb = seedWorkbook(seed);
      const ws = wb.getWorksheet(c.sheet)!;
      for (const col of [c.col, ...c.amounts]) ws.getCell(c.row, col).value = null;
      const r = await check(wb);
      const absent = noSuch(r).filter((f) => f.severity === 'error');
      // a 类 with amounts elsewhere is reported missing from 收支总表; none is left unjudged by an unread row
      expect([c.label, unjudgedGaps(r.notEvaluated ?? []).filter((g) => g.what.includes('未识别'))]).toEqual([c.label, []]);
      const name = c.label.replace(/^[一二三四五六七八九十]+、/, '');
      if (c.filled) expect([c.label, absent.some((f) => f.message.includes(name))]).toEqual([c.label, true]);
    }
  });
});

/** The 科目编码 rows of the code tables with amounts: sheet, 1-based row, code column, code. */
async function codeRows(seed: string) {
  const tables = recognizeWorkbook(readSnapshot(await loaded(seedWorkbook(seed)))).tables;
  return tables
    .filter((t) => t.template.body.kind === 'coded')
    .flatMap((t) =>
      t.rows
        .filter((r) => r.code && Object.values(r.cells).some((c) => c.amount.kind === 'number' && !c.amount.value.isZero()))
        .map((r) => ({ table: t.id, sheet: t.sheet, row: r.row + 1, col: t.columns.code! + 1, code: r.code! })),
    );
}

describe.each(SEEDS)('seed %s, 科目编码 tables', (seed) => {
  it.each(VALUES)('each 科目编码 overwritten by %s: 未核对 once, no 「无此类」 or 「无科目」, no new 错误', async (_k, value) => {
    const clean = await check(seedWorkbook(seed));
    const all = await codeRows(seed);
    expect(all.length).toBeGreaterThan(0);
    // every row with the first kind of value; the first rows of each table with the others (the same path)
    const rows = value === VALUES[0]![1] ? all : all.filter((c, i) => i === 0 || all[i - 1]!.table !== c.table);
    for (const c of rows) {
      const wb = seedWorkbook(seed);
      wb.getWorksheet(c.sheet)!.getCell(c.row, c.col).value = value;
      const r = await check(wb);
      const where = `${c.sheet}!${cellAddress(c.row - 1, c.col - 1)} (${c.code})`;
      expect([where, r.findings.filter((f) => /无此类|中无“|无科目/.test(f.message))]).toEqual([where, []]);
      expect([where, errors(r)]).toEqual([where, errors(clean)]);
      const gaps = unjudgedGaps(r.notEvaluated ?? []).map((g) => `${g.sheet}!${g.cell} ${unjudgedText(g)}`);
      expect([where, gaps.length]).toEqual([where, 1]);
      expect(gaps[0]).toMatch(/第\d+行未识别，相关的 \d+ 条勾稽关系未核对：请恢复该行的科目编码$/);
      expect(r.readiness!.ready).toBe(false);
    }
  });
});
