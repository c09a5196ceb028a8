/**
 * The MIP solver the core asks for (src/core/diagnose/solver.ts), backed by HiGHS compiled to WebAssembly (npm
 * `highs`). Loading is asynchronous and done once; solving is synchronous. The node budget decides; time_limit is
 * only the core's safety net. Statuses map onto the core's four, and a
 * solver exception becomes 'error' (the core then reports the part as not diagnosed, never guesses).
 */
import type { MipSolution, MipSolve } from '../core/diagnose/solver';

interface LegacyHighs {
  solve(
    problem: string,
    options?: Record<string, unknown>,
  ): { Status: string; ObjectiveValue: number; Columns: Record<string, { Primal?: number }> };
}

/** HiGHS's statuses when a budget ran out: the node limit ends a MIP as 'Unknown' (no proof either way). */
const LIMITS = new Set(['Time limit reached', 'Iteration limit reached', 'Solution limit reached', 'Unknown']);

export function highsSolve(highs: LegacyHighs): MipSolve {
  return (lp, limits): MipSolution => {
    try {
      const r = highs.solve(lp, {
        output_flag: false,
        mip_max_nodes: limits.maxNodes,
        time_limit: Math.max(0.05, limits.safetySeconds),
        mip_feasibility_tolerance: 1e-9,
        primal_feasibility_tolerance: 1e-9,
      });
      const values: Record<string, number> = {};
      for (const [k, c] of Object.entries(r.Columns ?? {})) values[k] = c.Primal ?? 0;
      const status =
        r.Status === 'Optimal' ? 'optimal' : r.Status === 'Infeasible' ? 'infeasible' : LIMITS.has(r.Status) ? 'limit' : 'error';
      return { status, objective: r.ObjectiveValue, values };
    } catch {
      return { status: 'error', objective: NaN, values: {} };
    }
  };
}
