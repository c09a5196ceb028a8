/**
 * The rule catalog's vocabulary: each 勾稽关系 is a row of data of one of a few kinds, interpreted by one engine
 * (src/core/check/engine.ts). Ids follow shared/domain/identities.md (T1-01 … X69-02).
 */
import type { TableId } from '../catalog/types';
import type { BlockingGap } from './unjudged';

export type RuleSeverity = 'strict' | 'advisory';
export type FindingSeverity = 'error' | 'rounding' | 'advisory';
export type Op = '=' | '<=' | '>=';

/** A cell of a recognized table: the row with this role (or 科目编码) in this column. */
export interface Ref {
  table: TableId;
  /** Row role ("total", "in:incomeTotal", "sg:reception", …) or a code ("code:30217"). */
  row: string;
  column: string;
  /** A missing optional row counts as 0; a missing required row means the rule is not evaluated. */
  optional?: boolean;
}

interface RuleBase {
  id: string;
  title: string;
  severity: RuleSeverity;
  /** Where the identity comes from (identities.md section, template). */
  source?: string;
}

/** In every selected row: total column = Σ part columns. */
export interface RowSumRule extends RuleBase {
  kind: 'rowSum';
  table: TableId;
  /** Row roles to check: "all", or role prefixes ("ex:", "total", "code"). */
  rows: 'all' | string[];
  total: string;
  parts: string[];
}

/** In each column: the total row = Σ part rows. Alternatives: the first whose rows all exist is used. */
export interface ColumnSumRule extends RuleBase {
  kind: 'columnSum';
  table: TableId;
  columns: string[];
  total: string;
  parts: string[][];
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
  /** Evaluate only when 收支总表 and 收入总表 use different income layouts (单位资金 vs five items). */
  when?: 'mixedIncomeLayout';
}

/** 收支总表 and 收入总表 in different income layouts: an advisory, the totals are compared instead. */
export interface IncomeLayoutRule extends RuleBase {
  kind: 'incomeLayout';
}

/** For each 类 code row of `left.table`, compare with the 类 row of the same name in `right.table`. */
export interface PerCategoryRule extends RuleBase {
  kind: 'perCategory';
  left: { table: TableId; column: string };
  op: Op;
  right: { table: TableId; column: string };
  /** Also require: every non-blank 类 row of the right table has a 类 row in the left table. */
  coverRight?: boolean;
}

/** For every code in the left table (all levels), compare with the same code in the right table. */
export interface PerCodeRule extends RuleBase {
  kind: 'perCode';
  left: { table: TableId; columns: string[] };
  op: Op;
  right: { table: TableId; columns: string[] };
  /** The two tables must list the same codes. */
  sameCodes?: boolean;
}

/** In rows selected by code prefix or label, a column must be blank (or zero). */
export interface BlankWhenRule extends RuleBase {
  kind: 'blankWhen';
  table: TableId;
  codePrefixes?: string[];
  labels?: string[];
  column: string;
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
