/**
 * 科目名称 on the seed fixtures: removing every name and filling restores the published names; a changed name is
 * reported with the standard one; a code unknown to the bundled list is reported as such (not "invalid"); the
 * Office adapter fills in 2 read syncs + 1 write sync and undo puts back exactly what was there.
 */
import { buildBooks } from '../../src/core/codes/books';
import * as DATA from '../../src/core/codes/data.generated';
import { parseCell } from '../../src/core/a1';
import { acceptWrites, planNames } from '../../src/core/codes/names';
import { sameName } from '../../src/core/codes/codebook';
import type { WorkbookSnapshot } from '../../src/core/model/snapshot';
import { recognizeWorkbook } from '../../src/core/recognize/recognize';
import { fillNames, applyWrites } from '../../src/actions/names';
import { seedSnapshot } from '../fixtures/seed-workbooks';
import { fakeFrom, fakeHost as fakeHostOf } from '../office/fake-from';
import { setCell, valueAt } from '../check/mutate';

const books = buildBooks(DATA);

function blankNames(snap: WorkbookSnapshot): { snap: WorkbookSnapshot; names: Map<string, string> } {
  let s = snap;
  const names = new Map<string, string>();
  for (const t of recognizeWorkbook(snap).tables) {
    if (t.columns.name === undefined) continue;
    for (const r of t.rows.filter((x) => x.code)) {
      names.set(`${t.sheet}!${r.row},${t.columns.name}`, String(valueAt(snap, t.sheet, r.row, t.columns.name)));
      s = setCell(s, t.sheet, r.row, t.columns.name, null);
    }
  }
  return { snap: s, names };
}

describe.each(['000', '001', '003'])('seed %s', (seed) => {
  it('removing every name and filling restores the published names', async () => {
    const original = await seedSnapshot(seed);
    const { snap, names } = blankNames(original);
    expect(names.size).toBeGreaterThan(20);
    const r = planNames(snap, books, 2027);
    expect(r.writes).toHaveLength(names.size);
    const exact = r.writes.filter((w) => {
      const { row, col } = parseCell(w.cell);
      return names.get(`${w.sheet}!${row},${col}`) === w.value;
    });
    // Exactly the printed text, except where the attested standard writes full-width brackets for a seed's "(": 维修（护）费.
    const differing = r.writes.filter((w) => !exact.includes(w)).map((w) => w.value);
    expect(differing.every((v) => v === '维修（护）费')).toBe(true);
    for (const w of r.writes) {
      const { row, col } = parseCell(w.cell);
      expect(sameName(names.get(`${w.sheet}!${row},${col}`)!, String(w.value))).toBe(true);
    }
    expect(r.findings.filter((f) => f.rule !== 'K-04')).toEqual([]);
  });

  it('the published workbook as is: nothing to fill, no name reported', async () => {
    const r = planNames(await seedSnapshot(seed), books, 2027);
    expect(r.writes).toEqual([]);
    expect(r.findings.filter((f) => f.rule === 'K-01' || f.rule === 'K-02' || f.rule === 'K-03' || f.rule === 'K-06')).toEqual([]);
    expect(r.editions.every((e) => e.edition <= (e.year ?? 2027))).toBe(true);
  });
});

it('a changed name is reported with the standard one, and 采用标准名称 writes it', async () => {
  const snap = await seedSnapshot('000');
  const t = recognizeWorkbook(snap).tables.find((x) => x.id === 'T3')!;
  const row = t.rows.find((r) => r.code === '2013201')!;
  const changed = setCell(snap, t.sheet, row.row, t.columns.name!, '行政运行经费');
  const r = planNames(changed, books, 2027);
  const f = r.findings.find((x) => x.rule === 'K-01')!;
  expect(f).toMatchObject({ severity: 'error', expected: '行政运行', actual: '行政运行经费', sheet: t.sheet });
  expect(f.message).toBe('2013201 的名称“行政运行经费”与标准名称“行政运行”不一致');
  expect(acceptWrites([f], changed)).toEqual([{ sheet: t.sheet, cell: f.cell, value: '行政运行', previous: '行政运行经费', code: '' }]);
});

it('codes unknown to the bundled list, missing parents, order and 类 labels are reported', async () => {
  const snap = await seedSnapshot('000');
  const rec = recognizeWorkbook(snap);
  const t3 = rec.tables.find((x) => x.id === 'T3')!;
  const row = t3.rows.find((r) => r.code === '2101103')!;
  let s = setCell(snap, t3.sheet, row.row, t3.columns.code!, '2101199'); // not attested: 其他行政事业单位医疗支出 may exist, name differs
  s = setCell(s, t3.sheet, t3.rows.find((r) => r.code === '20805')!.row, t3.columns.code!, '20806'); // 2080505 loses its 款
  const t1 = rec.tables.find((x) => x.id === 'T1')!;
  const cat = t1.rows.find((r) => r.role === 'ex:202')!;
  s = setCell(s, t1.sheet, cat.row, t1.columns.expenseItem!, '二、外事支出');
  const r = planNames(s, books, 2023);
  const rules = r.findings.map((f) => f.rule);
  expect(rules).toContain('K-03');
  expect(rules).toContain('K-06');
  expect(r.findings.find((f) => f.rule === 'K-06')!.expected).toBe('二、外交支出');
  const unknown = planNames(setCell(snap, t3.sheet, row.row, t3.columns.code!, '2101177'), books, 2023).findings.find(
    (f) => f.rule === 'K-02',
  )!;
  expect(unknown.severity).toBe('advisory');
  expect(unknown.message).toMatch(
    /不在内置的2023年支出功能分类科目表中(，本工作簿中写作“[^”]+”)?。内置表只收录公开文件中出现过的科目，不完整/,
  );
});

it('a code seen only in a later edition is filled from it and says so when the name differs', () => {
  // 30311 was 住房公积金 in 2017, 代缴社会保险费 from 2022: a 2017 table keeps the 2017 name.
  expect(books.economic.get('30311', 2017)!.name).toBe('住房公积金');
  expect(books.economic.get('30311', 2023)!.name).toBe('代缴社会保险费');
  const later = books.function.get('2010101', 2016)!;
  expect(later.later).toBe(true);
});

it('Office adapter: fill in 3 read syncs + 1 write sync; undo restores the previous values exactly', async () => {
  const { snap } = blankNames(await seedSnapshot('001'));
  const withOne = setCell(snap, '部门预算收入总表', 6, 2, '旧名称'); // one existing (wrong) name stays untouched by fill
  const excel = fakeFrom(withOne);
  const state = () =>
    JSON.stringify(excel.model.sheets.map((s) => [s.name, [...s.cells].filter(([, c]) => c.value !== null).map(([a, c]) => [a, c.value])]));
  const before = state();
  const host = fakeHostOf(excel);
  const { result, undo } = await fillNames(host, books, 2027);
  expect(excel.contexts[0]!.syncCount).toBe(4);
  expect(result.writes.length).toBeGreaterThan(40);
  expect(result.findings.some((f) => f.rule === 'K-01' && f.actual === '旧名称')).toBe(true);
  expect(excel.model.sheet('部门预算收入总表')!.peek(6, 2)!.value).toBe('旧名称');
  expect(state()).not.toBe(before);
  await applyWrites(host, undo!);
  expect(excel.contexts[1]!.syncCount).toBe(1);
  expect(state()).toBe(before);
  // …and the highlight of the filled names is gone with them.
  expect(excel.model.sheets.every((s) => [...s.cells.values()].every((c) => !c.format.fill))).toBe(true);
});

it('a code the built-in list lacks gives one finding per code, with every cell where it appears', async () => {
  const snap = await seedSnapshot('000');
  const rec = recognizeWorkbook(snap);
  // The same unknown 项 code in 支出总表 and 一般公共预算支出表 (both 部门 and 单位): one finding, all cells listed.
  let s = snap;
  const places = rec.tables.filter((t) => t.id === 'T3' || t.id === 'T5');
  for (const t of places) s = setCell(s, t.sheet, t.rows.find((r) => r.code === '2013201')!.row, t.columns.code!, '2013288');
  const k02 = planNames(s, books, 2023).findings.filter((f) => f.rule === 'K-02' && f.message.includes('2013288'));
  expect(k02).toHaveLength(1);
  expect(k02[0]!.message).toContain(`（共 ${places.length} 处）`);
  expect(k02[0]!.related).toHaveLength(places.length - 1);
});

it('为此编码填写名称: every blank name of that code is filled, printed ones kept; the name another table gives is offered', async () => {
  const snap = await seedSnapshot('000');
  const rec = recognizeWorkbook(snap);
  const places = rec.tables.filter((t) => t.id === 'T3' || t.id === 'T5');
  let s = snap;
  for (const t of places) {
    const row = t.rows.find((r) => r.code === '2013201')!.row;
    s = setCell(s, t.sheet, row, t.columns.code!, '2013288');
    // Only the first table keeps a printed name for it.
    s = setCell(s, t.sheet, row, t.columns.name!, t === places[0] ? '  机构编制专项  ' : null);
  }
  const k02 = planNames(s, books, 2023).findings.find((f) => f.rule === 'K-02' && f.actual === '2013288')!;
  expect(k02.expected).toBe('机构编制专项');
  expect(k02.message).toContain('本工作簿中写作“机构编制专项”');
  const { codeNameWrites } = await import('../../src/core/codes/names');
  const { writes, kept } = codeNameWrites(s, '2013288', '机构编制专项');
  expect(kept).toBe(1);
  expect(writes).toHaveLength(places.length - 1);
  expect(writes.every((w) => w.value === '机构编制专项' && w.previous === null && w.code === '2013288')).toBe(true);
});

it('filled names are highlighted until the next check, which puts the original fills back', async () => {
  const { snap } = blankNames(await seedSnapshot('000'));
  const excel = fakeFrom(snap);
  const host = fakeHostOf(excel);
  const { result } = await fillNames(host, books, 2027);
  const { FILLED_COLOR } = await import('../../src/core/marks/marks');
  const w = result.writes[0]!;
  const { row, col } = parseCell(w.cell);
  expect(excel.model.sheet(w.sheet)!.peek(row, col)!.format.fill).toBe(FILLED_COLOR);
  const { checkAndMark } = await import('../../src/actions/check');
  await checkAndMark(host);
  expect(excel.model.sheet(w.sheet)!.peek(row, col)!.format.fill ?? null).toBeNull();
});
