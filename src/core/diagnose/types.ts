/** What 诊断 reports: the cells most likely wrong, their repaired values, and the identities the repair makes hold. */
import type { TableId } from '../catalog/types';

export interface DiagnosisCell {
  sheet: string;
  cell: string;
  table: TableId;
  tableName: string;
  /** "支出总表 2013201 行政运行（栏2 基本支出）". */
  where: string;
  /** As printed, in the cell's own unit and precision. */
  current: string;
  /** The value that makes every strict identity hold (and the most of them exactly). */
  repaired: string;
  /** When rounding intervals leave room: every value from..to (on the cell's precision) makes them hold. */
  range?: [string, string];
  /** A total of a sum identity (computed) rather than a typed figure. */
  isTotal: boolean;
}

export interface Diagnosis {
  /** "D1", "D2", … within one check. */
  id: string;
  /**
   * 'single': the exact one-cell test; 'small': two or three cells, found by exact enumeration; 'mip': the
   * minimal-cardinality program (HiGHS) for larger parts.
   */
  method: 'single' | 'small' | 'mip';
  /** Equally small explanations; each is a set of cells changed together. More than one = a tie. */
  explanations: DiagnosisCell[][];
  tie: boolean;
  /** The violated identities the repair makes hold (index = the identity within this check). */
  repairs: { rule: string; title: string; identity: number }[];
  unit: string | null;
}

/** Violated identities no diagnosis explains: the solver was not loaded, used up its work budget
 * (a count of nodes, the same on every machine), or found no repair. */
export interface Undiagnosed {
  unit: string | null;
  identities: number[];
  reason: 'pending' | 'workLimit' | 'noRepair';
}

/** What the user is told about a part left undiagnosed, and what to do. */
export const UNDIAGNOSED_REASON: Record<Undiagnosed['reason'], string> = {
  pending: '有多处错误，诊断所需的求解器未能加载；请逐条核对下列勾稽关系。',
  workLimit: '有多处错误，组合过多，未能在计算上限内确定出错单元格；请先改正已定位的单元格后重新检查。',
  noRepair: '找不到同时满足全部勾稽关系的改正；请逐条核对下列勾稽关系。',
};
