/**
 * Prior facts out of what the product already reads: last year's workbook (its recognized tables, and a 说明 sheet in
 * it), or last year's 说明 as text (from a .docx or copied from its PDF: each stated figure with its subject, the
 * narrative reader's records). From text, a subject's value is its first stated figure of the budget year that is
 * not inside an explanation, a list of projects or 302 items, or stated in a narrower scope (财政拨款 only).
 * `priorFromStatedChanges` reads the other way round: this year's 说明's own 比上年 sentences (上年 figures stated,
 * or this year's figure − the stated change) as prior facts from text.
 */
import { Decimal, halfUnit } from '../money';
import type { WorkbookSnapshot } from '../model/snapshot';
import { gatherFacts, locationOf } from '../narrative/facts';
import { findNarrativeSheets } from '../narrative/narrative-sheet';
import { budgetYearOf, readStatements, type Statement } from '../narrative/statements';
import { mergePrior, subjectsWithFacts, type PriorFacts, type PriorValue } from './prior-facts';

type TextValue = PriorValue & { tolerance: Decimal };

/** Subjects whose figure differs by scope (财政拨款 only vs all funds): a scoped statement is not that figure. */
const SCOPE_SENSITIVE = /^(expense\.(total|basic|personnel|public|project)|income\.(total|subtotal))$/;

const tolerance = (s: Statement) =>
  s.unit === '元' ? halfUnit(s.decimals).div(10000) : s.unit === '亿元' ? halfUnit(s.decimals).times(10000) : halfUnit(s.decimals);

const clip = (t: string) => (t.length > 30 ? `…${t.slice(-30)}` : t);

/** A stated figure that can stand for its subject's value. */
function usable(s: Statement, all: Statement[]): boolean {
  if (s.kind !== 'level' || s.lastYear || s.reason || s.implicit || !s.subject?.fact) return false;
  if (s.scope && SCOPE_SENSITIVE.test(s.subject.id)) return false;
  const parent = s.parent === null ? null : all[s.parent]!.subject?.id;
  if (parent === 'operating' || parent === 'expense.project') return false;
  if (s.subject.sanGong && /机关运行/.test(s.section)) return false;
  return true;
}

/** Each subject's first usable stated figure in a 说明 text. */
export function textValues(text: string, where: string, year: number | null = budgetYearOf(text)): Record<string, TextValue> {
  const all = readStatements(text, year);
  const out: Record<string, TextValue> = {};
  for (const s of all) {
    if (!usable(s, all) || out[s.subject!.id]) continue;
    out[s.subject!.id] = {
      value: s.value,
      from: 'text',
      where: `${where}第 ${s.paragraph + 1} 行「${clip(s.text)}」`,
      tolerance: tolerance(s),
    };
  }
  return out;
}

const nameOf = (text: string) => /^\s*([^\n]{2,40}?)\s*\d{4}\s*年/m.exec(text)?.[1]?.trim() ?? null;

/** Last year's 说明 as text (.txt, a .docx's text, text copied from its PDF). */
export function priorFromText(text: string, source: string): PriorFacts {
  const year = budgetYearOf(text);
  return mergePrior(source, year, nameOf(text), {}, textValues(text, '说明'));
}

/** Last year's workbook: its tables (they win) and the 说明 sheet in it, when there is one. */
export function priorFromWorkbook(wb: WorkbookSnapshot, source: string): PriorFacts {
  const facts = gatherFacts(wb)[0] ?? null;
  const table: Record<string, PriorValue> = {};
  if (facts)
    for (const s of subjectsWithFacts()) {
      const v = s.fact!(facts);
      if (v === null) continue;
      const at = locationOf(v);
      table[s.id] = { value: v, from: 'table', where: `${s.source ?? s.what}${at ? `（${at.sheet}!${at.cell}）` : ''}` };
    }
  const sheet = findNarrativeSheets(wb)[0];
  const year = facts?.year ?? (sheet ? budgetYearOf(sheet.text) : null);
  const text = sheet ? textValues(sheet.text, `${sheet.sheet} 说明`, year) : {};
  if (sheet)
    for (const v of Object.values(text)) {
      const line = /第 (\d+) 行/.exec(v.where);
      const cell = line ? sheet.cells[Number(line[1]) - 1] : undefined;
      if (cell) v.where = v.where.replace(/第 \d+ 行/, `${cell} `);
    }
  return mergePrior(source, year, facts?.unitName ?? (sheet ? nameOf(sheet.text) : null), table, text);
}

/**
 * This year's 说明's own 比上年 sentences as last year's facts: a stated 上年 figure, else this year's stated figure
 * − the change stated for it (「…安排555.53万元，较2021年预算增加3.33万元」 → 552.20), 持平 → the same figure.
 */
export function priorFromStatedChanges(text: string, source = '本年说明所述上年数'): PriorFacts {
  const year = budgetYearOf(text);
  const all = readStatements(text, year);
  const out: Record<string, TextValue> = {};
  const put = (s: Statement, value: Decimal, how: string, tol: Decimal) => {
    const id = s.subject!.id;
    if (!out[id]) out[id] = { value, from: 'text', where: `第 ${s.paragraph + 1} 行「${clip(s.text)}」${how}`, tolerance: tol };
  };
  for (const s of all) {
    if (s.reason || !s.subject?.fact) continue;
    if (s.kind === 'level' && s.lastYear && (s.ofYear === null || year === null || s.ofYear === year - 1) && !s.scope)
      put(s, s.value, '', tolerance(s));
    if (s.kind !== 'change' || s.scope) continue;
    const now = nowOf(all, s);
    if (now)
      put(
        s,
        now.value.minus(s.value),
        s.implicit ? '（持平）' : `（本年 ${now.value.toFixed(2)} − 增减）`,
        tolerance(now).plus(tolerance(s)),
      );
  }
  return mergePrior(source, year === null ? null : year - 1, nameOf(text), {}, out);
}

/**
 * This year's stated figure a change is about: the last level of its subject before it in the same sentence, else
 * one of the three figures before it (「项目支出预算数为X万元。与上年相比减少Y万元」).
 */
export function nowOf(all: Statement[], c: Statement): Statement | undefined {
  const ok = (s: Statement) => s.kind === 'level' && !s.lastYear && !s.reason && !s.implicit && s.subject === c.subject;
  for (let i = c.index - 1; i >= 0 && all[i]!.sentence === c.sentence; i--) if (ok(all[i]!)) return all[i];
  return all
    .slice(Math.max(0, c.index - 3), c.index)
    .reverse()
    .find((s) => ok(s) && s.scope === c.scope);
}
