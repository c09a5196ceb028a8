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
import { makeFinding } from './finding';
import { isUnfilled, ruleTables, type UnfilledTable } from './fill-state';
import { Group, tableName, Terms } from './terms';
import type { Rule } from './types';
import { blockingGap } from './unjudged';

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

/** The terms of each recognition, shared by its compilations (a check that loads the solver compiles twice). */
const TERMS = new WeakMap<Recognition, Terms>();
const termsOf = (rec: Recognition) => {
  let t = TERMS.get(rec);
  if (!t) TERMS.set(rec, (t = new Terms()));
  return t;
};

export function compileRules(rec: Recognition, rules: readonly Rule[], vocabulary: Vocabulary): Compiled & { groups: Group[] } {
  const groups = groupTables(rec);
  const out: Compiled = { identities: [], unfilled: [], structural: [], notEvaluated: [] };
  const terms = termsOf(rec);
  // Each unfilled table once, in workbook order, with the rules (per 部门/单位) it leaves unjudged.
  const unfilled = new Map<RecognizedTable, { entry: UnfilledTable; rules: Set<string> }>();
  for (const t of rec.tables)
    if (isUnfilled(t))
      unfilled.set(t, {
        entry: {
          table: t.id,
          name: tableName(t.id),
          sheet: t.sheet,
          cell: cellAddress(t.titleRow, t.titleCol),
          unit: t.unitCode ?? t.unitName,
          level: t.level,
          rules: 0,
        },
        rules: new Set(),
      });
  const markUnfilled = (rule: Rule, t: RecognizedTable, unit: string | null) => {
    const u = unfilled.get(t);
    if (!u || u.rules.has(rule.id)) return;
    u.rules.add(rule.id);
    out.notEvaluated.push({ rule: rule.id, unit, reason: `${tableName(t.id)}尚未填写` });
  };
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
      skip: (rule, reason, gap) => {
        const blocking = blockingGap(gap, group);
        out.notEvaluated.push({ rule: rule.id, unit: group.unit, reason, ...(blocking ? { gap: blocking } : {}) });
      },
      unfilled: (rule, t) => markUnfilled(rule, t, group.unit),
      structural: (rule, t, message, related = []) =>
        out.structural.push(
          makeFinding({
            rule: rule.id,
            title: rule.title,
            severity: rule.severity === 'strict' ? 'error' : 'advisory',
            message,
            at: { sheet: t.sheet, cell: cellAddress(t.titleRow, t.titleCol) },
            related: related.map(cellOf),
            unit: group.unit,
            table: t.id,
          }),
        ),
    };
    for (const rule of rules) {
      const blank = unfilled.size
        ? ruleTables(rule)
            .map((id) => group.byId.get(id))
            .filter(isUnfilled)
        : [];
      if (blank.length) for (const t of blank) ctx.unfilled(rule, t!);
      else compileRule(rule, ctx);
    }
  }
  for (const u of unfilled.values()) out.unfilled.push({ ...u.entry, rules: u.rules.size });
  return { ...out, groups };
}
