/**
 * The whole pane session through the host seam, on every host: the Office adapter on the Office fake and the WPS
 * adapter on the WPS fake (both member forms). Insert into a blank workbook; then on a published workbook with one
 * mistyped amount and one blanked name: check and mark, 诊断 repair, undo, repair again, 出错说明 for the rest,
 * 可以报送, fill names, the 说明 sheet, clear marks — the user's cells end as they began, apart from what was asked.
 */
import { parseCell, cellAddress } from '../../src/core/a1';
import { buildBooks } from '../../src/core/codes/books';
import * as DATA from '../../src/core/codes/data.generated';
import { MARK_COLORS } from '../../src/core/marks/marks';
import { generateNarrative } from '../../src/core/narrative/generate';
import { checkAndMark, clearMarks } from '../../src/actions/check';
import { storeExplanations } from '../../src/actions/explanations';
import { insertTemplates, readWorkbookSettings } from '../../src/actions/insert';
import { applyWrites, fillNames } from '../../src/actions/names';
import { loadNarrativeContext, writeNarrativeSheet } from '../../src/actions/narrative';
import { selectCell } from '../../src/actions/navigate';
import { applyRepair } from '../../src/actions/repair';
import { withExplanation } from '../../src/core/review/explanations';
import { FakeWorkbook } from '../../src/office/fake/model';
import { loadNodeSolver } from '../../src/solver/node';
import { locate, setCell } from '../check/mutate';
import { withValue } from '../diagnose/helpers';
import { seedSnapshot } from '../fixtures/seed-workbooks';
import { fakeFrom } from '../office/fake-from';
import { HOSTS, hostOn } from './hosts';

const books = buildBooks(DATA);

describe.each(HOSTS)('%s', (name) => {
  it('insert into a blank workbook: the nine tables, the settings remembered, recognized by 检查, not 可以报送', async () => {
    const model = new FakeWorkbook();
    model.addSheet('Sheet1');
    const t = hostOn(name, model);
    const plan = await insertTemplates(t.host, { edition: '2023', level: '部门', code: '225', name: '测试部门' }, undefined, {
      t2Layout: '5',
    });
    expect(model.sheets.map((s) => s.name).slice(0, 1 + plan.addSheets.length)).toEqual(['Sheet1', ...plan.addSheets.map((s) => s.name)]);
    expect(model.sheets.find((s) => s.name === '预算公开助手_设置')?.visibility).toBe('VeryHidden');
    expect(await readWorkbookSettings(t.host)).toEqual({ t2Layout: '5' });
    const active = model.sheets[model.activeSheet]!;
    expect(active.name).toBe(plan.addSheets.find((s) => s.visibility !== 'veryHidden')!.name);
    const r = await checkAndMark(t.host, [], loadNodeSolver);
    expect(r.tables.length).toBe(9);
    // An unfilled table is not zero: freshly inserted templates are never 可以报送.
    expect(r.readiness?.ready).toBe(false);
    expect(r.readiness?.text).toMatch(/^尚未填写/);
    if (t.et) expect(t.et.unbatchedWrites).toBe(0);
  });

  it('check, repair, undo, explanations, 可以报送, names, 说明, clear marks', async () => {
    const clean = await seedSnapshot('000');
    const leaf = locate(clean, { table: 'T3', row: 'code:2013201', column: 'basic' });
    const at = cellAddress(leaf.row, leaf.col);
    const nameCell = locate(clean, { table: 'T3', row: 'code:2013201', column: 'name' });
    const nameAt = { sheet: nameCell.sheet, row: nameCell.row, col: nameCell.col };
    const published = clean.sheets.find((s) => s.name === nameAt.sheet)!.values[nameAt.row - 0]![nameAt.col];
    const excel = fakeFrom(setCell(withValue(clean, leaf.sheet, at, 329.13), nameAt.sheet, nameAt.row, nameAt.col, null));
    const model = excel.model;
    const t = hostOn(name, model);
    const ws = model.sheet(leaf.sheet)!;
    const cell = (a: string) => ws.peek(parseCell(a).row, parseCell(a).col);
    const userState = () =>
      JSON.stringify(
        model.sheets
          .filter((s) => !s.name.startsWith('预算公开助手') && !s.name.startsWith('说明'))
          .map((s) => [
            s.name,
            [...s.cells].filter(([, c]) => c.value !== null || c.format.fill).map(([a, c]) => [a, c.value, c.format.fill ?? null]),
          ]),
      );

    // 检查: the mistyped cell is red, its diagnosis says what it should be.
    let r = await checkAndMark(t.host, [], loadNodeSolver);
    expect(r.readiness?.ready).toBe(false);
    const d = r.diagnoses[0]!;
    expect(d.explanations[0]).toEqual([expect.objectContaining({ sheet: leaf.sheet, cell: at, current: '329.13', repaired: '238.13' })]);
    expect(cell(at)!.format.fill).toBe(MARK_COLORS.error);
    await selectCell(t.host, leaf.sheet, at);
    expect(model.selection).toEqual({ sheet: leaf.sheet, cell: at });
    // 清除标记 puts every fill back (none here) and removes the stored marks; the next check marks again.
    const marked = userState();
    expect(await clearMarks(t.host)).toBeGreaterThan(0);
    expect(model.sheet('预算公开助手_标记')).toBeUndefined();
    expect(model.sheets.flatMap((s) => [...s.cells.values()].filter((c) => c.format.fill))).toEqual([]);
    expect(userState()).not.toBe(marked);
    r = await checkAndMark(t.host, [], loadNodeSolver);
    expect(userState()).toBe(marked);

    // 采用改正, 撤销, 采用改正 again.
    const repair = await applyRepair(t.host, d.explanations[0]!);
    if (repair.kind !== 'ok') throw new Error('repair refused');
    expect(cell(at)!.value).toBe(238.13);
    r = await checkAndMark(t.host, [], loadNodeSolver);
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    await applyWrites(t.host, repair.undo);
    expect(cell(at)!.value).toBe(329.13);
    r = await checkAndMark(t.host, [], loadNodeSolver);
    expect(r.findings.some((f) => f.severity === 'error')).toBe(true);
    const again = await applyRepair(t.host, r.diagnoses[0]!.explanations[0]!);
    expect(again.kind).toBe('ok');

    // 填充科目名称: the blanked name comes back (highlighted until the next check).
    const filled = await fillNames(t.host, books, 2023);
    expect(filled.result.writes.map((w) => `${w.sheet}!${w.cell}`)).toContain(`${nameAt.sheet}!${cellAddress(nameAt.row, nameAt.col)}`);
    expect(model.sheet(nameAt.sheet)!.peek(nameAt.row, nameAt.col)!.value).toBe(published);

    // 出错说明 for every 尾差 and 提示: 可以报送.
    r = await checkAndMark(t.host, [], loadNodeSolver);
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    let list = r.explanations ?? [];
    for (const f of r.findings.filter((x) => !x.causedBy))
      list = withExplanation(list, f, { kind: 'explained', text: '按元取整形成的尾差', date: '2026-12-05' });
    await storeExplanations(t.host, list);
    r = await checkAndMark(t.host, [], loadNodeSolver);
    expect(r.readiness?.text).toMatch(/^可以报送/);
    expect(r.readiness?.ready).toBe(true);

    // 情况说明 as a worksheet, its text literal.
    const ctx = await loadNarrativeContext(t.host);
    expect(ctx.errors).toBe(0);
    const doc = generateNarrative(ctx.facts[0]!, { ...ctx.inputs, duties: '=1+1 不是公式' });
    const sheetName = await writeNarrativeSheet(t.host, doc);
    const narrative = [...model.sheet(sheetName)!.cells.values()];
    expect(narrative.some((c) => c.value === '=1+1 不是公式')).toBe(true);
    expect(narrative.every((c) => c.formula === undefined)).toBe(true);

    // 清除标记 at the end: no fill left; the only value changes are the repair and the filled name.
    await clearMarks(t.host);
    expect(model.sheet('预算公开助手_标记')).toBeUndefined();
    expect(model.sheets.flatMap((s) => [...s.cells.values()].filter((c) => c.format.fill))).toEqual([]);
    const changed = (s: typeof clean) => JSON.stringify(s.sheets.map((x) => x.values));
    const expected = withValue(clean, leaf.sheet, at, 238.13);
    expect(changed(await (await import('../fixtures/seed-workbooks')).seedSnapshot('000'))).toBe(changed(clean));
    expect(model.sheet(leaf.sheet)!.peek(leaf.row, leaf.col)!.value).toBe(238.13);
    expect(changed(expected)).toBe(changed(clean));
    if (t.et) expect(t.et.unbatchedWrites).toBe(0);
  });
});
