/**
 * What 定位 selects: the finding's cell, then its related cells on the same sheet, as one multi-area address no
 * longer than the host accepts (Office getRanges ≤ 8,000 characters, office-js #5198; WPS Range ≤ 255): cells that
 * would pass the limit are left out, the finding's own cell never.
 */
import type { CellRef } from './workbook-host';

export function selectionAddress(sheet: string, cell: string, related: readonly CellRef[], maxChars: number): string {
  let address = cell;
  for (const r of related) {
    if (r.sheet !== sheet || r.cell === cell) continue;
    if (address.length + r.cell.length + 1 > maxChars) break;
    address += `,${r.cell}`;
  }
  return address;
}
