/**
 * Grouping of 尾差 findings (errors follow their diagnosis instead): a total that is off by the same rounding
 * difference as a row it adds up is listed under that row — the 舍位 happened there — and the same cell judged again
 * by a later rule with the same difference is listed under the first judgment. Linear in the number of findings.
 */
import type { Finding } from './types';
import { pushTo } from '../collections';

const abs = (f: Finding) => f.difference.replace(/^-/, '');
const rowOf = (cell: string) => cell.replace(/^[A-Z]+/, '');

export function groupRounding(findings: Finding[]): void {
  const byCell = new Map<string, Finding[]>();
  const byRow = new Map<string, Finding[]>();
  const order = new Map<Finding, number>();
  const rounding = findings.filter((f) => f.severity === 'rounding' && f.difference);
  rounding.forEach((f, i) => {
    order.set(f, i);
    const c = `${f.sheet}!${f.cell}`;
    const r = `${f.sheet}!${rowOf(f.cell)}`;
    pushTo(byCell, c, f);
    pushTo(byRow, r, f);
  });
  const parent = new Map<Finding, Finding>();
  rounding.forEach((f, i) => {
    const earlier = (byCell.get(`${f.sheet}!${f.cell}`) ?? []).find((p) => order.get(p)! < i && abs(p) === abs(f));
    if (earlier) return void parent.set(f, earlier);
    const ownRow = `${f.sheet}!${rowOf(f.cell)}`;
    for (const rel of f.related) {
      const key = `${rel.sheet}!${rowOf(rel.cell)}`;
      if (key === ownRow) continue;
      const leaf = (byRow.get(key) ?? []).find((p) => p !== f && abs(p) === abs(f));
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
