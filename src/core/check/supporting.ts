/**
 * The supporting tables the 说明 cites, read wherever they are printed (identities.md §2.5): each 政府采购预算 (its
 * 合计 column found by the 合计 / 一般公共预算拨款 header; rows 合计, 小计 and the items with a 目录序号) and each
 * 固定资产占用情况表 (its 价值 column, its rows by label, its 截止时间). The rules on them are catalog entries
 * (rules.ts: SUPPORTING_RULES) judged by kinds/supporting.ts; a table that cannot be read this way is left 未核对 (no
 * finding). With a 项目绩效目标表 in the workbook: G-01, G-02, P-05 (performance.ts reads it).
 */
import { Decimal } from '../money';
import type { SheetSnapshot, WorkbookSnapshot } from '../model/snapshot';
import { Grid } from '../recognize/grid';
import { mentions } from '../model/snapshot';
import { SUPPORTING_KINDS, type SupportingContext } from './kinds/supporting';
import { readPerformance } from './performance';
import { SUPPORTING_RULES } from './rules';
import type { AssetRow, Finding, SupportingRule } from './types';

/** A printed figure and its decimals (a blank is 0 and, printing no figure, brings no rounding interval). */
export type Num = { v: Decimal; d: number; blank?: true };

/** A printed amount; null: unreadable text. */
export const num = (g: Grid, r: number, c: number): Num | null => {
  const a = g.amount(r, c);
  return a.kind === 'number' ? { v: a.value, d: a.decimals } : a.kind === 'blank' ? { v: new Decimal(0), d: 2, blank: true } : null;
};

const CODE = /^\[?([ABC]\d{2,})\]?/;

export interface ProcurementItem {
  /** Which 政府采购预算 of the workbook (0: the first, the 部门's when both are printed). */
  table: number;
  sheet: string;
  row: number;
  /** 政府采购目录序号 (A… goods, B… works, C… services). */
  code: string;
  project: string;
  budget: Num | null;
  quantity: Num | null;
  price: Num | null;
  total: Num;
  /** The seven fund columns after 合计 (null: unreadable text). */
  funds: (Num | null)[];
  sme: Num | null;
}

export interface ProcurementRows {
  grand: { r: number; v: Num } | null;
  subtotals: { r: number; v: Num }[];
  items: ProcurementItem[];
}

/** One 政府采购预算 as read: its sheet, its 合计 column and its rows. */
export interface ProcurementTable {
  g: Grid;
  sheet: string;
  totalCol: number;
  rows: ProcurementRows;
}

/** One 固定资产占用情况表 as read: its 价值 column (-1: none found), its rows by label, its 截止时间 lines. */
export interface AssetTable {
  g: Grid;
  sheet: string;
  valueCol: number;
  rows: Map<AssetRow, number>;
  cutoffs: { r: number; c: number; date: [string, string, string] }[];
}

/** The rows of one 政府采购预算 below its header: 合计, 小计 and the items (a row with a 目录序号), until its 注. */
function readProcurement(g: Grid, sheet: string, from: number, totalCol: number, table = 0): ProcurementRows {
  const o = g.sheet.origin.col;
  const out: ProcurementRows = { grand: null, subtotals: [], items: [] };
  for (let r = from; r < g.rows; r++) {
    const first = g.key(r, o);
    if (/^注/.test(first)) break;
    const total = num(g, r, totalCol);
    if (!total) continue;
    const code = g
      .rowKeys(r)
      .filter(([c]) => c < totalCol)
      .map(([, k]) => CODE.exec(k)?.[1])
      .find((x) => x);
    if (first === '合计') out.grand = { r, v: total };
    else if (first.endsWith('小计')) out.subtotals.push({ r, v: total });
    else if (code)
      out.items.push({
        table,
        sheet,
        row: r,
        code,
        project: first,
        budget: num(g, r, o + 1),
        quantity: num(g, r, totalCol - 2),
        price: num(g, r, totalCol - 1),
        total,
        funds: [...Array(7).keys()].map((k) => num(g, r, totalCol + 1 + k)),
        sme: num(g, r, totalCol + 8),
      });
  }
  return out;
}

/** The 合计 column of a 政府采购预算 whose title is at row `title`: where 合计 stands before 一般公共预算拨款. */
function totalColumn(g: Grid, title: number): number | null {
  for (let r = title + 1; r < Math.min(g.rows, title + 8); r++) {
    const keys = g.rowKeys(r);
    const total = keys.find(([c, k]) => k === '合计' && keys.some(([c2, k2]) => c2 === c + 1 && k2.startsWith('一般公共预算')));
    if (total) return total[0];
  }
  return null;
}

/** Every item of every 政府采购预算 in the workbook (the 说明's facts sum them: N-05, P-06). */
export function procurementItems(wb: WorkbookSnapshot): ProcurementItem[] | null {
  let tables = 0;
  const items: ProcurementItem[] = [];
  forEachTitle(wb, '采购', /政府采购预算$/, (g, sheet, r) => {
    const col = totalColumn(g, r);
    if (col === null) return;
    items.push(...readProcurement(g, sheet.name, r + 1, col, tables++).items);
  });
  return tables ? items : null;
}

const ASSET_ROWS: readonly AssetRow[] = ['资产总额', '房屋', '其中:办公用房', '车辆', '单价在', '其他固定资产'];

/** A 固定资产占用情况表 whose title is at row `title`: its header lines and rows within 13 lines. */
function readAssets(g: Grid, sheet: string, title: number): AssetTable {
  const t: AssetTable = { g, sheet, valueCol: -1, rows: new Map(), cutoffs: [] };
  for (let r = title + 1; r < Math.min(g.rows, title + 14); r++) {
    for (const [c, k] of g.rowKeys(r)) {
      if (k.startsWith('价值')) t.valueCol = c;
      const cut = /截止(?:时间|日期)[:：]?(\d{4})[-年./](\d{1,2})[-月./](\d{1,2})/.exec(k);
      if (cut) t.cutoffs.push({ r, c, date: [cut[1]!, cut[2]!, cut[3]!] });
    }
    const label = g.key(r, g.sheet.origin.col).replace(/^\d+[、.]/, '');
    const name = ASSET_ROWS.find((n) => label.startsWith(n));
    if (name) t.rows.set(name, r);
  }
  return t;
}

/** Calls `fn` at every title (first column, short) matching `title`, in sheets that mention `word` at all. */
function forEachTitle(wb: WorkbookSnapshot, word: string, title: RegExp, fn: (g: Grid, sheet: SheetSnapshot, row: number) => void): void {
  for (const sheet of wb.sheets) {
    if (!mentions(sheet, word)) continue;
    const g = new Grid(sheet);
    for (let r = sheet.origin.row; r < g.rows; r++) {
      const k = g.key(r, sheet.origin.col);
      if (k.length <= 30 && title.test(k)) fn(g, sheet, r);
    }
  }
}

/**
 * Findings of the supporting tables printed anywhere in the workbook: each entry of SUPPORTING_RULES judged by its
 * kind on each table it reads (政府采购预算, 固定资产占用情况表), the 绩效 ones once when a 项目绩效目标表 is there;
 * `totals` (项目支出, 公用经费 of the tables) is asked for only then (G-01, P-05).
 */
export function supportingFindings(
  wb: WorkbookSnapshot,
  year: number | null,
  totals: () => { project: Decimal | null; public: Decimal | null } = () => ({ project: null, public: null }),
): Finding[] {
  const out: Finding[] = [];
  const procurement: ProcurementTable[] = [];
  const assets: AssetTable[] = [];
  forEachTitle(wb, '采购', /政府采购预算$/, (g, sheet, r) => {
    const totalCol = totalColumn(g, r);
    if (totalCol !== null) procurement.push({ g, sheet: sheet.name, totalCol, rows: readProcurement(g, sheet.name, r + 1, totalCol) });
  });
  forEachTitle(wb, '固定资产', /固定资产占[用有]情况表$/, (g, sheet, r) => assets.push(readAssets(g, sheet.name, r)));
  const base = { year, procurement, emit: (f: Finding) => out.push(f) };
  const judge = (rule: SupportingRule, ctx: SupportingContext) =>
    (SUPPORTING_KINDS[rule.kind] as (r: SupportingRule, c: SupportingContext) => void)(rule, ctx);
  for (const t of procurement) for (const rule of SUPPORTING_RULES) if (rule.table === 'S2') judge(rule, { ...base, at: t });
  for (const t of assets) for (const rule of SUPPORTING_RULES) if (rule.table === 'S3') judge(rule, { ...base, at: t });
  if (wb.sheets.some((s) => mentions(s, '绩效目标表'))) {
    const performance = readPerformance(wb);
    const sums = totals();
    for (const rule of SUPPORTING_RULES) if (rule.table === 'S4') judge(rule, { ...base, performance, totals: sums });
  }
  return out;
}
