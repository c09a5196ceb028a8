/**
 * Parity of the hosts behind the seam: the same actions through the Office adapter (Office fake), the WPS adapter
 * (WPS fake) and the ExcelJS file adapter, on every seed workbook (with one amount mistyped so that there is
 * something to mark and repair), give the same snapshot before and after — values, fills, merges, sheet states —
 * and the same findings.
 */
import { cellAddress } from '../../src/core/a1';
import type { CheckResult } from '../../src/core/review/result';
import type { WorkbookSnapshot } from '../../src/core/model/snapshot';
import { checkAndMark, clearMarks } from '../../src/actions/check';
import { applyRepair } from '../../src/actions/repair';
import type { WorkbookHost } from '../../src/host/workbook-host';
import { FakeWorkbook } from '../../src/office/fake/model';
import { loadXlsxInto } from '../../src/preview/load-xlsx';
import { loadNodeSolver } from '../../src/solver/node';
import { Workbook } from '../../src/xlsx/workbook';
import { xlsxWorkbookHost } from '../../src/xlsx/xlsx-host';
import { recognizeWorkbook } from '../../src/core/recognize/recognize';
import { seedSnapshot, seedWorkbook } from '../fixtures/seed-workbooks';
import { hostOn } from './hosts';

const SEEDS = ['000', '001', '003', '004'];

/** What must agree: per sheet its state, non-blank values ('' is blank, as the Office adapter reads it) and fills by address, and merged areas. */
function comparable(s: WorkbookSnapshot) {
  return s.sheets.map((sh) => {
    const values: Record<string, unknown> = {};
    const fills: Record<string, string> = {};
    sh.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null && v !== '') values[cellAddress(r + sh.origin.row, c + sh.origin.col)] = v;
      }),
    );
    sh.fills?.forEach((row, r) =>
      row.forEach((f, c) => {
        if (f?.color) fills[cellAddress(r + sh.origin.row, c + sh.origin.col)] = f.color.toUpperCase();
      }),
    );
    return { name: sh.name, visibility: sh.visibility ?? 'visible', values, fills, merges: [...(sh.merges ?? [])].sort() };
  });
}

/** The first amount of a coded row (else of any row) of the recognized tables: the cell to mistype. */
function firstAmount(snap: WorkbookSnapshot): { sheet: string; row: number; col: number } | null {
  const tables = recognizeWorkbook(snap).tables;
  for (const coded of [true, false])
    for (const t of tables) {
      const sheet = snap.sheets.find((x) => x.name === t.sheet)!;
      for (const row of t.rows.filter((r) => !coded || r.code))
        for (const c of Object.values(row.cells)) {
          const v = sheet.values[row.row - sheet.origin.row]?.[c.col - sheet.origin.col];
          if (typeof v === 'number' && v > 0) return { sheet: t.sheet, row: row.row, col: c.col };
        }
    }
  return null; // seed 004 publishes only the 说明, no table
}

const findingsOf = (r: CheckResult) =>
  r.findings.map((f) => [f.rule, f.severity, f.sheet, f.cell, f.message]).sort((a, b) => String(a).localeCompare(String(b)));

async function run(host: WorkbookHost) {
  const read = async () => comparable((await host.batch((io) => io.readSnapshot({ fills: true, merges: true }))).snapshot);
  const before = await read();
  const first = await checkAndMark(host, [], loadNodeSolver);
  const marked = await read();
  const cells = first.diagnoses[0]?.explanations[0];
  const repair = cells ? (await applyRepair(host, cells)).kind : 'none';
  const second = await checkAndMark(host, [], loadNodeSolver);
  const cleared = await clearMarks(host);
  const after = await read();
  return { before, marked, after, repair, cleared, findings: [findingsOf(first), findingsOf(second)] };
}

describe.each(SEEDS)('seed %s', (seed) => {
  it('Office fake, WPS fake and ExcelJS agree before and after check, repair and clear', async () => {
    const clean = await seedSnapshot(seed);
    const leaf = firstAmount(clean);
    const wb = seedWorkbook(seed);
    for (const ws of wb.worksheets) {
      // Titles merged across, as published workbooks have them (where the cells beside the title are blank).
      const row = ws.getRow(1);
      if (row.getCell(1).value !== null && row.getCell(2).value === null && row.getCell(3).value === null) ws.mergeCells(1, 1, 1, 3);
    }
    if (leaf) {
      const cell = wb.getWorksheet(leaf.sheet)!.getCell(leaf.row + 1, leaf.col + 1);
      cell.value = Number(cell.value) + 1; // one mistyped amount
    }
    const bytes = (await wb.xlsx.writeBuffer()) as ArrayBuffer;

    const xlsx = new Workbook();
    await xlsx.xlsx.load(bytes);
    const results = { xlsx: await run(xlsxWorkbookHost(xlsx)) } as Record<string, Awaited<ReturnType<typeof run>>>;
    for (const name of ['office', 'wps'] as const) {
      const model = new FakeWorkbook();
      await loadXlsxInto(model, bytes);
      results[name] = await run(hostOn(name, model).host);
    }
    const { xlsx: base, office, wps } = results as Record<'xlsx' | 'office' | 'wps', Awaited<ReturnType<typeof run>>>;
    if (leaf) {
      expect(base.findings[0]!.length).toBeGreaterThan(0);
      expect(base.marked).not.toEqual(base.before);
      expect(base.repair).toBe('ok');
      expect(base.before.some((s) => s.merges.length > 0)).toBe(true);
      expect(base.marked.some((s) => s.visibility === 'veryHidden')).toBe(true);
    }
    for (const other of [office, wps]) {
      expect(other.before).toEqual(base.before);
      expect(other.findings).toEqual(base.findings);
      expect(other.marked).toEqual(base.marked);
      expect(other.repair).toBe(base.repair);
      expect(other.cleared).toBe(base.cleared);
      expect(other.after).toEqual(base.after);
    }
  });
});

it('插入模板 gives the same sheets through the Office fake and the WPS fake: values, formats, merges, widths, panes, page setup', async () => {
  const { insertTemplates } = await import('../../src/actions/insert');
  const state = async (name: 'office' | 'wps') => {
    const model = new FakeWorkbook();
    model.addSheet('Sheet1');
    await insertTemplates(hostOn(name, model).host, { edition: '2023', level: '部门', code: '225', name: '测试部门' }, undefined, {
      t2Layout: '5',
    });
    return model.sheets.map((s) => ({
      name: s.name,
      visibility: s.visibility,
      cells: [...s.cells].sort(([a], [b]) => a.localeCompare(b)),
      merges: s.merges,
      widths: s.columnWidths,
      heights: s.rowHeights,
      freeze: s.freezeRows,
      page: s.page,
      active: model.sheets[model.activeSheet]!.name,
    }));
  };
  const office = await state('office');
  expect(office.length).toBeGreaterThan(9);
  expect(await state('wps')).toEqual(office);
});
