/**
 * Host cost per action, beside each other: Office round trips (syncs on the strict Office fake) and WPS host calls
 * (every property read/write and method call on the strict WPS fake), for insert, check and mark, clear, fill
 * names and repair — on the seed workbook and on the 900-table file. Run alone: npm run bench -- hosts
 */
import { cellAddress } from '../src/core/a1';
import type { WorkbookSnapshot } from '../src/core/model/snapshot';
import { recognizeWorkbook } from '../src/core/recognize/recognize';
import { buildBooks } from '../src/core/codes/books';
import * as CODE_DATA from '../src/core/codes/data.generated';
import { checkAndMark, clearMarks } from '../src/actions/check';
import { insertTemplates } from '../src/actions/insert';
import { fillNames } from '../src/actions/names';
import { applyRepair } from '../src/actions/repair';
import type { WorkbookHost } from '../src/host/workbook-host';
import { createFakeExcel } from '../src/office/fake/fake-excel';
import { FakeWorkbook } from '../src/office/fake/model';
import { officeWorkbookHost } from '../src/office/office-host';
import { loadNodeSolver } from '../src/solver/node';
import { createFakeEt } from '../src/wps/fake/fake-et';
import { wpsWorkbookHost } from '../src/wps/wps-host';
import { fakeFrom } from '../test/office/fake-from';
import { withValue } from '../test/diagnose/helpers';

type Line = (k: string, v: string) => void;

interface Metered {
  host: WorkbookHost;
  cost: () => number;
}

function office(model: FakeWorkbook): Metered {
  const excel = createFakeExcel(model);
  return {
    host: officeWorkbookHost({ run: (b) => excel.run(b as never), supports: () => true }),
    cost: () => excel.contexts.reduce((n, c) => n + c.syncCount, 0),
  };
}

function wps(model: FakeWorkbook): Metered {
  const et = createFakeEt(model);
  return { host: wpsWorkbookHost(et.Application), cost: () => et.calls };
}

/** The workbook with one amount mistyped (something to mark and repair). */
function mistyped(snap: WorkbookSnapshot): WorkbookSnapshot {
  const rec = recognizeWorkbook(snap);
  for (const t of rec.tables.filter((x) => x.id === 'T3')) {
    const s = snap.sheets.find((x) => x.name === t.sheet)!;
    for (const r of t.rows) {
      const c = r.cells.basic;
      const v = c && s.values[r.row - s.origin.row]?.[c.col - s.origin.col];
      if (r.code && c && typeof v === 'number' && v > 0) return withValue(snap, t.sheet, cellAddress(r.row, c.col), v + 100);
    }
  }
  return snap;
}

/** The workbook with every 科目名称 of its coded rows blanked (something to fill). */
function namesBlanked(snap: WorkbookSnapshot): WorkbookSnapshot {
  const copy: WorkbookSnapshot = JSON.parse(JSON.stringify(snap));
  for (const table of recognizeWorkbook(snap).tables)
    for (const r of table.rows) {
      const name = table.columns.name;
      if (!r.code || name === undefined) continue;
      const s = copy.sheets.find((x) => x.name === table.sheet)!;
      const line = s.values[r.row - s.origin.row];
      if (line) line[name - s.origin.col] = null;
    }
  return copy;
}

async function measure(make: (m: FakeWorkbook) => Metered, snap: WorkbookSnapshot, books: ReturnType<typeof buildBooks>) {
  const out: Record<string, number> = {};
  const step = async (name: string, m: Metered, fn: () => Promise<unknown>) => {
    const c0 = m.cost();
    const t0 = process.hrtime.bigint();
    await fn();
    out[name] = m.cost() - c0;
    out[`${name} ms`] = Number(process.hrtime.bigint() - t0) / 1e6;
  };
  const blank = new FakeWorkbook();
  blank.addSheet('Sheet1');
  const ins = make(blank);
  await step('insert', ins, () => insertTemplates(ins.host, { edition: '2023', level: '部门', code: '225', name: '测试部门' }));
  const m = make(fakeFrom(mistyped(snap)).model);
  let diagnosis: Awaited<ReturnType<typeof checkAndMark>>['diagnoses'][number] | undefined;
  await step('check and mark', m, async () => (diagnosis = (await checkAndMark(m.host, [], loadNodeSolver)).diagnoses[0]));
  await step('clear', m, () => clearMarks(m.host));
  const cells = diagnosis?.explanations[0];
  if (cells) await step('repair', m, () => applyRepair(m.host, cells));
  const n = make(fakeFrom(namesBlanked(snap)).model);
  await step('fill names', n, () => fillNames(n.host, books, 2023));
  return out;
}

export async function hostBench(line: Line, seed: WorkbookSnapshot, big: WorkbookSnapshot): Promise<void> {
  const books = buildBooks(CODE_DATA);
  for (const [label, snap] of [
    ['seed 001 (9 tables)', seed],
    ['900 tables', big],
  ] as const) {
    const o = await measure(office, snap, books);
    const w = await measure(wps, snap, books);
    for (const action of ['insert', 'check and mark', 'clear', 'fill names', 'repair'])
      line(
        `${action}, ${label}: Office syncs / WPS calls`,
        o[action] === undefined
          ? 'n/a (no diagnosis)'
          : `${o[action]} / ${w[action]}  (${o[`${action} ms`]!.toFixed(0)} / ${w[`${action} ms`]!.toFixed(0)} ms on the fakes)`,
      );
  }
}
