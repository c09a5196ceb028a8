/**
 * Grouping of 尾差 findings (errors follow their diagnosis instead): a total that is off by the same rounding
 * difference as a row it adds up is listed under that row — the 舍位 happened there — and the same cell judged again
 * by a later rule with the same difference is listed under the first judgment. Linear in the number of findings.
 */
import type { Finding } from './types';
import { pushTo } from '../collections';

const rowOf = (cell: string) => cell.replace(/^[A-Z]+/, '');

export function groupRounding(findings: Finding[]): void {
  const byCell = new Map<string, Finding[]>();
  const byRow = new Map<string, Finding[]>();
  const order = new Map<Finding, number>();
  // Each finding's |difference| and each cell's row key computed once (a total's related cells are many).
  const absOf = new Map<Finding, string>();
  const abs = (f: Finding) => absOf.get(f)!;
  const rowKeys = new Map<string, string>();
  const rowKey = (sheet: string, cell: string) => {
    const at = `${sheet}!${cell}`;
    let k = rowKeys.get(at);
    if (k === undefined) rowKeys.set(at, (k = `${sheet}!${rowOf(cell)}`));
    return k;
  };
  const rounding = findings.filter((f) => f.severity === 'rounding' && f.difference);
  rounding.forEach((f, i) => {
    order.set(f, i);
    absOf.set(f, f.difference.replace(/^-/, ''));
    pushTo(byCell, `${f.sheet}!${f.cell}`, f);
    pushTo(byRow, rowKey(f.sheet, f.cell), f);
  });
  const parent = new Map<Finding, Finding>();
  rounding.forEach((f, i) => {
    const earlier = (byCell.get(`${f.sheet}!${f.cell}`) ?? []).find((p) => order.get(p)! < i && abs(p) === abs(f));
    if (earlier) return void parent.set(f, earlier);
    const ownRow = rowKey(f.sheet, f.cell);
    for (const rel of f.related) {
      const key = rowKey(rel.sheet, rel.cell);
      if (key === ownRow) continue;
      const leaf = byRow.get(key)?.find((p) => p !== f && abs(p) === abs(f));
      if (leaf && parent.get(leaf) !== f) return void parent.set(f, leaf);
    }
  });
  for (const f of rounding) {
    let p = parent.get(f);
    const seen = new Set<Finding>([f]);
    while (p && parent.get(p) && !seen.has(parent.get(p)!)) {
      seen.add(p);
      p = parent.get(p);
    }
    if (p && p !== f) f.causedBy = p.id;
  }
}
