/**
 * A hostile and careless corpus for the CLI, one row per case (a new case is a row): for each, the exit code, the
 * message, no crash, no hang — and every file that existed before the run has the same bytes after it (SHA-256),
 * except the outputs the case expects. Classes: outputs that are inputs (same path, symlink, hard link, folder),
 * collisions, existing files, non-workbooks, workbooks with no table, bad option files, FIFOs, broken links and loops,
 * macros and external links, formulas without results, error values, huge merges and far cells, inflation.
 * Second round (issue 19), one row per class and spelling: ranges that would expand to millions of cells (whole-column
 * validations, whole-sheet merges spelt with quotes, $, attributes before ref, spaces and entities, <col> spans,
 * defined names, print areas, hyperlinks, conditional formats), many merges, a sheet past the memory budget; option
 * files as outputs; special files as --out; folders with links out and loops, other spreadsheet formats, names not in
 * UTF-8; malformed stored and given data; valid SpreadsheetML ExcelJS does not read; the planted-symlink race and
 * kill-during-write. Every row also has a time bound; the heavy ones run in a child process, which reports its peak
 * memory, checked against the budget.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { spawn, spawnSync } from 'node:child_process';
import * as H from '../fixtures/hostile-files';
import { EXPLANATIONS_SHEET, INPUTS_SHEET, PRIOR_SHEET } from '../../src/core/internal-sheets';
import { memoryBudget } from '../../src/xlsx/files';
import { tempNaming, writeAtomic } from '../../src/xlsx/atomic-write';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { main } from '../../src/cli/main';
import { LIMITS } from '../../src/xlsx/limits';
import { seedWorkbook } from '../fixtures/seed-workbooks';
import { blankNames } from '../fixtures/fill-states';

let seed: Buffer;
beforeAll(async () => {
  seed = Buffer.from(await seedWorkbook('003').xlsx.writeBuffer());
});

function hashes(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      let st;
      try {
        if (lstatSync(p).isSymbolicLink()) continue; // the file it names is hashed where it lives (if here)
        st = statSync(p);
      } catch {
        continue; // broken link
      }
      if (st.isDirectory()) walk(p);
      else if (st.isFile()) out.set(relative(dir, p), createHash('sha256').update(readFileSync(p)).digest('hex'));
    }
  };
  walk(dir);
  return out;
}

/** Rewrites one part of the seed workbook's zip. */
async function patched(edit: (zip: JSZip) => Promise<void>): Promise<Buffer> {
  const zip = await JSZip.loadAsync(seed);
  await edit(zip);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
const sheet1 = 'xl/worksheets/sheet1.xml';
const editSheet = (f: (xml: string) => string) =>
  patched(async (z) => {
    z.file(sheet1, f(await z.file(sheet1)!.async('string')));
  });

async function noTable(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Sheet1').getCell('A1').value = '随便写点什么';
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The seed with its 支出总表 合计 as a formula: with no cached result, or an error value. */
async function withCell(value: ExcelJS.CellValue): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(seed as unknown as ArrayBuffer);
  wb.getWorksheet('部门预算支出总表')!.getCell('D6').value = value;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/**
 * 收入总表 D6 as the master of a shared formula with an empty <f> (its cached amount kept) and D7 as its dependent,
 * with or without its cached amount (issue 19: ExcelJS threw a TypeError on these).
 */
const unknownShared = (keepValue: boolean) => (x: string) =>
  x
    .replace(/<c r="D6"([^>]*)><v>/, '<c r="D6"$1><f t="shared" ref="D6:D7" si="0"></f><v>')
    .replace(/<c r="D7"([^>]*)><v>[^<]*<\/v>/, (m, at: string) =>
      keepValue ? m.replace('<v>', '<f t="shared" si="0"/><v>') : `<c r="D7"${at}><f t="shared" si="0"/>`,
    );

interface Case {
  name: string;
  setup: (d: string) => Promise<void> | void;
  args: (d: string) => string[];
  code: number;
  message?: RegExp;
  /** Files (relative to the case folder) the run is expected to create or replace. */
  outputs?: string[];
  after?: (d: string, out: string) => void;
  /** Time bound for the run (default 60 s: this machine is shared; the bench prints the real figures). */
  seconds?: number;
}

/** The --json report's table count. */
const tables = (n: number) => (_d: string, out: string) => expect(JSON.parse(out)[0].tables).toBe(n);
const seedWith = (f: (seed: Buffer) => Promise<Buffer>) => async (d: string) => put(d, 'a.xlsx', await f(seed));

/** Row 40 down to the sheet's last row, whole width: below the tables. */
const BELOW = 'A40:XFD1048576';

const put = (d: string, name: string, data: Buffer | string) => writeFileSync(join(d, name), data);
/** A path under `d` whose folder (given as latin1 bytes) and name are raw bytes, not UTF-8 (GBK, as Windows writes). */
const gbkPath = (d: string, folder: string, name: number[], ext: string) =>
  Buffer.concat([Buffer.from(d + '/'), Buffer.from(folder ? folder + '/' : '', 'latin1'), Buffer.from(name), Buffer.from(ext)]);
const a = (d: string) => join(d, 'a.xlsx');

const CASES: Case[] = [
  // 1. The input is never an output
  {
    name: 'explain X --out X',
    setup: (d) => put(d, 'a.xlsx', seed),
    args: (d) => ['explain', a(d), '--out', a(d)],
    code: 2,
    message: /输出文件就是输入文件/,
  },
  {
    name: 'edition import X --out X',
    setup: (d) => put(d, 'a.xlsx', seed),
    args: (d) => ['edition', 'import', a(d), '--name', 'x', '--out', a(d)],
    code: 2,
    message: /输出文件就是输入文件/,
  },
  {
    name: 'fill X --out X',
    setup: (d) => put(d, 'a.xlsx', seed),
    args: (d) => ['fill', a(d), '--out', a(d)],
    code: 2,
    message: /输出文件就是输入文件/,
  },
  {
    name: 'clear X --out X',
    setup: (d) => put(d, 'a.xlsx', seed),
    args: (d) => ['clear', a(d), '--out', a(d)],
    code: 2,
    message: /输出文件就是输入文件/,
  },
  {
    name: 'insert --into X --out X',
    setup: (d) => put(d, 'a.xlsx', seed),
    args: (d) => ['insert', '--edition', '2023', '--level', '部门', '--code', '225', '--name', 'x', '--into', a(d), '--out', a(d)],
    code: 2,
    message: /输出文件就是输入文件/,
  },
  {
    name: 'check X --out X',
    setup: (d) => put(d, 'a.xlsx', seed),
    args: (d) => ['check', a(d), '--out', a(d)],
    code: 2,
    message: /输出文件就是输入文件/,
  },
  {
    name: '--out is a symlink to the input',
    setup: (d) => {
      put(d, 'a.xlsx', seed);
      symlinkSync(a(d), join(d, 'link.xlsx'));
    },
    args: (d) => ['check', a(d), '--out', join(d, 'link.xlsx')],
    code: 2,
    message: /输出文件就是输入文件/,
  },
  {
    name: '--out is a hard link to the input',
    setup: (d) => {
      put(d, 'a.xlsx', seed);
      linkSync(a(d), join(d, 'hard.xlsx'));
    },
    args: (d) => ['fill', a(d), '--out', join(d, 'hard.xlsx'), '--force'],
    code: 2,
    message: /输出文件就是输入文件/,
  },
  {
    name: '--out spelled differently (dir/../a.xlsx)',
    setup: (d) => {
      put(d, 'a.xlsx', seed);
      mkdirSync(join(d, 'sub'));
    },
    args: (d) => ['explain', a(d), '--out', join(d, 'sub', '..', 'a.xlsx')],
    code: 2,
    message: /输出文件就是输入文件/,
  },
  {
    name: 'check DIR --out DIR',
    setup: (d) => {
      mkdirSync(join(d, 'in'));
      put(d, 'in/a.xlsx', seed);
      put(d, 'in/b.xlsx', seed);
    },
    args: (d) => ['check', join(d, 'in'), '--out', join(d, 'in')],
    code: 2,
    message: /输出文件就是输入文件/,
  },
  {
    name: 'check DIR/ --out DIR/ (trailing slashes)',
    setup: (d) => {
      mkdirSync(join(d, 'in'));
      put(d, 'in/a.xlsx', seed);
    },
    args: (d) => ['check', join(d, 'in') + '/', '--out', join(d, 'in') + '/'],
    code: 2,
    message: /输出文件就是输入文件/,
  },
  {
    name: 'same file names in two subfolders are mirrored, not overwritten',
    setup: (d) => {
      mkdirSync(join(d, 'in', 'x'), { recursive: true });
      mkdirSync(join(d, 'in', 'y'), { recursive: true });
      put(d, 'in/x/a.xlsx', seed);
      put(d, 'in/y/a.xlsx', seed);
    },
    args: (d) => ['check', join(d, 'in'), '--out', join(d, 'out')],
    code: 0,
    outputs: ['out/x/a.xlsx', 'out/y/a.xlsx'],
  },
  {
    name: 'an existing unrelated file at --out needs --force',
    setup: (d) => {
      put(d, 'a.xlsx', seed);
      put(d, 'notes.xlsx', 'my own notes');
    },
    args: (d) => ['check', a(d), '--out', join(d, 'notes.xlsx')],
    code: 2,
    message: /已存在.*--force/,
  },
  {
    name: '--force replaces it (atomically)',
    setup: (d) => {
      put(d, 'a.xlsx', seed);
      put(d, 'notes.xlsx', 'my own notes');
    },
    args: (d) => ['check', a(d), '--out', join(d, 'notes.xlsx'), '--force'],
    code: 0,
    outputs: ['notes.xlsx'],
  },
  {
    name: 'a previous output is replaced without --force',
    setup: async (d) => {
      put(d, 'a.xlsx', seed);
      expect(await main(['check', a(d), '--out', join(d, 'marked.xlsx')], { out: () => {}, err: () => {} })).toBe(0);
    },
    args: (d) => ['check', a(d), '--out', join(d, 'marked.xlsx')],
    code: 0,
    outputs: ['marked.xlsx'],
  },
  {
    name: '--out inside a path whose parent is a file',
    setup: (d) => put(d, 'a.xlsx', seed),
    args: (d) => ['check', a(d), '--out', join(d, 'a.xlsx', 'x.xlsx')],
    code: 2,
    message: /无法(创建|写入)/,
  },
  // 4. Silent nothing
  { name: 'a text file named .xlsx', setup: (d) => put(d, 'a.xlsx', 'hello'), args: (d) => ['check', a(d)], code: 2, message: /不是 zip/ },
  {
    name: 'a zip that is not a workbook',
    setup: async (d) => put(d, 'a.xlsx', await new JSZip().file('readme.txt', 'x').generateAsync({ type: 'nodebuffer' })),
    args: (d) => ['check', a(d), '--json'],
    code: 2,
    message: /不是 Excel 工作簿/,
  },
  {
    name: 'a workbook with no recognizable table',
    setup: async (d) => put(d, 'a.xlsx', await noTable()),
    args: (d) => ['check', a(d), '--json'],
    code: 2,
    message: /未识别到预算公开表/,
    after: (_d, out) => expect(JSON.parse(out)[0]).toMatchObject({ tables: 0, findings: [] }),
  },
  // 5. Exit codes for bad option files and odd inputs
  {
    name: 'malformed --inputs',
    setup: (d) => {
      put(d, 'a.xlsx', seed);
      put(d, 'in.json', '{ not json');
    },
    args: (d) => ['explain', a(d), '--text', '--inputs', join(d, 'in.json')],
    code: 2,
    message: /不是有效的填写内容/,
  },
  {
    name: 'malformed --edition-file',
    setup: (d) => {
      put(d, 'a.xlsx', seed);
      put(d, 'e.json', JSON.stringify({ id: 'x', year: 2030, ops: [{ op: 'nonsense' }], base: '2023' }));
    },
    args: (d) => ['check', a(d), '--edition-file', join(d, 'e.json')],
    code: 2,
  },
  {
    name: 'a FIFO given as the file',
    setup: (d) => void execFileSync('mkfifo', [join(d, 'a.xlsx')]),
    args: (d) => ['fill', a(d), '--out', join(d, 'o.xlsx')],
    code: 2,
    message: /不是普通文件/,
  },
  {
    name: 'a folder given as the file',
    setup: (d) => mkdirSync(a(d)),
    args: (d) => ['fill', a(d), '--out', join(d, 'o.xlsx')],
    code: 2,
    message: /是文件夹/,
  },
  {
    name: 'a broken link and a loop inside an input folder',
    setup: (d) => {
      mkdirSync(join(d, 'in'));
      put(d, 'in/a.xlsx', seed);
      symlinkSync(join(d, 'gone.xlsx'), join(d, 'in', 'broken.xlsx'));
      symlinkSync(join(d, 'in'), join(d, 'in', 'loop'));
    },
    args: (d) => ['check', join(d, 'in'), '--json'],
    code: 2,
    message: /链接失效或成环/,
    after: (_d, out) => expect(JSON.parse(out).map((r: { error?: string }) => !!r.error)).toEqual([false, true]),
  },
  // 7. What a copy cannot keep
  {
    name: '.xlsm in a folder is checked; a copy is refused (macros would be lost)',
    setup: async (d) => {
      mkdirSync(join(d, 'in'));
      put(d, 'in/m.xlsm', await patched(async (z) => void z.file('xl/vbaProject.bin', 'macro')));
    },
    args: (d) => ['check', join(d, 'in'), '--out', join(d, 'out')],
    code: 2,
    message: /含宏/,
  },
  {
    name: 'external links: a copy is refused',
    setup: async (d) => put(d, 'a.xlsx', await patched(async (z) => void z.file('xl/externalLinks/externalLink1.xml', '<externalLink/>'))),
    args: (d) => ['fill', a(d), '--out', join(d, 'o.xlsx')],
    code: 2,
    message: /外部链接/,
  },
  // 3. Formulas
  {
    name: 'a total stored as a formula without a result is not a false 错误',
    setup: async (d) => put(d, 'a.xlsx', await withCell({ formula: 'SUM(D7:D40)', result: undefined } as unknown as ExcelJS.CellValue)),
    args: (d) => ['check', a(d), '--json'],
    code: 4, // no 错误, but the total's 勾稽关系 are 未核对 until Excel computes it: not complete
    after: (_d, out) => {
      const r = JSON.parse(out)[0];
      expect(r.findings.filter((f: { severity: string }) => f.severity === 'error')).toEqual([]);
      expect(r.findings.map((f: { rule: string }) => f.rule)).toContain('E-02');
      expect(r.readiness.uncomputed).toBe(1);
    },
  },
  {
    name: 'shared formulas whose master has an empty <f>: the cached amounts are read, in check and with --out',
    setup: seedWith((b) => H.withPart(b, 'xl/worksheets/sheet2.xml', unknownShared(true))),
    args: (d) => ['check', a(d), '--json', '--out', join(d, 'o.xlsx')],
    code: 0,
    outputs: ['o.xlsx'],
    after: (_d, out) => {
      const r = JSON.parse(out)[0];
      expect(r.findings.filter((f: { severity: string }) => f.severity === 'error')).toEqual([]);
      expect(r.readiness.uncomputed).toBe(0);
    },
  },
  {
    name: 'a shared formula of unknown text without a cached value is 公式未计算, not blank',
    setup: seedWith((b) => H.withPart(b, 'xl/worksheets/sheet2.xml', unknownShared(false))),
    args: (d) => ['check', a(d), '--json'],
    code: 4,
    after: (_d, out) => {
      const r = JSON.parse(out)[0];
      expect(r.findings.filter((f: { severity: string }) => f.severity === 'error')).toEqual([]);
      expect(r.findings).toContainEqual(expect.objectContaining({ rule: 'E-02', cell: 'D7' }));
    },
  },
  {
    name: 'a shared formula whose si points nowhere: the Chinese refusal or verdict, never 内部错误',
    setup: seedWith((b) =>
      H.withPart(b, 'xl/worksheets/sheet2.xml', (x) => x.replace(/<c r="D7"([^>]*)><v>/, '<c r="D7"$1><f t="shared" si="9"/><v>')),
    ),
    args: (d) => ['check', a(d)],
    code: 0,
  },
  {
    name: 'an error value in an amount cell is a finding in --json',
    setup: async (d) => put(d, 'a.xlsx', await withCell({ error: '#REF!' } as ExcelJS.CellErrorValue)),
    args: (d) => ['check', a(d), '--json'],
    code: 1,
    after: (_d, out) =>
      expect(JSON.parse(out)[0].findings).toContainEqual(expect.objectContaining({ rule: 'E-01', cell: 'D6', severity: 'error' })),
  },
  // 2. Size
  {
    name: 'a merge over the whole sheet is refused before reading',
    setup: async (d) =>
      put(
        d,
        'a.xlsx',
        await editSheet((x) =>
          x.replace('</worksheet>', '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells></worksheet>'),
        ),
      ),
    args: (d) => ['check', a(d)],
    code: 2,
    message: /合并区域.*过大/,
  },
  {
    name: 'a stray cell at XFD1048576 is skipped and said; the tables are checked',
    setup: async (d) =>
      put(
        d,
        'a.xlsx',
        await editSheet((x) => x.replace('</sheetData>', '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>')),
      ),
    args: (d) => ['check', a(d), '--json'],
    code: 4, // no 错误, but the stray cell was not checked: not complete
    after: (_d, out) => {
      const r = JSON.parse(out)[0];
      expect(r.tables).toBe(9);
      expect(r.problems.map((p: { message: string }) => p.message).join()).toMatch(/1 个单元格远在表格之外（如 XFD1048576）/);
    },
  },
  {
    name: 'a stray cell 30,000 rows below the tables is skipped and said',
    setup: async (d) =>
      put(d, 'a.xlsx', await editSheet((x) => x.replace('</sheetData>', '<row r="30000"><c r="B30000"><v>1</v></c></row></sheetData>'))),
    args: (d) => ['check', a(d), '--json'],
    code: 4, // no 错误, but the stray cell was not checked: not complete
    after: (_d, out) =>
      expect(
        JSON.parse(out)[0]
          .problems.map((p: { message: string }) => p.message)
          .join(),
      ).toMatch(/远在表格之外（如 B30000）/),
  },
  {
    name: 'content down to row 150,000 (no long gap) is read without overflowing the stack',
    setup: async (d) => {
      const rows = Array.from({ length: 30 }, (_, i) => (i + 1) * 5000).map(
        (r) => `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>备注</t></is></c></row>`,
      );
      put(d, 'a.xlsx', await editSheet((x) => x.replace('</sheetData>', rows.join('') + '</sheetData>')));
    },
    args: (d) => ['check', a(d)],
    code: 0,
  },
  // ---- second round: ranges bounded before expansion, in every part and spelling ----
  ...[1, 10, 100].map((n): Case => ({
    name: `whole-column data validation on ${n} column(s) (D1:D1048576 …)`,
    setup: seedWith((b) => H.wholeColumnValidations(b, n)),
    args: (d) => ['check', a(d), '--json'],
    code: 0,
    after: tables(9),
  })),
  {
    name: 'one validation over many whole columns in one sqref (D1:O1048576 Q:Q)',
    setup: seedWith((b) =>
      H.afterSheetData(b, '<dataValidations count="1"><dataValidation type="whole" sqref="D1:O1048576 Q:Q"/></dataValidations>'),
    ),
    args: (d) => ['check', a(d), '--json'],
    code: 0,
    after: tables(9),
  },
  ...Object.entries({
    "single quotes (ref='A40:XFD1048576')": `<mergeCell ref='${BELOW}'/>`,
    'absolute ($A$40:$XFD$1048576)': `<mergeCell ref="$A$40:$XFD$1048576"/>`,
    'another attribute before ref': `<mergeCell xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" xr:uid="{1}" ref="${BELOW}"/>`,
    'spaces around = and in the value': `<mergeCell  ref = " ${BELOW} " />`,
    'an entity for the colon': `<mergeCell ref="A40&#58;XFD1048576"/>`,
    'lower case (a40:xfd1048576)': `<mergeCell ref="a40:xfd1048576"/>`,
    'whole rows (40:1048576)': `<mergeCell ref="40:1048576"/>`,
  }).map(([spelling, element]): Case => ({
    name: `a whole-sheet merge below the tables, ${spelling}`,
    setup: seedWith((b) => H.withMerge(b, element)),
    args: (d) => ['check', a(d), '--json'],
    code: 0,
    after: tables(9),
  })),
  {
    name: 'a merge over the whole sheet, absolute and quoted, is refused before reading',
    setup: seedWith((b) => H.withMerge(b, `<mergeCell ref='$A$1:$XFD$1048576'/>`)),
    args: (d) => ['check', a(d)],
    code: 2,
    message: /合并区域.*过大/,
  },
  {
    name: '30 merges of 1,000 × 1,000 cells (each within the per-merge limit)',
    setup: seedWith((b) =>
      H.afterSheetData(
        b,
        '<mergeCells count="30">' +
          Array.from({ length: 30 }, (_, i) => `<mergeCell ref="A${100 + i * 1000}:ALL${99 + (i + 1) * 1000}"/>`).join('') +
          '</mergeCells>',
      ),
    ),
    args: (d) => ['check', a(d), '--json'],
    code: 0,
    after: tables(9),
  },
  {
    name: '40,000 one-row merges',
    setup: seedWith((b) => H.manyMerges(b, 40_000)),
    args: (d) => ['check', a(d), '--json'],
    code: 0,
    after: tables(9),
  },
  {
    name: 'two merges that overlap are refused in Chinese',
    setup: seedWith((b) => H.afterSheetData(b, '<mergeCells count="2"><mergeCell ref="H1:J3"/><mergeCell ref="I2:K4"/></mergeCells>')),
    args: (d) => ['check', a(d)],
    code: 2,
    message: /合并区域 I2:K4 与另一个合并区域重叠/,
  },
  {
    name: '<col min="1" max="300000000">',
    setup: seedWith((b) =>
      H.withPart(b, H.SHEET1, (x) =>
        x.replace('<sheetData>', '<cols><col min="1" max="300000000" width="9" customWidth="1"/></cols><sheetData>'),
      ),
    ),
    args: (d) => ['check', a(d), '--json', '--out', join(d, 'o.xlsx')],
    code: 0,
    outputs: ['o.xlsx'],
    after: tables(9),
  },
  ...Object.entries({
    'a defined name over the whole sheet': `<definedNames><definedName name="全部">'部门预算收支总表'!$A$1:$XFD$1048576</definedName></definedNames>`,
    'a print area over the whole sheet': `<definedNames><definedName name="_xlnm.Print_Area" localSheetId="0">'部门预算收支总表'!$A$1:$XFD$1048576</definedName></definedNames>`,
    'a defined name over whole columns': `<definedNames><definedName name="列">部门预算收支总表!$A:$XFD</definedName></definedNames>`,
  }).map(([what, xml]): Case => ({
    name: what,
    setup: seedWith((b) => H.withPart(b, 'xl/workbook.xml', (x) => x.replace('</sheets>', `</sheets>${xml}`))),
    args: (d) => ['check', a(d), '--json', '--out', join(d, 'o.xlsx')],
    code: 0,
    outputs: ['o.xlsx'],
    after: tables(9),
  })),
  {
    name: 'a conditional format and a hyperlink over whole columns',
    setup: seedWith((b) =>
      H.afterSheetData(
        b,
        '<conditionalFormatting sqref="A:XFD"><cfRule type="cellIs" dxfId="0" priority="1" operator="lessThan"><formula>0</formula></cfRule></conditionalFormatting><hyperlinks><hyperlink ref="A1:XFD1048576" location="部门预算收入总表!A1" display="x"/></hyperlinks>',
      ),
    ),
    args: (d) => ['check', a(d), '--json'],
    code: 0,
    after: tables(9),
  },
  {
    name: 'a standard table not found is listed, never taken as empty',
    setup: seedWith((b) =>
      H.withPart(b, 'xl/sharedStrings.xml', (x) => x.replace(/<si><t([^>]*)>[^<]*<\/t><\/si>/, '<si><t$1>随便写的标题</t></si>')),
    ),
    args: (d) => ['check', a(d)],
    code: 4, // no 错误, but a standard table is missing: not complete
    message: /\[未找到\] .*部门预算收支总表：未在工作簿中识别到，未核对/,
  },
  // ---- every file the command reads is an input ----
  ...[[], ['--force']].map((force): Case => ({
    name: `check --edition-file E --out E ${force.join(' ')}`,
    setup: (d) => {
      put(d, 'a.xlsx', seed);
      put(d, 'ed.json', readFileSync(join(__dirname, '..', 'fixtures', 'edition-2028.json')));
    },
    args: (d) => ['check', a(d), '--edition-file', join(d, 'ed.json'), '--out', join(d, 'ed.json'), ...force],
    code: 2,
    message: /输出文件就是输入文件/,
  })),
  {
    name: 'insert --edition-file E --out E',
    setup: (d) => put(d, 'ed.json', readFileSync(join(__dirname, '..', 'fixtures', 'edition-2028.json'))),
    args: (d) => [
      'insert',
      '--edition',
      '2028',
      '--level',
      '部门',
      '--code',
      '1',
      '--name',
      'x',
      '--edition-file',
      join(d, 'ed.json'),
      '--out',
      join(d, 'ed.json'),
      '--force',
    ],
    code: 2,
    message: /输出文件就是输入文件/,
  },
  {
    name: 'explain --inputs I --out I (through a symlink)',
    setup: (d) => {
      put(d, 'a.xlsx', seed);
      put(d, 'in.json', '{}');
      symlinkSync(join(d, 'in.json'), join(d, 'in.docx'));
    },
    args: (d) => ['explain', a(d), '--inputs', join(d, 'in.json'), '--out', join(d, 'in.docx'), '--force'],
    code: 2,
    message: /输出文件就是输入文件/,
  },
  {
    name: 'fill --codes C --out C',
    setup: (d) => {
      put(d, 'a.xlsx', seed);
      put(d, 'codes.csv', '2010101,行政运行\n');
    },
    args: (d) => ['fill', a(d), '--codes', join(d, 'codes.csv'), '--out', join(d, 'codes.csv'), '--force'],
    code: 2,
    message: /输出文件就是输入文件/,
  },
  // ---- special files and names ----
  {
    name: '--out is an existing FIFO: refused at once, never opened',
    setup: (d) => {
      put(d, 'a.xlsx', seed);
      execFileSync('mkfifo', [join(d, 'fifo.xlsx')]);
    },
    args: (d) => ['check', a(d), '--out', join(d, 'fifo.xlsx'), '--force'],
    code: 2,
    message: /不是普通文件/,
    seconds: 20,
  },
  {
    name: '--out is a character device (/dev/null)',
    setup: (d) => put(d, 'a.xlsx', seed),
    args: (d) => ['fill', a(d), '--out', '/dev/null', '--force'],
    code: 2,
    message: /不是普通文件/,
  },
  {
    name: 'check a b --out m.xlsx does not make a folder named m.xlsx',
    setup: (d) => {
      put(d, 'a.xlsx', seed);
      put(d, 'b.xlsx', seed);
    },
    args: (d) => ['check', a(d), join(d, 'b.xlsx'), '--out', join(d, 'm.xlsx')],
    code: 2,
    message: /--out 应是文件夹/,
    after: (d) => expect(existsSync(join(d, 'm.xlsx'))).toBe(false),
  },
  {
    name: 'a legal 250-byte output name',
    setup: (d) => put(d, 'a.xlsx', seed),
    args: (d) => ['check', a(d), '--out', join(d, '标'.repeat(81) + '.xlsx')],
    code: 0,
    outputs: ['标'.repeat(81) + '.xlsx'],
  },
  {
    name: 'a folder holding a symlink to / and a loop: neither walked, both listed',
    setup: (d) => {
      mkdirSync(join(d, 'in'));
      put(d, 'in/a.xlsx', seed);
      symlinkSync('/', join(d, 'in', 'root'));
      symlinkSync(join(d, 'in'), join(d, 'in', 'loop'));
    },
    args: (d) => ['check', join(d, 'in')],
    code: 0,
    message: /已跳过 .*root：是指向所给文件夹以外/,
    seconds: 30,
  },
  {
    name: '.xls and .ods in a folder are listed with what to do; a GBK-named workbook is read and shown decoded',
    setup: (d) => {
      mkdirSync(join(d, 'in'));
      put(d, 'in/a.xlsx', seed);
      put(d, 'in/old.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
      put(d, 'in/calc.ods', 'x');
      writeFileSync(gbkPath(d, 'in', [0xd4, 0xa4, 0xcb, 0xe3], '.xlsx'), seed); // 预算.xlsx in GBK
    },
    args: (d) => ['check', join(d, 'in'), '--json'],
    code: 2,
    message: /old\.xls 是旧版 Excel[\s\S]*calc\.ods 是 OpenDocument/,
    after: (d, out) => {
      const gbk = JSON.parse(out).find((r: { file: string }) => r.file === join(d, 'in', '预算.xlsx'));
      expect(gbk).toMatchObject({ tables: 9 });
      expect(gbk.error).toBeUndefined();
      expect(readFileSync(gbkPath(d, 'in', [0xd4, 0xa4, 0xcb, 0xe3], '.xlsx')).equals(seed)).toBe(true);
    },
  },
  {
    name: 'a GBK-named folder and workbook, with --out: read, and the marked copy named as shown',
    setup: (d) => {
      mkdirSync(gbkPath(d, '', [0xb5, 0xa5, 0xce, 0xbb], '')); // 单位
      writeFileSync(gbkPath(d, '\xb5\xa5\xce\xbb', [0xd4, 0xa4, 0xcb, 0xe3], '.xlsx'), seed);
    },
    args: (d) => ['check', d, '--out', join(d, 'out')],
    code: 0,
    message: /单位\/预算\.xlsx：识别9张表[\s\S]*已写出标记副本：.*out\/预算\.xlsx/,
    outputs: ['out/预算.xlsx'],
    after: (d) => expect(readFileSync(gbkPath(d, '\xb5\xa5\xce\xbb', [0xd4, 0xa4, 0xcb, 0xe3], '.xlsx')).equals(seed)).toBe(true),
  },
  // ---- what a file is, said ----
  {
    name: 'a .xls renamed .xlsx',
    setup: (d) => put(d, 'a.xlsx', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)])),
    args: (d) => ['check', a(d)],
    code: 2,
    message: /旧版 Excel 97–2003 工作簿（\.xls）.*另存为/,
  },
  {
    name: 'a password-protected workbook',
    setup: (d) =>
      put(
        d,
        'a.xlsx',
        Buffer.concat([
          Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
          Buffer.alloc(504),
          Buffer.from('EncryptedPackage', 'utf16le'),
        ]),
      ),
    args: (d) => ['check', a(d)],
    code: 2,
    message: /打开密码（已加密）.*删除密码/,
  },
  {
    name: 'an .ods renamed .xlsx',
    setup: async (d) =>
      put(
        d,
        'a.xlsx',
        await new JSZip().file('mimetype', 'application/vnd.oasis.opendocument.spreadsheet').generateAsync({ type: 'nodebuffer' }),
      ),
    args: (d) => ['check', a(d)],
    code: 2,
    message: /OpenDocument 表格（\.ods）/,
  },
  // ---- valid or near-valid SpreadsheetML, read ----
  {
    name: 'x:-prefixed SpreadsheetML',
    setup: seedWith((b) =>
      H.withPart(b, H.SHEET1, (x) =>
        x
          .replace(/<(\/?)(?!\?)([a-zA-Z]+)([\s>/])/g, (_m, sl: string, t: string, e: string) => `<${sl}x:${t}${e}`)
          .replace(
            'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"',
            'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"',
          ),
      ),
    ),
    args: (d) => ['check', a(d), '--json'],
    code: 0,
    after: tables(9),
  },
  {
    name: 'cells and rows without r',
    setup: seedWith((b) => H.withPart(b, H.SHEET1, H.withoutPositions)),
    args: (d) => ['check', a(d), '--json'],
    code: 0,
    after: tables(9),
  },
  {
    name: 'a dangling dxfId in a conditional format',
    setup: seedWith((b) =>
      H.afterSheetData(
        b,
        '<conditionalFormatting sqref="A1:A5"><cfRule type="cellIs" dxfId="99" priority="1" operator="equal"><formula>1</formula></cfRule></conditionalFormatting>',
      ),
    ),
    args: (d) => ['check', a(d), '--json'],
    code: 0,
    after: tables(9),
  },
  {
    name: 'deep nesting in docProps/core.xml',
    setup: seedWith((b) =>
      H.withPart(b, 'docProps/core.xml', (x) =>
        x.replace('</cp:coreProperties>', '<a>'.repeat(20000) + '</a>'.repeat(20000) + '</cp:coreProperties>'),
      ),
    ),
    args: (d) => ['check', a(d), '--json'],
    code: 0,
    after: tables(9),
  },
  {
    name: 'two long sheet names sharing their first 31 characters',
    setup: seedWith((b) =>
      H.withPart(b, 'xl/workbook.xml', (x) =>
        x
          .replace('name="部门政府采购预算"', `name="${'很'.repeat(31)}甲"`)
          .replace('name="部门固定资产占用情况表"', `name="${'很'.repeat(31)}乙"`),
      ),
    ),
    args: (d) => ['check', a(d), '--json'],
    code: 0,
    after: tables(9),
  },
  {
    name: 'an inline string with a phonetic run (<rPh>) keeps the cell and the rest of the sheet',
    setup: seedWith(async (b) => {
      const z = await JSZip.loadAsync(b);
      const title = /<si><t[^>]*>([^<]*)<\/t><\/si>/.exec((await z.file('xl/sharedStrings.xml')!.async('string'))!)![1]!;
      return H.withPart(b, H.SHEET1, (x) =>
        x.replace(
          '<c r="A1" t="s"><v>0</v></c>',
          `<c r="A1" t="inlineStr"><is><t>${title}</t><rPh sb="0" eb="2"><t>ぶもん</t></rPh><phoneticPr fontId="1"/></is></c>`,
        ),
      );
    }),
    args: (d) => ['check', a(d), '--json'],
    code: 0,
    after: tables(9),
  },
  {
    name: 'worksheet parts not named sheetN.xml, found through the relationships',
    setup: seedWith(async (b) => {
      const parts = await H.partsOf(b);
      for (const p of parts) {
        const m = /^xl\/worksheets\/sheet(\d+)\.xml$/.exec(p.name);
        if (m) p.name = `xl/worksheets/表${m[1]}.xml`;
        if (p.name === 'xl/_rels/workbook.xml.rels' || p.name === '[Content_Types].xml')
          p.data = Buffer.from((p.data as Buffer).toString('utf8').replace(/worksheets\/sheet(\d+)\.xml/g, 'worksheets/表$1.xml'));
      }
      return H.zipParts(parts);
    }),
    args: (d) => ['check', a(d), '--json'],
    code: 0,
    after: tables(9),
  },
  // ---- stored and given data checked at the border ----
  ...Object.entries({
    'duties as an array': '{"duties":["a"]}',
    'duties as a number': '{"duties":5}',
    'units as an object': '{"units":{"a":1}}',
    'not an object': '[1,2]',
  }).map(([what, json]): Case => ({
    name: `explain --inputs with ${what}`,
    setup: (d) => {
      put(d, 'a.xlsx', seed);
      put(d, 'in.json', json);
    },
    args: (d) => ['explain', a(d), '--text', '--inputs', join(d, 'in.json')],
    code: 2,
    message: /不是有效的填写内容：.*(应为|对象)/,
  })),
  {
    name: 'a stored 说明 inputs sheet with wrong types: check and explain still run',
    setup: async (d) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(seed as unknown as ArrayBuffer);
      const ws = wb.addWorksheet(INPUTS_SHEET, { state: 'veryHidden' });
      ws.getCell('A1').value = '{"duties":["x"],"units":5,"prior":"1","government":7,"performance":{"a":1}}';
      put(d, 'a.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    },
    args: (d) => ['explain', a(d), '--text'],
    code: 0,
  },
  // Stored data damaged by hand (issue 19 item 6): the check runs, the damaged part is named and ignored.
  ...Object.entries({
    [EXPLANATIONS_SHEET]: [
      ['键', '类型', '说明', '日期', '位置'],
      [42, 'explained', '数字当键', '2026-01-01', 'A1'],
      ['X13-02|表!E6|1|2', 'maybe', '类型不对', '', ''],
      ['X13-02|表!E6|1|2', 'explained', '正常的一条', 'yesterday', ''],
    ],
    [PRIOR_SHEET]: [['{"version":1,"source":"上年.xlsx","values":{"total":{"value":12,"from":"table"}},"disagreements":5}']],
    [INPUTS_SHEET]: [['{"duties":["x"],"units":5']],
  }).map(([sheet, rows]): Case => ({
    name: `a damaged stored sheet ${sheet}: check runs and names it, ignored`,
    setup: async (d) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(seed as unknown as ArrayBuffer);
      wb.addWorksheet(sheet, { state: 'veryHidden' }).addRows(rows);
      put(d, 'a.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    },
    args: (d) => ['check', a(d), '--json'],
    code: 0,
    after: (_d, out) => {
      const r = JSON.parse(out)[0];
      expect(r.tables).toBe(9);
      expect(r.damaged).toHaveLength(1);
      expect(r.damaged[0].sheet).toBe(sheet);
      expect(r.damaged[0].problems.join('；')).toMatch(/已(全部)?忽略/);
    },
  })),
  {
    name: 'a damaged stored 出错说明: the human report says which part and that it was ignored',
    setup: async (d) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(seed as unknown as ArrayBuffer);
      wb.addWorksheet(EXPLANATIONS_SHEET, { state: 'veryHidden' }).addRows([
        ['键', '类型', '说明', '日期', '位置'],
        [1, 2, 3, 4, 5],
      ]);
      put(d, 'a.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    },
    args: (d) => ['check', a(d)],
    code: 0,
    message:
      /\[已损坏\] 工作簿中保存的出错说明（隐藏工作表「预算公开助手_出错说明」）有损坏：第 2 行键应为本工具写入的文字，已忽略。损坏的部分未使用/,
  },
  {
    name: '--codes given a workbook (not text)',
    setup: (d) => {
      put(d, 'a.xlsx', seed);
      put(d, 'codes.csv', seed);
    },
    args: (d) => ['fill', a(d), '--out', join(d, 'o.xlsx'), '--codes', join(d, 'codes.csv')],
    code: 2,
    message: /科目表 .*codes\.csv 不是文本文件/,
  },
  {
    name: '--codes with control characters and over-long names: those rows skipped and counted',
    setup: (d) => {
      put(d, 'a.xlsx', seed);
      put(d, 'codes.csv', `2010101,行政运行\n2010102,一般\u0007行政\n2010103,${'长'.repeat(101)}\n`);
    },
    args: (d) => ['fill', a(d), '--out', join(d, 'o.xlsx'), '--codes', join(d, 'codes.csv')],
    code: 0,
    outputs: ['o.xlsx'],
    message: /科目表中有2行无法读取，已跳过/,
  },
  {
    name: '--codes in GB18030 (as a Chinese Windows saves CSV): names read as written',
    setup: async (d) => {
      put(d, 'a.xlsx', Buffer.from(await blankNames('003').xlsx.writeBuffer()));
      // 2010303,机关服务甲 in GB18030 (UTF-8 would read it as replacement characters)
      put(d, 'codes.csv', Buffer.from('323031303330332cbbfab9d8b7fecef1bcd70a', 'hex'));
    },
    args: (d) => ['fill', a(d), '--out', join(d, 'o.xlsx'), '--codes', join(d, 'codes.csv'), '--codes-year', '2023', '--json'],
    code: 0,
    outputs: ['o.xlsx'],
    after: (_d, out) => expect(JSON.parse(out)[0].filled).toContainEqual(expect.objectContaining({ code: '2010303', name: '机关服务甲' })),
  },
  {
    name: 'check --json keeps the findings when the copy cannot be written (.xlsm)',
    setup: seedWith((b) => H.withPart(b, 'xl/vbaProject.bin', () => 'macro')),
    args: (d) => ['check', a(d), '--json', '--out', join(d, 'o.xlsx')],
    code: 2,
    message: /含宏/,
    after: (_d, out) => {
      const r = JSON.parse(out)[0];
      expect(r.tables).toBe(9);
      expect(r.findings.length).toBeGreaterThan(0);
      expect(r.error).toMatch(/含宏/);
    },
  },
];

describe.each(CASES)('$name', (c) => {
  it(`exit ${c.code}, inputs unchanged`, async () => {
    const d = mkdtempSync(join(tmpdir(), 'bd-hostile-'));
    await c.setup(d);
    const before = hashes(d);
    const out: string[] = [];
    const err: string[] = [];
    const t0 = Date.now();
    const code = await main(c.args(d), { out: (s) => out.push(s), err: (s) => err.push(s) });
    expect(Date.now() - t0).toBeLessThan((c.seconds ?? 60) * 1000);
    expect({ code, err: err.join('\n').slice(0, 300) }).toEqual({ code: c.code, err: expect.any(String) });
    if (c.message) expect(err.join('\n') + out.join('\n')).toMatch(c.message);
    expect(err.join('\n')).not.toMatch(/内部错误|internal error|Maximum call stack|Cannot read|undefined|Error:/);
    expect(err.join('\n')).toMatch(code === 0 || !err.length ? /.*/ : /[\u4e00-\u9fff]/);
    const after = hashes(d);
    for (const [f, h] of before) if (!c.outputs?.includes(f)) expect([f, after.get(f)]).toEqual([f, h]);
    for (const f of c.outputs ?? []) expect(existsSync(join(d, f))).toBe(true);
    expect([...after.keys()].filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(readdirSync(d).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    c.after?.(d, out.join('\n'));
  });
});

it('a file that inflates beyond the limit is refused before reading', async () => {
  const d = mkdtempSync(join(tmpdir(), 'bd-hostile-'));
  const saved = LIMITS.inflatedBytes;
  LIMITS.inflatedBytes = 2 * 2 ** 20;
  try {
    put(d, 'a.xlsx', await patched(async (z) => void z.file('xl/media/big.bin', Buffer.alloc(3 * 2 ** 20))));
    const err: string[] = [];
    expect(await main(['check', a(d)], { out: () => {}, err: (s) => err.push(s) })).toBe(2);
    expect(err.join('\n')).toMatch(/解压后 \d+ MB，超过上限/);
  } finally {
    LIMITS.inflatedBytes = saved;
  }
});

// ---- in a child process: peak memory and time, and what a kill leaves ----

const root = join(__dirname, '..', '..');
const RUNNER =
  "require('./src/cli/main.ts').main(process.argv.slice(1),{out:()=>{},err:(s)=>process.stderr.write(s+'\\n')})" +
  ".then((c)=>{const h=/VmHWM:\\s+(\\d+)/.exec(require('fs').readFileSync('/proc/self/status','utf8'));process.stderr.write('RSS '+(h?h[1]:process.resourceUsage().maxRSS)+'\\n');process.exit(c)})";

interface Spawned {
  name: string;
  file: (d: string) => Promise<void> | void;
  args: (d: string) => string[];
  code: number;
  message?: RegExp;
  /** Peak resident memory bound, MB (the reader's budget is half the heap: these stay far below it). */
  mb: number;
  seconds: number;
}

const SPAWNED: Spawned[] = [
  {
    name: 'whole-column validation on 100 columns',
    file: async (d) => put(d, 'a.xlsx', await H.wholeColumnValidations(seed, 100)),
    args: (d) => ['check', a(d), '--json'],
    code: 0,
    mb: 600,
    seconds: 60,
  },
  {
    name: '40,000 one-row merges',
    file: async (d) => put(d, 'a.xlsx', await H.manyMerges(seed, 40_000)),
    args: (d) => ['check', a(d), '--json'],
    code: 0,
    mb: 800,
    seconds: 60,
  },
  {
    name: 'a whole-sheet merge, quoted',
    file: async (d) => put(d, 'a.xlsx', await H.withMerge(seed, `<mergeCell ref='A40:XFD1048576'/>`)),
    args: (d) => ['check', a(d), '--json'],
    code: 0,
    mb: 600,
    seconds: 60,
  },
  {
    name: '2,000 columns × 10,000 rows (within the row and column limits): refused by the memory budget',
    file: (d) => put(d, 'a.xlsx', H.wideSheet(2000, 10_000)),
    args: (d) => ['check', a(d), '--json'],
    code: 2,
    message: /单元格过多.*超过本机可用内存/,
    mb: 1500,
    seconds: 120,
  },
];

describe.each(SPAWNED)('child process: $name', (c) => {
  it(`exit ${c.code} within ${c.seconds} s and ${c.mb} MB (budget ${Math.round(memoryBudget() / 2 ** 20)} MB)`, async () => {
    const d = mkdtempSync(join(tmpdir(), 'bd-hostile-'));
    await c.file(d);
    const before = hashes(d);
    const t0 = Date.now();
    const r = spawnSync(process.execPath, ['--import', 'tsx', '-e', RUNNER, ...c.args(d)], {
      cwd: root,
      encoding: 'utf8',
      timeout: 300_000,
    });
    const seconds = (Date.now() - t0) / 1000;
    const mb = Number(/RSS (\d+)/.exec(r.stderr)?.[1] ?? NaN) / 1024;
    expect({ code: r.status }).toEqual({ code: c.code });
    if (c.message) expect(r.stderr).toMatch(c.message);
    expect(r.stderr).not.toMatch(/内部错误|internal error|Cannot read|Error:/);
    expect(seconds).toBeLessThan(c.seconds);
    expect(mb).toBeLessThan(Math.min(c.mb, memoryBudget() / 2 ** 20));
    expect(hashes(d)).toEqual(before);
  }, 400_000);
});

/** A workbook whose copy takes a while to write: the seed with 200,000 numbers beside the tables' far side. */
async function slowToWrite(): Promise<Buffer> {
  const rows: string[] = [];
  for (let r = 1; r <= 20_000; r++) {
    let cells = '';
    for (let c = 0; c < 10; c++) cells += `<c r="${String.fromCharCode(75 + c)}${r + 100}"><v>${r + c}</v></c>`;
    rows.push(`<row r="${r + 100}">${cells}</row>`);
  }
  return H.withPart(seed, 'xl/worksheets/sheet11.xml', (x) => x.replace('</sheetData>', rows.join('') + '</sheetData>'));
}

describe.each(['SIGINT', 'SIGTERM'] as const)('killed by %s while the copy is written', (signal) => {
  it('leaves no temporary file, the target absent or whole, the input unchanged', async () => {
    const d = mkdtempSync(join(tmpdir(), 'bd-kill-'));
    put(d, 'a.xlsx', await slowToWrite());
    const before = hashes(d);
    const child = spawn(process.execPath, ['--import', 'tsx', '-e', RUNNER, 'check', a(d), '--out', join(d, 'o.xlsx')], { cwd: root });
    // Kill as soon as the temporary file appears.
    const seen = await new Promise<boolean>((done) => {
      const t = setInterval(() => {
        if (readdirSync(d).some((n) => n.endsWith('.tmp'))) {
          clearInterval(t);
          child.kill(signal);
          done(true);
        }
      }, 2);
      child.on('exit', () => {
        clearInterval(t);
        done(false);
      });
    });
    const code = await new Promise<number | null>((done) =>
      child.exitCode !== null ? done(child.exitCode) : child.on('exit', (c) => done(c)),
    );
    expect(seen).toBe(true);
    expect(readdirSync(d).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    // Killed while writing (the usual case): the handler's exit code, no target. If the signal came in the last
    // instant after the rename, the target is whole.
    if (existsSync(join(d, 'o.xlsx'))) await expect(JSZip.loadAsync(readFileSync(join(d, 'o.xlsx')))).resolves.toBeTruthy();
    else expect(code).toBe(signal === 'SIGINT' ? 130 : 143);
    expect(hashes(d)).toEqual(before);
  }, 300_000);
});

it('planted symlinks under every name the old temporary scheme could produce: nothing outside the folder changes', async () => {
  const d = mkdtempSync(join(tmpdir(), 'bd-race-'));
  const outside = mkdtempSync(join(tmpdir(), 'bd-victim-'));
  mkdirSync(join(d, 'out'));
  put(d, 'a.xlsx', seed);
  writeFileSync(join(outside, 'victim.txt'), 'the planter wants this overwritten');
  const victimBefore = hashes(outside);
  // The old scheme: .<name>.<pid>.<Date.now() in base 36>.tmp — every name in the next 20 seconds.
  const now = Date.now();
  for (let t = now; t < now + 20_000; t++)
    symlinkSync(join(outside, 'victim.txt'), join(d, 'out', `.o.xlsx.${process.pid}.${t.toString(36)}.tmp`));
  const err: string[] = [];
  const code = await main(['check', a(d), '--out', join(d, 'out', 'o.xlsx')], { out: () => {}, err: (s) => err.push(s) });
  expect({ code, err }).toEqual({ code: 0, err: [] });
  expect(hashes(outside)).toEqual(victimBefore);
  expect(
    readFileSync(join(d, 'out', 'o.xlsx'))
      .subarray(0, 4)
      .toString('latin1'),
  ).toBe('PK\x03\x04');
  expect(lstatSync(join(d, 'out', 'o.xlsx')).isFile()).toBe(true);
});

it('a planted symlink at the exact temporary name is never written through (another name is taken)', async () => {
  const d = mkdtempSync(join(tmpdir(), 'bd-race-'));
  const outside = mkdtempSync(join(tmpdir(), 'bd-victim-'));
  writeFileSync(join(outside, 'victim.txt'), 'keep');
  symlinkSync(join(outside, 'victim.txt'), join(d, `.o.xlsx.~bd${process.pid}-0123456789ab.tmp`));
  const drawn: string[] = [];
  const random = tempNaming.random;
  tempNaming.random = () => {
    const r = drawn.length ? random() : '0123456789ab';
    drawn.push(r);
    return r;
  };
  try {
    await writeAtomic(join(d, 'o.xlsx'), () => 'new content');
  } finally {
    tempNaming.random = random;
  }
  expect(drawn.length).toBe(2); // the planted name was tried, then another
  expect(readFileSync(join(outside, 'victim.txt'), 'utf8')).toBe('keep');
  expect(readFileSync(join(d, 'o.xlsx'), 'utf8')).toBe('new content');
  expect(lstatSync(join(d, `.o.xlsx.~bd${process.pid}-0123456789ab.tmp`)).isSymbolicLink()).toBe(true);
});
