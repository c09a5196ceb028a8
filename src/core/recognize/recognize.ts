/**
 * Table recognition by content: titles (tolerant of spaces, quotes, full-width forms and a missing 部门预算 prefix),
 * the 栏次 row that names the columns, the unit/year/money line, and row roles from codes and fixed labels.
 * Handles several tables per sheet, tables split by repeated page headers, wrapped labels, blank rows/columns.
 * Sheet names and positions carry no meaning. What it cannot place it reports as a problem; it never guesses.
 */
import { resolveEdition, tableOf } from '../catalog/editions';
import {
  categoryKey,
  incomeKey,
  SANGONG_ROLES,
  T1_LEFT_TOTALS,
  T1_RIGHT_TOTALS,
  T4_LEFT_TOTALS,
  T4_RIGHT_TOTALS,
  TITLE_ALIASES,
} from '../catalog/row-roles';
import { STANDARD_TABLES, type TableId, type TableTemplate } from '../catalog/types';
import { builtinVocabulary, type Vocabulary } from '../catalog/vocabulary';
import type { WorkbookSnapshot } from '../model/snapshot';
import { bareLabel, labelKey } from '../text';
import { unitSlips } from './unit-slip';
import { Grid } from './grid';
import { isInternalSheet } from '../internal-sheets';
import type { AmountCell, Recognition, RecognitionProblem, RecognizedRow, RecognizedTable } from './types';

const REFERENCE = resolveEdition('2023');
const templateOf = (id: TableId): TableTemplate => tableOf(REFERENCE, id, id === 'T9' ? 'B' : undefined);

/** A label as the vocabulary of the editions in use names it. */
const alias = (v: Vocabulary, bare: string) => v.aliases[bare] ?? bare;
const T1_KEY = (bare: string) => incomeKey('T1', bare);
const T4_KEY = (bare: string) => incomeKey('T4', bare);

/** A template's 栏次 and its header cells' label keys, worked out once per template (every table recognized asks). */
const TEMPLATE_KEYS = new WeakMap<TableTemplate, { lanci: string[]; headerLabels: string[] }>();
function templateKeys(t: TableTemplate): { lanci: string[]; headerLabels: string[] } {
  let k = TEMPLATE_KEYS.get(t);
  if (!k) {
    k = {
      lanci: t.columns.filter((c) => c.lanci).map((c) => c.lanci!),
      headerLabels: t.header.flat().flatMap((c) => (c.text ? [labelKey(c.text)] : [])),
    };
    TEMPLATE_KEYS.set(t, k);
  }
  return k;
}

/** Of the printed variants of a table, the one whose 栏次 and header labels fit the sheet best. */
function chooseTemplate(v: Vocabulary, g: Grid, id: TableId, titleRow: number, lanciRow: number, lanciKeys: string[]): TableTemplate {
  const candidates = v.templates.get(id) ?? [templateOf(id)];
  if (candidates.length === 1) return candidates[0]!;
  const headerKeys = new Set<string>();
  for (let r = titleRow + 1; r < lanciRow; r++) for (const [, k] of g.rowKeys(r)) headerKeys.add(k);
  let best = candidates[0]!;
  let bestScore = -1;
  for (const t of candidates) {
    const { lanci, headerLabels } = templateKeys(t);
    const all = lanci.every((l) => lanciKeys.includes(l));
    const exact = lanci.length === lanciKeys.length;
    const labels = headerLabels.filter((k) => headerKeys.has(k)).length;
    const score = (all ? 100 : 0) + (exact ? 50 : 0) + labels;
    if (score > bestScore) {
      best = t;
      bestScore = score;
    }
  }
  return best;
}

const noQuotes = (s: string) => s.replace(/["']/g, '');
const ALIASES: { id: TableId; key: string }[] = STANDARD_TABLES.flatMap((id) =>
  TITLE_ALIASES[id]!.map((a) => ({ id, key: noQuotes(labelKey(a)) })),
).sort((a, b) => b.key.length - a.key.length);

interface TitleHit {
  id: TableId;
  row: number;
  col: number;
  prefix: string;
  text: string;
  /** 「续」: the rest of a table begun on an earlier sheet (or above). */
  continued?: boolean;
}

/** A title's 「续」 mark — （续）, (续表), 续表, 续 at its end — and the title without it. */
const CONTINUED = /[(（]?续表?[)）]?$/;

/** A cell that is a table title: ends with a known name, preceded only by a short prefix (year, 部门预算/单位预算, a name). */
export function matchTitle(text: string): { id: TableId; prefix: string; continued?: boolean } | null {
  const full = noQuotes(labelKey(text));
  const continued = CONTINUED.test(full) && full.length > 3;
  const k = continued ? full.replace(CONTINUED, '') : full;
  if (!k || k.length > 60) return null;
  for (const a of ALIASES) {
    if (!k.endsWith(a.key)) continue;
    const prefix = k.slice(0, k.length - a.key.length);
    if (/[，。,;；:：见详]/.test(prefix) || prefix.length > 40) return null;
    // "部门预算收支总表" / "收支总表" / "2023年部门预算收支总表" / "XX局2023年单位预算收支总表"
    if (prefix === '' || /(预算|\d{4}年度?|部门|单位)$/.test(prefix))
      return continued ? { id: a.id, prefix, continued } : { id: a.id, prefix };
    return null;
  }
  return null;
}

/** Titles of other printed tables (情况说明 附表) and the 说明 itself: they end a standard table's region. */
const BOUNDARY = /(政府采购预算|固定资产占用情况表|固定资产占有情况表|机构设置情况|绩效目标表|情况说明)$/;

/** Every title on the sheet, left to right within a row (tables may stand side by side), and boundary titles. */
function findTitles(g: Grid): (TitleHit | { id: null; row: number })[] {
  const hits: (TitleHit | { id: null; row: number })[] = [];
  for (let r = g.sheet.origin.row; r < g.rows; r++) {
    for (let c = g.sheet.origin.col; c < g.cols; c++) {
      const v = g.value(r, c);
      if (typeof v !== 'string' || !(v.includes('表') || v.includes('预算') || v.includes('情况'))) continue;
      const t = g.text(r, c);
      const m = v.includes('表') ? matchTitle(t) : null;
      if (m) {
        hits.push({ id: m.id, row: r, col: c, prefix: m.prefix, text: t.trim(), ...(m.continued ? { continued: true } : {}) });
        continue;
      }
      // Every boundary title holds 购, 情 or 绩 (labelKey keeps Chinese characters): others need no normalising.
      if (!(t.includes('购') || t.includes('情') || t.includes('绩'))) continue;
      const k = labelKey(t);
      if (k.length <= 40 && BOUNDARY.test(k)) {
        hits.push({ id: null, row: r });
        break;
      }
    }
  }
  return hits;
}

/**
 * Where each title's table lies: from its title down to the row before the next title below it that shares its
 * columns, within the columns up to the next title to its right on the same row (tables side by side).
 */
function regions(
  hits: (TitleHit | { id: null; row: number })[],
  g: Grid,
): { hit: TitleHit & { id: TableId }; end: number; from: number; to: number }[] {
  const titled = hits.filter((h): h is TitleHit & { id: TableId } => h.id !== null);
  return titled.map((hit) => {
    const sameRow = titled.filter((h) => h.row === hit.row).sort((a, b) => a.col - b.col);
    const i = sameRow.indexOf(hit);
    const from = i === 0 ? g.sheet.origin.col : hit.col;
    const to = sameRow[i + 1]?.col ?? Infinity;
    const below = hits.find((h) => {
      if (h.row <= hit.row) return false;
      if (h.id === null) return true;
      const hs = titled.filter((x) => x.row === h.row).sort((a, b) => a.col - b.col);
      const j = hs.indexOf(h);
      const hFrom = j === 0 ? g.sheet.origin.col : h.col;
      const hTo = hs[j + 1]?.col ?? Infinity;
      return hFrom < to && from < hTo;
    });
    return { hit, end: (below?.row ?? g.rows) - 1, from, to };
  });
}

/** Header-label vocabulary of a template (to skip header rows repeated on later pages). */
const HEADER_WORDS = new WeakMap<TableTemplate, Set<string>>();
function headerVocabulary(t: TableTemplate): Set<string> {
  let s = HEADER_WORDS.get(t);
  if (s) return s;
  s = new Set<string>(['序号', '栏次', '项目', '金额']);
  for (const row of t.header) for (const c of row) if (c.text) s.add(labelKey(c.text.replace('{year}', '')));
  HEADER_WORDS.set(t, s);
  return s;
}

const isHeaderLineKey = (k: string) => k.includes('预算年度') || /^单位[:：]/.test(k) || /^金额单位/.test(k);

interface Ctx {
  g: Grid;
  /** The vocabulary of the editions in use. */
  v: Vocabulary;
  sheet: string;
  problems: RecognitionProblem[];
}

const ERROR_VALUE = /^#(REF!|DIV\/0!|N\/A|VALUE!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)/;

/** An amount cell that is not a number: an Excel error value, a formula the file holds no result for, or text. */
function textAmountProblem(sheet: string, row: number, col: number, text: string, table: string): RecognitionProblem {
  if (ERROR_VALUE.test(text.trim()))
    return {
      sheet,
      row,
      col,
      kind: 'errorValue',
      message: `${table}：金额单元格是错误值 ${text.trim()}，所在的勾稽关系未核对。请修正该单元格的公式或数字`,
    };
  if (text.trim().startsWith('='))
    return {
      sheet,
      row,
      col,
      kind: 'uncomputed',
      message: `${table}：公式未计算（文件中没有计算结果：${text.trim().slice(0, 60)}），所在的勾稽关系未核对。请在 Excel 中打开并保存后再检查`,
    };
  return { sheet, row, col, kind: 'text', message: `无法识别的金额“${text}”（${table}），所在的勾稽关系未核对` };
}

function amountCells(ctx: Ctx, t: TableTemplate, columns: Record<string, number>, row: number, keys: string[]): Record<string, AmountCell> {
  const cells: Record<string, AmountCell> = {};
  for (const key of keys) {
    const col = columns[key];
    if (col === undefined) continue;
    const amount = ctx.g.amount(row, col);
    if (amount.kind === 'text') ctx.problems.push(textAmountProblem(ctx.sheet, row, col, amount.text, t.name));
    cells[key] = { sheet: ctx.sheet, row, col, amount };
  }
  return cells;
}

const amountKeys = (t: TableTemplate) => t.columns.filter((c) => c.kind === 'amount').map((c) => c.key);

function sideRole(
  v: Vocabulary,
  rawBare: string,
  items: readonly string[],
  totals: Record<string, string>,
  prefix: string,
  key: (bare: string) => string,
): string | null {
  if (!rawBare) return null;
  const bare = alias(v, rawBare);
  if (bare in totals) return `${prefix}:${totals[bare]}`;
  if (items.includes(bare)) return `${prefix}:${key(bare)}`;
  return `${prefix}?:${bare}`;
}

/** What reading one body row needs: the table so far, the last rows (for wrapped labels), and the 结转 state. */
interface BodyState {
  ctx: Ctx;
  t: TableTemplate;
  table: RecognizedTable;
  amounts: string[];
  carryOverSeen: boolean;
  last: { rows: RecognizedRow[] } | null;
}

function recognizeBody(ctx: Ctx, t: TableTemplate, table: RecognizedTable, from: number, to: number): void {
  const { g } = ctx;
  const vocab = headerVocabulary(t);
  const cols = table.columns;
  const seqCol = Object.entries(cols).find(([k]) => k === 'seq')?.[1];
  const unitKey = table.unitCode ? labelKey(`${table.unitCode}${table.unitName ?? ''}`) : null;
  const st: BodyState = { ctx, t, table, amounts: amountKeys(t), carryOverSeen: false, last: null };
  const readRow = t.body.kind === 'sides' ? sidesRow : t.body.kind === 'coded' ? codedRow : fixedRow;
  for (let r = from; r <= to; r++) {
    const keys = g.rowKeys(r);
    if (keys.length === 0) continue;
    const first = keys[0]![1];
    if (keys.some(([, k]) => k === '栏次')) continue;
    if (keys.some(([, k]) => isHeaderLineKey(k)) || (unitKey && keys.some(([, k]) => k === unitKey))) continue;
    if (keys.every(([, k]) => vocab.has(k))) continue;
    if (/^注[:：]?/.test(first) && keys.length === 1) {
      table.note = g.text(r, keys[0]![0]).trim();
      break;
    }
    const hasAmount = st.amounts.some((k) => cols[k] !== undefined && g.amount(r, cols[k]!).kind === 'number');
    const seq = seqCol === undefined ? '' : g.key(r, seqCol);
    readRow(st, r, hasAmount, seq);
  }
}

/** 收支总表 / 财政拨款收支总表: an income and an expense item side by side on each row. */
function sidesRow(st: BodyState, r: number, hasAmount: boolean, seq: string): void {
  const { ctx, t, table } = st;
  const { g } = ctx;
  const cols = table.columns;
  const lLabel = g.text(r, cols.incomeItem!);
  const rLabel = g.text(r, cols.expenseItem!);
  const lBare = bareLabel(lLabel);
  const rBare = bareLabel(rLabel);
  // A label wrapped onto a continuation row: no 序号, no amounts, text only.
  if (!seq && !hasAmount && st.last && (lBare || rBare)) {
    for (const lr of st.last.rows) {
      const side = lr.role.startsWith('in') || lr.role.startsWith('co') ? lBare : rBare;
      if (!side) continue;
      lr.label += side;
      lr.role = reRole(st.ctx.v, t.id, lr.role, bareLabel(lr.label), st.carryOverSeen);
    }
    return;
  }
  const rows: RecognizedRow[] = [];
  const rightKeys = st.amounts.filter((k) => k !== 'income');
  if (lBare || cellHasNumber(g, r, cols.income)) {
    let role: string | null;
    if (t.id === 'T4') {
      role = sideRole(st.ctx.v, lBare, st.ctx.v.t4Income, T4_LEFT_TOTALS, st.carryOverSeen && lBare !== '收入总计' ? 'co' : 'in', T4_KEY);
      if (lBare === '年初财政拨款结转和结余') {
        role = 'in:carryOver';
        st.carryOverSeen = true;
      }
    } else role = sideRole(st.ctx.v, lBare, st.ctx.v.t1Income, T1_LEFT_TOTALS, 'in', T1_KEY);
    rows.push({ row: r, role: role ?? 'in?:', label: lLabel.trim(), cells: amountCells(ctx, t, cols, r, ['income']) });
  }
  if (rBare || rightKeys.some((k) => cellHasNumber(g, r, cols[k]))) {
    const role = sideRole(st.ctx.v, rBare, st.ctx.v.categories, t.id === 'T4' ? T4_RIGHT_TOTALS : T1_RIGHT_TOTALS, 'ex', categoryKey);
    rows.push({ row: r, role: role ?? 'ex?:', label: rLabel.trim(), cells: amountCells(ctx, t, cols, r, rightKeys) });
  }
  table.rows.push(...rows);
  st.last = { rows };
}

/** Tables by 科目编码: a 3/5/7-digit code (or one glued to the name) and its name; 合计. */
function codedRow(st: BodyState, r: number, hasAmount: boolean): void {
  const { ctx, t, table } = st;
  const { g } = ctx;
  const cols = table.columns;
  const codeText = g.key(r, cols.code!);
  const nameText = g.text(r, cols.name!).trim();
  let code = codeText.replace(/\D/g, '') === codeText ? codeText : '';
  let name = nameText;
  const glued = /^(\d{3,7})(\D.*)$/.exec(labelKey(nameText));
  if (!code && glued) {
    code = glued[1]!;
    name = nameText.replace(/^\s*\d+\s*/, '');
  }
  const isTotal = labelKey(nameText) === '合计' || codeText === '合计' || labelKey(nameText) === '总计';
  if (!code && !isTotal && !hasAmount && nameText && st.last) {
    st.last.rows[0]!.label += nameText;
    return;
  }
  const problem = (message: string) => ctx.problems.push({ sheet: ctx.sheet, row: r, col: cols.code!, message });
  // A row with amounts but no readable code is not matched to anything: the identities that would read it are 未核对.
  const unread = () => hasAmount && (table.unread ??= []).push({ row: r, col: cols.code! });
  if (!code && !isTotal) {
    if (hasAmount || nameText) problem(`${t.name}：第${r + 1}行没有科目编码，未参与检查`);
    unread();
    return;
  }
  if (code && !/^\d{3}(\d{2}){0,2}$/.test(code)) {
    unread();
    return void problem(`${t.name}：科目编码“${codeText}”不是3/5/7位，未参与检查`);
  }
  const row: RecognizedRow = {
    row: r,
    role: isTotal ? 'total' : 'code',
    label: isTotal ? '合计' : name,
    cells: amountCells(ctx, t, cols, r, st.amounts),
  };
  if (!isTotal) row.code = code;
  table.rows.push(row);
  st.last = { rows: [row] };
}

/** Fixed rows (三公): each row's item names its role; a wrapped item joins the row before. */
function fixedRow(st: BodyState, r: number, hasAmount: boolean, seq: string): void {
  const { ctx, t, table } = st;
  const cols = table.columns;
  const label = ctx.g.text(r, cols.item!);
  const bare = bareLabel(label);
  const problem = (message: string) => ctx.problems.push({ sheet: ctx.sheet, row: r, col: cols.item!, message });
  if (!bare) {
    if (hasAmount) problem(`${t.name}：第${r + 1}行有金额但没有项目名称`);
    return;
  }
  const role = SANGONG_ROLES[alias(st.ctx.v, bare)] ?? SANGONG_ROLES[alias(st.ctx.v, bare).replace(/["']/g, '')];
  if (!role) {
    if (!hasAmount && !seq && st.last) {
      const prev = st.last.rows[0]!;
      const jr = SANGONG_ROLES[alias(st.ctx.v, bareLabel(prev.label + label))];
      if (jr) {
        prev.label += label.trim();
        prev.role = `sg:${jr}`;
        return;
      }
    }
    return void problem(`${t.name}：无法识别的行“${label.trim()}”，未参与检查`);
  }
  const row: RecognizedRow = { row: r, role: `sg:${role}`, label: label.trim(), cells: amountCells(ctx, t, cols, r, st.amounts) };
  table.rows.push(row);
  st.last = { rows: [row] };
}

function cellHasNumber(g: Grid, r: number, col: number | undefined): boolean {
  return col !== undefined && g.amount(r, col).kind === 'number';
}

/** Role after a wrapped label was joined. */
function reRole(v: Vocabulary, id: TableId, role: string, bare: string, carryOverSeen: boolean): string {
  if (role.startsWith('ex'))
    return sideRole(v, bare, v.categories, id === 'T4' ? T4_RIGHT_TOTALS : T1_RIGHT_TOTALS, 'ex', categoryKey) ?? role;
  if (id === 'T4') return sideRole(v, bare, v.t4Income, T4_LEFT_TOTALS, carryOverSeen ? 'co' : 'in', T4_KEY) ?? role;
  return sideRole(v, bare, v.t1Income, T1_LEFT_TOTALS, 'in', T1_KEY) ?? role;
}

function headerLine(g: Grid, from: number, to: number, t: Partial<RecognizedTable>): void {
  for (let r = from; r <= to; r++) {
    const keys = g.rowKeys(r);
    keys.forEach(([c, k], i) => {
      const unit = /^(\d{3,9})(\D.+)$/.exec(k);
      // 「2023年部门预算支出总表」 (a title that starts with its year) names no 部门: 2023 is not a code.
      if (unit && !t.unitCode && !isHeaderLineKey(k) && !/^年/.test(unit[2]!)) {
        t.unitCode = unit[1]!;
        t.unitName = g
          .text(r, c)
          .trim()
          .replace(/^\d+\s*/, '');
      }
      if (k.includes('预算年度')) {
        const y = /(\d{4})/.exec(k) ?? /^(\d{4})/.exec(keys[i + 1]?.[1] ?? '');
        if (y) t.year = Number(y[1]);
      }
      const money = /单位[:：]?(万元|元)/.exec(k);
      if (money) {
        t.money = money[1] as '万元' | '元';
        t.moneyAt = { row: r, col: c };
      }
    });
  }
}

/** The 栏次 row under a title (the first row whose cells include 栏次), and its cells from 栏次 on. */
function findLanci(g: Grid, from: number, to: number): { row: number; cells: [number, string][] } | null {
  for (let r = from; r <= to; r++) {
    const keys = g.rowKeys(r);
    const at = keys.findIndex(([, k]) => k === '栏次');
    if (at >= 0) return { row: r, cells: keys.slice(at) };
  }
  return null;
}

function levelOf(prefix: string, unitCode: string | null | undefined): RecognizedTable['level'] {
  if (prefix.includes('单位')) return '单位';
  if (prefix.includes('部门')) return '部门';
  if (!unitCode) return null;
  return unitCode.length >= 6 ? '单位' : '部门';
}

/** One table from its title to `end`: columns by 栏次 (the printed variant that fits), header line, body. */
function recognizeTable(ctx: Ctx, hit: TitleHit & { id: TableId }, end: number, begun?: RecognizedTable): RecognizedTable | null {
  const { g } = ctx;
  const problem = (row: number, col: number, message: string) => ctx.problems.push({ sheet: ctx.sheet, row, col, message });
  const lanci = findLanci(g, hit.row + 1, end);
  if (!lanci && begun) {
    // A continuation without its header repeated: the columns of the table it continues.
    const table: RecognizedTable = {
      ...begun,
      sheet: ctx.sheet,
      titleRow: hit.row,
      titleCol: hit.col,
      title: hit.text,
      lanciRow: hit.row,
      endRow: end,
      rows: [],
      note: null,
    };
    recognizeBody(ctx, begun.template, table, hit.row + 1, end);
    table.empty = !table.rows.some((r) => Object.values(r.cells).some((c) => c.amount.kind === 'number'));
    return table;
  }
  if (!lanci) {
    problem(hit.row, hit.col, `“${hit.text}”下方未找到栏次行，无法识别此表的列，未参与检查`);
    return null;
  }
  const t = chooseTemplate(
    ctx.v,
    g,
    hit.id,
    hit.row,
    lanci.row,
    lanci.cells.slice(1).map(([, k]) => k),
  );
  const columns: Record<string, number> = { seq: lanci.cells[0]![0] };
  for (const [c, k] of lanci.cells.slice(1)) {
    const col = t.columns.find((x) => x.lanci === k);
    if (col && columns[col.key] === undefined) columns[col.key] = c;
  }
  const missing = t.columns.filter((c) => c.lanci && columns[c.key] === undefined).map((c) => c.lanci);
  if (missing.length) {
    problem(lanci.row, columns.seq!, `“${hit.text}”的栏次行缺少第${missing.join('、')}栏，未参与检查`);
    return null;
  }
  const info: Partial<RecognizedTable> = {};
  headerLine(g, hit.row, lanci.row - 1, info);
  const prefixYear = /(\d{4})年/.exec(hit.prefix);
  const table: RecognizedTable = {
    id: hit.id,
    level: levelOf(hit.prefix, info.unitCode),
    sheet: ctx.sheet,
    titleRow: hit.row,
    titleCol: hit.col,
    title: hit.text,
    lanciRow: lanci.row,
    template: t,
    endRow: end,
    unitCode: info.unitCode ?? null,
    unitName: info.unitName ?? null,
    year: info.year ?? (prefixYear ? Number(prefixYear[1]) : null),
    money: info.money ?? '万元',
    ...(info.moneyAt ? { moneyAt: info.moneyAt } : {}),
    columns,
    rows: [],
    empty: false,
    note: null,
  };
  recognizeBody(ctx, t, table, lanci.row + 1, end);
  table.empty = !table.rows.some((r) => Object.values(r.cells).some((c) => c.amount.kind === 'number'));
  if (hit.id === 'T9') {
    const roles = new Set(table.rows.map((r) => r.role));
    table.variant = roles.has('sg:total') && roles.has('sg:subtotal') ? 'B' : roles.has('sg:subtotal') ? 'C' : 'A';
  }
  for (const r of table.rows) if (r.role.includes('?:')) problem(r.row, 0, `${t.name}：无法识别的行“${r.label}”，未参与检查`);
  return table;
}

/** Share of an untitled continuation's body rows that must be read as the table's own rows (the rest: problems). */
const CONTINUATION_FIT = 0.8;

/**
 * The rows above a sheet's first title (a sheet without any title: all of it), read as the rest of `begun` — the last
 * table of the sheet before, which ran to that sheet's end — when they are that table's body: with its 栏次 row
 * repeated (the same columns) or without any header, in its columns. Accepted only when they read as its rows (at
 * least one amount, at most one row in five not recognized); anything else on the sheet is left alone, as before.
 */
function untitledContinuation(ctx: Ctx, begun: RecognizedTable, from: number, end: number): RecognizedTable | null {
  const { g } = ctx;
  const lanci = findLanci(g, from, end);
  let columns = begun.columns;
  if (lanci) {
    columns = { seq: lanci.cells[0]![0] };
    for (const [c, k] of lanci.cells.slice(1)) {
      const col = begun.template.columns.find((x) => x.lanci === k);
      if (!col) return null;
      if (columns[col.key] === undefined) columns[col.key] = c;
    }
    if (begun.template.columns.some((c) => c.lanci && columns[c.key] === undefined)) return null;
  }
  const own: RecognitionProblem[] = [];
  const table: RecognizedTable = {
    ...begun,
    sheet: ctx.sheet,
    titleRow: from,
    titleCol: g.sheet.origin.col,
    lanciRow: lanci?.row ?? from,
    endRow: end,
    columns,
    rows: [],
    note: null,
  };
  recognizeBody({ ...ctx, problems: own }, begun.template, table, lanci ? lanci.row + 1 : from, end);
  const unread = own.length + table.rows.filter((r) => r.role.includes('?:')).length;
  const numbers = table.rows.some((r) => Object.values(r.cells).some((c) => c.amount.kind === 'number'));
  if (!table.rows.length || !numbers || unread > (table.rows.length + unread) * (1 - CONTINUATION_FIT)) return null;
  ctx.problems.push(...own);
  for (const r of table.rows)
    if (r.role.includes('?:'))
      ctx.problems.push({ sheet: ctx.sheet, row: r.row, col: 0, message: `${begun.template.name}：无法识别的行“${r.label}”，未参与检查` });
  table.empty = false;
  return table;
}

export function recognizeWorkbook(wb: WorkbookSnapshot, vocabulary: Vocabulary = builtinVocabulary()): Recognition {
  const tables: RecognizedTable[] = [];
  const problems: RecognitionProblem[] = [];
  /** The table the previous sheet ended with (it may go on at the top of the next sheet, untitled). */
  let open: RecognizedTable | null = null;
  for (const sheet of wb.sheets) {
    if (isInternalSheet(sheet.name)) continue;
    if (sheet.skipped?.count)
      problems.push({
        sheet: sheet.name,
        row: 0,
        col: 0,
        message: `工作表 ${sheet.name} 有${sheet.skipped.atLeast ? '至少' : ''} ${sheet.skipped.count} 个单元格远在表格之外（如 ${sheet.skipped.first}），未读取`,
      });
    // An empty sheet between a table and its continuation does not end it.
    if (sheet.values.every((r) => r.every((v) => v === null || v === ''))) continue;
    const g = new Grid(sheet);
    const hits = findTitles(g);
    const top = hits[0]?.row ?? g.rows;
    const before: RecognizedTable | null = open;
    open = null;
    if (before && top > g.sheet.origin.row) {
      const rest = untitledContinuation({ g, v: vocabulary, sheet: sheet.name, problems }, before, g.sheet.origin.row, top - 1);
      if (rest) {
        before.rows.push(...rest.rows);
        before.empty = false;
        if (!hits.length) open = before;
      }
    }
    const found = regions(hits, g);
    for (const { hit, end, from, to } of found) {
      open = null;
      const ctx: Ctx = {
        g: to === Infinity && from === g.sheet.origin.col ? g : g.window(from, to),
        v: vocabulary,
        sheet: sheet.name,
        problems,
      };
      const begun = hit.continued ? [...tables].reverse().find((t) => t.id === hit.id) : undefined;
      const table = recognizeTable(ctx, hit, end, begun);
      if (!table) continue;
      // The last table of the sheet, reaching its last row, may go on (untitled) on the next sheet.
      const last = (begun ?? table) as RecognizedTable;
      open = end >= g.rows - 1 && to === Infinity ? last : null;
      if (begun) {
        // 「续」: its rows are the rest of the table begun before (one table for the identities, cells where they are).
        begun.rows.push(...table.rows);
        begun.empty &&= table.empty;
        continue;
      }
      tables.push(table);
    }
  }
  // Tables without their own unit line take the one of the table before them on the same sheet.
  tables.forEach((t, i) => {
    const prev = tables[i - 1];
    if (!t.unitCode && !t.unitName && prev && prev.sheet === t.sheet) {
      t.unitCode = prev.unitCode;
      t.unitName = prev.unitName;
      t.year ??= prev.year;
    }
  });
  unitSlips(tables, problems);
  return { tables, problems };
}
