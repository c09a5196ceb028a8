/** The fake itself must be as strict as Office.js, or the adapter tests prove nothing. */
import { createFakeExcel, OfficeFakeError } from '../../src/office/fake/fake-excel';

it('throws PropertyNotLoaded on a read before load + sync, and counts syncs', async () => {
  const excel = createFakeExcel();
  excel.model.addSheet('S').cell(0, 0).value = 5;
  await excel.run(async (ctx) => {
    const r = ctx.workbook.worksheets.getItem('S').getRange('A1');
    expect(() => r.values).toThrow(OfficeFakeError);
    r.load('values');
    expect(() => r.values).toThrow(/not available/);
    await ctx.sync();
    expect(r.values).toEqual([[5]]);
    expect(() => r.numberFormat).toThrow(/not available/);
    expect(ctx.syncCount).toBe(1);
  });
});

it('queues writes until sync and rejects a mis-sized matrix at sync', async () => {
  const excel = createFakeExcel();
  excel.model.addSheet('S');
  await excel.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem('S');
    ws.getRange('A1:B1').values = [[1, 2]];
    expect(excel.model.sheet('S')!.peek(0, 0)).toBeUndefined();
    await ctx.sync();
    expect(excel.model.sheet('S')!.peek(0, 1)!.value).toBe(2);
    ws.getRange('A1:B2').values = [[1, 2]];
    await expect(ctx.sync()).rejects.toThrow(/doesn't match/);
  });
});

it('fails like Excel on a duplicate sheet name and an unknown sheet', async () => {
  const excel = createFakeExcel();
  excel.model.addSheet('收支总表');
  await expect(
    excel.run(async (ctx) => {
      ctx.workbook.worksheets.add('收支总表');
      await ctx.sync();
    }),
  ).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
  await expect(
    excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('nope').getRange('A1').load('values');
      await ctx.sync();
    }),
  ).rejects.toMatchObject({ code: 'ItemNotFound' });
});

it('reports No Fill as #FFFFFF and isNullObject only after sync', async () => {
  const excel = createFakeExcel();
  excel.model.addSheet('S');
  await excel.run(async (ctx) => {
    const used = ctx.workbook.worksheets.getItem('S').getUsedRangeOrNullObject(true);
    const fill = ctx.workbook.worksheets.getItem('S').getRange('A1').format.fill;
    fill.load('color');
    expect(() => used.isNullObject).toThrow(/not available/);
    await ctx.sync();
    expect(used.isNullObject).toBe(true);
    expect(fill.color).toBe('#FFFFFF');
  });
});
