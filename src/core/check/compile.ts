/**
 * The rule compiler: the catalog (data) × the recognized tables → identities, structural findings and the rules
 * that could not run. Tables are grouped by 部门/单位; each rule kind is a small unit (./kinds).
 */
import { cellAddress } from '../a1';
import type { Vocabulary } from '../catalog/vocabulary';
import type { Recognition, RecognizedTable } from '../recognize/types';
import { groupKey } from '../recognize/types';
import type { CompileContext, Compiled, Identity } from './identity';
import { compileRule } from './kinds';
import { cellOf } from './evaluate';
import { Group, Terms } from './terms';
import type { Rule } from './types';

export function groupTables(rec: Recognition): Group[] {
  const groups = new Map<string, RecognizedTable[]>();
  for (const t of rec.tables) {
    const k = groupKey(t);
    const list = groups.get(k);
    if (list) list.push(t);
    else groups.set(k, [t]);
  }
  return [...groups.entries()].map(([k, ts]) => new Group(k, ts));
}

export function compileRules(rec: Recognition, rules: readonly Rule[], vocabulary: Vocabulary): Compiled & { groups: Group[] } {
  const groups = groupTables(rec);
  const out: Compiled = { identities: [], structural: [], notEvaluated: [] };
  const terms = new Terms();
  for (const group of groups) {
    const ctx: CompileContext = {
      group,
      groups,
      terms,
      vocabulary,
      identity: (rule, left, right, op, leftDesc, rightDesc, constant) => {
        const id: Identity = { index: out.identities.length, rule, group, left, op, right, constant, leftDesc, rightDesc };
        out.identities.push(id);
      },
      skip: (rule, reason) => out.notEvaluated.push({ rule: rule.id, unit: group.unit, reason }),
      structural: (rule, t, message, related = []) =>
        out.structural.push({
          id: '',
          rule: rule.id,
          title: rule.title,
          severity: rule.severity === 'strict' ? 'error' : 'advisory',
          message,
          sheet: t.sheet,
          cell: cellAddress(t.titleRow, t.titleCol),
          related: related.map(cellOf),
          expected: '',
          actual: '',
          difference: '',
          unit: group.unit,
          table: t.id,
        }),
    };
    for (const rule of rules) compileRule(rule, ctx);
  }
  return { ...out, groups };
}
