/**
 * 上年数 of the 情况说明 generator: each prior-year figure the form asks for, from what the user typed (an override)
 * or else from last year's disclosure (src/core/narrative/prior-facts.ts), with where it came from — the form shows both.
 */
import { Decimal } from '../money';
import type { PriorFacts } from './prior-facts';
import type { NarrativeInputs } from './inputs';

export type PriorField = keyof NarrativeInputs['prior'];

/** The form's prior-year fields, the subject each is last year's value of, and its label. */
export const PRIOR_FIELDS: readonly (readonly [PriorField, string, string])[] = [
  ['total', 'expense.total', '上年支出合计'],
  ['basic', 'expense.basic', '上年基本支出'],
  ['project', 'expense.project', '上年项目支出'],
  ['sanGong', 'sanGong.total', '上年“三公”经费'],
  ['abroad', 'sanGong.abroad', '上年因公出国（境）费'],
  ['car', 'sanGong.car', '上年公务用车购置及运维费'],
  ['reception', 'sanGong.reception', '上年公务接待费'],
];

export interface PriorFigure {
  value: Decimal | null;
  /** typed: entered in the form; table/text: read from last year's disclosure; null: neither. */
  source: 'typed' | 'table' | 'text' | null;
  /** For the form: 「手填」, 「上年公开表：收支总表…」, 「上年公开说明：第 12 行…」. */
  where: string;
}

const NUMBER = /^-?\d{1,12}(\.\d{1,6})?$/;

export function priorFigure(inputs: NarrativeInputs, prior: PriorFacts | null | undefined, field: PriorField): PriorFigure {
  const typed = inputs.prior[field]?.trim();
  if (typed && NUMBER.test(typed)) return { value: new Decimal(typed), source: 'typed', where: '手填' };
  const subject = PRIOR_FIELDS.find(([k]) => k === field)![1];
  const v = prior?.values[subject];
  if (v) return { value: v.value, source: v.from, where: `${prior!.source}：${v.where || (v.from === 'table' ? '上年表' : '上年说明')}` };
  return { value: null, source: null, where: '' };
}
