/**
 * Preview host only (the 离线版 too): opens a .xlsx chosen by the user into the in-memory workbook, in the browser,
 * through the CLI's bounded reader (src/xlsx/read-workbook.ts, loaded on demand, with JSZip's streamed inflater and
 * half the page's heap as its memory budget): a whole-column validation, a whole-sheet merge or a zip bomb is bounded
 * or refused with the same Chinese message (`FileError`) as in the CLI, never a hung page. Values, number formats,
 * fills, merges and visibility come from the same snapshot reader as the CLI (src/xlsx/read-snapshot.ts: a merged
 * area's value sits in its top-left cell only, as in Excel); bold, alignment, borders and widths are added for
 * display. The file never leaves the machine. A large file reports its progress (reading, then the sheets copied,
 * yielding to the page between batches so that it shows).
 */
import type ExcelJS from 'exceljs';
import { parseRange } from '../core/a1';
import type { SheetSnapshot } from '../core/model/snapshot';
import { FakeWorkbook } from '../office/fake/model';
import { LIMITS } from '../xlsx/limits';
import { readSnapshot } from '../xlsx/read-snapshot';

const VISIBILITY = { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' } as const;

function copySheet(model: FakeWorkbook, s: SheetSnapshot, ws: ExcelJS.Worksheet): void {
  const sheet = model.addSheet(s.name);
  sheet.visibility = VISIBILITY[s.visibility ?? 'visible'];
  s.values.forEach((row, r) =>
    row.forEach((v, c) => {
      const fill = s.fills?.[r]?.[c]?.color ?? null;
      if (v === null && !fill) return;
      const fc = sheet.cell(r + s.origin.row, c + s.origin.col);
      fc.value = v;
      fc.numberFormat = s.numberFormats?.[r]?.[c] || 'General';
      if (fill) fc.format.fill = fill;
      const cell = ws.getCell(r + 1, c + 1);
      if (cell.font?.bold) fc.format.bold = true;
      if (cell.alignment?.horizontal) fc.format.hAlign = cell.alignment.horizontal[0]!.toUpperCase() + cell.alignment.horizontal.slice(1);
      if (cell.alignment?.wrapText) fc.format.wrap = true;
      if (cell.border?.top) fc.format.borders = { EdgeTop: 'Continuous' };
    }),
  );
  for (const m of s.merges ?? []) sheet.merges.push(parseRange(m));
  (ws.columns ?? []).forEach((col, i) => {
    if (col.width) sheet.columnWidths[i] = col.width * 5.7;
  });
}

/** Sheets copied between two progress reports. */
const BATCH = 25;
const nextFrame = () => new Promise<void>((ok) => setTimeout(ok, 0));

/** What one workbook's cells may cost in this page: half the heap Chromium reports, else 1 GiB (LIMITS.memoryBytes when set). */
const pageMemory = (): number => {
  const limit = (globalThis.performance as { memory?: { jsHeapSizeLimit?: number } } | undefined)?.memory?.jsHeapSizeLimit;
  return LIMITS.memoryBytes ?? (limit ? Math.floor(limit / 2) : 2 ** 30);
};

/**
 * Reads `data` (the file `name`) into the model, replacing its sheets; throws FileError (a Chinese message for the
 * user) when the file cannot be read within the limits — the model is then left as it was.
 */
export async function loadXlsxInto(
  model: FakeWorkbook,
  data: ArrayBuffer,
  progress: (text: string) => void = () => {},
  name = '该文件',
): Promise<number> {
  progress('正在读取文件…');
  await nextFrame();
  const { readWorkbookBytes, jszipInflater } = await import(/* webpackChunkName: "xlsx-reader" */ './reader');
  const { wb } = await readWorkbookBytes(name, new Uint8Array(data), { inflater: jszipInflater, memory: pageMemory });
  const snap = readSnapshot(wb);
  const n = wb.worksheets.length;
  const sheets = new FakeWorkbook();
  for (let i = 0; i < n; i++) {
    if (i % BATCH === 0 && n > BATCH) {
      progress(`正在载入工作表 ${i}/${n}…`);
      await nextFrame();
    }
    copySheet(sheets, snap.sheets[i]!, wb.worksheets[i]!);
  }
  // The workbook is replaced at once, when it is complete: never half of it in view.
  model.sheets = sheets.sheets;
  model.activeSheet = 0;
  model.selection = null;
  model.notify();
  return model.sheets.length;
}
