/** Test helpers for 诊断: fast single-cell edits of a snapshot and the kinds of typing mistakes to inject. */
import Decimal from 'decimal.js';
import type { CellValue, WorkbookSnapshot } from '../../src/core/model/snapshot';
import { parseCell } from '../../src/core/a1';

/** A copy of the snapshot with one cell changed (only that row is copied); its displayed text is dropped. */
export function withValue(snap: WorkbookSnapshot, sheet: string, cell: string, value: CellValue): WorkbookSnapshot {
  const { row, col } = parseCell(cell);
  return {
    sheets: snap.sheets.map((s) => {
      if (s.name !== sheet) return s;
      const r = row - s.origin.row;
      const c = col - s.origin.col;
      const values = s.values.slice();
      while (values.length <= r) values.push([]);
      const line = values[r]!.slice();
      while (line.length <= c) line.push(null);
      line[c] = value;
      values[r] = line;
      let texts = s.texts;
      if (texts?.[r]) {
        texts = texts.slice();
        const t = texts[r]!.slice();
        t[c] = '';
        texts[r] = t;
      }
      return { ...s, values, texts };
    }),
  };
}

export type Change = 'transpose' | 'plus0.36' | 'minus0.36' | 'times10' | 'sign' | 'blank';
export const CHANGES: Change[] = ['transpose', 'plus0.36', 'minus0.36', 'times10', 'sign', 'blank'];

/** The printed value after a typing mistake, or null when the mistake leaves it unchanged. */
export function mistake(printed: string, change: Change, yuan: boolean): string | null | undefined {
  const v = new Decimal(printed);
  const step = yuan ? new Decimal(36) : new Decimal('0.36');
  switch (change) {
    case 'transpose': {
      const chars = [...printed];
      for (let i = 0; i + 1 < chars.length; i++) {
        if (/\d/.test(chars[i]!) && /\d/.test(chars[i + 1]!) && chars[i] !== chars[i + 1]) {
          [chars[i], chars[i + 1]] = [chars[i + 1]!, chars[i]!];
          return chars.join('');
        }
      }
      return undefined;
    }
    case 'plus0.36':
      return v.plus(step).toFixed(Math.max(2, printed.split('.')[1]?.length ?? 0));
    case 'minus0.36':
      return v.minus(step).toFixed(Math.max(2, printed.split('.')[1]?.length ?? 0));
    case 'times10':
      return v.isZero() ? undefined : v.times(10).toFixed(printed.split('.')[1]?.length ?? 0);
    case 'sign':
      return v.isZero() ? undefined : v.neg().toFixed(printed.split('.')[1]?.length ?? 0);
    case 'blank':
      return v.isZero() ? undefined : null;
  }
}
