/**
 * Editions 2024–2027 as deltas (单位资金 income side from 2025), either income layout in recognition and rules,
 * a 样表 imported as an edition, and a new edition as a data file flowing through insert, recognition and check.
 */
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILTIN_DELTAS, resolveEdition, tableOf, type EditionDelta } from '../../src/core/catalog/editions';
import { importEdition } from '../../src/core/recognize/import-edition';
import { renderTable } from '../../src/core/catalog/render';
import type { Edition, TableTemplate } from '../../src/core/catalog/types';
import { checkWorkbook } from '../../src/core/review/check';
import { planInsert } from '../../src/core/insert/plan-insert';
import type { WorkbookSnapshot } from '../../src/core/model/snapshot';
import { applyPlanToWorkbook } from '../../src/xlsx/apply-plan';
import { readSnapshot } from '../../src/xlsx/read-snapshot';
import { seedSnapshot } from '../fixtures/seed-workbooks';
import { locate, setCell } from '../check/mutate';

const OPTS = { level: '部门' as const, code: '225', name: '测试部门' };
const body = (e: string, id: 'T1' | 'T2') => {
  const ed = resolveEdition(e);
  const r = renderTable(tableOf(ed, id), ed, { ...OPTS, year: ed.year });
  return r.sheet.values.slice(r.layout.bodyRows[0], r.layout.bodyRows[1] + 1);
};

describe.each(['2025', '2027'])('edition %s', (e) => {
  it('收支总表: 五、单位资金, blank income rows 6–9, 31 类 rows and the totals', () => {
    const rows = body(e, 'T1');
    expect(rows.map((r) => r[1] ?? '').slice(0, 9)).toEqual([
      '一、一般公共预算拨款收入',
      '二、政府性基金预算拨款收入',
      '三、国有资本经营预算拨款收入',
      '四、财政专户管理资金收入',
      '五、单位资金',
      '',
      '',
      '',
      '',
    ]);
    expect(rows.filter((r) => /^[一二三四五六七八九十]+、/.test(String(r[3] ?? '')))).toHaveLength(31);
    expect(rows.slice(-3).map((r) => [r[1], r[3]])).toEqual([
      ['本年收入合计', '本年支出合计'],
      ['上年结转结余', '年终结转结余'],
      ['收入总计', '支出总计'],
    ]);
    expect(rows).toHaveLength(34);
  });
  it('is provisional, says what it follows, and defaults 收入总表 to the 单位资金 column', () => {
    const ed = resolveEdition(e);
    expect(ed.provisional).toBe(true);
    expect(ed.provenance).toMatch(/单位资金|同/);
    expect(tableOf(ed, 'T2').columns.map((c) => c.key)).toContain('unitFunds');
    expect(tableOf(ed, 'T2', '5').columns.map((c) => c.key)).toContain('business');
  });
});

it('2024 = 2023 until evidence says otherwise; each later delta is a few lines of data', () => {
  expect(JSON.stringify(resolveEdition('2024').tables)).toBe(JSON.stringify(resolveEdition('2023').tables));
  for (const id of ['2024', '2025', '2026', '2027']) expect(BUILTIN_DELTAS.find((d) => d.id === id)!.ops.length).toBeLessThanOrEqual(3);
});

it('CLI-level insert of 2025 and 2027 lays out the 单位资金 收入总表 with 栏次 1–8', () => {
  for (const edition of ['2025', '2027']) {
    const plan = planInsert({ ...OPTS, edition, tables: ['T2'] }, []);
    const v = plan.addSheets[0]!.values;
    expect(v[4]).toEqual(['栏次', '1', '2', '3', '4', '5', '6', '7', '8']);
    expect(v[3]).toContain('单位\n资金');
  }
});

describe('the 2025 income side on seed 003 (and 001)', () => {
  it.each([
    ['003', 'both', ['X69-02']],
    ['003', 'T1', ['X12-06', 'X69-02']],
    ['001', 'both', null],
  ] as const)(
    'seed %s, 单位资金 in %s: exactly the known findings (a mixed layout adds only an advisory)',
    async (seed, which, expected) => {
      const base = checkWorkbook(await seedSnapshot(seed))
        .findings.map((f) => f.rule)
        .sort();
      const r = checkWorkbook(await seedSnapshot(seed, { unitFunds: which }));
      expect(r.problems).toEqual([]);
      expect(r.findings.map((f) => f.rule).sort()).toEqual(expected ? [...expected].sort() : base);
      if (which === 'T1') expect(r.findings.find((f) => f.rule === 'X12-06')!.severity).toBe('advisory');
    },
  );

  it.each(['003', '001'])('seed %s: moving one figure between 单位资金 and 本年收入合计 is caught', async (seed) => {
    const snap = await seedSnapshot(seed, { unitFunds: 'both' });
    const unit = locate(snap, { table: 'T1', row: 'in:unitFunds', column: 'income' });
    const total = locate(snap, { table: 'T1', row: 'in:incomeSubtotal', column: 'income' });
    const before = Number(snap.sheets.find((s) => s.name === total.sheet)!.values[total.row]![total.col]);
    // 0.50 moved out of 本年收入合计 into 单位资金.
    const moved = setCell(
      setCell(snap, unit.sheet, unit.row, unit.col, 0.5),
      total.sheet,
      total.row,
      total.col,
      Math.round((before - 0.5) * 100) / 100,
    );
    const errors = checkWorkbook(moved).findings.filter((f) => f.severity === 'error');
    // 收支总表 no longer agrees with 收入总表's 单位资金 column, nor 收入总计 with 本年收入合计 + 上年结转.
    expect(errors.map((f) => f.rule)).toEqual(expect.arrayContaining(['T1-03', 'X12-03']));
    expect(errors.find((f) => f.rule === 'X12-03')!.message).toMatch(/单位资金/);
  });
});

/** A 样表 built from an edition's insert output with one label renamed and one column added. */
function modified(e: Edition): { edition: Edition; renamed: [string, string]; added: string } {
  const renamed: [string, string] = ['二、外交支出', '二、外事支出'];
  const tables = e.tables.map((t): TableTemplate => {
    if (t.id !== 'T3') return t;
    return {
      ...t,
      columns: [...t.columns, { key: 'col9', kind: 'amount', width: 13, lanci: '9' }],
      header: [[...t.header[0]!, { text: '备注金额', rowSpan: 2 }], t.header[1]!],
    };
  });
  return {
    edition: { ...e, tables, categories: e.categories.map((c) => (c === renamed[0] ? renamed[1] : c)) },
    renamed,
    added: '备注金额',
  };
}

async function asWorkbook(e: Edition): Promise<WorkbookSnapshot> {
  const wb = new ExcelJS.Workbook();
  const delta: EditionDelta = {
    id: 'sample',
    year: e.year,
    label: 's',
    provenance: 's',
    provisional: false,
    tables: e.tables,
    categories: e.categories,
    defaultVariants: e.defaultVariants,
    ops: [],
  };
  applyPlanToWorkbook(wb, planInsert({ ...OPTS, edition: 'sample' }, [], [delta]));
  const back = new ExcelJS.Workbook();
  await back.xlsx.load((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  return readSnapshot(back);
}

const shape = (t: TableTemplate) => ({
  id: t.id,
  variant: t.variant,
  columns: t.columns.map((c) => [c.key, c.kind, c.lanci ?? '']),
  header: t.header,
  body: t.body,
  title: t.title,
});

describe.each(['2022', '2023', '2025', '2027'])('从样表导入版式 (%s)', (id) => {
  it('yields the original plus exactly the renamed label and the added column; inserting from it reproduces the 样表', async () => {
    const original = resolveEdition(id);
    const { edition: sample, renamed, added } = modified(original);
    const snap = await asWorkbook(sample);
    const imported = importEdition(snap, {
      id: 'custom',
      name: `${id} 测试样表`,
      year: original.year,
      source: 'test.xlsx',
      editions: BUILTIN_DELTAS.map((d) => resolveEdition(d.id)),
    });
    expect(imported.unmapped).toEqual([expect.stringContaining(`第9栏“${added}”无法对应到已知栏目`)]);
    const custom = resolveEdition('custom', [imported.edition]);
    for (const tid of ['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9'] as const) {
      expect(shape(tableOf(custom, tid))).toEqual(shape(tableOf(sample, tid)));
    }
    expect(custom.categories).toEqual(sample.categories);
    expect(custom.aliases).toEqual({ 外事支出: '外交支出' });
    expect(renamed[1]).toBe('二、外事支出');
    // Insert from the imported edition = the 样表, cell by cell (values and merges).
    const again = planInsert({ ...OPTS, edition: 'custom' }, [], [imported.edition]);
    const sampleSheets = snap.sheets.map((s) => ({
      name: s.name,
      values: s.values.map((r) => r.map((v) => v ?? null)),
      merges: [...(s.merges ?? [])].sort(),
    }));
    const againSheets = again.addSheets.map((s) => ({ name: s.name, merges: [...s.merges].sort(), values: s.values }));
    for (const [i, s] of againSheets.entries()) {
      expect(s.name).toBe(sampleSheets[i]!.name);
      expect(s.merges).toEqual(sampleSheets[i]!.merges);
      const trim = (rows: unknown[][]) => rows.map((r) => r.map((v) => (v === '' ? null : v)));
      expect(trim(s.values).map((r) => JSON.stringify(r.slice(0, sampleSheets[i]!.values[0]!.length)))).toEqual(
        trim(sampleSheets[i]!.values)
          .slice(0, s.values.length)
          .map((r) => JSON.stringify(r)),
      );
    }
  });
});

it('a new edition is a data file: the 2028 delta flows through insert, recognition and check with no engine change', async () => {
  const delta = JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'edition-2028.json'), 'utf8')) as EditionDelta;
  const deltas = [...BUILTIN_DELTAS, delta];
  const plan = planInsert({ ...OPTS, edition: '2028', tables: ['T1'] }, [], deltas);
  const values = plan.addSheets[0]!.values;
  const row = values.findIndex((r) => r[3] === '三十一、金融监管科目');
  expect(row).toBeGreaterThan(0);
  const wb = new ExcelJS.Workbook();
  applyPlanToWorkbook(wb, plan);
  const ws = wb.worksheets[0]!;
  // Fill a consistent table: 100 in the renamed 类, totals 100.
  const at = (label: string) => values.findIndex((r) => r[3] === label || r[1] === label) + 1;
  ws.getCell(row + 1, 5).value = 100;
  ws.getCell(at('一、一般公共预算拨款收入'), 3).value = 100;
  for (const l of ['本年收入合计', '收入总计']) ws.getCell(at(l), 3).value = 100;
  for (const l of ['本年支出合计', '支出总计']) ws.getCell(at(l), 5).value = 100;
  const editions = [resolveEdition('2028', deltas)];
  const ok = checkWorkbook(readSnapshot(wb), { editions });
  expect(ok.problems).toEqual([]);
  expect(ok.findings).toEqual([]);
  ws.getCell(row + 1, 5).value = 90;
  const broken = checkWorkbook(readSnapshot(wb), { editions });
  // Only 收支总表: nothing but T1-02 sees the renamed 类, so any 类 row could be the wrong one — a tie (D-03) that
  // includes the changed cell with its old value.
  expect(broken.findings.map((f) => f.rule)).toEqual(['D-03', 'T1-02']);
  expect(broken.diagnoses[0]!.explanations.flat()).toContainEqual(expect.objectContaining({ current: '90.00', repaired: '100.00' }));
});
