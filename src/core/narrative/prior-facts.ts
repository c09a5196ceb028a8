/**
 * Prior facts: last year's disclosed figures, one value per subject of the 说明 vocabulary (subjects.ts), each with
 * where it was read and whether from a table or from text. The same shape as this year's facts (`facts`, built from
 * the values whose subject is a Facts field), so a subject's table accessor reads last year's value as it reads this
 * year's. Where last year's table and last year's text disagree the table wins and the disagreement is listed.
 */
import { Decimal } from '../money';
import type { Facts } from './facts';
import { SUBJECTS, type Subject } from './subjects';

export interface PriorValue {
  value: Decimal;
  from: 'table' | 'text';
  /** Where it was read: 「收支总表 收入总计（Sheet1!B6）」, 「说明第 12 行「…」」. */
  where: string;
}

export interface PriorDisagreement {
  subject: string;
  what: string;
  table: PriorValue;
  text: PriorValue;
}

export interface PriorFacts {
  /** The file it was read from (its name as the user gave it). */
  source: string;
  /** The budget year of last year's disclosure (null: not stated). */
  year: number | null;
  unitName: string | null;
  /** By subject id (a 功能分类 figure: expense.function:<类/款/项 names>). */
  values: Record<string, PriorValue>;
  disagreements: PriorDisagreement[];
  /** The same shape as this year's facts. */
  facts: Facts;
}

const emptyFacts = (year: number | null, unitName: string | null): Facts => ({
  unitCode: null,
  unitName,
  level: '部门',
  year,
  income: {
    total: null,
    subtotal: null,
    general: null,
    fund: null,
    stateCapital: null,
    specialAccount: null,
    unitFunds: null,
    carryOver: null,
  },
  expense: { total: null, basic: null, project: null, personnel: null, public: null },
  publicItems: [],
  sanGong: { total: null, abroad: null, car: null, carPurchase: null, carRunning: null, reception: null },
  procurement: null,
  procurementAssets: null,
  assets: null,
  tables: [],
});

/** The Facts field a subject id names (income.total → facts.income.total), when it is one. */
function setField(f: Facts, id: string, v: Decimal): void {
  const [group, key] = id.split('.') as [string, string | undefined];
  const rec = f as unknown as Record<string, unknown>;
  if (key === undefined) {
    if (id === 'procurement' || id === 'assets') rec[id] = v;
    return;
  }
  const inner = rec[group];
  if ((group === 'income' || group === 'expense' || group === 'sanGong') && inner && typeof inner === 'object' && key in inner)
    (inner as Record<string, unknown>)[key] = v;
}

export const subjectsWithFacts = (): readonly Subject[] => SUBJECTS.filter((s) => s.fact);

/** Table values (they win) merged with text values; disagreements beyond half a cent (text rounding) listed. */
export function mergePrior(
  source: string,
  year: number | null,
  unitName: string | null,
  table: Record<string, PriorValue>,
  text: Record<string, PriorValue & { tolerance?: Decimal }>,
): PriorFacts {
  const values: Record<string, PriorValue> = { ...table };
  const disagreements: PriorDisagreement[] = [];
  for (const [id, t] of Object.entries(text)) {
    const tb = table[id];
    const plain: PriorValue = { value: t.value, from: t.from, where: t.where };
    if (!tb) {
      values[id] = plain;
      continue;
    }
    if (
      tb.value
        .minus(t.value)
        .abs()
        .gt(t.tolerance ?? new Decimal(0.005))
    )
      disagreements.push({ subject: id, what: SUBJECTS.find((s) => s.id === id)?.what ?? id, table: tb, text: plain });
  }
  const facts = emptyFacts(year, unitName);
  for (const [id, v] of Object.entries(values)) setField(facts, id, v.value);
  return { source, year, unitName, values, disagreements, facts };
}

/** Last year's value of a subject, or of a key of keyOf() (null: the prior source does not give it). */
export function priorValue(p: PriorFacts, s: Subject, key: string = s.id): PriorValue | null {
  const v = p.values[key];
  if (key !== s.id) return v ?? null;
  if (v) return v;
  const derived = s.fact?.(p.facts);
  if (!derived) return null;
  return Object.values(p.values).find((x) => x.value === derived) ?? { value: derived, from: 'table', where: '' };
}

/** The prior facts as plain data (--json, the pane): each value in 万元 as text, with where it was read. */
export interface PriorReport {
  source: string;
  year: number | null;
  values: Record<string, { value: string; from: 'table' | 'text'; where: string }>;
  disagreements: { subject: string; what: string; table: string; text: string; tableWhere: string; textWhere: string }[];
}

export function priorReport(p: PriorFacts): PriorReport {
  return {
    source: p.source,
    year: p.year,
    values: Object.fromEntries(Object.entries(p.values).map(([k, v]) => [k, { value: v.value.toString(), from: v.from, where: v.where }])),
    disagreements: p.disagreements.map((d) => ({
      subject: d.subject,
      what: d.what,
      table: d.table.value.toString(),
      text: d.text.value.toString(),
      tableWhere: d.table.where,
      textWhere: d.text.where,
    })),
  };
}
