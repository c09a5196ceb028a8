/**
 * `explain --out`: the name decides the format. A .docx is a Word file (a zip), a .txt is the same 情况说明 as UTF-8
 * text that opens in Notepad (it used to be a Word file named .txt); any other ending is refused with exit 2 and
 * nothing is written.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { seedWorkbook } from '../fixtures/seed-workbooks';

const dir = mkdtempSync(join(tmpdir(), 'bd-explain-out-'));
const file = join(dir, 'seed-003.xlsx');
async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}
beforeAll(async () => {
  await seedWorkbook('003').xlsx.writeFile(file);
});

const ZIP = Buffer.from('PK\x03\x04', 'latin1');
it.each([
  { out: '情况说明.docx', code: 0, zip: true },
  { out: '情况说明.DOCX', code: 0, zip: true },
  { out: '情况说明.txt', code: 0, zip: false },
  { out: '情况说明.xlsx', code: 2, zip: null },
  { out: '情况说明', code: 2, zip: null },
  { out: '情况说明.doc', code: 2, zip: null },
])('explain --out $out → exit $code', async ({ out, code, zip }) => {
  const path = join(dir, out);
  const r = await run(['explain', file, '--out', path]);
  expect(r.code).toBe(code);
  if (zip === null) {
    expect(existsSync(path)).toBe(false);
    expect(r.err).toMatch(/--out 应以 \.docx（Word）或 \.txt（文本）结尾/);
    return;
  }
  const bytes = readFileSync(path);
  expect(bytes.subarray(0, 4).equals(ZIP)).toBe(zip);
  if (!zip) {
    const text = bytes.toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toMatch(/2023年部门预算信息公开情况说明\r\n/);
    expect(text).toContain('2023年收入预算708.68万元');
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
  }
});

it('the .txt holds the same text --text prints', async () => {
  const path = join(dir, 'same.txt');
  const r = await run(['explain', file, '--out', path, '--text']);
  expect(r.code).toBe(0);
  const saved = readFileSync(path, 'utf8')
    .replace(/^\uFEFF/, '')
    .replace(/\r\n/g, '\n')
    .trimEnd();
  expect(saved).toBe(r.out.trimEnd());
});
