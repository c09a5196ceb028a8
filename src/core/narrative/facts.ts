/**
 * The figures the 情况说明 restates, taken from the same recognized tables the checker reads (so text and tables
 * agree by construction): income and its sources (收支总表), 基本/项目 (支出总表), 人员/公用经费 and the 302 items
 * (基本支出表), 三公 items (三公表), and, when printed, 政府采购 (合计) and 固定资产 (资产总额).
 */
import { cellAddress } from '../a1';
import { procurementItems } from '../check/supporting';
import { Decimal } from '../money';
import type { WorkbookSnapshot } from '../model/snapshot';
import { Grid } from '../recognize/grid';
import { recognizeWorkbook } from '../recognize/recognize';
import type { Recognition } from '../recognize/types';
import type { RecognizedRow, RecognizedTable } from '../recognize/types';
import { groupKey } from '../recognize/types';
import { labelKey } from '../text';
import { pushTo } from '../collections';

export type Amount = Decimal | null;

export interface Facts {
  unitCode: string | null;
  unitName: string | null;
  level: '部门' | '单位';
  year: number | null;
  income: {
    total: Amount;
    subtotal: Amount;
    general: Amount;
    fund: Amount;
    stateCapital: Amount;
    specialAccount: Amount;
    unitFunds: Amount;
    carryOver: Amount;
  };
  expense: { total: Amount; basic: Amount; project: Amount; personnel: Amount; public: Amount };
  /** 302 (and 307/309/310) 款 rows of 基本支出表 with an amount, in table order. */
  publicItems: { code: string; name: string; amount: Decimal }[];
  sanGong: { total: Amount; abroad: Amount; car: Amount; carPurchase: Amount; carRunning: Amount; reception: Amount };
  procurement: Amount;
  /** Goods of the 政府采购预算 that are fixed assets (P-06). */
  procurementAssets: Amount;
  assets: Amount;
  /** Tables the facts come from (for "缺少…" messages). */
  tables: string[];
}

const scaleOf = (t: RecognizedTable) => (t.money === '元' ? new Decimal(10000) : new Decimal(1));

/** Where a fact was read (the pane's 说明核对 list opens that cell). Kept beside the value, not in the Facts shape. */
const LOCATION = new WeakMap<Decimal, { sheet: string; cell: string }>();
export const locationOf = (d: Amount): { sheet: string; cell: string } | undefined => (d ? LOCATION.get(d) : undefined);

function value(t: RecognizedTable | undefined, pick: (r: RecognizedRow) => boolean, column: string): Amount {
  if (!t) return null;
  const row = t.rows.find(pick);
  const cell = row?.cells[column];
  if (!row || !cell) return null;
  const v = cell.amount.kind === 'number' ? cell.amount.value.div(scaleOf(t)) : cell.amount.kind === 'blank' ? new Decimal(0) : null;
  if (v) LOCATION.set(v, { sheet: cell.sheet, cell: cellAddress(cell.row, cell.col) });
  return v;
}

const role = (r: string) => (x: RecognizedRow) => x.role === r;
const sum = (xs: Amount[]): Amount => (xs.every((x) => x === null) ? null : xs.reduce<Decimal>((s, x) => s.plus(x ?? 0), new Decimal(0)));

/** Finds a supporting table by title suffix and reads one figure from the row whose first label matches. */
function supportingFigure(wb: WorkbookSnapshot, titleSuffix: string, rowLabel: string, which: 'first' | 'last'): Amount {
  for (const sheet of wb.sheets) {
    const g = new Grid(sheet);
    for (let r = sheet.origin.row; r < g.rows; r++) {
      const keys = g.rowKeys(r);
      if (!keys.some(([, k]) => k.endsWith(titleSuffix) && k.length <= titleSuffix.length + 4)) continue;
      for (let rr = r + 1; rr < Math.min(g.rows, r + 60); rr++) {
        const rk = g.rowKeys(rr);
        if (rk[0]?.[1] !== labelKey(rowLabel)) continue;
        const nums = rk.map(([c]) => g.amount(rr, c)).filter((a) => a.kind === 'number');
        const a = which === 'first' ? nums[0] : nums.at(-1);
        return a && a.kind === 'number' ? a.value : null;
      }
    }
  }
  return null;
}

/** 政府采购目录 classes that are fixed assets (2013 品目: A01 土地/房屋 … A06 家具用具); A07+ are materials. */
const FIXED_ASSET_CLASS = /^A0[1-6]/;

/**
 * Σ of the items of the first 政府采购预算 (the 部门's; N-05 when the table prints no 合计 row) and of its goods that
 * are fixed assets (P-06).
 */
function procurementSums(wb: WorkbookSnapshot): { all: Decimal; fixed: Decimal } | null {
  const items = procurementItems(wb)?.filter((i) => i.table === 0);
  if (!items) return null;
  const sum = (xs: typeof items) => xs.reduce((a, i) => a.plus(i.total.v), new Decimal(0));
  return { all: sum(items), fixed: sum(items.filter((i) => FIXED_ASSET_CLASS.test(i.code))) };
}

/** Facts of every 部门/单位 group in the workbook, 部门 first. */
export function gatherFacts(wb: WorkbookSnapshot, rec: Recognition = recognizeWorkbook(wb)): Facts[] {
  const groups = new Map<string, RecognizedTable[]>();
  for (const t of rec.tables) pushTo(groups, groupKey(t), t);
  const items = procurementSums(wb);
  const procurement = supportingFigure(wb, '政府采购预算', '合计', 'first') ?? items?.all ?? null;
  const assets = supportingFigure(wb, '固定资产占用情况表', '资产总额', 'last');
  const procurementAssets = items?.fixed ?? null;
  const out: Facts[] = [];
  for (const ts of groups.values()) {
    const by = (id: string) => ts.find((t) => t.id === id);
    const t1 = by('T1');
    const t3 = by('T3');
    const t6 = by('T6');
    const t9 = by('T9');
    const inc = (key: string) => value(t1, role(`in:${key}`), 'income');
    const first = ts[0]!;
    const level = first.level ?? (first.unitCode && first.unitCode.length >= 6 ? '单位' : '部门');
    out.push({
      unitCode: first.unitCode,
      unitName: first.unitName,
      level,
      year: first.year,
      income: {
        total: inc('incomeTotal'),
        subtotal: inc('incomeSubtotal'),
        general: inc('general'),
        fund: inc('fund'),
        stateCapital: inc('stateCapital'),
        specialAccount: inc('specialAccount'),
        unitFunds: sum(['business', 'operating', 'superiorSubsidy', 'subordinateRemit', 'other', 'unitFunds'].map(inc)),
        carryOver: inc('carryOver'),
      },
      expense: {
        total: value(t1, role('ex:expenseSubtotal'), 'expense') ?? value(t3, role('total'), 'total'),
        basic: value(t3, role('total'), 'basic'),
        project: value(t3, role('total'), 'project'),
        personnel: value(t6, role('total'), 'personnel'),
        public: value(t6, role('total'), 'public'),
      },
      publicItems: (t6?.rows ?? [])
        .filter((r) => r.code && r.code.length === 5 && /^(302|307|309|310)/.test(r.code))
        .map((r) => ({ code: r.code!, name: r.label, amount: value(t6, (x) => x === r, 'total') ?? new Decimal(0) }))
        .filter((x) => !x.amount.isZero()),
      sanGong: {
        total: value(t9, role('sg:subtotal'), 'total') ?? value(t9, role('sg:total'), 'total'),
        abroad: value(t9, role('sg:abroad'), 'total'),
        car: value(t9, role('sg:car'), 'total'),
        carPurchase: value(t9, role('sg:carPurchase'), 'total'),
        carRunning: value(t9, role('sg:carRunning'), 'total'),
        reception: value(t9, role('sg:reception'), 'total'),
      },
      procurement: level === '部门' || groups.size === 1 ? procurement : null,
      procurementAssets: level === '部门' || groups.size === 1 ? procurementAssets : null,
      assets: level === '部门' || groups.size === 1 ? assets : null,
      tables: ts.map((t) => t.id),
    });
  }
  return out.sort((a, b) => (a.level === b.level ? 0 : a.level === '部门' ? -1 : 1));
}
