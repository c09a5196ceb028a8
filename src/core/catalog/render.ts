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

export function renderTable(t: TableTemplate, e: Edition, ctx: RenderContext): RenderedTable {
  const n = t.columns.length;
  const values: CellValue[][] = [];
  const merges: string[] = [];
  const formats: StyledRange[] = [];
  const blankRow = (): CellValue[] => Array.from({ length: n }, () => null);
  const title = titleOf(t, ctx);
  const fill = (s: string) => s.replace('{year}', String(ctx.year));

  // Title
  values.push(blankRow());
  values[0]![0] = title;
  if (n > 1) merges.push(rangeAddress(0, 0, 0, n - 1));
  formats.push({ address: rangeAddress(0, 0, 0, n - 1), style: 'title' });
  let row = 1;

  // Unit / year / money line
  let headerLineRow: number | null = null;
  if (t.headerLine !== 'none') {
    headerLineRow = row;
    const unit = `${ctx.code}${ctx.name}`;
    const texts =
      t.headerLine === 'unit-year-money'
        ? [unit, `预算年度：${ctx.year}`, '单位：万元']
        : t.headerLine === 'unit-money'
          ? [unit, '单位：万元']
          : [unit, `截止时间：${ctx.year - 1}-12-31`];
    const spans = headerLineSpans(n, texts.length);
    const r = blankRow();
    let c = 0;
    const styles = texts.length === 3 ? ['info', 'infoCenter', 'infoRight'] : ['info', 'infoRight'];
    texts.forEach((text, i) => {
      const span = spans[i]!;
      if (span === 0) return;
      r[c] = text;
      if (span > 1) merges.push(rangeAddress(row, c, row, c + span - 1));
      formats.push({ address: rangeAddress(row, c, row, c + span - 1), style: styles[i]! });
      c += span;
    });
    values.push(r);
    row++;
  }

  // Header rows with merges
  const headerStart = row;
  const h = t.header.length;
  for (let i = 0; i < h; i++) values.push(blankRow());
  const covered: boolean[][] = Array.from({ length: h }, () => Array.from({ length: n }, () => false));
  t.header.forEach((cells, i) => {
    let c = 0;
    for (const cell of cells) {
      while (c < n && covered[i]![c]) c++;
      if (c >= n) throw new Error(`表头超出列数：${t.id} 第${i + 1}行`);
      const cs = cell.colSpan ?? 1;
      const rs = cell.rowSpan ?? 1;
      values[headerStart + i]![c] = fill(cell.text);
      for (let di = 0; di < rs; di++) for (let dj = 0; dj < cs; dj++) covered[i + di]![c + dj] = true;
      if (cs > 1 || rs > 1) merges.push(rangeAddress(headerStart + i, c, headerStart + i + rs - 1, c + cs - 1));
      c += cs;
    }
  });
  formats.push({ address: rangeAddress(headerStart, 0, headerStart + h - 1, n - 1), style: 'header' });
  row += h;

  // 栏次
  let lanciRow: number | null = null;
  if (t.hasLanci) {
    lanciRow = row;
    const r = blankRow();
    t.columns.forEach((col, c) => {
      if (col.kind === 'seq') r[c] = '栏次';
      else if (col.lanci) r[c] = col.lanci;
    });
    values.push(r);
    formats.push({ address: rangeAddress(row, 0, row, n - 1), style: 'lanci' });
    row++;
  }

  // Body
  const body = bodyRows(t, e, ctx);
  const bodyStart = row;
  for (const cells of body) {
    const r = blankRow();
    cells.forEach((text, c) => {
      if (c < n && text !== undefined && text !== '') r[c] = text;
    });
    values.push(r);
    row++;
  }
  const bodyEnd = row - 1;
  t.columns.forEach((col, c) => {
    formats.push({ address: rangeAddress(bodyStart, c, bodyEnd, c), style: STYLE_OF_KIND[col.kind] });
  });

  // Notes
  const noteRows: number[] = [];
  const notes = [ctx.empty ? t.emptyNote : undefined, t.footnote].filter((x): x is string => !!x);
  for (const note of notes) {
    const r = blankRow();
    r[0] = note;
    values.push(r);
    if (n > 1) merges.push(rangeAddress(row, 0, row, n - 1));
    formats.push({ address: rangeAddress(row, 0, row, n - 1), style: 'note' });
    noteRows.push(row);
    row++;
  }

  const frozen = (lanciRow ?? headerStart + h - 1) + 1;
  const rowHeights: Record<number, number> = { 0: 30 };
  for (let i = 0; i < h; i++) rowHeights[headerStart + i] = 30;
  return {
    title,
    sheet: {
      values,
      merges,
      formats,
      columnWidths: t.columns.map((c) => c.width),
      rowHeights,
      freeze: { rows: frozen, columns: 0 },
      print: {
        landscape: true,
        fitToWidth: true,
        printTitleRows: `$${headerStart + 1}:$${frozen}`,
      },
    },
    layout: {
      titleRow: 0,
      headerLineRow,
      headerRows: [headerStart, headerStart + h - 1],
      lanciRow,
      bodyRows: [bodyStart, bodyEnd],
      noteRows,
    },
  };
}
