/**
 * Types of the table catalog: each standard table of the 部门预算信息公开 is a row of data
 * (columns with their 栏次, header cells with merges, fixed row labels) that one renderer lays out.
 * Governing layout: the published Hebei disclosures in shared/seeds, summarised in shared/domain/templates.md.
 */

/** T1–T9: the nine standard tables; S1–S4: the supporting tables the 说明 cites. */
export type TableId = 'T1' | 'T2' | 'T3' | 'T4' | 'T5' | 'T6' | 'T7' | 'T8' | 'T9' | 'S1' | 'S2' | 'S3' | 'S4';

export const STANDARD_TABLES: readonly TableId[] = ['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9'];
export const SUPPORTING_TABLES: readonly TableId[] = ['S1', 'S2', 'S3', 'S4'];

/** 部门预算 or its 单位预算 twin. */
export type Level = '部门' | '单位';

export type ColumnKind = 'seq' | 'label' | 'code' | 'name' | 'amount' | 'text' | 'quantity';

export interface ColumnDef {
  /** Stable key used by rules and recognition (e.g. "income", "basic"). */
  key: string;
  kind: ColumnKind;
  /** Width in characters. */
  width: number;
  /** The 栏次 number printed under this column ("1", "2", …); absent for 序号 and tables without 栏次. */
  lanci?: string;
}

/** A header cell in print order; cells covered by a rowSpan from the row above are not listed again. */
export interface HeaderCell {
  text: string;
  colSpan?: number;
  rowSpan?: number;
}

/** The line under the title. */
export type HeaderLine =
  | 'unit-year-money' // <code><name> | 预算年度：YYYY | 单位：万元
  | 'unit-money' // <code><name> | 单位：万元
  | 'unit-cutoff' // <code><name> | 截止时间：YYYY-12-31
  | 'none';

/** Fixed body: listed rows, cells by column index from the left (missing cells are blank). */
export interface FixedBody {
  kind: 'fixed';
  rows: string[][];
}

/**
 * Two-sided body (收支总表, 财政拨款收支总表): income labels on the left, expenditure 类 on the right,
 * padded to the longer side, numbered by 序号, then paired total rows.
 */
export interface SidesBody {
  kind: 'sides';
  seqCol: number;
  leftCol: number;
  rightCol: number;
  left: string[];
  /** "@categories" = the edition's 支出功能分类 类 list. */
  right: string[] | '@categories';
  tail: [string, string][];
}

/** Coded body (科目编码 tables): a 合计 row, then blank rows for the user's codes. */
export interface CodedBody {
  kind: 'coded';
  seqCol: number;
  totalCol: number;
  totalLabel: string;
  blankRows: number;
}

/** Only blank rows (机构设置, 政府采购): optional leading total row. */
export interface BlankBody {
  kind: 'blank';
  rows: number;
  leading?: string[];
}

export type BodySpec = FixedBody | SidesBody | CodedBody | BlankBody;

export interface TableTemplate {
  id: TableId;
  /** Name without the 部门预算/单位预算 prefix, e.g. "收支总表". */
  name: string;
  /**
   * Title with placeholders: {level} = 部门 | 单位, {project} = project name (绩效目标表).
   * Standard tables: "{level}预算收支总表".
   */
  title: string;
  /** Printed variant (三公 A/B/C); absent when the table has one layout. */
  variant?: string;
  /** One sentence on where the layout comes from. */
  source: string;
  columns: ColumnDef[];
  headerLine: HeaderLine;
  /** Header rows; {year} is replaced by the budget year. */
  header: HeaderCell[][];
  hasLanci: boolean;
  body: BodySpec;
  /** Printed under the table when it has no data, e.g. 注：无政府基金预算财政拨款预算，空表列示。 */
  emptyNote?: string;
  /** Printed under the table always (政府采购 注). */
  footnote?: string;
}

/** A resolved edition: every table, ready to render. */
export interface Edition {
  id: string;
  year: number;
  label: string;
  provenance: string;
  provisional: boolean;
  categories: string[];
  tables: TableTemplate[];
  /** Default variant per table where several are printed (T9 → "B"). */
  defaultVariants: Partial<Record<TableId, string>>;
  /** Labels renamed by this edition (new → old): the row keeps the old one's role in recognition and rules. */
  aliases?: Record<string, string>;
}
