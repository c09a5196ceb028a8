/**
 * 出错说明, dismissals and 可以报送 in the core: explanations stored in the workbook attach to their findings, a
 * changed value re-opens them, a dismissal applies to 提示 only, and readiness says what is left.
 */
import { checkWorkbook } from '../../src/core/review/check';
import type { Finding } from '../../src/core/check/types';
import type { WorkbookSnapshot } from '../../src/core/model/snapshot';
import { explanationKey, planStoreExplanations, withExplanation, type Explanation } from '../../src/core/review/explanations';
import { seedSnapshot } from '../fixtures/seed-workbooks';
import { locate } from '../check/mutate';

const DATE = '2026-11-30';

/** Applies the stored-explanations plan to a snapshot the way both adapters do (sheet replaced). */
function store(snap: WorkbookSnapshot, list: Explanation[]): void {
  const plan = planStoreExplanations(snap, list);
  snap.sheets = snap.sheets.filter((s) => !plan.deleteSheets?.includes(s.name));
  const s = plan.addSheets[0]!;
  snap.sheets.push({ name: s.name, origin: { row: 0, col: 0 }, values: s.values, visibility: 'veryHidden' });
}

const roots = (fs: Finding[]) => fs.filter((f) => !f.causedBy);

it('seed 001: not ready until every 尾差 and 提示 is explained; then 可以报送', async () => {
  const snap = await seedSnapshot('001');
  const first = checkWorkbook(snap);
  expect(first.readiness!.ready).toBe(false);
  expect(first.readiness!.errors).toBe(0);
  const open = roots(first.findings).filter((f) => f.severity !== 'error');
  expect(first.readiness!.unexplained).toBe(open.length);
  expect(first.readiness!.text).toMatch(/^尚不能报送：尾差\/提示 \d+ 处未说明。$/);

  let list: Explanation[] = [];
  for (const f of open)
    list = withExplanation(list, f, { kind: f.severity === 'advisory' ? 'dismissed' : 'explained', text: '四舍五入尾差', date: DATE });
  store(snap, list);
  const again = checkWorkbook(snap);
  expect(again.readiness).toMatchObject({ ready: true, unexplained: 0, reopened: 0 });
  expect(again.readiness!.text).toMatch(/^可以报送/);
  expect(
    roots(again.findings)
      .filter((f) => f.severity !== 'error')
      .every((f) => f.explanation?.text === '四舍五入尾差'),
  ).toBe(true);
});

it('a changed value re-opens its explanation; a dismissal does not silence a 尾差', async () => {
  const snap = await seedSnapshot('001');
  const first = checkWorkbook(snap);
  const rounding = roots(first.findings).find((f) => f.severity === 'rounding')!;
  store(snap, withExplanation([], rounding, { kind: 'dismissed', text: '忽略', date: DATE }));
  expect(checkWorkbook(snap).findings.find((f) => f.id === rounding.id)!.explanation).toBeUndefined();

  store(snap, withExplanation([], rounding, { kind: 'explained', text: '四舍五入尾差', date: DATE }));
  expect(checkWorkbook(snap).findings.find((f) => f.id === rounding.id)!.explanation?.text).toBe('四舍五入尾差');
  // The explained cell's value changes (the 尾差 becomes another difference): the explanation no longer applies.
  const sheet = snap.sheets.find((s) => s.name === rounding.sheet)!;
  const m = /^([A-Z]+)(\d+)$/.exec(rounding.cell)!;
  const col = m[1]!.charCodeAt(0) - 65;
  const row = Number(m[2]) - 1 - sheet.origin.row;
  sheet.values[row]![col] = (sheet.values[row]![col] as number) + 0.02;
  const after = checkWorkbook(snap);
  expect(after.reopened).toBe(1);
  // The finding is still there (changed figure, same cell), and its 出错说明 no longer applies.
  const again = after.findings.filter((f) => f.sheet === rounding.sheet && f.cell === rounding.cell);
  expect(again.length).toBeGreaterThan(0);
  expect(again.every((f) => !f.explanation)).toBe(true);
  expect(after.readiness!.ready).toBe(false);
});

it('a 错误 cannot be explained away: readiness stays 尚不能报送 and names it', async () => {
  const snap = await seedSnapshot('000');
  const t1 = snap.sheets.find((s) => s.name.includes('收支总表'))!;
  // 收入总计 340.57 mistyped as 347.57.
  const r = t1.values.findIndex((row) => row.includes(340.57));
  t1.values[r]![t1.values[r]!.indexOf(340.57)] = 347.57;
  const first = checkWorkbook(snap);
  const errors = roots(first.findings).filter((f) => f.severity === 'error');
  expect(errors.length).toBeGreaterThan(0);
  let list: Explanation[] = [];
  for (const f of roots(first.findings)) list = withExplanation(list, f, { kind: 'explained', text: '已知', date: DATE });
  store(snap, list);
  const again = checkWorkbook(snap);
  expect(again.readiness!.errors).toBe(errors.length);
  expect(again.readiness!.text).toContain(`错误 ${errors.length} 处（须改正）`);
});

it('placeholders in the stored 说明 inputs block readiness', async () => {
  const snap = await seedSnapshot('000');
  const { planStoreInputs } = await import('../../src/core/narrative/stored-inputs');
  const { DEFAULT_INPUTS } = await import('../../src/core/narrative/inputs');
  const plan = planStoreInputs(snap, DEFAULT_INPUTS);
  snap.sheets.push({ name: plan.addSheets[0]!.name, origin: { row: 0, col: 0 }, values: plan.addSheets[0]!.values });
  const r = checkWorkbook(snap);
  expect(r.readiness!.placeholders).toBeGreaterThan(0);
  expect(r.readiness!.text).toContain('情况说明中');
});

it('a 出错说明 stored under a published id since split by kind (T78-01 → T78-01a) still attaches, and is re-keyed', async () => {
  const snap = await seedSnapshot('000');
  // 政府基金预算支出表 given one row whose 合计 is not 基本＋项目 (T78-01a).
  for (const [column, value] of [
    ['code', '201'],
    ['name', '一般公共服务支出'],
    ['total', 5],
    ['basic', 1],
  ] as const) {
    const l = locate(snap, { table: 'T7', row: 'blank', column });
    const s = snap.sheets.find((x) => x.name === l.sheet)!;
    const line = s.values[l.row - s.origin.row]!;
    while (line.length <= l.col - s.origin.col) line.push(null);
    line[l.col - s.origin.col] = value;
  }
  const f = checkWorkbook(snap).findings.find((x) => x.rule === 'T78-01a')!;
  expect(f).toBeDefined();
  const old: Explanation = { key: explanationKey({ ...f, rule: 'T78-01' }), kind: 'explained', text: '已核实', date: DATE, where: '' };
  expect(old.key).not.toBe(explanationKey(f));
  store(snap, [old]);
  const again = checkWorkbook(snap);
  expect(again.findings.find((x) => x.id === f.id)!.explanation?.text).toBe('已核实');
  expect(again.reopened).toBe(0);
  // Editing it keeps one entry, under the new key.
  const edited = withExplanation([old], f, { kind: 'explained', text: '已核实并改正', date: DATE });
  expect(edited.map((e) => e.key)).toEqual([explanationKey(f)]);
  // An explanation under another rule's old id does not attach.
  store(snap, [{ ...old, key: explanationKey({ ...f, rule: 'T78-02' }) }]);
  expect(checkWorkbook(snap).findings.find((x) => x.id === f.id)!.explanation).toBeUndefined();
});
