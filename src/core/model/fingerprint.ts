/**
 * A sheet's fingerprint: its stored values, trimmed to the box of its non-blank cells and hashed (53-bit cyrb53).
 * Two reads of the same sheet in the same state give the same print whatever range the host reads (Office gives the
 * used range, WPS from A1); another workbook, or this one after an edit, almost surely not. The session keeps the
 * prints of the sheets a check read, and an action (改正, 出错说明, 定位) on its results proceeds only while the
 * sheets it touches still print the same. Blank cells count as null however the host reports them.
 */
import type { CellValue, WorkbookSnapshot } from './snapshot';

function cyrb53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

const token = (v: CellValue | undefined): string =>
  v === null || v === undefined || v === '' ? '' : typeof v === 'string' ? `s${v}` : typeof v === 'number' ? `n${v}` : `b${v}`;

/** The print of a block of values: the box of its non-blank cells (leading and trailing blanks dropped), hashed. */
export function sheetFingerprint(values: readonly (readonly CellValue[])[]): string {
  const rows = values.map((r) => r.map(token));
  let top = rows.findIndex((r) => r.some((t) => t !== ''));
  if (top < 0) return 'blank';
  let bottom = rows.length - 1;
  while (rows[bottom]!.every((t) => t === '')) bottom--;
  let left = Infinity;
  for (const r of rows) {
    const i = r.findIndex((t) => t !== '');
    if (i >= 0 && i < left) left = i;
  }
  const lines: string[] = [];
  for (; top <= bottom; top++) {
    const cells = rows[top]!.slice(left);
    while (cells.length && cells.at(-1) === '') cells.pop();
    lines.push(cells.join('\u0001'));
  }
  return cyrb53(lines.join('\u0002'));
}

/** The prints of the named sheets as the snapshot holds them (a name it lacks is left out). */
export function fingerprintsOf(snap: WorkbookSnapshot, sheets: Iterable<string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of new Set(sheets)) {
    const s = snap.sheets.find((x) => x.name === name);
    if (s) out[name] = sheetFingerprint(s.values);
  }
  return out;
}
