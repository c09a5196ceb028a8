/**
 * Excel on the web's 5 MB payload limit, modelled by the strict fake: a 900-table workbook (100 departments) is read
 * and marked without any request or response passing the limit, although the whole read is several times larger —
 * the adapter chunks. Round trips stay small for an ordinary workbook and grow only with the payload.
 */
import { checkAndMark } from '../../src/actions/check';
import { WEB_PAYLOAD_LIMIT } from '../../src/office/fake/fake-excel';
import { manyDepartments, seedSnapshot } from '../fixtures/seed-workbooks';
import { fakeFrom, fakeHost } from './fake-from';

it('a 900-table workbook is checked and marked under the 5 MB limit per round trip', async () => {
  const big = manyDepartments(await seedSnapshot('001'), 100);
  const excel = fakeFrom(big);
  const r = await checkAndMark(fakeHost(excel));
  expect(r.tables).toHaveLength(900);
  const ctx = excel.contexts[0]!;
  expect(ctx.total.response).toBeGreaterThan(WEB_PAYLOAD_LIMIT); // one unchunked read would have failed
  expect(ctx.largest.response).toBeLessThanOrEqual(WEB_PAYLOAD_LIMIT);
  expect(ctx.largest.request).toBeLessThanOrEqual(WEB_PAYLOAD_LIMIT);
  console.log(
    `900 tables on the fake: ${ctx.syncCount} round trips; read ${(ctx.total.response / 2 ** 20).toFixed(1)} MB, ` +
      `largest response ${(ctx.largest.response / 2 ** 20).toFixed(2)} MB, largest request ${(ctx.largest.request / 2 ** 20).toFixed(2)} MB`,
  );
});

it('the fake refuses a response over the limit, so an unchunked read would fail', async () => {
  const excel = fakeFrom(await seedSnapshot('001'));
  await expect(
    excel.run(async (ctx) => {
      ctx.payloadLimit = 10_000;
      const ws = ctx.workbook.worksheets.getItem(excel.model.sheets[0]!.name);
      ws.getRange('A1:Z500').load('values,numberFormat');
      await ctx.sync();
    }),
  ).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
});

it('a write larger than the limit goes out in several round trips, each under it', async () => {
  const excel = fakeFrom({ sheets: [] });
  const rows = Array.from({ length: 60_000 }, (_, i) => [`第${i}行：预算公开助手写入的一段较长的说明文字`, i, '=不是公式']);
  const syncs = await excel.run(async (ctx) => {
    const { writePlan } = await import('../../src/office/apply-plan');
    return writePlan(
      ctx as unknown as Excel.RequestContext,
      { description: 't', styles: {}, addSheets: [{ name: 'S', values: rows, merges: [], formats: [], columnWidths: [] }] },
      false,
    );
  });
  const ctx = excel.contexts[0]!;
  expect(ctx.total.request).toBeGreaterThan(WEB_PAYLOAD_LIMIT);
  expect(ctx.largest.request).toBeLessThanOrEqual(WEB_PAYLOAD_LIMIT);
  expect(syncs).toBeGreaterThan(1);
  const s = excel.model.sheet('S')!;
  expect(s.peek(59_999, 0)!.value).toBe(rows[59_999]![0]);
  expect([s.peek(123, 2)!.value, s.peek(123, 2)!.formula]).toEqual(['=不是公式', undefined]);
});
