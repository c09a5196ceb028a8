/**
 * Structural ties, from the coefficient matrix alone (no values): two cells whose columns are equal up to sign take
 * part in exactly the same identities the same way, so no data can tell which of them is wrong
 * (error-localization.md, "Ties are structural"). Computed here independently of the localizer.
 */
import type { LinearSystem } from '../../src/core/diagnose/system';

/** Cell index → the set of "sheet!cell" addresses with the same column (itself included). */
export function structuralTies(sys: LinearSystem): Map<number, Set<string>> {
  const bySignature = new Map<string, number[]>();
  sys.cells.forEach((c, j) => {
    const entries = sys.rowsOf[j]!.map((k) => [k, sys.rows[k]!.coef.get(j)!] as const).sort((a, b) => a[0] - b[0]);
    const sign = Math.sign(entries[0]?.[1] ?? 1);
    const sig = entries.map(([k, a]) => `${k}:${a * sign}`).join(',');
    bySignature.set(sig, [...(bySignature.get(sig) ?? []), j]);
  });
  const out = new Map<number, Set<string>>();
  for (const members of bySignature.values()) {
    const set = new Set(members.map((j) => `${sys.cells[j]!.sheet}!${sys.cells[j]!.address}`));
    for (const j of members) out.set(j, set);
  }
  return out;
}
