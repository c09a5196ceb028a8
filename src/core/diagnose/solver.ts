/**
 * What the core needs of a MIP solver: solve a model in CPLEX LP text within a time limit. The adapters provide it
 * with HiGHS compiled to WebAssembly (npm `highs`, wrapped by src/solver/highs-solve.ts: src/solver/node.ts in the
 * CLI and tests, src/taskpane/solver.ts lazy-loaded in the pane), asked for only by parts that need four cells or
 * more. The core never trusts a floating-point answer: every repair is verified in exact integer arithmetic.
 */
export interface MipSolution {
  status: 'optimal' | 'infeasible' | 'timeLimit' | 'error';
  objective: number;
  /** Primal value of each column by name. */
  values: Record<string, number>;
}

export type MipSolve = (lp: string, timeLimitSeconds: number) => MipSolution;
