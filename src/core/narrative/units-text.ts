/** 机构设置 as the pane edits it: one unit a line, 「名称，性质，规格，经费保障形式」 (，/,/tab), and back. */
import type { UnitRow } from './inputs';

export function parseUnitsText(text: string): UnitRow[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.split(/[，,\t]/).map((x) => x.trim()))
    .filter((p) => p[0])
    .map(([name, nature = '', rank = '', funding = '']) => ({ name: name!, nature, rank, funding }));
}

export const unitsText = (units: readonly UnitRow[]) => units.map((u) => [u.name, u.nature, u.rank, u.funding].join('，')).join('\n');
