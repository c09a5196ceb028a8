/**
 * A hostile and careless corpus for the CLI, one row per case (a new case is a row): for each, the exit code, the
 * message, no crash, no hang — and every file that existed before the run has the same bytes after it (SHA-256),
 * except the outputs the case expects. Classes: outputs that are inputs (same path, symlink, hard link, folder),
 * collisions, existing files, non-workbooks, workbooks with no table, bad option files, FIFOs, broken links and loops,
 * macros and external links, formulas without results, error values, huge merges and far cells, inflation.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { main } from '../../src/cli/main';
import { LIMITS } from '../../src/xlsx/files';
import { seedWorkbook } from '../fixtures/seed-workbooks';

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

interface Case {
  name: string;
  setup: (d: string) => Promise<void> | void;
  args: (d: string) => string[];
  code: number;
  message?: RegExp;
  /** Files (relative to the case folder) the run is expected to create or replace. */
  outputs?: string[];
  after?: (d: string, out: string) => void;
}

const put = (d: string, name: string, data: Buffer | string) => writeFileSync(join(d, name), data);
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
    code: 0,
    after: (_d, out) => {
      const r = JSON.parse(out)[0];
      expect(r.findings.filter((f: { severity: string }) => f.severity === 'error')).toEqual([]);
      expect(r.findings.map((f: { rule: string }) => f.rule)).toContain('E-02');
    },
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
    code: 0,
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
    code: 0,
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
];

describe.each(CASES)('$name', (c) => {
  it(`exit ${c.code}, inputs unchanged`, async () => {
    const d = mkdtempSync(join(tmpdir(), 'bd-hostile-'));
    await c.setup(d);
    const before = hashes(d);
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(c.args(d), { out: (s) => out.push(s), err: (s) => err.push(s) });
    expect({ code, err: err.join('\n').slice(0, 300) }).toEqual({ code: c.code, err: expect.any(String) });
    if (c.message) expect(err.join('\n') + out.join('\n')).toMatch(c.message);
    expect(err.join('\n')).not.toMatch(/内部错误|internal error|Maximum call stack/);
    const after = hashes(d);
    for (const [f, h] of before) if (!c.outputs?.includes(f)) expect([f, after.get(f)]).toEqual([f, h]);
    for (const f of c.outputs ?? []) expect(existsSync(join(d, f))).toBe(true);
    expect([...after.keys()].filter((f) => f.endsWith('.tmp'))).toEqual([]);
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
