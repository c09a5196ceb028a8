/**
 * Reader for the seed text extracts in ../shared/seeds (real published 部门预算信息公开 documents).
 * Format: a table row is a paragraph of lines that start with a tab, one cell per line; a line without
 * a tab inside a row continues the previous cell (a header printed on two lines); paragraphs are
 * separated by blank lines; prose lines carry no tab. Word bookmarks `[bookmark: …]` are dropped.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const SEEDS_DIR = join(__dirname, '..', '..', '..', 'shared', 'seeds');

export type SeedLine = { kind: 'text'; text: string } | { kind: 'row'; cells: string[] };

export function seedFiles(): string[] {
  return readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort();
}

export function readSeed(prefix: string): string {
  const file = seedFiles().find((f) => f.startsWith(prefix));
  if (!file) throw new Error(`seed ${prefix} not found in ${SEEDS_DIR}`);
  return readFileSync(join(SEEDS_DIR, file), 'utf8');
}

const BOOKMARK = /\[bookmark: [^\]]*\]/g;

/** Splits a seed into prose lines and table rows, in document order. */
export function parseSeed(text: string): SeedLine[] {
  const out: SeedLine[] = [];
  let row: string[] | null = null;
  const flush = () => {
    if (row) out.push({ kind: 'row', cells: row });
    row = null;
  };
  for (const raw of text.replace(/\r/g, '').split('\n')) {
    const line = raw.replace(BOOKMARK, '');
    if (line === '') {
      flush();
      continue;
    }
    if (line.startsWith('\t')) {
      row ??= [];
      row.push(line.slice(1));
    } else if (row && /^ +[一二三四五六七八九十]+、/.test(line)) {
      // A heading printed right after a table (no blank line between): prose, not the last cell's continuation.
      flush();
      out.push({ kind: 'text', text: line.trim() });
    } else if (row && row.length > 0) {
      row[row.length - 1] += '\n' + line;
    } else {
      out.push({ kind: 'text', text: line.trim() });
    }
  }
  flush();
  return out;
}
