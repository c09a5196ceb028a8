/**
 * Whether an action may use the results it was clicked on: 改正, 出错说明, 定位 and 撤销改正 act only on the workbook,
 * and the state of it, that the results were made from. Results of another workbook are cleared, not kept live; results
 * of an older state (an edit since the check) are refused until checked again; and the adapter's own read (the
 * sheets' prints, src/actions/basis.ts) refuses what events missed. Pure: the session hook asks, this answers.
 */
import type { WorkbookBasis } from '../actions/basis';

export type Act = 'repair' | 'explain' | 'go' | 'undo';

/** What was not done, in the user's words. */
const NOT_DONE: Record<Act, string> = {
  repair: '未作改正',
  explain: '出错说明未保存',
  go: '未定位',
  undo: '未撤销',
};

export const OTHER_WORKBOOK = '已打开另一个工作簿：上一个工作簿的检查结果已清除，不会用于这个工作簿。请点击“检查”。';

export type Refusal = { text: string; clear: boolean };

/** True when the results were made from another workbook than the one the host has open now. */
export function otherWorkbook(basis: WorkbookBasis | null, current: string | undefined): boolean {
  return !!basis && basis.workbook !== current;
}

/** Before an action: null when it may go on; else what to tell the user, and whether to clear the results. */
export function refuse(basis: WorkbookBasis | null, o: { current: string | undefined; stale: boolean }, act: Act): Refusal | null {
  if (!basis) return { text: `没有可用的检查结果，${NOT_DONE[act]}。请点击“检查”。`, clear: true };
  if (otherWorkbook(basis, o.current)) return { text: OTHER_WORKBOOK, clear: true };
  if (o.stale) return { text: `工作簿在检查后已改动，结果已过期，${NOT_DONE[act]}。请重新检查。`, clear: false };
  return null;
}

/** After the adapter's read: the sheets that no longer print as at the check. */
export function changedSheets(act: Act, sheets: string[]): Refusal {
  return {
    text: `工作表“${sheets.join('”“')}”与检查时不同（检查后有改动，或打开的是另一个工作簿），${NOT_DONE[act]}。请重新检查。`,
    clear: false,
  };
}
