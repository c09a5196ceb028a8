/**
 * Rules on the supporting tables the 说明 cites, wherever they are printed (identities.md §2.5): the 政府采购预算
 * (P-01 合计 = Σ 小计 = Σ items; P-02 item 合计 = 数量 × 单价; P-03 合计 = Σ fund columns; P-04 预留中小微企业份额 ≤
 * 合计) and the 固定资产占用情况表 (A-02 资产总额 = 房屋 + 车辆 + 设备 + 其他; A-03 办公用房 ≤ 房屋; A-04 截止时间 =
 * 预算年度 − 1 年 12 月 31 日). Columns are found by the 合计 / 一般公共预算拨款 header and by each item's 目录序号;
 * differences within the printed precision are 尾差. A table that cannot be read this way is left 未核对 (no finding).
 * With a 项目绩效目标表 in the workbook: G-01, G-02, P-05 (performance.ts).
 */
import { makeFinding } from './finding';
import { cellAddress } from '../a1';
import { Decimal, halfUnit } from '../money';
import type { SheetSnapshot, WorkbookSnapshot } from '../model/snapshot';
import { Grid } from '../recognize/grid';
import { mentions } from '../model/snapshot';
import { performanceFindings, type ProcurementProject } from './performance';
import type { TableId } from '../catalog/types';
import type { Finding, FindingSeverity } from './types';

interface Ctx {
  g: Grid;
  sheet: SheetSnapshot;
  table: TableId;
  out: Finding[];
  /** 政府采购 rows' projects and their 预算资金 (for P-05). */
  projects: ProcurementProject[];
}

type Num = { v: Decimal; d: number; blank?: true };

/** A printed amount (a blank is 0 and, printing no figure, brings no rounding interval); null: unreadable text. */
const num = (g: Grid, r: number, c: number): Num | null => {
  const a = g.amount(r, c);
  return a.kind === 'number' ? { v: a.value, d: a.decimals } : a.kind === 'blank' ? { v: new Decimal(0), d: 2, blank: true } : null;
};
const show = (d: Decimal) => d.toFixed(2);

function finding(
  ctx: Ctx,
  rule: string,
  title: string,
  r: number,
  c: number,
  severity: FindingSeverity,
  message: string,
  expected = '',
  actual = '',
): void {
  const numeric = /^-?\d+(\.\d+)?$/;
  const cell = cellAddress(r, c);
  ctx.out.push(
    makeFinding({
      rule,
      title,
      severity,
      message,
      at: { sheet: ctx.sheet.name, cell },
      figures: {
        expected,
        actual,
        difference: numeric.test(expected) && numeric.test(actual) ? show(new Decimal(actual).minus(expected)) : '',
      },
      unit: null,
      table: ctx.table,
    }),
  );
}

/** total =? Σ parts, within the parts' and the total's printed precision. */
function sumRule(ctx: Ctx, rule: string, title: string, at: [number, number], total: Num, parts: Num[], what: string): void {
  const sum = parts.reduce((a, p) => a.plus(p.v), new Decimal(0));
  const diff = total.v.minus(sum);
  if (diff.isZero()) return;
  const tol = [total, ...parts].reduce((a, p) => (p.blank ? a : a.plus(halfUnit(p.d))), new Decimal(0));
  const severity: FindingSeverity = diff.abs().lte(tol) ? 'rounding' : 'error';
  finding(
    ctx,
    rule,
    title,
    at[0],
    at[1],
    severity,
    `${what}：${show(total.v)} ≠ ${show(sum)}，差 ${show(diff)}${severity === 'rounding' ? '（尾差）' : ''}`,
    show(sum),
    show(total.v),
  );
}

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

interface ProcurementRows {
  grand: { r: number; v: Num } | null;
  subtotals: { r: number; v: Num }[];
  items: ProcurementItem[];
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

function procurementRule(ctx: Ctx, it: ProcurementItem, totalCol: number): void {
  const { quantity: q, price: p, total } = it;
  if (q && p && !q.v.isZero()) {
    const expected = q.v.times(p.v);
    const tol = q.v.abs().times(halfUnit(p.d)).plus(halfUnit(total.d));
    if (expected.minus(total.v).abs().gt(tol))
      finding(
        ctx,
        'P-02',
        '政府采购 合计 = 数量 × 单价',
        it.row,
        totalCol,
        'error',
        `政府采购预算：数量 ${q.v} × 单价 ${show(p.v)} = ${show(expected)}，合计为 ${show(total.v)}`,
        show(expected),
        show(total.v),
      );
  }
}

function procurementRows(ctx: Ctx, from: number, totalCol: number): void {
  const { g } = ctx;
  const rows = readProcurement(g, ctx.sheet.name, from, totalCol);
  const line = [
    ...rows.items.map((i) => ({ r: i.row, v: i.total, funds: i.funds, sme: i.sme })),
    ...rows.subtotals,
    ...(rows.grand ? [rows.grand] : []),
  ];
  for (const it of rows.items) {
    if (it.project && it.budget && !ctx.projects.some((p) => p.name === it.project))
      ctx.projects.push({ name: it.project, budget: it.budget.v, sheet: ctx.sheet.name, row: it.row, col: g.sheet.origin.col + 1 });
    procurementRule(ctx, it, totalCol);
  }
  for (const { r, v } of line.sort((a, b) => a.r - b.r)) {
    const funds = [...Array(7).keys()].map((k) => num(g, r, totalCol + 1 + k));
    if (funds.some((f) => f && !f.v.isZero()) && funds.every((f) => f))
      sumRule(ctx, 'P-03', '政府采购 合计 = 各资金来源之和', [r, totalCol], v, funds as Num[], '政府采购预算：合计 ≠ 各资金来源之和');
    // Only a printed 份额 is compared (a blank one is no claim; a negative 合计 is P-03's business).
    const sme = g.amount(r, totalCol + 8).kind === 'number' ? num(g, r, totalCol + 8) : null;
    if (sme && sme.v.gt(v.v))
      finding(
        ctx,
        'P-04',
        '预留中小微企业份额 ≤ 合计',
        r,
        totalCol + 8,
        'error',
        `政府采购预算：预留中小微企业份额 ${show(sme.v)} 大于合计 ${show(v.v)}`,
        show(v.v),
        show(sme.v),
      );
  }
  const grand = rows.grand;
  if (!grand) return;
  if (rows.subtotals.length)
    sumRule(
      ctx,
      'P-01',
      '政府采购 合计 = Σ 小计',
      [grand.r, totalCol],
      grand.v,
      rows.subtotals.map((x) => x.v),
      '政府采购预算：合计 ≠ 各单位小计之和',
    );
  if (rows.items.length)
    sumRule(
      ctx,
      'P-01',
      '政府采购 合计 = Σ 明细',
      [grand.r, totalCol],
      grand.v,
      rows.items.map((x) => x.total),
      '政府采购预算：合计 ≠ 各采购明细之和',
    );
}

function procurement(ctx: Ctx, title: number): void {
  const col = totalColumn(ctx.g, title);
  if (col !== null) procurementRows(ctx, title + 1, col);
}

function assets(ctx: Ctx, title: number, year: number | null): void {
  const { g } = ctx;
  const rows = new Map<string, number>();
  let valueCol = -1;
  for (let r = title + 1; r < Math.min(g.rows, title + 14); r++) {
    for (const [c, k] of g.rowKeys(r)) {
      if (k.startsWith('价值')) valueCol = c;
      const cut = /截止(?:时间|日期)[:：]?(\d{4})[-年./](\d{1,2})[-月./](\d{1,2})/.exec(k);
      if (cut && year && !(Number(cut[1]) === year - 1 && Number(cut[2]) === 12 && Number(cut[3]) === 31))
        finding(
          ctx,
          'A-04',
          '截止时间 = 上年末',
          r,
          c,
          'error',
          `固定资产占用情况表截止时间 ${cut[1]}-${cut[2]}-${cut[3]} 应为 ${year - 1}-12-31（预算年度前一年年末）`,
          `${year - 1}-12-31`,
          `${cut[1]}-${cut[2]}-${cut[3]}`,
        );
    }
    const label = g.key(r, g.sheet.origin.col).replace(/^\d+[、.]/, '');
    const name = ['资产总额', '房屋', '其中:办公用房', '车辆', '单价在', '其他固定资产'].find((n) => label.startsWith(n));
    if (name) rows.set(name, r);
  }
  if (valueCol < 0) return;
  const v = (n: string) => (rows.has(n) ? num(g, rows.get(n)!, valueCol) : null);
  const [total, house, office, car, equip, other] = ['资产总额', '房屋', '其中:办公用房', '车辆', '单价在', '其他固定资产'].map(v);
  if (total && house && car && equip && other)
    sumRule(
      ctx,
      'A-02',
      '资产总额 = 房屋 + 车辆 + 设备 + 其他',
      [rows.get('资产总额')!, valueCol],
      total,
      [house, car, equip, other],
      '固定资产占用情况表：资产总额 ≠ 房屋＋车辆＋设备＋其他固定资产',
    );
  if (house && office && office.v.gt(house.v))
    finding(
      ctx,
      'A-03',
      '其中 ≤ 所属项',
      rows.get('其中:办公用房')!,
      valueCol,
      'error',
      `固定资产占用情况表：办公用房 ${show(office.v)} 大于房屋 ${show(house.v)}`,
      show(house.v),
      show(office.v),
    );
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
 * Findings of the supporting tables printed anywhere in the workbook; `totals` (项目支出, 公用经费 of the tables) is
 * asked for only when a 项目绩效目标表 is there (G-01, P-05).
 */
export function supportingFindings(
  wb: WorkbookSnapshot,
  year: number | null,
  totals: () => { project: Decimal | null; public: Decimal | null } = () => ({ project: null, public: null }),
): Finding[] {
  const out: Finding[] = [];
  const projects: ProcurementProject[] = [];
  forEachTitle(wb, '采购', /政府采购预算$/, (g, sheet, r) => procurement({ g, sheet, table: 'S2', out, projects }, r));
  forEachTitle(wb, '固定资产', /固定资产占[用有]情况表$/, (g, sheet, r) => assets({ g, sheet, table: 'S3', out, projects }, r, year));
  if (wb.sheets.some((s) => mentions(s, '绩效目标表'))) out.push(...performanceFindings(wb, totals(), projects));
  return out;
}
