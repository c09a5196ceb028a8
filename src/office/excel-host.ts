/**
 * The Excel host the adapter talks to: the real `Excel` namespace inside Office, or the in-memory fake in the
 * preview page and tests. Only `run` is needed; requirement sets are feature-detected, never assumed.
 */
export interface ExcelHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** True when the host supports ExcelApi `version` (e.g. "1.9"). */
  supports(version: string): boolean;
  /**
   * Calls `handler` when any sheet changes (ExcelApi 1.9); `ours` is true when Excel says this add-in made the change
   * (WorksheetChangedEventArgs.triggerSource, ExcelApi 1.14; undefined where Excel cannot say). Resolves to an
   * unsubscribe function.
   */
  /**
   * Which workbook is open, where the host can hold more than one in turn (the preview opens files into the same
   * pane): a new value means another workbook. Absent in Office, where a task pane belongs to one document.
   */
  workbookId?(): string;
  watchChanges?(handler: (change: { ours: boolean | undefined }) => void): Promise<() => Promise<void>>;
}

/** The host inside Office. Requires Office.js to be loaded (taskpane.html does). */
export function officeHost(): ExcelHost {
  return {
    run: (batch) => Excel.run(batch),
    supports: (v) => Office.context.requirements.isSetSupported('ExcelApi', v),
    watchChanges: async (handler) => {
      const registration = await Excel.run(async (ctx) => {
        const r = ctx.workbook.worksheets.onChanged.add(async (e) =>
          handler({ ours: e.triggerSource === undefined ? undefined : e.triggerSource === 'ThisLocalAddin' }),
        );
        await ctx.sync();
        return r;
      });
      return async () => {
        await Excel.run(registration.context, async (ctx) => {
          registration.remove();
          await ctx.sync();
        });
      };
    },
  };
}
