/** HiGHS for the CLI and tests (Node finds highs.wasm beside the package loader). Loaded once, on first need. */
import { highsSolve } from './highs-solve';
import type { MipSolve } from '../core/diagnose/solver';

let loading: Promise<MipSolve> | undefined;

export function loadNodeSolver(): Promise<MipSolve> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loading ??= (require('highs') as (o?: object) => Promise<Parameters<typeof highsSolve>[0]>)().then(highsSolve);
  return loading;
}
