/**
 * Table recognition by content: titles (tolerant of spaces, quotes, full-width forms and a missing 部门预算 prefix),
 * the 栏次 row that names the columns, the unit/year/money line, and row roles from codes and fixed labels.
 * Handles several tables per sheet, tables split by repeated page headers, wrapped labels, blank rows/columns.
 * Sheet names and positions carry no meaning. What it cannot place it reports as a problem; it never guesses.
 */
import { resolveEdition, tableOf } from '../catalog/editions';
import {
  CATEGORY_LABELS,
  SANGONG_ROLES,
  T1_INCOME_LABELS,
  T1_LEFT_TOTALS,
  T1_RIGHT_TOTALS,
  T4_INCOME_LABELS,
  T4_LEFT_TOTALS,
  T4_RIGHT_TOTALS,
  TITLE_ALIASES,
} from '../catalog/row-roles';
import { STANDARD_TABLES, type TableId, type TableTemplate } from '../catalog/types';
import { builtinVocabulary, type Vocabulary } from '../catalog/vocabulary';
import type { WorkbookSnapshot } from '../model/snapshot';
import { bareLabel, labelKey } from '../text';
import { Grid } from './grid';
import { isInternalSheet } from '../marks/marks';
import type { AmountCell, Recognition, RecognitionProblem, RecognizedRow, RecognizedTable } from './types';

const REFERENCE = resolveEdition('2023');
const templateOf = (id: TableId): TableTemplate => tableOf(REFERENCE, id, id === 'T9' ? 'B' : undefined);

/** The vocabulary of the current recognition (editions in use); set by recognizeWorkbook. */
let V: Vocabulary = {
  categories: [...CATEGORY_LABELS],
  t1Income: [...T1_INCOME_LABELS],
  t4Income: [...T4_INCOME_LABELS],
  aliases: {},
  templates: new Map(),
};
const alias = (bare: string) => V.aliases[bare] ?? bare;

/** Of the printed variants of a table, the one whose 栏次 and header labels fit the sheet best. */
function chooseTemplate(g: Grid, id: TableId, titleRow: number, lanciRow: number, lanciKeys: string[]): TableTemplate {
  const candidates = V.templates.get(id) ?? [templateOf(id)];
  if (candidates.length === 1) return candidates[0]!;
  const headerKeys = new Set<string>();
  for (let r = titleRow + 1; r < lanciRow; r++) for (const [, k] of g.rowKeys(r)) headerKeys.add(k);
  let best = candidates[0]!;
  let bestScore = -1;
  for (const t of candidates) {
    const lanci = t.columns.filter((c) => c.lanci).map((c) => c.lanci!);
    const all = lanci.every((l) => lanciKeys.includes(l));
    const exact = lanci.length === lanciKeys.length;
    const labels = t.header.flat().filter((c) => c.text && headerKeys.has(labelKey(c.text))).length;
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
}

/** A cell that is a table title: ends with a known name, preceded only by a short prefix (year, 部门预算/单位预算, a name). */
export function matchTitle(text: string): { id: TableId; prefix: string } | null {
  const k = noQuotes(labelKey(text));
  if (!k || k.length > 60) return null;
  for (const a of ALIASES) {
    if (!k.endsWith(a.key)) continue;
    const prefix = k.slice(0, k.length - a.key.length);
    if (/[，。,;；:：见详]/.test(prefix) || prefix.length > 40) return null;
    // "部门预算收支总表" / "收支总表" / "2023年部门预算收支总表" / "XX局2023年单位预算收支总表"
    if (prefix === '' || /(预算|\d{4}年度?|部门|单位)$/.test(prefix)) return { id: a.id, prefix };
    return null;
  }
  return null;
}

/** Titles of other printed tables (情况说明 附表) and the 说明 itself: they end a standard table's region. */
const BOUNDARY = /(政府采购预算|固定资产占用情况表|固定资产占有情况表|机构设置情况|绩效目标表|情况说明)$/;

function findTitles(g: Grid): (TitleHit | { id: null; row: number })[] {
  const hits: (TitleHit | { id: null; row: number })[] = [];
  for (let r = g.sheet.origin.row; r < g.rows; r++) {
    for (let c = g.sheet.origin.col; c < g.cols; c++) {
      const v = g.value(r, c);
      if (typeof v !== 'string' || !(v.includes('表') || v.includes('预算') || v.includes('情况'))) continue;
      const t = g.text(r, c);
      const m = v.includes('表') ? matchTitle(t) : null;
      if (m) {
        hits.push({ id: m.id, row: r, col: c, prefix: m.prefix, text: t.trim() });
        break;
      }
      const k = labelKey(t);
      if (k.length <= 40 && BOUNDARY.test(k)) {
        hits.push({ id: null, row: r });
        break;
      }
    }
  }
  return hits;
}

/** Header-label vocabulary of a template (to skip header rows repeated on later pages). */
function headerVocabulary(t: TableTemplate): Set<string> {
  const s = new Set<string>(['序号', '栏次', '项目', '金额']);
  for (const row of t.header) for (const c of row) if (c.text) s.add(labelKey(c.text.replace('{year}', '')));
  return s;
}

const isHeaderLineKey = (k: string) => k.includes('预算年度') || /^单位[:：]/.test(k) || /^金额单位/.test(k);

interface Ctx {
  g: Grid;
  sheet: string;
  problems: RecognitionProblem[];
}

function amountCells(ctx: Ctx, t: TableTemplate, columns: Record<string, number>, row: number, keys: string[]): Record<string, AmountCell> {
  const cells: Record<string, AmountCell> = {};
  for (const key of keys) {
    const col = columns[key];
    if (col === undefined) continue;
    const amount = ctx.g.amount(row, col);
    if (amount.kind === 'text') ctx.problems.push({ sheet: ctx.sheet, row, col, message: `无法识别的金额“${amount.text}”（${t.name}）` });
    cells[key] = { sheet: ctx.sheet, row, col, amount };
  }
  return cells;
}

const amountKeys = (t: TableTemplate) => t.columns.filter((c) => c.kind === 'amount').map((c) => c.key);

function sideRole(rawBare: string, items: readonly string[], totals: Record<string, string>, prefix: string): string | null {
  if (!rawBare) return null;
  const bare = alias(rawBare);
  if (bare in totals) return `${prefix}:${totals[bare]}`;
  if (items.includes(bare)) return `${prefix}:${bare}`;
  return `${prefix}?:${bare}`;
}

function recognizeBody(ctx: Ctx, t: TableTemplate, table: RecognizedTable, from: number, to: number): void {
  const { g } = ctx;
  const vocab = headerVocabulary(t);
  const cols = table.columns;
  const seqCol = Object.entries(cols).find(([k]) => k === 'seq')?.[1];
  const amounts = amountKeys(t);
  const unitKey = table.unitCode ? labelKey(`${table.unitCode}${table.unitName ?? ''}`) : null;
  let carryOverSeen = false;
  let last: { rows: RecognizedRow[]; labelCols: number[] } | null = null;

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
    const hasAmount = amounts.some((k) => cols[k] !== undefined && g.amount(r, cols[k]!).kind === 'number');
    const seq = seqCol === undefined ? '' : g.key(r, seqCol);

    if (t.body.kind === 'sides') {
      const lLabel = g.text(r, cols.incomeItem!);
      const rLabel = g.text(r, cols.expenseItem!);
      const lBare = bareLabel(lLabel);
      const rBare = bareLabel(rLabel);
      // A label wrapped onto a continuation row: no 序号, no amounts, text only.
      if (!seq && !hasAmount && last && (lBare || rBare)) {
        for (const lr of last.rows) {
          const side = lr.role.startsWith('in') || lr.role.startsWith('co') ? lBare : rBare;
          if (!side) continue;
          lr.label += side;
          lr.role = reRole(t.id, lr.role, bareLabel(lr.label), carryOverSeen);
        }
        continue;
      }
      const rows: RecognizedRow[] = [];
      const leftKeys = ['income'];
      const rightKeys = amounts.filter((k) => k !== 'income');
      if (lBare || cellHasNumber(g, r, cols.income)) {
        let role: string | null;
        if (t.id === 'T4') {
          role = sideRole(lBare, V.t4Income, T4_LEFT_TOTALS, carryOverSeen && lBare !== '收入总计' ? 'co' : 'in');
          if (lBare === '年初财政拨款结转和结余') {
            role = 'in:carryOver';
            carryOverSeen = true;
          }
        } else role = sideRole(lBare, V.t1Income, T1_LEFT_TOTALS, 'in');
        rows.push({ row: r, role: role ?? 'in?:', label: lLabel.trim(), cells: amountCells(ctx, t, cols, r, leftKeys) });
      }
      if (rBare || rightKeys.some((k) => cellHasNumber(g, r, cols[k]))) {
        const role = sideRole(rBare, V.categories, t.id === 'T4' ? T4_RIGHT_TOTALS : T1_RIGHT_TOTALS, 'ex');
        rows.push({ row: r, role: role ?? 'ex?:', label: rLabel.trim(), cells: amountCells(ctx, t, cols, r, rightKeys) });
      }
      table.rows.push(...rows);
      last = { rows, labelCols: [cols.incomeItem!, cols.expenseItem!] };
      continue;
    }

    if (t.body.kind === 'coded') {
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
      if (!code && !isTotal && !hasAmount && nameText && last) {
        last.rows[0]!.label += nameText;
        continue;
      }
      if (!code && !isTotal) {
        if (hasAmount || nameText)
          ctx.problems.push({ sheet: ctx.sheet, row: r, col: cols.code!, message: `${t.name}：第${r + 1}行没有科目编码，未参与检查` });
        continue;
      }
      if (code && !/^\d{3}(\d{2}){0,2}$/.test(code)) {
        ctx.problems.push({
          sheet: ctx.sheet,
          row: r,
          col: cols.code!,
          message: `${t.name}：科目编码“${codeText}”不是3/5/7位，未参与检查`,
        });
        continue;
      }
      const row: RecognizedRow = {
        row: r,
        role: isTotal ? 'total' : 'code',
        label: isTotal ? '合计' : name,
        cells: amountCells(ctx, t, cols, r, amounts),
      };
      if (!isTotal) row.code = code;
      table.rows.push(row);
      last = { rows: [row], labelCols: [cols.name!] };
      continue;
    }

    // fixed rows (三公)
    const label = g.text(r, cols.item!);
    const bare = bareLabel(label);
    if (!bare) {
      if (hasAmount)
        ctx.problems.push({ sheet: ctx.sheet, row: r, col: cols.item!, message: `${t.name}：第${r + 1}行有金额但没有项目名称` });
      continue;
    }
    const role = SANGONG_ROLES[alias(bare)] ?? SANGONG_ROLES[alias(bare).replace(/["']/g, '')];
    if (!role) {
      if (!hasAmount && !seq && last) {
        const prev = last.rows[0]!;
        const joined = bareLabel(prev.label + label);
        const jr = SANGONG_ROLES[alias(joined)];
        if (jr) {
          prev.label += label.trim();
          prev.role = `sg:${jr}`;
          continue;
        }
      }
      ctx.problems.push({ sheet: ctx.sheet, row: r, col: cols.item!, message: `${t.name}：无法识别的行“${label.trim()}”，未参与检查` });
      continue;
    }
    const row: RecognizedRow = { row: r, role: `sg:${role}`, label: label.trim(), cells: amountCells(ctx, t, cols, r, amounts) };
    table.rows.push(row);
    last = { rows: [row], labelCols: [cols.item!] };
  }
}

function cellHasNumber(g: Grid, r: number, col: number | undefined): boolean {
  return col !== undefined && g.amount(r, col).kind === 'number';
}

/** Role after a wrapped label was joined. */
function reRole(id: TableId, role: string, bare: string, carryOverSeen: boolean): string {
  if (role.startsWith('ex')) return sideRole(bare, V.categories, id === 'T4' ? T4_RIGHT_TOTALS : T1_RIGHT_TOTALS, 'ex') ?? role;
  if (id === 'T4') return sideRole(bare, V.t4Income, T4_LEFT_TOTALS, carryOverSeen ? 'co' : 'in') ?? role;
  return sideRole(bare, V.t1Income, T1_LEFT_TOTALS, 'in') ?? role;
}

function headerLine(g: Grid, from: number, to: number, t: Partial<RecognizedTable>): void {
  for (let r = from; r <= to; r++) {
    const keys = g.rowKeys(r);
    keys.forEach(([c, k], i) => {
      const unit = /^(\d{3,9})(\D.+)$/.exec(k);
      if (unit && !t.unitCode && !isHeaderLineKey(k)) {
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
      if (money) t.money = money[1] as '万元' | '元';
    });
  }
}

export function recognizeWorkbook(wb: WorkbookSnapshot, vocabulary: Vocabulary = builtinVocabulary()): Recognition {
  V = vocabulary;
  const tables: RecognizedTable[] = [];
  const problems: RecognitionProblem[] = [];
  for (const sheet of wb.sheets) {
    if (isInternalSheet(sheet.name)) continue;
    const g = new Grid(sheet);
    const ctx: Ctx = { g, sheet: sheet.name, problems };
    const titles = findTitles(g);
    titles.forEach((hit, i) => {
      if (hit.id === null) return;
      const end = (titles[i + 1]?.row ?? g.rows) - 1;
      // 栏次 row: names the columns; the table's printed variant is the one that fits it
      let lanciRow = -1;
      let lanciCells: [number, string][] = [];
      for (let r = hit.row + 1; r <= end && lanciRow < 0; r++) {
        const keys = g.rowKeys(r);
        const at = keys.findIndex(([, k]) => k === '栏次');
        if (at < 0) continue;
        lanciRow = r;
        lanciCells = keys.slice(at);
      }
      const t =
        lanciRow < 0
          ? templateOf(hit.id)
          : chooseTemplate(
              g,
              hit.id,
              hit.row,
              lanciRow,
              lanciCells.slice(1).map(([, k]) => k),
            );
      const columns: Record<string, number> = {};
      if (lanciRow >= 0) {
        columns.seq = lanciCells[0]![0];
        for (const [c, k] of lanciCells.slice(1)) {
          const col = t.columns.find((x) => x.lanci === k);
          if (col && columns[col.key] === undefined) columns[col.key] = c;
        }
      }
      if (lanciRow < 0) {
        problems.push({
          sheet: sheet.name,
          row: hit.row,
          col: hit.col,
          message: `“${hit.text}”下方未找到栏次行，无法识别此表的列，未参与检查`,
        });
        return;
      }
      const missing = t.columns.filter((c) => c.lanci && columns[c.key] === undefined).map((c) => c.lanci);
      if (missing.length) {
        problems.push({
          sheet: sheet.name,
          row: lanciRow,
          col: columns.seq!,
          message: `“${hit.text}”的栏次行缺少第${missing.join('、')}栏，未参与检查`,
        });
        return;
      }
      const info: Partial<RecognizedTable> = {};
      headerLine(g, hit.row, lanciRow - 1, info);
      const level = hit.prefix.includes('单位')
        ? '单位'
        : hit.prefix.includes('部门')
          ? '部门'
          : info.unitCode
            ? info.unitCode.length >= 6
              ? '单位'
              : '部门'
            : null;
      const year = info.year ?? (/(\d{4})年/.exec(hit.prefix) ? Number(/(\d{4})年/.exec(hit.prefix)![1]) : null);
      const table: RecognizedTable = {
        id: hit.id,
        level,
        sheet: sheet.name,
        titleRow: hit.row,
        titleCol: hit.col,
        title: hit.text,
        lanciRow,
        template: t,
        endRow: end,
        unitCode: info.unitCode ?? null,
        unitName: info.unitName ?? null,
        year,
        money: info.money ?? '万元',
        columns,
        rows: [],
        empty: false,
        note: null,
      };
      recognizeBody(ctx, t, table, lanciRow + 1, end);
      table.empty = !table.rows.some((r) => Object.values(r.cells).some((c) => c.amount.kind === 'number'));
      if (hit.id === 'T9') {
        const roles = new Set(table.rows.map((r) => r.role));
        table.variant = roles.has('sg:total') && roles.has('sg:subtotal') ? 'B' : roles.has('sg:subtotal') ? 'C' : 'A';
      }
      for (const r of table.rows)
        if (r.role.includes('?:'))
          problems.push({ sheet: sheet.name, row: r.row, col: 0, message: `${t.name}：无法识别的行“${r.label}”，未参与检查` });
      tables.push(table);
    });
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
  return { tables, problems };
}
