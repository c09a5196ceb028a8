/**
 * Row roles: how recognition names the rows of the fixed-label tables, so rules can refer to them.
 * A role is `side:key` with an English key: "in:business" (收支总表 五、事业收入), "co:general" (财政拨款收支总表 年初
 * 结转 of 一般公共预算), "ex:201" (the 支出功能分类 类 一般公共服务支出, by its code), "sg:reception" (公务接待费); or
 * "total" / "code" for the rows of the tables by 科目编码. The maps below (bare printed label → key) are the one place
 * a label becomes a key; a label an imported edition adds that has no key here keeps its words: "in:label:…".
 * Labels are bare (no ordinal, no 其中：, no whitespace, straight quotes). Data, read by recognition and the rules.
 */
import { bareLabel } from '../text';
import { CATEGORIES_2022, CATEGORY_CODES, type CategoryCode } from './categories';
import { FISCAL_INCOME_ROWS, INCOME_ROWS } from './standard-tables';
import type { TableId } from './types';
import type { Vocabulary } from './vocabulary';

/** Every 类 row label ever printed (2022 list + 2023's 人行科目), bare. */
export const CATEGORY_LABELS: readonly string[] = [...CATEGORIES_2022, '三十一、人行科目'].map(bareLabel);

/** 收支总表 income rows (five-row layout) and the 单位资金 row of the 2025+ layout, bare. */
export const T1_INCOME_LABELS: readonly string[] = [...INCOME_ROWS.map(bareLabel), '单位资金'];

export const T1_LEFT_TOTALS = { 本年收入合计: 'incomeSubtotal', 上年结转结余: 'carryOver', 收入总计: 'incomeTotal' } as const;
export const T1_RIGHT_TOTALS = { 本年支出合计: 'expenseSubtotal', 年终结转结余: 'yearEndBalance', 支出总计: 'expenseTotal' } as const;

export const T4_INCOME_LABELS: readonly string[] = FISCAL_INCOME_ROWS.map(bareLabel);

/** 收支总表 income items: bare label → key (the 收入总表 column of the same money, the fund of 财政拨款收支总表). */
export const T1_INCOME_KEYS = {
  一般公共预算拨款收入: 'general',
  政府性基金预算拨款收入: 'fund',
  国有资本经营预算拨款收入: 'stateCapital',
  财政专户管理资金收入: 'specialAccount',
  事业收入: 'business',
  事业单位经营收入: 'operating',
  上级补助收入: 'superiorSubsidy',
  附属单位上缴收入: 'subordinateRemit',
  其他收入: 'other',
  单位资金: 'unitFunds',
} as const;

/** 财政拨款收支总表 income items (and the same three under 年初财政拨款结转和结余, role "co:…"): bare label → key. */
export const T4_INCOME_KEYS = { 一般公共预算拨款: 'general', 政府性基金预算拨款: 'fund', 国有资本经营预算拨款: 'stateCapital' } as const;

/** 类 rows printed without a 支出功能分类 code (every other 类 is keyed by its code, CATEGORY_CODES). */
export const UNCODED_CATEGORY_KEYS = { 人行科目: 'pbc' } as const;

/** The key of a label no map above knows (a row an imported edition adds): its own words, marked. */
const labelKeyOf = (bare: string) => `label:${bare}`;

const CODE_OF_NAME = new Map<string, string>(
  Object.entries(CATEGORY_CODES).flatMap(([code, names]) => names.map((n) => [n, code] as const)),
);

/** Key of a 收支总表 (T1) or 财政拨款收支总表 (T4) income label (bare, after aliases). */
export function incomeKey(table: 'T1' | 'T4', bare: string): string {
  const keys: Record<string, string> = table === 'T4' ? T4_INCOME_KEYS : T1_INCOME_KEYS;
  return keys[bare] ?? labelKeyOf(bare);
}

/** Key of a 类 label (bare, after aliases): its 支出功能分类 code ("201"), else its own key. */
export function categoryKey(bare: string): string {
  return CODE_OF_NAME.get(bare) ?? (UNCODED_CATEGORY_KEYS as Record<string, string>)[bare] ?? labelKeyOf(bare);
}
export const T4_LEFT_TOTALS = { 本年收入合计: 'incomeSubtotal', 年初财政拨款结转和结余: 'carryOver', 收入总计: 'incomeTotal' } as const;
export const T4_RIGHT_TOTALS = {
  本年支出合计: 'expenseSubtotal',
  年末财政拨款结转和结余: 'yearEndBalance',
  支出总计: 'expenseTotal',
} as const;

/** “三公” rows: bare label → role. */
const SANGONG = {
  合计: 'total',
  '"三公"经费小计': 'subtotal',
  三公经费小计: 'subtotal',
  '因公出国(境)费': 'abroad',
  '教学科研人员因公出国(境)费': 'abroadTeaching',
  '其他因公出国(境)费': 'abroadOther',
  公务用车购置及运维费: 'car',
  公务用车购置及运行费: 'car',
  公务用车购置费: 'carPurchase',
  公务用车运行维护费: 'carRunning',
  公务用车运行费: 'carRunning',
  公务接待费: 'reception',
} as const;
export const SANGONG_ROLES: Readonly<Record<string, SangongKey>> = SANGONG;

/** Table titles as printed (without 部门预算/单位预算), bare, with accepted aliases. Longest match wins. */
export const TITLE_ALIASES: Record<string, readonly string[]> = {
  T1: ['收支总表', '收支预算总表'],
  T2: ['收入总表', '收入预算总表'],
  T3: ['支出总表', '支出预算总表'],
  T4: ['财政拨款收支总表', '财政拨款收支预算总表'],
  T5: ['一般公共预算财政拨款支出表', '一般公共预算支出表'],
  T6: ['一般公共预算财政拨款基本支出表', '一般公共预算基本支出表'],
  T7: ['政府基金预算财政拨款支出表', '政府性基金预算财政拨款支出表', '政府性基金预算支出表'],
  T8: ['国有资本经营预算财政拨款支出表', '国有资本经营预算支出表'],
  T9: ['财政拨款"三公"经费支出表', '财政拨款三公经费支出表', '"三公"经费支出表', '三公经费支出表'],
};

const wordsOf = (map: Record<string, string>, key: string) => Object.entries(map).find(([, k]) => k === key)?.[0];

/** The printed words of a role on a table, for messages: "in:unitFunds" → 单位资金, "ex:201" → 一般公共服务支出, "total" → 合计. */
export function roleWords(table: string, role: string): string {
  if (role === 'total') return '合计';
  if (!role.includes(':')) return role;
  const [side, ...rest] = role.split(':');
  const key = rest.join(':');
  if (key.startsWith('label:')) return key.slice(6);
  const t4 = table === 'T4';
  const words =
    side === 'sg'
      ? wordsOf(SANGONG, key)
      : side === 'ex'
        ? (CATEGORY_CODES[key]?.[0] ?? wordsOf(UNCODED_CATEGORY_KEYS, key) ?? wordsOf(t4 ? T4_RIGHT_TOTALS : T1_RIGHT_TOTALS, key))
        : side === 'in' || side === 'co'
          ? (wordsOf(t4 ? T4_INCOME_KEYS : T1_INCOME_KEYS, key) ?? wordsOf(t4 ? T4_LEFT_TOTALS : T1_LEFT_TOTALS, key))
          : undefined;
  return words ?? key;
}

// ── The roles a rule may name: derived from the maps above, so a misspelt role fails the type check. ──

type ValueOf<M> = M[keyof M];
export type SangongKey = ValueOf<typeof SANGONG>;
export type T1IncomeKey = ValueOf<typeof T1_INCOME_KEYS>;
export type T4IncomeKey = ValueOf<typeof T4_INCOME_KEYS>;
/** A 类 row of 收支总表/财政拨款收支总表: its code, or the key of a 类 printed without one. */
export type CategoryRoleKey = CategoryCode | ValueOf<typeof UNCODED_CATEGORY_KEYS>;
type LeftTotal<M> = `in:${ValueOf<M> & string}`;
type RightTotal<M> = `ex:${ValueOf<M> & string}`;

/** A row of a table by 科目编码: its 合计 row, or the row of one code ("code:30217"). */
export type CodedRowRef = 'total' | `code:${number}`;

/** The rows a rule may name, per table. */
export interface RowRoles {
  T1: `in:${T1IncomeKey}` | LeftTotal<typeof T1_LEFT_TOTALS> | `ex:${CategoryRoleKey}` | RightTotal<typeof T1_RIGHT_TOTALS>;
  T2: CodedRowRef;
  T3: CodedRowRef;
  T4:
    | `in:${T4IncomeKey}`
    | `co:${T4IncomeKey}`
    | LeftTotal<typeof T4_LEFT_TOTALS>
    | `ex:${CategoryRoleKey}`
    | RightTotal<typeof T4_RIGHT_TOTALS>;
  T5: CodedRowRef;
  T6: CodedRowRef;
  T7: CodedRowRef;
  T8: CodedRowRef;
  T9: `sg:${SangongKey}`;
}
export type RuleTable = keyof RowRoles;
/** A row of table T a rule may name. */
export type RowRef<T extends TableId = RuleTable> = T extends RuleTable ? RowRoles[T] : never;

/** The side of a fixed-row role: "in" (收入方), "co" (年初结转 under 财政拨款收支总表 收入方), "ex" (支出方), "sg" (三公). */
export type RowSide = 'in' | 'co' | 'ex' | 'sg';
/** The side of a recognized row's role ("ex?" for an unrecognized 支出方 row, "total", "code"). */
export const sideOf = (role: string): string => role.split(':', 1)[0]!;

/**
 * Lists of rows a rule can sum as one part: every row of one vocabulary list (built-in and imported editions), in
 * its order; a row the table does not print counts as 0. A rule names a list by its key ({ each: 'categories' }).
 */
export const ROW_LISTS = {
  /** Every 支出功能分类 类 row (支出方 of 收支总表 and 财政拨款收支总表). */
  categories: (v: Vocabulary) => v.categories.map((l) => `ex:${categoryKey(l)}`),
  /** Every income row of 收支总表 (both layouts: five items, or 单位资金). */
  t1Income: (v: Vocabulary) => v.t1Income.map((l) => `in:${incomeKey('T1', l)}`),
  /** The income rows of 财政拨款收支总表 (一般公共预算、政府性基金、国有资本经营预算拨款). */
  t4Income: (v: Vocabulary) => v.t4Income.map((l) => `in:${incomeKey('T4', l)}`),
  /** The same three under 年初财政拨款结转和结余. */
  t4Carry: (v: Vocabulary) => v.t4Income.map((l) => `co:${incomeKey('T4', l)}`),
} satisfies Record<string, (v: Vocabulary) => string[]>;
export type RowList = keyof typeof ROW_LISTS;

/**
 * The amount columns a rule may name, per standard table: every key the built-in editions print for it (any variant;
 * test/catalog/row-roles.test.ts compares them with the templates). A misspelt column fails the type check too.
 */
export const AMOUNT_COLUMNS = {
  T1: ['income', 'expense'],
  T2: [
    'total',
    'subtotal',
    'fiscal',
    'specialAccount',
    'business',
    'operating',
    'superiorSubsidy',
    'subordinateRemit',
    'other',
    'carryOver',
    'unitFunds',
  ],
  T3: ['total', 'basic', 'project', 'operating', 'remitSuperior', 'subsidySubordinate'],
  T4: ['income', 'total', 'general', 'fund', 'stateCapital'],
  T5: ['total', 'basic', 'project'],
  T6: ['total', 'personnel', 'public'],
  T7: ['total', 'basic', 'project'],
  T8: ['total', 'basic', 'project'],
  T9: ['total', 'general', 'fund', 'stateCapital'],
} as const satisfies Record<RuleTable, readonly string[]>;
/** An amount column of table T. */
export type AmountColumn<T extends RuleTable = RuleTable> = (typeof AMOUNT_COLUMNS)[T][number];
