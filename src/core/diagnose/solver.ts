/**
 * What the core needs of a MIP solver: solve a model in CPLEX LP text within a time limit. The adapters provide it
 * with HiGHS compiled to WebAssembly (npm `highs`: src/cli/solver.ts in Node, src/taskpane/solver.ts lazy-loaded in
 * the pane). The core never trusts a floating-point answer: every repair is verified in exact integer arithmetic.
 */
export interface MipSolution {
  status: 'optimal' | 'infeasible' | 'timeLimit' | 'error';
  objective: number;
  /** Primal value of each column by name. */
  values: Record<string, number>;
}

export type MipSolve = (lp: string, timeLimitSeconds: number) => MipSolution;
