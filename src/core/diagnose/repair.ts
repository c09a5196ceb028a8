/**
 * 采用改正: the edit plan that writes a diagnosis' repaired values — only when the user asks, never silently — and
 * the plan that undoes it exactly (the values read just before). A cell that no longer shows the diagnosed value
 * (edited since the check) is not written: the whole repair is refused and the user is asked to check again.
 */
import { Decimal } from '../money';
import type { CellWrite, EditPlan } from '../model/plan';
import type { CellValue } from '../model/snapshot';
import type { DiagnosisCell } from './types';

export type RepairPlan = { kind: 'ok'; apply: EditPlan; undo: EditPlan } | { kind: 'changed'; cells: string[] };

function shows(value: CellValue, printed: string): boolean {
  if (value === null || value === '') return new Decimal(printed).isZero();
  const n =
    typeof value === 'number'
      ? new Decimal(value)
      : /^\s*-?[\d,]+(\.\d+)?\s*$/.test(String(value))
        ? new Decimal(String(value).replace(/[,\s]/g, ''))
        : null;
  return !!n && n.toDecimalPlaces(printed.split('.')[1]?.length ?? 0, Decimal.ROUND_HALF_UP).eq(printed);
}

/** `before` holds each cell's stored value as read now, in the order of `cells`. */
export function planRepair(cells: DiagnosisCell[], before: CellValue[]): RepairPlan {
  const changed = cells.filter((c, i) => !shows(before[i] ?? null, c.current)).map((c) => `${c.sheet}!${c.cell}`);
  if (changed.length) return { kind: 'changed', cells: changed };
  const apply: CellWrite[] = cells.map((c) => ({ sheet: c.sheet, cell: c.cell, value: Number(c.repaired) }));
  const undo: CellWrite[] = cells.map((c, i) => ({ sheet: c.sheet, cell: c.cell, value: before[i] ?? '' }));
  const where = cells.map((c) => `${c.sheet}!${c.cell}`).join('、');
  return {
    kind: 'ok',
    apply: { description: `采用改正：${where}`, styles: {}, addSheets: [], writes: apply },
    undo: { description: `撤销改正：${where}`, styles: {}, addSheets: [], writes: undo },
  };
}
