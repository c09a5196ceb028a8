/**
 * The Excel host the adapter talks to: the real `Excel` namespace inside Office, or the in-memory fake in the
 * preview page and tests. Only `run` is needed; requirement sets are feature-detected, never assumed.
 */
export interface ExcelHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** True when the host supports ExcelApi `version` (e.g. "1.9"). */
  supports(version: string): boolean;
}

/** The host inside Office. Requires Office.js to be loaded (taskpane.html does). */
export function officeHost(): ExcelHost {
  return {
    run: (batch) => Excel.run(batch),
    supports: (v) => Office.context.requirements.isSetSupported('ExcelApi', v),
  };
}
