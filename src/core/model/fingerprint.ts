/**
 * A sheet's fingerprint: its used range's position and stored values, hashed (53-bit cyrb53). Two reads of the same
 * sheet in the same state give the same print; another workbook, or this one after an edit, almost surely not. The
 * session keeps the prints of the sheets a check read, and an action (改正, 出错说明, 定位) on its results proceeds
 * only while the sheets it touches still print the same. Blank cells count as null however the host reports them.
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

/** The print of one used range: its top-left cell (0-based) and its values, row by row (trailing blanks ignored). */
export function sheetFingerprint(origin: { row: number; col: number }, values: readonly (readonly CellValue[])[]): string {
  const rows = values.map((r) => {
    const cells = r.map(token);
    while (cells.length && cells.at(-1) === '') cells.pop();
    return cells.join('\u0001');
  });
  while (rows.length && rows.at(-1) === '') rows.pop();
  return `${rows.length ? `${origin.row},${origin.col}` : ''}:${cyrb53(rows.join('\u0002'))}`;
}

/** The prints of the named sheets as the snapshot holds them (a name it lacks is left out). */
export function fingerprintsOf(snap: WorkbookSnapshot, sheets: Iterable<string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of new Set(sheets)) {
    const s = snap.sheets.find((x) => x.name === name);
    if (s) out[name] = sheetFingerprint(s.origin, s.values);
  }
  return out;
}
