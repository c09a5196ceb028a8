/**
 * The sentence of a broken identity, composed from its typed parts — left side and its figure, the relation that
 * fails, right side and its figure, the difference — never glued from fragments: 「收支总表 支出总计（栏4 支出）
 * 340.75 ≠ 本年支出合计＋年终结转结余 340.57，差 0.18」. A comparison with a constant says what the cell should be
 * (「…年终结转结余 5.00，应为 0.00」, 「…公用经费 3.00，应为空」).
 */
import type { Op } from './types';

/** The right side of an identity whose cell must stay blank (blankWhen). */
export const BLANK = '空';

const OP_BREAK: Record<Op, string> = { '=': '≠', '<=': '>', '>=': '<' };

export interface BreakParts {
  left: string;
  actual: string;
  op: Op;
  /** Words for the right side: '' or BLANK when it is a constant. */
  right: string;
  expected: string;
  difference: string;
  /** Compared with a constant rather than cells. */
  constant: boolean;
  rounding: boolean;
}

export function breakMessage(p: BreakParts): string {
  const tag = p.rounding ? '（尾差）' : '';
  if (p.constant) {
    const should =
      p.right === BLANK ? '应为空' : p.op === '=' ? `应为 ${p.expected}` : `应${p.op === '<=' ? '不大于' : '不小于'} ${p.expected}`;
    return `${p.left} ${p.actual}，${should}${tag}`;
  }
  const right = [p.right, p.expected].filter(Boolean).join(' ');
  return `${p.left} ${p.actual} ${OP_BREAK[p.op]} ${right}，差 ${p.difference}${tag}`;
}

/** The parts of a figure stated in the 说明 that differs from the tables (or last year's disclosure). */
export interface StatedParts {
  /** What the 说明 speaks of, before the quote: '' or 「上年数」, 「机关运行经费」. */
  what: string;
  /** The stated phrase, as written. */
  stated: string;
  /** Where the figure it is compared with is printed (「支出总表 合计 项目支出」). */
  against: string;
  expected: string;
  /** '' when the difference is not said. */
  difference: string;
}

/** 「说明中“…”与支出总表 合计 项目支出 448.31万元不一致，差 0.88万元」. */
export function statedMessage(p: StatedParts): string {
  return `说明中${p.what}“${p.stated}”与${p.against} ${p.expected}不一致${p.difference ? `，差 ${p.difference}` : ''}`;
}

/** A figure of the 说明 against what its own other figures make it: 「说明中基本支出：514.48万元 ≠ 426.49万元 + 87.98万元 = 514.47万元，差 0.01万元（尾差）」. */
export interface ComputedParts {
  /** What the figure is (「基本支出 ≠ 其中各项之和」, 「一般公共预算支出增减额」). */
  what: string;
  actual: string;
  /** How the other figures make it (「426.49万元 + 87.98万元」, 「本年 … − 上年 …」). */
  formula: string;
  expected: string;
  difference: string;
  rounding: boolean;
}

export function computedMessage(p: ComputedParts): string {
  return `说明中${p.what}：${p.actual} ≠ ${p.formula} = ${p.expected}，差 ${p.difference}${p.rounding ? '（尾差）' : ''}`;
}
