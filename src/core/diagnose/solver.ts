/**
 * What the core needs of a MIP solver: solve a model in CPLEX LP text within a work
 * budget (branch-and-bound nodes), so that the answer is the same on a busy machine as on an idle one; the wall clock is
 * only a safety net that in practice never decides. The adapters provide it
 * with HiGHS compiled to WebAssembly (npm `highs`, wrapped by src/solver/highs-solve.ts: src/solver/node.ts in the
 * CLI and tests, src/taskpane/solver.ts lazy-loaded in the pane), asked for only by parts that need four cells or
 * more. The core never trusts a floating-point answer: every repair is verified in exact integer arithmetic.
 */
export interface MipSolution {
  /** 'limit': the work budget (or the safety net) ran out before optimality or infeasibility was proven. */
  status: 'optimal' | 'infeasible' | 'limit' | 'error';
  objective: number;
  /** Primal value of each column by name. */
  values: Record<string, number>;
}

/** What one solve may spend. */
export interface SolveLimits {
  /** Branch-and-bound nodes (HiGHS mip_max_nodes): the deciding budget, independent of the machine's load. */
  maxNodes: number;
  /** Wall-clock seconds left: a last-resort safety net, generous enough never to decide in practice. */
  safetySeconds: number;
}

/** Nodes per solve: the search of seed workbooks with a whole table's unit slipped proves its answer in under 1,000. */
export const DEFAULT_MAX_NODES = 10000;
/** Safety net per part of the system, in seconds. */
export const SAFETY_SECONDS = 60;

export type MipSolve = (lp: string, limits: SolveLimits) => MipSolution;
