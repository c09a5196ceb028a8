/**
 * Finds the tables of a seed by their printed title and returns their rows as printed (Word-like: one cell per
 * merged area, "" where a vertical merge continues), so the catalog can be compared cell by cell with the seeds.
 */
import { parseRange } from '../../src/core/a1';
import type { CellValue } from '../../src/core/model/snapshot';
import { parseSeed, readSeed, type SeedLine } from './seed-text';

export interface SeedTable {
  title: string;
  rows: string[][];
  /** Prose lines right after the table (注：…). */
  after: string[];
}

/** Whitespace-insensitive form used to compare printed labels (Word line-fill spaces, wrapped headers). */
export const norm = (s: string) => s.replace(/\s+/g, '');

/** All occurrences of a title in the seed (部门 part first, then 单位 part). */
export function seedTables(seedPrefix: string, title: string): SeedTable[] {
  const lines: SeedLine[] = parseSeed(readSeed(seedPrefix));
  const out: SeedTable[] = [];
  lines.forEach((l, i) => {
    if (l.kind !== 'text' || norm(l.text) !== norm(title)) return;
    const rows: string[][] = [];
    let j = i + 1;
    for (; j < lines.length && lines[j]!.kind === 'row'; j++) rows.push((lines[j] as { cells: string[] }).cells);
    const after: string[] = [];
    for (; j < lines.length && lines[j]!.kind === 'text' && after.length < 2; j++) after.push((lines[j] as { text: string }).text);
    if (rows.length) out.push({ title: l.text, rows, after });
  });
  return out;
}

/** A rendered grid as Word prints it: one cell per merged area in its first row, "" in rows a vertical merge continues. */
export function wordRows(values: CellValue[][], merges: string[], fromRow: number, toRow: number): string[][] {
  const ranges = merges.map(parseRange);
  const out: string[][] = [];
  for (let r = fromRow; r <= toRow; r++) {
    const row: string[] = [];
    const width = values[r]!.length;
    for (let c = 0; c < width;) {
      const m = ranges.find((g) => g.r0 <= r && r <= g.r1 && g.c0 <= c && c <= g.c1);
      if (m) {
        row.push(m.r0 === r ? String(values[m.r0]![m.c0] ?? '') : '');
        c = m.c1 + 1;
      } else {
        row.push(String(values[r]![c] ?? ''));
        c++;
      }
    }
    out.push(row);
  }
  return out;
}
