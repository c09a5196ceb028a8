/**
 * Valid SpreadsheetML that ExcelJS's parser does not read, made into the spelling it does before it parses:
 * - a part whose elements carry a namespace prefix (`<x:worksheet xmlns:x="…/spreadsheetml/2006/main">`, as some
 *   generators write) has the prefix of the SpreadsheetML and package-relationship namespaces removed;
 * - rows and cells without their optional `r` attribute get the position the standard gives them (the row after the
 *   previous one, the cell after the previous one).
 * - phonetic guides (`<rPh>` runs and `<phoneticPr>`, furigana over East Asian text) are removed: they are not the
 *   cell's text, and ExcelJS reads a run's text into the cell's or loses the rest of the sheet after it.
 * Text without any of these is returned as it is (one test each).
 */
import { columnLetter, columnIndex } from '../core/a1';
import { attribute } from './attributes';

const NAMESPACES = [
  'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  'http://schemas.openxmlformats.org/package/2006/relationships',
  'http://purl.oclc.org/ooxml/spreadsheetml/main',
];

/** The text with the SpreadsheetML namespace's prefix removed from element names. */
export function unprefixed(text: string): string {
  const head = text.slice(0, 4096);
  let out = text;
  for (const m of head.matchAll(/xmlns:(\w+)\s*=\s*["']([^"']+)["']/g)) {
    if (!NAMESPACES.includes(m[2]!)) continue;
    out = out.replace(new RegExp(`<(/?)${m[1]}:`, 'g'), '<$1');
  }
  return out;
}

const CELL_WITHOUT_R = /<(?:c|row)(?=[\s>/])(?![^>]*\sr\s*=)/;

/** Whether some row or cell in the text lacks its `r` (`withPositions` returns any other text as it is). */
export const needsPositions = (text: string): boolean => CELL_WITHOUT_R.test(text);

/** Rows and cells given their `r` where the file leaves it out. */
export function withPositions(text: string): string {
  if (!needsPositions(text)) return text;
  let row = 0;
  let col = -1;
  return text.replace(/<(row|c)(?=[\s>/])([^>]*)>/g, (whole, tag: string, rest: string) => {
    const r = attribute(whole, 'r');
    if (tag === 'row') {
      row = r ? Number(r) : row + 1;
      col = -1;
      return r ? whole : `<row r="${row}"${rest}>`;
    }
    if (r) {
      const m = /^([A-Za-z]+)(\d+)$/.exec(r.replace(/\$/g, ''));
      if (m) col = columnIndex(m[1]!);
      return whole;
    }
    col++;
    return `<c r="${columnLetter(col)}${row}"${rest}>`;
  });
}

/** The text without phonetic guides (`<rPh>…</rPh>`, `<phoneticPr/>`), prefixed or not. */
export function withoutPhonetic(text: string): string {
  if (!text.includes('rPh') && !text.includes('phoneticPr')) return text;
  return text
    .replace(/<(\w+:)?rPh\b[^>]*\/>|<(\w+:)?rPh\b[^>]*>[\s\S]*?<\/(\w+:)?rPh>/g, '')
    .replace(/<(\w+:)?phoneticPr\b[^>]*\/>|<(\w+:)?phoneticPr\b[^>]*>[\s\S]*?<\/(\w+:)?phoneticPr>/g, '');
}
