/**
 * --prior (issue #21): `check FILE --prior LASTYEAR.(xlsx|docx|txt)` judges the 比上年 statements of the 说明 kept in
 * the workbook against last year's disclosure and carries the prior facts and each verdict in --json; `explain
 * --prior` fills 上年数; the prior file is an input (never an output, refused when it is one); bad files exit 2.
 */
import JSZip from 'jszip';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { seedWorkbook } from '../fixtures/seed-workbooks';
import { seedNarrative } from '../seeds/seed-narrative';

const dir = mkdtempSync(join(tmpdir(), 'bd-prior-'));
const file = join(dir, 'seed-001-with-narrative.xlsx');
async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Last year's 说明 (2021) as its figures were: 552.20 = 555.53 − 3.33 and so on. */
const LAST_YEAR = (total = '552.20') =>
  [
    '中共张家口市委机构编制委员会办公室2021年部门预算信息公开情况说明',
    '二、部门预算安排的总体情况',
    `2021年支出预算${total}万元，其中基本支出500.95万元，项目支出51.25万元。`,
    '四、财政拨款“三公”经费预算情况及增减变化原因',
    '2021年财政拨款“三公”经费预算3.83万元，其中：因公出国（境）费0万元，公务用车购置及运维费3.11万元，公务接待费0.72万元。',
  ].join('\n');

async function docx(text: string, path: string) {
  const zip = new JSZip();
  const body = text
    .split('\n')
    .map((l) => `<w:p><w:r><w:t xml:space="preserve">${l.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</w:t></w:r></w:p>`)
    .join('');
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  zip.file(
    'word/document.xml',
    `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  );
  writeFileSync(path, await zip.generateAsync({ type: 'uint8array' }));
}

beforeAll(async () => {
  const wb = seedWorkbook('001');
  const ws = wb.addWorksheet('情况说明');
  seedNarrative('001')
    .split('\n')
    .forEach((l, i) => (ws.getCell(i + 1, 1).value = l));
  await wb.xlsx.writeFile(file);
  writeFileSync(join(dir, 'last.txt'), LAST_YEAR());
  writeFileSync(join(dir, 'last-wrong.txt'), LAST_YEAR('562.20'));
  await docx(LAST_YEAR(), join(dir, 'last.docx'));
  await seedWorkbook('001').xlsx.writeFile(join(dir, 'same-year.xlsx'));
  writeFileSync(join(dir, 'last.pdf'), '%PDF-1.4');
  writeFileSync(join(dir, 'empty.txt'), '这里没有数字。');
});

type Report = {
  prior: { source: string; year: number; values: Record<string, { value: string; from: string; where: string }> } | null;
  yearOverYear: { text: string; verdict: string; note: string; cell: string; prior?: { key: string; value: string } }[];
};
const json = async (args: string[]) => {
  const r = await run(['check', file, '--json', ...args]);
  return { code: r.code, report: (JSON.parse(r.out) as Report[])[0]!, err: r.err };
};
const verdictOf = (r: Report, words: string) => r.yearOverYear.find((x) => x.text.includes(words))?.verdict;

it('without --prior: the 比上年 statements are listed 未核对 (未提供上年公开文件), prior null', async () => {
  const { report } = await json([]);
  expect(report.prior).toBeNull();
  expect(verdictOf(report, '较2021年预算增加3.33万元')).toBe('一致'); // = its own 其中 list
  expect(report.yearOverYear.find((x) => x.text.includes('与2021年相比增加0.01万元'))).toBeDefined();
});

it.each(['last.txt', 'last.docx'])('--prior %s: prior facts from text carried in --json; each change agrees', async (name) => {
  const before = statSync(join(dir, name)).mtimeMs;
  const { code, report } = await json(['--prior', join(dir, name)]);
  expect(code).toBe(1); // seed 001 has its own 错误 (N-03 尾差 aside): unchanged by --prior
  expect(report.prior).toMatchObject({ source: name, year: 2021 });
  expect(report.prior!.values['expense.total']).toMatchObject({ value: '552.2', from: 'text' });
  for (const words of ['较2021年预算增加3.33万元', '基本支出增加13.53万元', '项目支出减少10.2万元', '与2021年相比增加0.01万元'])
    expect([words, verdictOf(report, words)]).toEqual([words, '一致']);
  expect(report.yearOverYear.find((x) => x.text.includes('3.33'))!.prior).toMatchObject({ key: 'expense.total', value: '552.2' });
  expect(statSync(join(dir, name)).mtimeMs).toBe(before);
});

it('a wrong prior total: that statement, and only those about it, become 不一致', async () => {
  const good = (await json(['--prior', join(dir, 'last.txt')])).report;
  const bad = (await json(['--prior', join(dir, 'last-wrong.txt')])).report;
  const changed = bad.yearOverYear.filter((x, i) => x.verdict !== good.yearOverYear[i]!.verdict);
  expect(changed.map((x) => [x.text, x.verdict])).toEqual([['较2021年预算增加3.33万元', '不一致']]);
});

it('--prior of the same year (a 2022 workbook for the 2022 说明): 未核对 with the reason, never 不一致', async () => {
  const { report } = await json(['--prior', join(dir, 'same-year.xlsx')]);
  expect(report.prior!.values['expense.total']!.from).toBe('table');
  const x = report.yearOverYear.find((y) => y.text.includes('3.33'))!;
  expect(x.verdict).toBe('一致'); // its own 其中 list still holds
  expect(report.yearOverYear.filter((y) => y.verdict === '不一致')).toEqual([]);
});

it('human output names the prior file and lists the 比上年 verdicts', async () => {
  const r = await run(['check', file, '--prior', join(dir, 'last.txt')]);
  expect(r.out).toContain('上年公开文件：last.txt（2021年；读到');
  expect(r.out).toMatch(/比上年：\d+ 处；一致 \d+/);
});

it.each([
  [['--prior', join(dir, 'last.pdf')], /--prior 应为/],
  [['--prior', join(dir, 'missing.txt')], /找不到文件/],
  [['--prior', join(dir, 'empty.txt')], /没有读到上年的预算数字/],
  [['--prior', dir + '/'], /--prior 应为|文件夹/],
  [['--reason-share', 'abc'], /--reason-share/],
])('bad %j → exit 2 with a message', async (args, message) => {
  const r = await run(['check', file, ...args]);
  expect(r.code).toBe(2);
  expect(r.err).toMatch(message);
});

it('the prior file is an input: --out onto it is refused and it is unchanged', async () => {
  const p = join(dir, 'last-copy.xlsx');
  await seedWorkbook('000').xlsx.writeFile(p);
  const bytes = readFileSync(p);
  const r = await run(['check', file, '--prior', p, '--out', p, '--force']);
  expect(r.code).toBe(2);
  expect(r.err).toContain('输出文件就是输入文件');
  expect(readFileSync(p).equals(bytes)).toBe(true);
});

it('explain --prior fills the 比上年 paragraph from last year’s disclosure; without it, a 〔请填写〕 marker', async () => {
  const withPrior = await run(['explain', join(dir, 'same-year.xlsx'), '--text', '--prior', join(dir, 'last.docx')]);
  expect(withPrior.code).toBe(0);
  expect(withPrior.out).toContain('较2021年预算增加3.33万元，其中：基本支出增加13.53万元；项目支出减少10.20万元');
  const without = await run(['explain', join(dir, 'same-year.xlsx'), '--text']);
  expect(without.out).toContain('〔请填写比上年增减情况');
});
