/**
 * Insert through the ExcelJS port: plan → workbook → saved .xlsx → reopened. Titles, merges, number formats,
 * borders, frozen panes and print setup survive; a second insert adds suffixed sheets and leaves the first untouched.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { planInsert } from '../../src/core/insert/plan-insert';
import { applyPlanToWorkbook } from '../../src/xlsx/apply-plan';
import { readSnapshot } from '../../src/xlsx/read-snapshot';

const dir = mkdtempSync(join(tmpdir(), 'bd-insert-'));
const OPTS = { edition: '2023', level: '部门' as const, code: '225', name: '中共秦皇岛市海港区委机构编制委员会办公室' };

async function roundTrip(wb: ExcelJS.Workbook, name: string): Promise<ExcelJS.Workbook> {
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  const back = new ExcelJS.Workbook();
  await back.xlsx.readFile(path);
  return back;
}

/** Everything a user could see of a sheet: values, styles, merges, views, widths. */
function fingerprint(ws: ExcelJS.Worksheet): string {
  const cells: unknown[] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) =>
    row.eachCell({ includeEmpty: true }, (cell, c) =>
      cells.push([r, c, cell.value, cell.numFmt, cell.font, cell.border, cell.alignment, cell.fill]),
    ),
  );
  return JSON.stringify({ cells, merges: ws.model.merges, views: ws.views, cols: ws.columns?.map((c) => c.width) });
}

describe('insert → .xlsx → reopen', () => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    const fresh = new ExcelJS.Workbook();
    applyPlanToWorkbook(fresh, planInsert(OPTS, []));
    wb = await roundTrip(fresh, 'once.xlsx');
  });

  it('has the nine sheets named after the tables, in catalog order', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      '部门预算收支总表',
      '部门预算收入总表',
      '部门预算支出总表',
      '部门预算财政拨款收支总表',
      '部门预算一般公共预算财政拨款支出表',
      '部门预算一般公共预算财政拨款基本支出表',
      '部门预算政府基金预算财政拨款支出表',
      '部门预算国有资本经营预算财政拨款支出表',
      '部门预算财政拨款“三公”经费支出表',
    ]);
  });

  it.each([
    ['部门预算收支总表', 'A1:E1', 'A3:A4', 'B3:C3'],
    ['部门预算收入总表', 'A1:M1', 'A3:A4', 'E3:L3'],
    ['部门预算财政拨款“三公”经费支出表', 'A1:F1', 'B3:B4', 'C3:F3'],
  ])('%s keeps its title and merges %s, %s, %s', (name, title, m1, m2) => {
    const ws = wb.getWorksheet(name)!;
    expect(ws.getCell('A1').value).toBe(name);
    expect(ws.model.merges).toEqual(expect.arrayContaining([title, m1, m2]));
    expect(ws.getCell('A2').value).toBe('225中共秦皇岛市海港区委机构编制委员会办公室');
  });

  it('formats amount cells 0.00 with borders, codes as text, header wrapped', () => {
    const ws = wb.getWorksheet('部门预算收入总表')!;
    // Row 6 is the 合计 row (title, line, 2 header rows, 栏次).
    expect(ws.getCell('C6').value).toBe('合计');
    expect(ws.getCell('D6').numFmt).toBe('0.00');
    expect(ws.getCell('M20').numFmt).toBe('0.00');
    expect(ws.getCell('B7').numFmt).toBe('@');
    expect(ws.getCell('D6').border?.left?.style).toBe('thin');
    expect(ws.getCell('E4').alignment?.wrapText).toBe(true);
    expect(ws.getCell('A5').value).toBe('栏次');
  });

  it('freezes the rows down to 栏次 and prints landscape, fit to width', () => {
    const ws = wb.getWorksheet('部门预算收支总表')!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 5 });
    expect(ws.pageSetup.orientation).toBe('landscape');
    expect(ws.pageSetup.fitToWidth).toBe(1);
  });

  it('reads back as a snapshot with the 2023 row 三十一、人行科目 and 34 numbered rows', () => {
    const s = readSnapshot(wb).sheets[0]!;
    const labels = s.values.map((r) => r[3]);
    expect(labels).toContain('三十一、人行科目');
    expect(s.values.filter((r) => /^\d+$/.test(String(r[0] ?? ''))).length).toBe(34);
  });

  it('a second insert adds suffixed sheets and leaves the first nine byte-for-byte the same', async () => {
    const before = wb.worksheets.map(fingerprint);
    applyPlanToWorkbook(
      wb,
      planInsert(
        { ...OPTS, tables: ['T1', 'T9'] },
        wb.worksheets.map((w) => w.name),
      ),
    );
    const again = await roundTrip(wb, 'twice.xlsx');
    expect(again.worksheets.map((w) => w.name).slice(9)).toEqual(['部门预算收支总表(2)', '部门预算财政拨款“三公”经费支出表(2)']);
    expect(again.worksheets.slice(0, 9).map(fingerprint)).toEqual(before);
  });

  it('refuses a plan whose sheet name exists, without touching the workbook', () => {
    const plan = planInsert({ ...OPTS, tables: ['T1'] }, []);
    const count = wb.worksheets.length;
    expect(() => applyPlanToWorkbook(wb, plan)).toThrow('已存在');
    expect(wb.worksheets.length).toBe(count);
  });
});
