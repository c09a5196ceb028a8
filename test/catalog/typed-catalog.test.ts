/**
 * The 勾稽关系 catalog is typed data: a row role, a row list or a condition a table cannot have fails the type check
 * (catalog/row-roles.ts: RowRoles, ROW_LISTS; check/types.ts: Ref, RowPart). The TypeScript compiler is run on the
 * real catalog (src/core/check/rules.ts) with one reference misspelt, and on a small rule using the real types:
 * each misspelling gives a diagnostic in that file, the catalog as written gives none.
 */
import * as path from 'path';
import ts from 'typescript';

const ROOT = path.resolve(__dirname, '../..');
const RULES = path.join(ROOT, 'src/core/check/rules.ts');
const SNIPPET = path.join(ROOT, 'src/core/check/__typed-catalog-snippet.ts');

function compilerOptions(): ts.CompilerOptions {
  const file = path.join(ROOT, 'src/core/tsconfig.json');
  const { config } = ts.readConfigFile(file, (p) => ts.sys.readFile(p));
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, path.dirname(file));
  return { ...parsed.options, noEmit: true, skipLibCheck: true };
}
const OPTIONS = compilerOptions();

/** The previous program: its unchanged files (the engine, lib.d.ts) are reused, not parsed again. */
let last: ts.Program | undefined;

/** Type errors of one file whose text is given (other files are read from disk); messages flattened. */
function typeErrors(file: string, text: string): string[] {
  const host = ts.createCompilerHost(OPTIONS);
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (name, lang, ...rest) =>
    path.resolve(name) === file ? ts.createSourceFile(name, text, lang) : read(name, lang, ...rest);
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => path.resolve(name) === file || fileExists(name);
  const program = ts.createProgram([file], OPTIONS, host, last);
  last = program;
  const source = program.getSourceFile(file)!;
  return [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)].map((d) =>
    ts.flattenDiagnosticMessageText(d.messageText, '\n'),
  );
}

const catalog = ts.sys.readFile(RULES)!;
/** The catalog with its first occurrence of `from` in code replaced (it must exist there: else the case proves nothing). */
function misspelt(from: string, to: string): string {
  const code = catalog.indexOf(from, catalog.indexOf('export const RULES'));
  expect(code).toBeGreaterThan(0);
  return catalog.slice(0, code) + to + catalog.slice(code + from.length);
}

const rule = (row: string, list: string) => `
import type { Rule } from './types';
export const RULE: Rule = {
  id: 'Z-01',
  kind: 'columnSum',
  severity: 'strict',
  title: '本年收入合计＝各项收入之和',
  table: 'T1',
  columns: ['income'],
  total: '${row}',
  parts: [[{ each: '${list}' }], ['in:business', 'in:other']],
};
`;

describe('the catalog fails the type check when a reference is misspelt', () => {
  test('the catalog as written type-checks', () => {
    expect(typeErrors(RULES, catalog)).toEqual([]);
  });

  test.each([
    ['a misspelt role', "total: 'in:incomeSubtotal'", "total: 'in:incomeSubtotl'", /in:incomeSubtotl/],
    [
      'a role of another table (三公 row on 基本支出表)',
      "row: 'total', column: 'personnel'",
      "row: 'sg:total', column: 'personnel'",
      /sg:total/,
    ],
    ['a role in Chinese words', "row: 'in:incomeTotal'", "row: 'in:收入总计'", /in:收入总计/],
    ['a misspelt row list', "{ each: 'categories' }", "{ each: 'categorise' }", /categorise/],
    ['an old list token', "[{ each: 't1Income' }]", "['@t1income']", /@t1income/],
    ['a misspelt fallback alternative', "['sg:total', 'sg:subtotal']", "['sg:total', 'sg:subtotl']", /sg:subtotl/],
    ['a condition named by a string', 'when: MIXED_INCOME_LAYOUT', "when: 'mixedIncomeLayout'", /'when'/],
    ['a misspelt side of rowSum', "rows: ['ex']", "rows: ['ex:']", /ex:/],
    ['a misspelt column', "column: 'personnel' }],", "column: 'personel' }],", /personel/],
    [
      'a column of another table (基本支出表 has no 项目支出)',
      "columns: ['total', 'basic', 'project'] },\n    op: '<=',\n    right: { table: 'T3'",
      "columns: ['total', 'basic', 'project'] },\n    op: '<=',\n    right: { table: 'T6'",
      /'"basic"' is not assignable to type '"total" \| "personnel" \| "public"'/,
    ],
    ['a misspelt 固定资产 row of a supporting rule', "of: '房屋'", "of: '房子'", /房子/],
  ])('%s', (_what, from, to, said) => {
    const errors = typeErrors(RULES, misspelt(from, to));
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.join('\n')).toMatch(said);
  });
});

describe('a rule written against the real types', () => {
  test('spelt right: no diagnostic', () => {
    expect(typeErrors(SNIPPET, rule('in:incomeSubtotal', 't1Income'))).toEqual([]);
  });
  test('a misspelt role: a diagnostic naming it', () => {
    const errors = typeErrors(SNIPPET, rule('in:incomeSubtotall', 't1Income'));
    expect(errors.join('\n')).toMatch(/in:incomeSubtotall/);
  });
  test('a misspelt list: a diagnostic naming it', () => {
    const errors = typeErrors(SNIPPET, rule('in:incomeSubtotal', 't1Incomes'));
    expect(errors.join('\n')).toMatch(/t1Incomes/);
  });
});
