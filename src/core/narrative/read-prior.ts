/**
 * Prior facts out of what the product already reads: last year's workbook (its recognized tables, and a 说明 sheet in
 * it), or last year's 说明 as text (from a .docx or copied from its PDF: each stated figure with its subject, the
 * narrative reader's records; subjects the tables do not give, 财政拨款收入 say, too). From text, a subject's value is its first stated figure of the budget year that is
 * not inside an explanation, a list of projects or 302 items, or stated in a narrower scope (财政拨款 only).
 * `priorFromStatedChanges` reads the other way round: this year's 说明's own 比上年 sentences (上年 figures stated,
 * or this year's figure − the stated change) as prior facts from text.
 */
import { Decimal, halfUnit } from '../money';
import type { WorkbookSnapshot } from '../model/snapshot';
import { gatherFacts, locationOf, type Facts } from './facts';
import { findNarrativeSheets } from './narrative-sheet';
import { budgetYearOf, readStatements, type Statement } from './statements';
import { mergePrior, subjectsWithFacts, type PriorFacts, type PriorValue } from './prior-facts';

type TextValue = PriorValue & { tolerance: Decimal };

/** Subjects whose figure differs by scope (财政拨款 only vs all funds): a scoped statement is not that figure. */
const SCOPE_SENSITIVE = /^(expense\.(total|basic|personnel|public|project)|income\.(total|subtotal))$/;

const tolerance = (s: Statement) =>
  s.unit === '元' ? halfUnit(s.decimals).div(10000) : s.unit === '亿元' ? halfUnit(s.decimals).times(10000) : halfUnit(s.decimals);

const clip = (t: string) => (t.length > 30 ? `…${t.slice(-30)}` : t);

/**
 * The key of a figure of a 功能分类 subject (「法院（款）行政运行（项）支出」 → expense.function:法院款/行政运行项), so last
 * year's text gives the value of each 类/款/项 it names; other subjects are keyed by their id.
 */
export function keyOf(s: Pick<Statement, 'subject' | 'phrase'>): string | null {
  if (!s.subject) return null;
  if (s.subject.id !== 'expense.function') return s.subject.id;
  // The innermost 类/款/项 named (「人大事务（款）行政运行（项）」 and 「人大事务行政运行（项）」 are the same 项).
  const m = [...s.phrase.matchAll(/([\u4e00-\u9fff]{2,24})\((类|款|项)\)/g)].at(-1);
  return m ? `expense.function:${m[1]!.replace(/支出$/, '').replace(/^.*[款类]/, '')}(${m[2]})` : null;
}

/** A stated figure that can stand for its subject's value. */
function usable(s: Statement, all: Statement[]): boolean {
  if (s.kind !== 'level' || s.lastYear || s.reason || s.implicit || !s.subject || !keyOf(s)) return false;
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
  const ambiguous = new Set<string>();
  for (const s of all) {
    const key = keyOf(s);
    if (!usable(s, all) || !key) continue;
    // Two 项 of the same name under different 款 with different figures: neither is taken.
    if (out[key] && !out[key].value.eq(s.value) && key.startsWith('expense.function:')) ambiguous.add(key);
    if (out[key]) continue;
    out[key] = {
      value: s.value,
      from: 'text',
      where: `${where}第 ${s.paragraph + 1} 行「${clip(s.text)}」`,
      tolerance: tolerance(s),
    };
  }
  for (const key of ambiguous) delete out[key];
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
export function priorFromStatedChanges(text: string, f: Facts | null = null, source = '本年说明所述上年数'): PriorFacts {
  const year = f?.year ?? budgetYearOf(text);
  const all = readStatements(text, year);
  const out: Record<string, TextValue> = {};
  const put = (s: Statement, value: Decimal, how: string, tol: Decimal) => {
    const id = s.subject!.id;
    if (!out[id]) out[id] = { value, from: 'text', where: `第 ${s.paragraph + 1} 行「${clip(s.text)}」${how}`, tolerance: tol };
  };
  for (const s of all) {
    if (s.reason || !s.subject || s.subject.id === 'expense.function') continue;
    if (s.kind === 'level' && s.lastYear && (s.ofYear === null || year === null || s.ofYear === year - 1) && !s.scope)
      put(s, s.value, '', tolerance(s));
    if (s.kind !== 'change' || s.scope) continue;
    // This year's figure: the tables' when given, else the one the text states.
    const table = f && s.subject.fact ? s.subject.fact(f) : null;
    const stated = table ? null : nowOf(all, s);
    const now = table ?? stated?.value;
    if (!now) continue;
    const how = s.implicit ? '（持平）' : `（本年 ${now.toFixed(2)} − 增减）`;
    put(s, now.minus(s.value), how, (stated ? tolerance(stated) : new Decimal(0)).plus(tolerance(s)));
  }
  return mergePrior(source, year === null ? null : year - 1, f?.unitName ?? nameOf(text), {}, out);
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
