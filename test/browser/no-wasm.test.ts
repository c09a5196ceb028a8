/**
 * The pane never fetches HiGHS (3.5 MB of WebAssembly) for a real department's workbook: each seed workbook, with a
 * real two-cell break (its 三公 合计 wrong in both 合计 and 一般公共预算, test/fixtures/two-cell-break.ts), is opened
 * in the preview and checked; the two cells are diagnosed by the exact small-part enumeration, and no request for
 * highs.wasm (nor the highs chunk) is made.
 */
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { seedWorkbook } from '../fixtures/seed-workbooks';
import { sanGongBreakWorkbook } from '../fixtures/two-cell-break';
import { ARTIFACTS, launch } from './chromium';
import { serveDir } from './static-server';
import { checkInPreview } from './check-in-preview';

const WEB = join(__dirname, '..', '..', 'dist', 'web');
let server: Awaited<ReturnType<typeof serveDir>>;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  server = await serveDir(WEB);
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

it.each(['000', '001', '003'])('seed %s with a two-cell 三公 break: diagnosed in the pane without fetching highs.wasm', async (seed) => {
  const file = join(ARTIFACTS, `seed-${seed}-two-cell.xlsx`);
  await sanGongBreakWorkbook(seedWorkbook(seed)).xlsx.writeFile(file);
  const r = await checkInPreview(browser, server.url, file);
  expect(r.errors).toEqual([]);
  expect(r.summary).toMatch(/错误 [1-9]/);
  expect(r.diagnosisText).toMatch(/三公/);
  expect(r.diagnosisText).not.toMatch(/求解器未能加载/);
  expect(r.requests.filter((u) => /highs/.test(u))).toEqual([]);
  // The request log is real: the pane's own chunks were fetched through it.
  expect(r.requests.some((u) => /\/check\.js(\?v=[0-9a-f]+)?$/.test(u))).toBe(true);
});

it('a part that needs four cells loads HiGHS: highs.wasm fetched once, from the one copy in dist/web, and the four named', async () => {
  const file = join(ARTIFACTS, 'seed-001-four-cells.xlsx');
  const wb = seedWorkbook('001');
  const edits: [string, string, number][] = [
    ['部门预算支出总表', 'E20', 33.8],
    ['部门预算收入总表', 'F19', 33.8],
    ['部门预算收支总表', 'E15', 37.86],
    ['部门预算收支总表', 'C36', 555.89],
  ];
  for (const [sheet, cell, v] of edits) wb.getWorksheet(sheet)!.getCell(cell).value = v;
  await wb.xlsx.writeFile(file);
  const r = await checkInPreview(browser, server.url, file);
  expect(r.errors).toEqual([]);
  expect(r.requests.filter((u) => /highs\.wasm$/.test(u)).map((u) => new URL(u).pathname)).toEqual(['/highs.wasm']);
  expect(r.diagnosisText).toContain('最可能出错（共 4 处）');
  for (const [sheet, cell] of edits) expect(r.diagnosisText).toContain(`${sheet}!${cell}`);
  expect(readdirSync(WEB).filter((f) => f.endsWith('.wasm'))).toEqual(['highs.wasm']);
});
