/**
 * The strict WPS fake does what WPS 表格's object model does where it can hurt: members et-jsapi-declare lacks throw,
 * collections are 1-based, Value2 is a scalar for one cell, mixed properties read null, colours are BGR, Visible 2
 * is very hidden, "=1+1" written to Value2 becomes a formula unless the cell is text — and the adapter keeps text text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FakeWorkbook } from '../../src/office/fake/model';
import { DECLARED } from '../../src/wps/fake/declared';
import { createFakeEt, WpsFakeError } from '../../src/wps/fake/fake-et';
import { applyPlan } from '../../src/wps/write';
import { wpsWorkbookHost } from '../../src/wps/wps-host';
import { membersOf } from '../../scripts/wps-declared';

function sample() {
  const model = new FakeWorkbook();
  const a = model.addSheet('甲');
  a.cell(0, 0).value = 1;
  a.cell(0, 1).value = '文字';
  a.cell(1, 0).value = 2.5;
  a.cell(1, 1).numberFormat = '@';
  model.addSheet('乙');
  return { model, et: createFakeEt(model) };
}

it('declared.ts matches the installed et-jsapi-declare', () => {
  const lib = readFileSync(join(__dirname, '..', '..', 'node_modules', 'et-jsapi-declare', 'lib.et.d.ts'), 'utf8');
  for (const i of ['Application', 'Range', 'Worksheet', 'Sheets', 'Interior', 'Window', 'PageSetup'])
    expect(DECLARED[i]).toEqual(membersOf(lib, i));
  expect(DECLARED.Range!.Value2).toBe('p');
  expect(DECLARED.Range!.Address).toBe('m');
  expect(DECLARED.Sheets!.Count).toBe('r');
});

it('rejects members the declarations lack (Office.js names too), and declared ones it does not model', () => {
  const { et } = sample();
  const ws = et.Application.ActiveWorkbook.Worksheets.Item(1) as Et.Worksheet;
  const range = ws.Range('A1') as unknown as Record<string, unknown>;
  expect(() => range.values).toThrow(/Range\.values 不存在：et-jsapi-declare 未声明此成员/);
  expect(() => range.format).toThrow(WpsFakeError);
  expect(() => (et.Application as unknown as Record<string, unknown>).run).toThrow(/未声明/);
  expect(() => ws.Range('A1').AutoFilter()).toThrow(/not modelled/);
  expect(() => ((ws as unknown as Record<string, unknown>).Index = 3)).toThrow(/read-only/);
});

it('1-based Item by index or name; Item(0) throws', () => {
  const { et } = sample();
  const sheets = et.Application.ActiveWorkbook.Worksheets;
  expect(sheets.Count).toBe(2);
  expect((sheets.Item(1) as Et.Worksheet).Name).toBe('甲');
  expect((sheets.Item('乙') as Et.Worksheet).Index).toBe(2);
  expect(() => sheets.Item(0)).toThrow(/下标越界/);
  expect(() => sheets.Item(3)).toThrow(/下标越界/);
  const cell = (sheets.Item(1) as Et.Worksheet).Range('A1:B2').Cells.Item(2, 1);
  expect(cell.Value2).toBe(2.5);
});

it('Value2: a scalar for one cell, a 2-D array otherwise; NumberFormat/MergeCells/Interior.Color null when mixed', () => {
  const { et, model } = sample();
  const ws = et.Application.ActiveWorkbook.Worksheets.Item(1) as Et.Worksheet;
  expect(ws.Range('B1').Value2).toBe('文字');
  expect(ws.Range('A1:B2').Value2).toEqual([
    [1, '文字'],
    [2.5, undefined],
  ]);
  expect(ws.Range('A1:B2').NumberFormat).toBeNull();
  expect(ws.Range('A1:B1').NumberFormat).toBe('General');
  model.sheet('甲')!.cell(0, 0).format.fill = '#FF0000';
  expect(ws.Range('A1').Interior.Color).toBe(255); // BGR: red is 255
  expect(ws.Range('B1').Interior.ColorIndex).toBe(-4142);
  expect(ws.Range('A1:B1').Interior.Color).toBeNull();
  ws.Range('B1').Interior.Color = 16711680; // BGR blue
  expect(model.sheet('甲')!.peek(0, 1)!.format.fill).toBe('#0000FF');
  et.Application.DisplayAlerts = false;
  ws.Range('A3:B3').Merge();
  expect(ws.Range('A3:B3').MergeCells).toBe(true);
  expect(ws.Range('A2:B3').MergeCells).toBeNull();
  expect(ws.Range('A1').MergeCells).toBe(false);
});

it('Visible codes: 2 is very hidden; a hidden sheet cannot be activated; the last visible sheet cannot be hidden', () => {
  const { et, model } = sample();
  const sheets = et.Application.ActiveWorkbook.Worksheets;
  const b = sheets.Item('乙') as Et.Worksheet;
  b.Visible = 2;
  expect(model.sheet('乙')!.visibility).toBe('VeryHidden');
  expect(b.Visible).toBe(2);
  expect(() => b.Activate()).toThrow(WpsFakeError);
  expect(() => ((sheets.Item(1) as Et.Worksheet).Visible = 0)).toThrow(/至少要有一个可见/);
});

it("'=1+1' written to Value2 becomes a formula unless the cell is text-formatted", () => {
  const { et, model } = sample();
  const ws = et.Application.ActiveWorkbook.Worksheets.Item(1) as Et.Worksheet;
  ws.Range('C1').Value2 = '=1+1';
  expect(model.sheet('甲')!.peek(0, 2)).toMatchObject({ formula: '=1+1' });
  expect(ws.Range('C1').HasFormula).toBe(true);
  ws.Range('B2').Value2 = '=1+1'; // NumberFormat "@"
  expect(model.sheet('甲')!.peek(1, 1)).toMatchObject({ value: '=1+1' });
  expect(model.sheet('甲')!.peek(1, 1)!.formula).toBeUndefined();
});

it('the adapter keeps such text literal: new sheets, cell writes and stored data', async () => {
  const { et, model } = sample();
  const hostile = ['=1+1', '+86 335', '-开头', '@某人', '007'];
  applyPlan(et.Application, {
    description: 't',
    styles: {},
    addSheets: [{ name: '新表', values: [hostile, [1, 2, 3, 4, 5]], merges: [], formats: [], columnWidths: [] }],
    writes: [
      { sheet: '甲', cell: 'D1', value: '=SUM(A1:A2)' },
      { sheet: '甲', cell: 'D2', value: '说明' },
      { sheet: '甲', cell: 'D3', value: 5 },
    ],
  });
  const cells = [...model.sheet('新表')!.cells.values()];
  expect(cells.filter((c) => c.formula)).toEqual([]);
  expect(cells.map((c) => c.value)).toEqual([...hostile, 1, 2, 3, 4, 5]);
  expect(model.sheet('甲')!.peek(0, 3)).toMatchObject({ value: '=SUM(A1:A2)' });
  expect(model.sheet('甲')!.peek(0, 3)!.formula).toBeUndefined();
  expect(model.sheet('甲')!.peek(2, 3)!.value).toBe(5);
  // …one Value2 block for the new sheet and one for the run D1:D3, not one call per cell.
  expect(et.byMember.get('Range.Value2=')).toBe(2);
  const host = wpsWorkbookHost(et.Application);
  expect(await host.batch((io) => io.readCells([{ sheet: '新表', cell: 'A1' }]))).toEqual(['=1+1']);
});

it('both member forms: Count, Address, Name, Value2, UsedRange as properties or zero-argument methods', async () => {
  const model = sample().model;
  const swapped = createFakeEt(model, { forms: 'swapped' });
  const sheets = swapped.Application.ActiveWorkbook.Worksheets;
  expect(typeof sheets.Count).toBe('function');
  expect((sheets.Count as unknown as () => number)()).toBe(2);
  const a = (sheets.Item(1) as Et.Worksheet).Range('A1:B2');
  expect(a.Address as unknown).toBe('$A$1:$B$2');
  const host = wpsWorkbookHost(swapped.Application);
  const { snapshot } = await host.batch((io) => io.readSnapshot({ fills: true, merges: true }));
  expect(snapshot.sheets.map((s) => s.name)).toEqual(['甲', '乙']);
  expect(snapshot.sheets[0]!.values).toEqual([
    [1, '文字'],
    [2.5, null],
  ]);
});

it('counts host calls; writes happen with ScreenUpdating off, restored afterwards', async () => {
  const { et } = sample();
  const host = wpsWorkbookHost(et.Application);
  const n0 = et.calls;
  await host.batch((io) => io.readSnapshot({ fills: false }));
  expect(et.calls).toBeGreaterThan(n0);
  await host.batch((io) => io.apply({ description: 't', styles: {}, addSheets: [], writes: [{ sheet: '甲', cell: 'A1', value: 3 }] }));
  expect(et.unbatchedWrites).toBe(0);
  expect(et.Application.ScreenUpdating).toBe(true);
});

it('watch changes: a user edit raises SheetChange (who made it: not said); our own writes raise none; unsubscribe stops it', async () => {
  const { et, model } = sample();
  const host = wpsWorkbookHost(et.Application);
  const seen: (boolean | undefined)[] = [];
  const off = await host.watchChanges!((c) => seen.push(c.ours));
  model.userEdit('甲', 0, 0, 42);
  expect(seen).toEqual([undefined]);
  await host.batch((io) => io.apply({ description: 't', styles: {}, addSheets: [], writes: [{ sheet: '甲', cell: 'A2', value: 7 }] }));
  expect(seen).toEqual([undefined]);
  expect(et.Application.EnableEvents).toBe(true);
  await off();
  model.userEdit('甲', 0, 0, 43);
  expect(seen).toHaveLength(1);
});
