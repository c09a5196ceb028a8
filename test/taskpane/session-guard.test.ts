/**
 * The session's guard (issue #18): which results an action may use. Results of another workbook are refused and
 * cleared; results of an older state are refused (kept, marked stale) until checked again; a fresh result of the open
 * workbook goes through. Every refusal is a Chinese sentence that says what was not done and what to do.
 */
import type { WorkbookBasis } from '../../src/actions/basis';
import { changedSheets, otherWorkbook, refuse, type Act } from '../../src/taskpane/session-guard';

const A: WorkbookBasis = { workbook: 'preview-1', sheets: { 支出总表: 'x' } };
const office: WorkbookBasis = { sheets: { 支出总表: 'x' } }; // a host that cannot tell workbooks apart
const ACTS: Act[] = ['repair', 'explain', 'go', 'undo'];
const chinese = (t: string) => expect(t).toMatch(/^[^A-Za-z]*$/);

it.each(ACTS)('%s: refused and cleared when another workbook is open', (act) => {
  const r = refuse(A, { current: 'preview-2', stale: false }, act)!;
  expect(r.clear).toBe(true);
  expect(r.text).toMatch(/另一个工作簿.*已清除.*检查/);
  chinese(r.text);
});

it.each(ACTS)('%s: refused, not cleared, when the workbook changed since the check', (act) => {
  const r = refuse(A, { current: 'preview-1', stale: true }, act)!;
  expect(r.clear).toBe(false);
  expect(r.text).toMatch(/已过期.*(未|不).*重新检查/);
  chinese(r.text);
});

it.each(ACTS)('%s: without results there is nothing to act on', (act) => {
  expect(refuse(null, { current: undefined, stale: false }, act)?.text).toMatch(/请点击“检查”/);
});

it.each([
  [A, 'preview-1'],
  [office, undefined],
])('a fresh result of the open workbook goes through', (basis, current) => {
  for (const act of ACTS) expect(refuse(basis, { current, stale: false }, act)).toBeNull();
  expect(otherWorkbook(basis, current)).toBe(false);
});

it('a host that starts naming workbooks after the check counts as another workbook', () => {
  expect(otherWorkbook(office, 'preview-1')).toBe(true);
  expect(otherWorkbook(null, 'preview-1')).toBe(false);
});

it.each([
  ['repair', '未作改正'],
  ['explain', '出错说明未保存'],
  ['go', '未定位'],
] as const)('the adapter’s refusal (%s) names the sheets and what was not done', (act, said) => {
  const r = changedSheets(act, ['支出总表', '收入总表']);
  expect(r.text).toContain('“支出总表”“收入总表”');
  expect(r.text).toContain(said);
  chinese(r.text);
});
