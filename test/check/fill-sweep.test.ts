/**
 * The states a workbook passes through while it is filled, swept from each seed: tables blanked one after another,
 * then the amount cells of one filled table blanked one after another, re-checking after each step. Never 可以报送
 * until the workbook is complete and consistent; an unfilled table never makes a 错误 or a 诊断 proposal elsewhere
 * (the seeds are consistent, so any 错误 after blanking whole tables would be one). Also: finding ids are unique
 * over the fixtures and random mutations (fast-check), and deriving twice from one analysis gives equal results.
 */
import fc from 'fast-check';
import { analyzeWorkbook } from '../../src/core/analysis';
import { checkAnalysis, checkWorkbook } from '../../src/core/review/check';
import type { CheckResult } from '../../src/core/review/result';
import type { CellValue, WorkbookSnapshot } from '../../src/core/model/snapshot';
import { copySnapshot as copy, setValue } from '../fixtures/snapshot-edit';
import { recognizeWorkbook } from '../../src/core/recognize/recognize';
import type { RecognizedTable } from '../../src/core/recognize/types';
import { cellAddress } from '../../src/core/a1';
import { manyDepartments, seedSnapshot, type FixtureOptions } from '../fixtures/seed-workbooks';
import { unjudgedGaps, unjudgedText } from '../../src/core/check/unjudged';
import { planResultsSheet } from '../../src/core/review/results-sheet';
import { reviewReport } from '../../src/core/review/report';
import { readiness } from '../../src/core/review/readiness';

const SEEDS = ['000', '001', '003'] as const;
let snaps: Record<string, WorkbookSnapshot>;
beforeAll(async () => {
  snaps = Object.fromEntries(await Promise.all(SEEDS.map(async (s) => [s, await seedSnapshot(s)] as const)));
});

/** Every amount cell of a table, blanked (the table as inserted, before anything is typed). */
function blankTable(snap: WorkbookSnapshot, t: RecognizedTable): void {
  for (const r of t.rows) for (const c of Object.values(r.cells)) setValue(snap, c.sheet, c.row, c.col, null);
}

const cellsOf = (t: RecognizedTable) =>
  new Set(t.rows.flatMap((r) => Object.values(r.cells).map((c) => `${c.sheet}!${cellAddress(c.row, c.col)}`)));
const errors = (r: CheckResult) => r.findings.filter((f) => f.severity === 'error');
const everyCell = (r: CheckResult) => [
  ...r.findings.flatMap((f) => [`${f.sheet}!${f.cell}`, ...f.related.map((c) => `${c.sheet}!${c.cell}`)]),
  ...r.diagnoses.flatMap((d) => d.explanations.flat().map((c) => `${c.sheet}!${c.cell}`)),
];

describe.each(SEEDS)('seed %s', (seed) => {
  it('blanking tables one after another: never 可以报送, no 错误, no finding or proposal touching a blanked table', () => {
    const snap = copy(snaps[seed]!);
    const tables = recognizeWorkbook(snap).tables;
    const blanked = new Set<string>();
    for (const t of tables) {
      blankTable(snap, t);
      for (const c of cellsOf(t)) blanked.add(c);
      const r = checkWorkbook(snap);
      expect(r.readiness!.ready).toBe(false);
      expect(r.unfilled.length).toBeGreaterThan(0);
      expect(errors(r)).toEqual([]);
      expect(r.diagnoses).toEqual([]);
      expect(everyCell(r).filter((c) => blanked.has(c))).toEqual([]);
    }
    // everything blank: an inserted template, 尚未填写
    const last = checkWorkbook(snap);
    expect(last.readiness!.text).toMatch(/^尚未填写/);
  });

  it('blanking the cells of one filled table one after another: never 可以报送; blank is 0 until the table is empty', () => {
    const snap = copy(snaps[seed]!);
    const before = checkWorkbook(snap);
    const t3 = recognizeWorkbook(snap).tables.find((t) => t.id === 'T3')!;
    const cells = t3.rows.flatMap((r) => Object.values(r.cells)).filter((c) => c.amount.kind === 'number');
    let broke = false;
    cells.forEach((c, i) => {
      setValue(snap, c.sheet, c.row, c.col, null);
      const r = checkWorkbook(snap);
      expect(r.readiness!.ready).toBe(false);
      if (i < cells.length - 1) {
        // still filled: a blank printed figure is 0, and the identities it breaks are 错误 (some cell was nonzero)
        expect(r.unfilled.map((u) => u.table)).not.toContain('T3');
        broke ||= errors(r).length > 0;
      } else {
        // now empty: 未填写, its identities unjudged, and no 错误 or proposal anywhere because of it
        expect(r.unfilled.map((u) => u.table)).toContain('T3');
        expect(errors(r).length).toBe(errors(before).length);
        expect(r.diagnoses).toEqual([]);
      }
    });
    expect(broke).toBe(true);
  });
});

const amountValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.integer({ min: -1000000, max: 1000000 }).map((n) => n / 100),
  fc.constantFrom('abc', '三十八点一三', '#N/A', '=SUM(D7:D9)', '-', '12.3.4'),
);

it('finding ids are unique on every fixture and random mutation of its amounts', () => {
  const all = SEEDS.map((s) => ({
    snap: snaps[s]!,
    cells: recognizeWorkbook(snaps[s]!).tables.flatMap((t) => t.rows.flatMap((r) => Object.values(r.cells))),
  }));
  fc.assert(
    fc.property(
      fc.nat(SEEDS.length - 1),
      fc.array(fc.tuple(fc.nat(10000), amountValue), { maxLength: 8 }),
      fc.array(fc.nat(10000), { maxLength: 3 }),
      (which, edits, tablesToBlank) => {
        const { snap: base, cells } = all[which]!;
        const snap = copy(base);
        const tables = recognizeWorkbook(snap).tables;
        for (const k of tablesToBlank) blankTable(snap, tables[k % tables.length]!);
        for (const [k, v] of edits) {
          const c = cells[k % cells.length]!;
          setValue(snap, c.sheet, c.row, c.col, v);
        }
        const r = checkWorkbook(snap);
        const ids = r.findings.map((f) => f.id);
        expect(new Set(ids).size).toBe(ids.length);
        // a finding that follows from another names one that exists
        for (const f of r.findings) if (f.causedBy) expect(ids).toContain(f.causedBy);
      },
    ),
    { numRuns: Number(process.env.FC_RUNS ?? 80) },
  );
});

it('deriving twice from one analysis gives equal results (the analysis is not changed by a check)', () => {
  for (const s of SEEDS) {
    const a = analyzeWorkbook(snaps[s]!);
    const once = checkAnalysis(a);
    const twice = checkAnalysis(a);
    expect(twice).toEqual(once);
    expect(a.rules().result.findings.length).toBeLessThanOrEqual(once.findings.length);
  }
});

it.each(['abc', '#N/A', '=SUM(D12:D13)'])(
  'a 类 total that is not a number (%s) leaves its identities 未核对, never 「无此类」',
  (value) => {
    const snap = copy(snaps['000']!);
    const t3 = recognizeWorkbook(snap).tables.find((t) => t.id === 'T3')!;
    const cell = t3.rows.find((r) => r.code === '208')!.cells.total!;
    setValue(snap, cell.sheet, cell.row, cell.col, value);
    const r = checkWorkbook(snap);
    expect(r.findings.filter((f) => /无此类|中无“/.test(f.message))).toEqual([]);
    expect(r.findings.filter((f) => f.rule.startsWith('X13'))).toEqual([]);
    expect(r.notEvaluated.some((n) => n.rule === 'X13-02')).toBe(true);
    expect(r.readiness!.ready).toBe(false);
  },
);

it('seed 001 with its 政府采购 合计 row changed: every finding has its own id (P-01 broke twice at one cell before)', async () => {
  const snap = copy(await seedSnapshot('001'));
  const s = snap.sheets.find((x) => x.name.includes('政府采购'))!;
  const row = s.values.findIndex((r) => typeof r[0] === 'string' && r[0].replace(/\s/g, '') === '合计');
  s.values[row] = s.values[row]!.map((v) => (typeof v === 'number' ? v + 1 : v));
  const r = checkWorkbook(snap);
  const mine = r.findings.filter((f) => f.sheet === s.name);
  // two P-01 breaks at the 合计 cell: the second is told apart by its figures
  expect(mine.filter((f) => f.rule === 'P-01' && f.cell === mine[0]!.cell).length).toBeGreaterThan(1);
  const ids = r.findings.map((f) => f.id);
  expect(new Set(ids).size).toBe(ids.length);
});

it('a row left unrecognized blocks 可以报送 and is named in the status', () => {
  const snap = copy(snaps['000']!);
  expect(checkWorkbook(snap).readiness!.ready).toBe(true);
  const s = snap.sheets.find((x) => x.name === '部门预算财政拨款“三公”经费支出表')!;
  const row = s.values.findIndex((r) => r.some((v) => typeof v === 'string' && v.includes('公务接待费')));
  s.values[row] = s.values[row]!.map((v) => (typeof v === 'string' && v.includes('公务接待费') ? '某某杂项费' : v));
  const r = checkWorkbook(snap);
  expect(r.problems.length).toBeGreaterThan(0);
  expect(r.readiness!.ready).toBe(false);
  expect(r.readiness!.text).toMatch(/处未能识别（未参与检查）/);
});

it('「由此引起」: under each cell of a several-cell diagnosis, only identities that contain that cell', async () => {
  const { checkWorkbookWith } = await import('../../src/core/review/check');
  const { loadNodeSolver } = await import('../../src/solver/node');
  let checked = 0;
  let several = 0;
  for (const seed of SEEDS) {
    const snap = copy(snaps[seed]!);
    const t3 = recognizeWorkbook(snap).tables.find((t) => t.id === 'T3')!;
    const leaves = t3.rows
      .filter((r) => r.code?.length === 7)
      .flatMap((r) => Object.values(r.cells).filter((c) => c.amount.kind === 'number'));
    for (const c of [leaves[0]!, leaves[leaves.length - 1]!]) {
      const s = snap.sheets.find((x) => x.name === c.sheet)!;
      const line = s.values[c.row - s.origin.row]!;
      line[c.col - s.origin.col] = Number(line[c.col - s.origin.col]) + 7;
    }
    const r = await checkWorkbookWith(snap, {}, loadNodeSolver);
    several += r.diagnoses.filter((d) => d.explanations[0]!.length > 1).length;
    const roots = new Map(r.findings.filter((f) => f.diagnosis).map((f) => [f.id, f]));
    for (const f of r.findings.filter((x) => x.causedBy && roots.has(x.causedBy))) {
      const root = roots.get(f.causedBy!)!;
      const cells = [`${f.sheet}!${f.cell}`, ...f.related.map((x) => `${x.sheet}!${x.cell}`)];
      if (!r.diagnoses.find((d) => d.id === root.diagnosis)!.tie) expect(cells).toContain(`${root.sheet}!${root.cell}`);
      checked++;
    }
  }
  expect(checked).toBeGreaterThan(0);
  expect(several).toBeGreaterThan(0);
});

describe('a row or column the template prints, missing from a filled table: 未核对, listed once, not 可以报送', () => {
  /** A sheet row taken out (the rows below move up, as when the row is deleted in Excel). */
  function dropRow(snap: WorkbookSnapshot, sheet: string, row: number): void {
    const s = snap.sheets.find((x) => x.name === sheet)!;
    s.values.splice(row - s.origin.row, 1);
    for (const k of ['numberFormats', 'texts', 'fills'] as const) (s[k] as unknown[][] | undefined)?.splice(row - s.origin.row, 1);
  }

  it.each(SEEDS)('seed %s: 支出总表 without its 合计 row', (seed) => {
    const snap = copy(snaps[seed]!);
    const t3 = recognizeWorkbook(snap).tables.find((t) => t.id === 'T3')!;
    dropRow(snap, t3.sheet, t3.rows.find((r) => r.role === 'total')!.row);
    const r = checkWorkbook(snap);
    const gaps = unjudgedGaps(r.notEvaluated);
    expect(gaps.map((g) => g.what)).toEqual(['支出总表没有“合计”行']);
    expect(gaps[0]!.rules).toBeGreaterThan(1);
    expect(r.readiness!.ready).toBe(false);
    expect(r.readiness!.text).toMatch(/支出总表没有“合计”行（相关的 \d+ 条勾稽关系未核对，请按模板补上）/);
    expect(errors(r)).toEqual([]);
    // the same one line in the 检查结果 sheet and the 审核报告
    const line = `${t3.sheet}!${gaps[0]!.cell} ${unjudgedText(gaps[0]!)}`;
    expect(reviewReport(r, '2026-12-06').unjudged).toEqual([line]);
    const rows = planResultsSheet(r, [], '2026-12-06 10:00').addSheets[0]!.values.filter((v) => v[1] === '未核对');
    expect(rows.map((v) => `${v[4]}!${v[5]} ${v[3]}`)).toEqual([line]);
  });

  it.each(SEEDS)('seed %s: 收支总表 without its 支出总计 row', (seed) => {
    const snap = copy(snaps[seed]!);
    const t1 = recognizeWorkbook(snap).tables.find((t) => t.id === 'T1')!;
    const row = t1.rows.find((r) => r.role === 'ex:expenseTotal')!;
    // the label blanked and its figures cleared: the row is not there any more (the other side's row stays)
    const s = snap.sheets.find((x) => x.name === t1.sheet)!;
    const line = s.values[row.row - s.origin.row]!;
    for (const c of Object.values(row.cells)) line[c.col - s.origin.col] = null;
    line.forEach((v, i) => {
      if (typeof v === 'string' && v.replace(/\s/g, '') === '支出总计') line[i] = null;
    });
    const r = checkWorkbook(snap);
    expect(unjudgedGaps(r.notEvaluated).map((g) => g.what)).toEqual(['收支总表没有“支出总计”行']);
    expect(r.readiness!.ready).toBe(false);
    expect(r.readiness!.text).toContain('收支总表没有“支出总计”行');
  });

  it.each(SEEDS)('seed %s: the “三公” table needs its 合计 or its 小计 row (which one is the layout’s), not both', (seed) => {
    const snap = copy(snaps[seed]!);
    const t9 = recognizeWorkbook(snap).tables.find((t) => t.id === 'T9')!;
    const rows = t9.rows.filter((r) => r.role === 'sg:total' || r.role === 'sg:subtotal').sort((x, y) => y.row - x.row);
    expect(rows.length).toBeGreaterThan(0);
    if (rows.length === 2) {
      const one = copy(snap);
      dropRow(one, t9.sheet, rows[0]!.row);
      expect(unjudgedGaps(checkWorkbook(one).notEvaluated)).toEqual([]);
    }
    for (const r of rows) dropRow(snap, t9.sheet, r.row);
    const r = checkWorkbook(snap);
    expect(unjudgedGaps(r.notEvaluated).map((g) => g.what)).toEqual(['财政拨款“三公”经费支出表没有“合计”行']);
    expect(r.readiness!.ready).toBe(false);
  });
});

const VARIANTS: [string, FixtureOptions][] = [
  ['plain', {}],
  ['one sheet', { layout: 'one-sheet' }],
  ['page split', { pageSplit: 4 }],
  ['元', { amounts: 'yuan' }],
  ['shuffled', { layout: 'shuffled' }],
  ['单位资金 in 收支总表', { unitFunds: 'T1' }],
  ['单位资金 in both', { unitFunds: 'both' }],
  ['text amounts', { amounts: 'text' }],
  ['full-width', { amounts: 'fullwidth' }],
  ['thousands', { amounts: 'thousands' }],
  ['offset', { offset: { rows: 2, cols: 1 } }],
];

it('no seed in any format variant gets a 未核对 block (what the layout decides says nothing)', async () => {
  const blocked: string[] = [];
  let unjudged = 0;
  for (const seed of ['000', '001', '003', '004'])
    for (const [name, o] of VARIANTS) {
      const r = checkWorkbook(await seedSnapshot(seed, o));
      unjudged += r.notEvaluated.length;
      for (const g of unjudgedGaps(r.notEvaluated)) blocked.push(`${seed} ${name}: ${g.what}`);
      if (r.readiness!.unjudged) blocked.push(`${seed} ${name}: ${r.readiness!.text}`);
    }
  // several departments in one workbook (each a 部门 with its 单位)
  const many = checkWorkbook(manyDepartments(await seedSnapshot('000'), 5));
  unjudged += many.notEvaluated.length;
  for (const g of unjudgedGaps(many.notEvaluated)) blocked.push(`5 departments: ${g.what}`);
  expect(blocked).toEqual([]);
  // the layouts do leave rules unjudged (三公 without 小计, codes not used, the other income layout): said nothing
  expect(unjudged).toBeGreaterThan(0);
});

it('a formula without a stored result (E-02 提示) keeps 可以报送 back even when the 提示 is dismissed', () => {
  const snap = copy(snaps['000']!);
  const t3 = recognizeWorkbook(snap).tables.find((t) => t.id === 'T3')!;
  const cell = t3.rows.find((r) => r.role === 'total')!.cells.total!;
  setValue(snap, cell.sheet, cell.row, cell.col, '=SUM(D7:D30)');
  const r = checkWorkbook(snap);
  const e02 = r.findings.filter((f) => f.rule === 'E-02');
  expect(e02).toHaveLength(1);
  expect(e02[0]!.severity).toBe('advisory');
  // every 提示 and 尾差 dismissed: the formula's 勾稽关系 are still 未核对
  for (const f of r.findings) if (f.severity !== 'error') f.explanation = { kind: 'dismissed', text: '已核', date: '2026-12-06' };
  const after = readiness(r);
  expect(after.uncomputed).toBe(1);
  expect(after.ready).toBe(false);
  expect(after.text).toContain('1 个公式没有计算结果（相关的勾稽关系未核对，请在 Excel 中打开并保存后再检查）');
});
