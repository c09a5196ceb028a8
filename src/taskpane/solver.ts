/**
 * HiGHS in the pane, loaded on demand (its own chunk, and highs.wasm served beside the pane) only when a check finds
 * a part of the workbook that needs four or more cells changed (two or three are found exactly without it, unless
 * that enumeration cannot decide: src/core/diagnose/small.ts). A failed load leaves those parts 未诊断, said in the pane.
 */
import type { MipSolve } from '../core/diagnose/solver';
import { highsSolve } from '../solver/highs-solve';

let loading: Promise<MipSolve> | undefined;

export function loadPaneSolver(): Promise<MipSolve> {
  loading ??= import(/* webpackChunkName: "highs" */ 'highs')
    .then((m) => m.default({ locateFile: (file: string) => new URL(file, document.baseURI).href }))
    .then((h) => highsSolve(h as unknown as Parameters<typeof highsSolve>[0]))
    .catch((e: unknown) => {
      loading = undefined;
      throw e;
    });
  return loading;
}
