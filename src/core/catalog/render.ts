/**
 * Lays out one catalog table as a new worksheet: title, the unit/year/money line, header rows with their
 * merges, the 栏次 row, the body, and the 注 line. Pure data in, pure data out (a NewSheet of the edit plan).
 */
import { rangeAddress } from '../a1';
import type { CellValue } from '../model/snapshot';
import type { CellStyle, NewSheet, StyledRange } from '../model/plan';
import type { ColumnKind, Edition, Level, TableTemplate } from './types';

export interface RenderContext {
  level: Level;
  /** 部门 code (3 digits) or 单位 code (6 digits). */
  code: string;
  name: string;
  year: number;
  /** Project name for 绩效目标表. */
  project?: string;
  /** Print the table's 注：无…空表列示 line (T7/T8 without data). */
  empty?: boolean;
}

/** Where the parts of a rendered table sit (0-based rows). */
export interface TableLayout {
  titleRow: number;
  headerLineRow: number | null;
  headerRows: [number, number];
  lanciRow: number | null;
  bodyRows: [number, number];
  noteRows: number[];
}

export interface RenderedTable {
  title: string;
  sheet: Omit<NewSheet, 'name'>;
  layout: TableLayout;
}

/** Named styles used by rendered tables; the edit plan carries them so adapters need no domain knowledge. */
export const TABLE_STYLES: Record<string, CellStyle> = {
  title: { bold: true, fontSize: 16, fontName: '宋体', hAlign: 'center', vAlign: 'center' },
  info: { fontSize: 10, fontName: '宋体', vAlign: 'center' },
  infoCenter: { fontSize: 10, fontName: '宋体', hAlign: 'center', vAlign: 'center' },
  infoRight: { fontSize: 10, fontName: '宋体', hAlign: 'right', vAlign: 'center' },
  header: { bold: true, fontSize: 10, fontName: '宋体', hAlign: 'center', vAlign: 'center', wrap: true, border: true },
  lanci: { fontSize: 10, fontName: '宋体', hAlign: 'center', vAlign: 'center', border: true },
  seq: { fontSize: 10, fontName: '宋体', hAlign: 'center', vAlign: 'center', border: true },
  label: { fontSize: 10, fontName: '宋体', hAlign: 'left', vAlign: 'center', wrap: true, border: true },
  code: { fontSize: 10, fontName: '宋体', hAlign: 'left', vAlign: 'center', border: true, numberFormat: '@' },
  amount: { fontSize: 10, fontName: '宋体', hAlign: 'right', vAlign: 'center', border: true, numberFormat: '0.00' },
  quantity: { fontSize: 10, fontName: '宋体', hAlign: 'right', vAlign: 'center', border: true },
  note: { fontSize: 10, fontName: '宋体', hAlign: 'left', vAlign: 'center' },
};

const STYLE_OF_KIND: Record<ColumnKind, string> = {
  seq: 'seq',
  label: 'label',
  name: 'label',
  text: 'label',
  code: 'code',
  amount: 'amount',
  quantity: 'quantity',
};

export function titleOf(t: TableTemplate, ctx: Pick<RenderContext, 'level' | 'project'>): string {
  return t.title.replace('{level}', ctx.level).replace('{project}', ctx.project ?? '项目');
}

/** The body rows of a template, as label cells by column index. */
export function bodyRows(t: TableTemplate, e: Edition, ctx: Pick<RenderContext, 'empty'>): string[][] {
  const b = t.body;
  switch (b.kind) {
    case 'fixed':
      return b.rows.map((r) => [...r]);
    case 'sides': {
      const right = b.right === '@categories' ? e.categories : b.right;
      const n = Math.max(b.left.length, right.length);
      const rows: string[][] = [];
      const all: [string, string][] = [];
      for (let i = 0; i < n; i++) all.push([b.left[i] ?? '', right[i] ?? '']);
      all.push(...b.tail);
      all.forEach(([l, r], i) => {
        const row: string[] = [];
        row[b.seqCol] = String(i + 1);
        row[b.leftCol] = l;
        row[b.rightCol] = r;
        rows.push(row);
      });
      return rows;
    }
    case 'coded': {
      if (ctx.empty) return [[]];
      const total: string[] = [];
      total[b.seqCol] = '1';
      total[b.totalCol] = b.totalLabel;
      return [total, ...Array.from({ length: b.blankRows }, () => [])];
    }
    case 'blank':
      return [...(b.leading ? [[...b.leading]] : []), ...Array.from({ length: b.rows }, () => [])];
  }
}

/** Splits n columns of the unit/year/money line into spans. */
function headerLineSpans(n: number, parts: number): number[] {
  if (parts === 3) {
    const side = Math.max(1, Math.floor(n / 4));
    return n >= 3 ? [n - 2 * side, side, side] : [n, 0, 0];
  }
  const side = Math.max(1, Math.floor(n / 3));
  return n >= 2 ? [n - side, side] : [n, 0];
}

/** The sheet being rendered, row by row. */
class Draft {
  readonly values: CellValue[][] = [];
  readonly merges: string[] = [];
  readonly formats: StyledRange[] = [];
  row = 0;
  constructor(readonly n: number) {}
  blank(): CellValue[] {
    return Array.from({ length: this.n }, () => null);
  }
  /** A row spanning the whole width: one text, merged, one style. */
  fullRow(text: string, style: string): number {
    const r = this.blank();
    r[0] = text;
    this.values.push(r);
    if (this.n > 1) this.merges.push(rangeAddress(this.row, 0, this.row, this.n - 1));
    this.formats.push({ address: rangeAddress(this.row, 0, this.row, this.n - 1), style });
    return this.row++;
  }
}

/** Unit / year / money line: texts spread over the width (merged spans, left/centre/right). */
function headerLineSection(d: Draft, t: TableTemplate, ctx: RenderContext): number | null {
  if (t.headerLine === 'none') return null;
  const unit = `${ctx.code}${ctx.name}`;
  const texts =
    t.headerLine === 'unit-year-money'
      ? [unit, `预算年度：${ctx.year}`, '单位：万元']
      : t.headerLine === 'unit-money'
        ? [unit, '单位：万元']
        : [unit, `截止时间：${ctx.year - 1}-12-31`];
  const spans = headerLineSpans(d.n, texts.length);
  const r = d.blank();
  let c = 0;
  const styles = texts.length === 3 ? ['info', 'infoCenter', 'infoRight'] : ['info', 'infoRight'];
  texts.forEach((text, i) => {
    const span = spans[i]!;
    if (span === 0) return;
    r[c] = text;
    if (span > 1) d.merges.push(rangeAddress(d.row, c, d.row, c + span - 1));
    d.formats.push({ address: rangeAddress(d.row, c, d.row, c + span - 1), style: styles[i]! });
    c += span;
  });
  d.values.push(r);
  return d.row++;
}

/** Header rows as printed: cells placed left to right around the merges of the rows above. */
function headerSection(d: Draft, t: TableTemplate, ctx: RenderContext): number {
  const { n } = d;
  const start = d.row;
  const h = t.header.length;
  for (let i = 0; i < h; i++) d.values.push(d.blank());
  const covered: boolean[][] = Array.from({ length: h }, () => Array.from({ length: n }, () => false));
  t.header.forEach((cells, i) => {
    let c = 0;
    for (const cell of cells) {
      while (c < n && covered[i]![c]) c++;
      if (c >= n) throw new Error(`表头超出列数：${t.id} 第${i + 1}行`);
      const cs = cell.colSpan ?? 1;
      const rs = cell.rowSpan ?? 1;
      d.values[start + i]![c] = cell.text.replace('{year}', String(ctx.year));
      for (let di = 0; di < rs; di++) for (let dj = 0; dj < cs; dj++) covered[i + di]![c + dj] = true;
      if (cs > 1 || rs > 1) d.merges.push(rangeAddress(start + i, c, start + i + rs - 1, c + cs - 1));
      c += cs;
    }
  });
  d.formats.push({ address: rangeAddress(start, 0, start + h - 1, n - 1), style: 'header' });
  d.row += h;
  return start;
}

function lanciSection(d: Draft, t: TableTemplate): number | null {
  if (!t.hasLanci) return null;
  const r = d.blank();
  t.columns.forEach((col, c) => {
    if (col.kind === 'seq') r[c] = '栏次';
    else if (col.lanci) r[c] = col.lanci;
  });
  d.values.push(r);
  d.formats.push({ address: rangeAddress(d.row, 0, d.row, d.n - 1), style: 'lanci' });
  return d.row++;
}

function bodySection(d: Draft, t: TableTemplate, e: Edition, ctx: RenderContext): [number, number] {
  const start = d.row;
  for (const cells of bodyRows(t, e, ctx)) {
    const r = d.blank();
    cells.forEach((text, c) => {
      if (c < d.n && text !== undefined && text !== '') r[c] = text;
    });
    d.values.push(r);
    d.row++;
  }
  const end = d.row - 1;
  t.columns.forEach((col, c) => d.formats.push({ address: rangeAddress(start, c, end, c), style: STYLE_OF_KIND[col.kind] }));
  return [start, end];
}

export function renderTable(t: TableTemplate, e: Edition, ctx: RenderContext): RenderedTable {
  const d = new Draft(t.columns.length);
  const title = titleOf(t, ctx);
  d.fullRow(title, 'title');
  const headerLineRow = headerLineSection(d, t, ctx);
  const headerStart = headerSection(d, t, ctx);
  const h = t.header.length;
  const lanciRow = lanciSection(d, t);
  const bodyRange = bodySection(d, t, e, ctx);
  const notes = [ctx.empty ? t.emptyNote : undefined, t.footnote].filter((x): x is string => !!x);
  const noteRows = notes.map((note) => d.fullRow(note, 'note'));
  const frozen = (lanciRow ?? headerStart + h - 1) + 1;
  const rowHeights: Record<number, number> = { 0: 30 };
  for (let i = 0; i < h; i++) rowHeights[headerStart + i] = 30;
  return {
    title,
    sheet: {
      values: d.values,
      merges: d.merges,
      formats: d.formats,
      columnWidths: t.columns.map((c) => c.width),
      rowHeights,
      freeze: { rows: frozen, columns: 0 },
      print: { landscape: true, fitToWidth: true, printTitleRows: `$${headerStart + 1}:$${frozen}` },
    },
    layout: { titleRow: 0, headerLineRow, headerRows: [headerStart, headerStart + h - 1], lanciRow, bodyRows: bodyRange, noteRows },
  };
}
