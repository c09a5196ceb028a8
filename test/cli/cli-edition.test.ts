/** budget-disclosure edition import / --edition-file: a 样表 becomes an edition file that insert and check use. */
import ExcelJS from 'exceljs';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';

const dir = mkdtempSync(join(tmpdir(), 'bd-edition-'));
async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err };
}

it('imports a 样表 (an inserted 2027 workbook with one 类 renamed), and insert/check use the edition file', async () => {
  const sample = join(dir, 'sample.xlsx');
  expect((await run(['insert', '--edition', '2027', '--level', '部门', '--code', '225', '--name', '样表部门', '--out', sample])).code).toBe(
    0,
  );
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(sample);
  const t1 = wb.getWorksheet('部门预算收支总表')!;
  t1.eachRow((row) => row.eachCell((c) => void (c.value === '二十四、预备费' && (c.value = '二十四、预备费支出'))));
  await wb.xlsx.writeFile(sample);
  const r = await run(['edition', 'import', sample, '--name', '2027 测试市财政局样表', '--out', join(dir, 'edition.json')]);
  expect(r.code).toBe(0);
  expect(r.out).toMatch(/已从样表识别 9 张表/);
  const edition = JSON.parse(readFileSync(join(dir, 'edition.json'), 'utf8'));
  expect(edition.categories).toContain('二十四、预备费支出');
  expect(edition.aliases).toEqual({ 预备费支出: '预备费' });
  const out = join(dir, 'custom.xlsx');
  expect(
    (
      await run([
        'insert',
        '--edition',
        edition.id,
        '--edition-file',
        join(dir, 'edition.json'),
        '--level',
        '部门',
        '--code',
        '226',
        '--name',
        '另一部门',
        '--out',
        out,
      ])
    ).code,
  ).toBe(0);
  const back = new ExcelJS.Workbook();
  await back.xlsx.readFile(out);
  const labels: unknown[] = [];
  back.getWorksheet('部门预算收支总表')!.eachRow((row) => labels.push(row.getCell(4).value));
  expect(labels).toContain('二十四、预备费支出');
  const checked = await run(['check', out, '--edition-file', join(dir, 'edition.json'), '--json']);
  // recognized with the edition: no finding; the template is not filled yet, so not complete (exit 4, not 0)
  expect(checked.code).toBe(4);
  expect(JSON.parse(checked.out)[0].findings).toEqual([]);
  expect(JSON.parse(checked.out)[0].problems).toEqual([]);
  // Without the edition file the renamed row is reported as not recognized, not guessed.
  const plain = await run(['check', out]);
  expect(plain.out).toMatch(/无法识别的行“二十四、预备费支出”/);
});

it('a bad edition file → exit 2 with the reason', async () => {
  writeFileSync(join(dir, 'bad.json'), '{"id":"x"}');
  const r = await run([
    'insert',
    '--edition',
    'x',
    '--edition-file',
    join(dir, 'bad.json'),
    '--level',
    '部门',
    '--code',
    '225',
    '--name',
    'x',
    '--out',
    join(dir, 'y.xlsx'),
  ]);
  expect(r.code).toBe(2);
  expect(r.err[0]).toMatch(/不是版式文件/);
  copyFileSync(join(dir, 'bad.json'), join(dir, 'bad2.json'));
  expect((await run(['edition', 'import', join(dir, 'nope.xlsx'), '--name', 'n', '--out', join(dir, 'e.json')])).code).toBe(2);
});
