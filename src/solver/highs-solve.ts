/**
 * The MIP solver the core asks for (src/core/diagnose/solver.ts), backed by HiGHS compiled to WebAssembly (npm
 * `highs`). Loading is asynchronous and done once; solving is synchronous. Statuses map onto the core's four, and a
 * solver exception becomes 'error' (the core then reports the part as not diagnosed, never guesses).
 */
import type { MipSolution, MipSolve } from '../core/diagnose/solver';

interface LegacyHighs {
  solve(
    problem: string,
    options?: Record<string, unknown>,
  ): { Status: string; ObjectiveValue: number; Columns: Record<string, { Primal?: number }> };
}

export function highsSolve(highs: LegacyHighs): MipSolve {
  return (lp, timeLimit): MipSolution => {
    try {
      const r = highs.solve(lp, {
        output_flag: false,
        time_limit: Math.max(0.05, timeLimit),
        mip_feasibility_tolerance: 1e-9,
        primal_feasibility_tolerance: 1e-9,
      });
      const values: Record<string, number> = {};
      for (const [k, c] of Object.entries(r.Columns ?? {})) values[k] = c.Primal ?? 0;
      const status =
        r.Status === 'Optimal'
          ? 'optimal'
          : r.Status === 'Time limit reached'
            ? 'timeLimit'
            : r.Status === 'Infeasible'
              ? 'infeasible'
              : 'error';
      return { status, objective: r.ObjectiveValue, values };
    } catch {
      return { status: 'error', objective: NaN, values: {} };
    }
  };
}
