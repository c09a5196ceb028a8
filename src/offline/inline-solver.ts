/**
 * HiGHS for the 离线版 (one HTML file opened from file://): the WebAssembly travels inside the page as base64 in a
 * non-executed <script type="application/octet-stream" id="bd-highs-wasm"> (written by webpack.offline.config.js) and
 * is compiled from those bytes through Emscripten's `instantiateWasm` hook, so nothing is fetched — file:// forbids
 * fetch and XHR. Replaces src/taskpane/solver.ts in the offline build only
 * (webpack.offline.config.js); same contract: loaded once, on first need; a failed load leaves parts 未诊断.
 */
import type { MipSolve } from '../core/diagnose/solver';
import { highsSolve } from '../solver/highs-solve';

let loading: Promise<MipSolve> | undefined;

export const WASM_ELEMENT_ID = 'bd-highs-wasm';

/** The bytes of base64 text (whitespace ignored). */
export function base64Bytes(b64: string): Uint8Array<ArrayBuffer> {
  const text = atob(b64.replace(/\s+/g, ''));
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
  return out;
}

type Instantiate = (imports: WebAssembly.Imports, done: (instance: WebAssembly.Instance) => void) => object;

export function loadPaneSolver(): Promise<MipSolve> {
  loading ??= import('highs')
    .then((m) => {
      const b64 = document.getElementById(WASM_ELEMENT_ID)?.textContent;
      if (!b64) throw new Error('页面中缺少求解器（HiGHS）');
      const instantiateWasm: Instantiate = (imports, done) => {
        void WebAssembly.instantiate(base64Bytes(b64), imports).then((r) => done(r.instance));
        return {};
      };
      return m.default({ instantiateWasm } as never);
    })
    .then((h) => highsSolve(h as unknown as Parameters<typeof highsSolve>[0]))
    .catch((e: unknown) => {
      loading = undefined;
      throw e;
    });
  return loading;
}
