/**
 * Mutation tests: for every rule of the catalog, one injected break in a clean seed fixture fires that rule on the
 * expected cell (the total side of the identity). Rows: [rule, seed, edits, judged cell].
 */
import { checkWorkbook } from '../../src/core/review/check';
import { RULES } from '../../src/core/check/rules';
import type { CellValue, WorkbookSnapshot } from '../../src/core/model/snapshot';
import { seedSnapshot } from '../fixtures/seed-workbooks';
import { addressOf, locate, setCell, valueAt, type Target } from './mutate';

type Edit = Target & { value?: CellValue; add?: number; text?: [string, string] };
const T = (table: Target['table'], row: string, column: string, extra: Partial<Edit> = {}): Edit => ({ table, row, column, ...extra });
const plus = (table: Target['table'], row: string, column: string) => T(table, row, column, { add: 1 });

interface Case {
  rule: string;
  seed: string;
  edits: Edit[];
  /** Judged cell; default: the first edit's cell. */
  judged?: Target;
  severity?: 'error' | 'advisory';
}

const T7_ROW = (t: 'T7' | 'T8'): Edit[] => [
  T(t, 'blank', 'code', { value: '201' }),
  T(t, 'blank', 'name', { value: '一般公共服务支出' }),
  T(t, 'blank', 'total', { value: 5 }),
  T(t, 'blank', 'basic', { value: 1 }),
];

const CASES: Case[] = [
  { rule: 'T1-01', seed: '000', edits: [plus('T1', 'in:incomeSubtotal', 'income')] },
  { rule: 'T1-02', seed: '000', edits: [plus('T1', 'ex:expenseSubtotal', 'expense')] },
  { rule: 'T1-03', seed: '000', edits: [plus('T1', 'in:incomeTotal', 'income')] },
  { rule: 'T1-04', seed: '000', edits: [plus('T1', 'ex:expenseTotal', 'expense')] },
  { rule: 'T1-05', seed: '000', edits: [plus('T1', 'in:incomeTotal', 'income')] },
  { rule: 'T1-06', seed: '000', edits: [T('T1', 'ex:yearEndBalance', 'expense', { value: 5 })], severity: 'advisory' },
  { rule: 'T2-01', seed: '000', edits: [plus('T2', 'code:2013201', 'total')] },
  { rule: 'T2-02', seed: '000', edits: [plus('T2', 'code:2013201', 'subtotal')] },
  { rule: 'T2-03', seed: '000', edits: [plus('T2', 'code:201', 'fiscal')] },
  { rule: 'T2-04', seed: '000', edits: [plus('T2', 'total', 'fiscal')] },
  { rule: 'T3-01', seed: '000', edits: [plus('T3', 'code:2013201', 'total')] },
  { rule: 'T3-02', seed: '000', edits: [plus('T3', 'code:20132', 'basic')] },
  { rule: 'T3-03', seed: '000', edits: [plus('T3', 'total', 'total')] },
  { rule: 'T4-01', seed: '000', edits: [plus('T4', 'in:incomeSubtotal', 'income')] },
  { rule: 'T4-02', seed: '000', edits: [T('T4', 'in:carryOver', 'income', { value: 5 })] },
  { rule: 'T4-03', seed: '000', edits: [plus('T4', 'in:incomeTotal', 'income')] },
  { rule: 'T4-04', seed: '000', edits: [plus('T4', 'ex:一般公共服务支出', 'total')] },
  { rule: 'T4-05', seed: '000', edits: [plus('T4', 'ex:expenseSubtotal', 'general')] },
  { rule: 'T4-06', seed: '000', edits: [plus('T4', 'ex:expenseTotal', 'general')] },
  { rule: 'T4-07', seed: '000', edits: [plus('T4', 'in:incomeTotal', 'income')] },
  { rule: 'T4-08', seed: '000', edits: [plus('T4', 'ex:expenseTotal', 'general')] },
  { rule: 'T5-01', seed: '000', edits: [plus('T5', 'code:2013201', 'total')] },
  { rule: 'T5-02', seed: '000', edits: [plus('T5', 'code:20132', 'total')] },
  { rule: 'T5-03', seed: '000', edits: [plus('T5', 'total', 'total')] },
  { rule: 'T6-01', seed: '000', edits: [plus('T6', 'code:30101', 'total')] },
  { rule: 'T6-02', seed: '000', edits: [plus('T6', 'code:301', 'total')] },
  { rule: 'T6-03', seed: '000', edits: [plus('T6', 'total', 'total')] },
  { rule: 'T6-04', seed: '000', edits: [plus('T6', 'total', 'personnel')], severity: 'advisory' },
  { rule: 'T6-05', seed: '000', edits: [plus('T6', 'total', 'public')], severity: 'advisory' },
  { rule: 'T6-06', seed: '000', edits: [T('T6', 'code:30101', 'public', { value: 1 })], severity: 'advisory' },
  { rule: 'T78-01', seed: '000', edits: T7_ROW('T7'), judged: T('T7', 'blank', 'total') },
  { rule: 'T78-02', seed: '000', edits: [T('T4', 'ex:expenseTotal', 'fund', { value: 5 })], judged: T('T7', 'title', '') },
  { rule: 'T9-01', seed: '000', edits: [plus('T9', 'sg:total', 'general')] },
  { rule: 'T9-02', seed: '001', edits: [plus('T9', 'sg:subtotal', 'total')] },
  { rule: 'T9-03', seed: '000', edits: [T('T9', 'sg:abroadTeaching', 'total', { value: 1 })], judged: T('T9', 'sg:abroad', 'total') },
  { rule: 'T9-04', seed: '000', edits: [T('T9', 'sg:carPurchase', 'total', { value: 1 })], judged: T('T9', 'sg:car', 'total') },
  { rule: 'T9-05', seed: '000', edits: [plus('T9', 'sg:reception', 'total')] },
  { rule: 'X12-01', seed: '000', edits: [plus('T2', 'total', 'total')] },
  { rule: 'X12-02', seed: '000', edits: [plus('T2', 'total', 'fiscal')] },
  { rule: 'X12-03', seed: '000', edits: [T('T2', 'total', 'other', { value: 1 })] },
  {
    rule: 'X12-05',
    seed: '001',
    // 收支总表 in the 单位资金 layout, 收入总表 with five columns: their totals are compared; break 其他收入.
    edits: [
      T('T1', 'in:事业收入', 'income', { value: 1 }),
      T('T1', 'in:事业收入', 'incomeItem', { value: '五、单位资金' }),
      T('T1', 'in:其他收入', 'income', { value: null }),
      ...['事业单位经营收入', '上级补助收入', '附属单位上缴收入', '其他收入'].map((l) => T('T1', `in:${l}`, 'incomeItem', { value: null })),
      T('T2', 'total', 'other', { value: 2 }),
    ],
    judged: T('T2', 'total', 'business'),
  },
  {
    rule: 'X12-06',
    seed: '003',
    edits: [
      T('T1', 'in:事业收入', 'incomeItem', { value: '五、单位资金' }),
      ...['事业单位经营收入', '上级补助收入', '附属单位上缴收入', '其他收入'].map((l) => T('T1', `in:${l}`, 'incomeItem', { value: null })),
    ],
    judged: T('T2', 'title', ''),
    severity: 'advisory',
  },
  { rule: 'X12-04', seed: '000', edits: [plus('T2', 'code:201', 'total')] },
  { rule: 'X13-01', seed: '000', edits: [plus('T3', 'total', 'total')] },
  { rule: 'X13-02', seed: '000', edits: [plus('T3', 'code:201', 'total')] },
  { rule: 'X23-01', seed: '000', edits: [plus('T2', 'code:2013201', 'total')] },
  { rule: 'X14-01', seed: '000', edits: [plus('T4', 'in:一般公共预算拨款', 'income')] },
  { rule: 'X14-02', seed: '000', edits: [T('T4', 'in:carryOver', 'income', { value: 5 })] },
  { rule: 'X14-03', seed: '000', edits: [plus('T4', 'ex:一般公共服务支出', 'total')] },
  { rule: 'X14-04', seed: '000', edits: [plus('T4', 'ex:expenseSubtotal', 'total')] },
  { rule: 'X35-01', seed: '000', edits: [plus('T5', 'code:2013201', 'total')] },
  { rule: 'X45-01', seed: '000', edits: [plus('T5', 'total', 'total')] },
  { rule: 'X45-02', seed: '000', edits: [plus('T5', 'code:201', 'total')] },
  { rule: 'X47-01', seed: '000', edits: T7_ROW('T7'), judged: T('T7', 'blank', 'total') },
  { rule: 'X48-01', seed: '000', edits: T7_ROW('T8'), judged: T('T8', 'blank', 'total') },
  { rule: 'X56-01', seed: '000', edits: [plus('T6', 'total', 'total')] },
  { rule: 'X69-01', seed: '000', edits: [plus('T6', 'code:30217', 'total')] },
  { rule: 'X49-01', seed: '000', edits: [T('T9', 'sg:total', 'general', { value: 1000 })] },
  { rule: 'X56-02', seed: '000', edits: [plus('T6', 'code:30108', 'total')], severity: 'advisory' },
  {
    rule: 'X56-03',
    seed: '001',
    edits: [T('T6', 'code:30302', 'total', { value: 100 })],
    judged: T('T5', 'code:2080501', 'basic'),
    severity: 'advisory',
  },
  { rule: 'X69-02', seed: '000', edits: [T('T6', 'code:30217', 'total', { value: 0.1 })], severity: 'advisory' },
  { rule: 'X35-02', seed: '000', edits: [T('T3', 'code:2013201', 'project', { value: 1 })], severity: 'advisory' },
  { rule: 'U-01', seed: '000', edits: [plus('T1', 'in:一般公共预算拨款收入', 'income')], severity: 'advisory' },
  {
    rule: 'U-03',
    seed: '000',
    edits: [T('T8', 'sheet', '', { text: ['无国有资本经营预算', '无政府基金预算'] })],
    judged: T('T8', 'title', ''),
  },
  {
    rule: 'U-02',
    seed: '000',
    edits: [T('T3', 'header', '', { text: ['预算年度：2023', '预算年度：2024'] })],
    judged: T('T3', 'title', ''),
  },
];

function apply(snap: WorkbookSnapshot, e: Edit): WorkbookSnapshot {
  if (e.text) {
    const l = locate(snap, { ...e, row: 'title' });
    const s = snap.sheets.find((x) => x.name === l.sheet)!;
    // The header lines (U-02), or the whole sheet below the title (an empty table's 注, U-03).
    const end = e.row === 'sheet' ? s.origin.row + s.values.length : l.table.lanciRow;
    for (let r = l.row; r < end; r++)
      for (let c = 0; c < (s.values[r - s.origin.row]?.length ?? 0); c++) {
        const v = valueAt(snap, l.sheet, r, c);
        if (typeof v === 'string' && v.includes(e.text[0])) return setCell(snap, l.sheet, r, c, v.replace(e.text[0], e.text[1]));
      }
    throw new Error(`text not found: ${e.text[0]}`);
  }
  const l = locate(snap, e);
  const old = valueAt(snap, l.sheet, l.row, l.col);
  const value = e.add !== undefined ? Math.round(((typeof old === 'number' ? old : 0) + e.add) * 100) / 100 : e.value!;
  return setCell(snap, l.sheet, l.row, l.col, value);
}

const snapshots = new Map<string, Promise<WorkbookSnapshot>>();
const clean = (seed: string) => {
  if (!snapshots.has(seed)) snapshots.set(seed, seedSnapshot(seed));
  return snapshots.get(seed)!;
};

it('covers every rule id of the catalog', () => {
  const ids = new Set(RULES.map((r) => r.id));
  expect([...ids].filter((id) => !CASES.some((c) => c.rule === id))).toEqual([]);
});

it.each(CASES.map((c) => [c.rule, c] as const))('%s fires on its cell after one injected break', async (_id, c) => {
  let snap = await clean(c.seed);
  const before = checkWorkbook(snap).findings.filter((f) => f.rule === c.rule);
  const judged = locate(snap, c.judged ?? c.edits[0]!);
  for (const e of c.edits) snap = apply(snap, e);
  const after = checkWorkbook(snap).findings;
  const hit = after.find((f) => f.rule === c.rule && `${f.sheet}!${f.cell}` === addressOf(judged) && !before.some((b) => b.id === f.id));
  expect(hit ? { rule: hit.rule, at: `${hit.sheet}!${hit.cell}` } : after.map((f) => `${f.rule}@${f.sheet}!${f.cell}`)).toEqual({
    rule: c.rule,
    at: addressOf(judged),
  });
  expect(hit!.severity).toBe(c.severity ?? 'error');
});
