/**
 * The rule catalog's vocabulary: each 勾稽关系 is a row of data of one of a few kinds, interpreted by one engine
 * (src/core/check/engine.ts). Ids follow shared/domain/identities.md (T1-01 … X69-02).
 */
import type { AmountColumn, RowList, RowRef, RowSide, RuleTable } from '../catalog/row-roles';
import type { TableId } from '../catalog/types';
import type { Group } from './terms';
import type { BlockingGap } from './unjudged';

export type RuleSeverity = 'strict' | 'advisory';
export type FindingSeverity = 'error' | 'rounding' | 'advisory';
export type Op = '=' | '<=' | '>=';

/**
 * A cell of a recognized table: the row with this role (or 科目编码) in this column. The row is typed per table
 * (catalog/row-roles.ts: RowRoles): a role the table's rows cannot carry, or a misspelt one, fails the type check.
 * A list of rows means "the first of them the table prints" (三公: 合计, else “三公”经费小计).
 */
export type Ref = { [T in RuleTable]: CellRef<T> }[RuleTable];
export interface CellRef<T extends RuleTable> {
  table: T;
  row: RowRef<T> | readonly RowRef<T>[];
  column: AmountColumn<T>;
  /** A missing optional row counts as 0; a missing required row means the rule is not evaluated. */
  optional?: boolean;
}

/** One amount column of a table (every row of it), and several. */
export type ColumnRef = { [T in RuleTable]: { table: T; column: AmountColumn<T> } }[RuleTable];
export type ColumnsRef = { [T in RuleTable]: { table: T; columns: readonly AmountColumn<T>[] } }[RuleTable];

/** A part of a column sum: one row, or every row of a vocabulary list (ROW_LISTS; a missing row counts as 0). */
export type RowPart<T extends RuleTable> = RowRef<T> | { each: RowList };

/** A condition a rule holds under, with the reason said when it does not (check/conditions.ts). */
export interface Condition {
  holds(group: Group): boolean;
  otherwise: string;
}

interface RuleBase {
  /** The catalog id (identities.md), one per kind: a published id split by kind has a letter (T78-01a). */
  id: string;
  /** The id the entry was published under before it was split (stored 出错说明 keyed by it still match). */
  formerly?: string;
  title: string;
  severity: RuleSeverity;
  /** Where the identity comes from (identities.md section, template). */
  source?: string;
}

/** In every selected row: total column = Σ part columns. */
export type RowSumRule = { [T in RuleTable]: RowSumOf<T> }[RuleTable];
interface RowSumOf<T extends RuleTable> extends RuleBase {
  kind: 'rowSum';
  table: T;
  /** Rows to check: "all", or the rows of these sides (["ex"]: every 支出方 row). */
  rows: 'all' | readonly RowSide[];
  total: AmountColumn<T>;
  parts: readonly AmountColumn<T>[];
}

/** In each column: the total row = Σ part rows. Alternatives: the first whose rows all exist is used. */
export type ColumnSumRule = { [T in RuleTable]: ColumnSumOf<T> }[RuleTable];
interface ColumnSumOf<T extends RuleTable> extends RuleBase {
  kind: 'columnSum';
  table: T;
  columns: readonly AmountColumn<T>[];
  total: RowRef<T>;
  parts: RowPart<T>[][];
  /** Only when all part rows are printed (e.g. 因公出国 sub-rows); otherwise missing parts count as 0. */
  requireAllParts?: boolean;
}

/** 类 = Σ 款 = Σ 项 by code prefix (3/5/7 digits; economic 3/5), in every amount column. */
export interface CodeHierarchyRule extends RuleBase {
  kind: 'codeHierarchy';
  table: TableId;
}

/** 合计 row = Σ 类 (3-digit) rows, in every amount column. */
export interface CodeTotalRule extends RuleBase {
  kind: 'codeTotal';
  table: TableId;
}

/** Σ left op Σ right (cells of one or two tables). */
export interface CompareRule extends RuleBase {
  kind: 'compare';
  left: Ref[];
  op: Op;
  right: Ref[];
  /** Constant right-hand side instead of cells (e.g. 0 for "blank in a budget"). */
  constant?: string;
  /** Evaluate only when this holds (e.g. MIXED_INCOME_LAYOUT, check/conditions.ts). */
  when?: Condition;
}

/** 收支总表 and 收入总表 in different income layouts: an advisory, the totals are compared instead. */
export interface IncomeLayoutRule extends RuleBase {
  kind: 'incomeLayout';
}

/** For each 类 code row of `left.table`, compare with the 类 row of the same name in `right.table`. */
export interface PerCategoryRule extends RuleBase {
  kind: 'perCategory';
  left: ColumnRef;
  op: Op;
  right: ColumnRef;
  /** Also require: every non-blank 类 row of the right table has a 类 row in the left table. */
  coverRight?: boolean;
}

/** For every code in the left table (all levels), compare with the same code in the right table. */
export interface PerCodeRule extends RuleBase {
  kind: 'perCode';
  left: ColumnsRef;
  op: Op;
  right: ColumnsRef;
  /** The two tables must list the same codes. */
  sameCodes?: boolean;
}

/** In rows selected by code prefix or label, a column must be blank (or zero). */
export type BlankWhenRule = { [T in RuleTable]: BlankWhenOf<T> }[RuleTable];
interface BlankWhenOf<T extends RuleTable> extends RuleBase {
  kind: 'blankWhen';
  table: T;
  codePrefixes?: string[];
  labels?: string[];
  column: AmountColumn<T>;
}

/** An empty fund table ⇔ its fund is 0 in 财政拨款收支总表; an empty table carries its 注. */
export interface EmptyTableRule extends RuleBase {
  kind: 'emptyTable';
  table: TableId;
  against: Ref;
}

/** U-03: an empty table's 注 names its own fund (and not the other one) and the right subject (部门/单位). */
export interface EmptyNoteRule extends RuleBase {
  kind: 'emptyNote';
  table: TableId;
  /** Words of this table's fund, and of the fund it must not name. */
  fund: string;
  notFund: string;
}

/** Header consistency: one 预算年度 and one department on every table of a group; 单位 code = 部门 code + 3 digits. */
export interface HeaderRule extends RuleBase {
  kind: 'header';
}

/** 部门 table = Σ its 单位 tables, cell by cell (by role or code). */
export interface UnitsSumRule extends RuleBase {
  kind: 'unitsSum';
  tables: TableId[];
}

/**
 * Rules on the supporting tables (政府采购预算 S2, 固定资产占用情况表 S3, 项目绩效目标表 S4), which are read from the
 * sheets where they are printed rather than recognized by 栏次 (check/supporting.ts, performance.ts), and judged by
 * the kinds of kinds/supporting.ts. Each finding carries the entry's id, title and severity (strict: 错误 or 尾差).
 */
export type SupportingRule =
  /** P-01: the 合计 row = Σ 小计 rows, or = Σ item rows (one entry each). */
  | (SupportingBase<'S2'> & { kind: 'procurementTotal'; of: 'subtotals' | 'items'; message: string })
  /** P-02: an item's 合计 = 数量 × 单价. */
  | (SupportingBase<'S2'> & { kind: 'procurementQuantity' })
  /** P-03: a row's 合计 = Σ its seven fund columns (when any is printed). */
  | (SupportingBase<'S2'> & { kind: 'procurementFunds'; message: string })
  /** P-04: 预留中小微企业份额 ≤ 合计 (a printed 份额 only). */
  | (SupportingBase<'S2'> & { kind: 'procurementShare' })
  /** P-05: a 采购 row's 预算资金 = its project's 成本指标 (日常公用经费: 公用经费). */
  | (SupportingBase<'S4'> & { kind: 'procurementBudget' })
  /** a row = Σ other rows (by their label), 价值 column. */
  | (SupportingBase<'S3'> & { kind: 'assetSum'; total: AssetRow; parts: AssetRow[]; message: string })
  /** a 其中 row ≤ the row it belongs to. */
  | (SupportingBase<'S3'> & { kind: 'assetPart'; part: AssetRow; of: AssetRow; words: [part: string, of: string] })
  /** 截止时间 = the last day of the year before the 预算年度. */
  | (SupportingBase<'S3'> & { kind: 'assetCutoff' })
  /** G-01: Σ of the projects' 万元 成本指标 = 项目支出 ("sum"); a project total printed in 元 is a unit slip ("unitSlips"). */
  | (SupportingBase<'S4'> & { kind: 'performanceCost'; of: 'unitSlips' | 'sum' })
  /** G-02: 资金支出计划（%）never falls and reaches 100 at 12月底. */
  | (SupportingBase<'S4'> & { kind: 'spendingPlan' });
interface SupportingBase<T extends TableId> extends RuleBase {
  table: T;
}
/** The rows of a 固定资产占用情况表 a rule may name (their bare labels, as printed at the start of the row). */
export type AssetRow = '资产总额' | '房屋' | '其中:办公用房' | '车辆' | '单价在' | '其他固定资产';

export type Rule =
  | RowSumRule
  | ColumnSumRule
  | CodeHierarchyRule
  | CodeTotalRule
  | CompareRule
  | PerCategoryRule
  | PerCodeRule
  | BlankWhenRule
  | EmptyTableRule
  | EmptyNoteRule
  | HeaderRule
  | UnitsSumRule
  | IncomeLayoutRule;

export interface CellLocation {
  sheet: string;
  cell: string;
}

export interface Finding {
  /** Stable within one check: rule + cell. */
  id: string;
  rule: string;
  title: string;
  severity: FindingSeverity;
  message: string;
  sheet: string;
  cell: string;
  related: CellLocation[];
  expected: string;
  actual: string;
  difference: string;
  /** Id of the finding this one follows from: the diagnosed cell that explains it, or (尾差) the row it rounds. */
  causedBy?: string;
  /** On a diagnosed cell's finding: the id of its diagnosis (CheckResult.diagnoses). */
  diagnosis?: string;
  /** Index of the identity judged (within this check), for linking to its diagnosis. */
  identity?: number;
  /** 部门/单位 code the finding belongs to. */
  unit: string | null;
  table: TableId | null;
  /** A known pattern that explains the difference (check/patterns.ts), also said at the end of the message. */
  pattern?: string;
  /** The preparer's 出错说明 or dismissal (stored in the workbook, src/core/review/explanations.ts). */
  explanation?: { kind: 'explained' | 'dismissed'; text: string; date: string };
}

export interface NotEvaluated {
  rule: string;
  unit: string | null;
  reason: string;
  /** A row or column the template always prints, missing from a filled table: keeps 可以报送 back (unjudged.ts). */
  gap?: BlockingGap;
}
