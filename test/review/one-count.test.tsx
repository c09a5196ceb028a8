/**
 * One count everywhere: for every fixture (the seeds, format variants, and the states of a workbook in
 * preparation), the CLI summary line, `check --json`, the 检查结果 sheet's title, the 审核报告 and the pane's result
 * view (rendered) show the same 错误/尾差/提示 — and those numbers are the root findings counted by hand from --json.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SSRProvider } from '@fluentui/react-components';
import { renderToStaticMarkup } from 'react-dom/server';
import { main } from '../../src/cli/main';
import { checkWorkbook } from '../../src/core/review/check';
import { planResultsSheet } from '../../src/core/review/results-sheet';
import { reviewReport } from '../../src/core/review/report';
import { CheckResults } from '../../src/taskpane/CheckResults';
import { readSnapshot } from '../../src/xlsx/read-snapshot';
import { blankNames, emptyTemplate, halfFilled, unreadableAmounts } from '../fixtures/fill-states';
import { seedWorkbook } from '../fixtures/seed-workbooks';

const dir = mkdtempSync(join(tmpdir(), 'bd-count-'));
const FIXTURES: [string, () => ExcelJS.Workbook][] = [
  ['seed 000', () => seedWorkbook('000')],
  ['seed 001', () => seedWorkbook('001')],
  ['seed 003', () => seedWorkbook('003')],
  ['seed 001 one sheet', () => seedWorkbook('001', { layout: 'one-sheet' })],
  ['seed 001 page split', () => seedWorkbook('001', { pageSplit: 4 })],
  ['seed 000 in 元', () => seedWorkbook('000', { yuanTables: ['T3', 'T5'] })],
  ['seed 003 shuffled', () => seedWorkbook('003', { layout: 'shuffled' })],
  ['empty template', emptyTemplate],
  ['half-filled', halfFilled],
  ['unreadable amounts', unreadableAmounts],
  ['blank names 003', () => blankNames('003')],
];

const triple = (text: string) => {
  const m = /错误 (\d+)，尾差 (\d+)，提示 (\d+)/.exec(text);
  if (!m) throw new Error(`no counts in: ${text}`);
  return m.slice(1).map(Number);
};

it.each(FIXTURES)('%s: CLI summary, --json, 检查结果 sheet, 审核报告 and the pane agree', async (name, make) => {
  const wb = make();
  const path = join(dir, `${name.replace(/\s+/g, '-')}.xlsx`);
  await wb.xlsx.writeFile(path);
  const lines: string[] = [];
  await main(['check', path], { out: (s) => lines.push(s), err: () => {} });
  const jsonOut: string[] = [];
  await main(['check', path, '--json'], { out: (s) => jsonOut.push(s), err: () => {} });
  const [report] = JSON.parse(jsonOut.join('\n')) as {
    counts: { error: number; rounding: number; advisory: number };
    findings: { severity: 'error' | 'rounding' | 'advisory'; causedBy?: string }[];
    readiness: { errors: number };
  }[];
  const roots = report!.findings.filter((f) => !f.causedBy);
  const byHand = (['error', 'rounding', 'advisory'] as const).map((s) => roots.filter((f) => f.severity === s).length);

  const back = new ExcelJS.Workbook();
  await back.xlsx.readFile(path);
  const result = checkWorkbook(readSnapshot(back));
  const sheetTitle = String(planResultsSheet(result, [], '2026-12-05 10:00').addSheets![0]!.values[0]![0]);
  const reportCounts = reviewReport(result, '2026-12-05').counts;
  const actions = { busy: false, repair: async () => {}, explain: () => {}, recheck: () => {}, goTo: () => {} };
  const pane = renderToStaticMarkup(
    <SSRProvider>
      <CheckResults result={result} stale={false} actions={actions as never} />
    </SSRProvider>,
  );

  expect(triple(lines[0]!)).toEqual(byHand);
  expect([report!.counts.error, report!.counts.rounding, report!.counts.advisory]).toEqual(byHand);
  expect(report!.readiness.errors).toBe(byHand[0]);
  expect(triple(sheetTitle)).toEqual(byHand);
  expect(triple(reportCounts)).toEqual(byHand);
  expect(triple(pane)).toEqual(byHand);
});
