/** Command-line argument parsing for budget-disclosure (node:util parseArgs), with one-line bilingual errors. */
import { parseArgs, type ParseArgsConfig } from 'node:util';

export class UsageError extends Error {}

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * The one parseArgs of every command: strict (an unknown option is an error), positionals allowed unless said
 * otherwise, and a bad argument becomes a UsageError (exit 2) with its one-line bilingual message.
 */
export function parseCommandArgs<const O extends Options>(args: string[], options: O, allowPositionals = true) {
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (e) {
    throw new UsageError(`参数错误 / bad arguments: ${(e as Error).message}`);
  }
}

export const USAGE = `用法 / usage:
  budget-disclosure insert --edition 2023 --level 部门|单位 --code 225 --name "部门名称" --out file.xlsx
                           [--tables T1,T2,…] [--variant T9=A] [--into existing.xlsx] [--edition-file edition.json]
  budget-disclosure check <file.xlsx|folder>… [--json] [--out marked.xlsx|dir] [--prior 上年公开.xlsx|docx|txt] [--reason-share 10]
  budget-disclosure clear marked.xlsx --out clean.xlsx
  budget-disclosure fill file.xlsx --out filled.xlsx [--json] [--codes 科目表.csv --codes-year 2027]
  budget-disclosure explain file.xlsx --out 说明.docx [--text] [--inputs inputs.json] [--money 万元|元] [--prior 上年公开文件]
  budget-disclosure edition import 样表.xlsx --name "2027 某市财政局样表" --out edition.json
  budget-disclosure editions
  (insert、check、fill、explain 可加 --edition-file edition.json 使用导入或自定义的版式)
  (写出文件的命令：--out 不能是输入文件；已存在且非本工具写出的文件须加 --force 才会替换)
  (check 的退出码：0 表格完整且无错误；1 有错误；4 无错误但未完整（有表未填写、缺表、勾稽关系未核对或未能识别）；
   2 文件或参数无法读取；3 程序缺陷)`;

export interface InsertArgs {
  edition: string;
  level: string;
  code: string;
  name: string;
  out: string;
  tables?: string[];
  variants: Record<string, string>;
  into?: string;
  editionFile?: string;
  /** Replace an existing --out that this tool did not write. */
  force: boolean;
}

export function parseInsertArgs(argv: string[]): InsertArgs {
  const parsed = parseCommandArgs(
    argv,
    {
      edition: { type: 'string' },
      level: { type: 'string' },
      code: { type: 'string' },
      name: { type: 'string' },
      out: { type: 'string' },
      tables: { type: 'string' },
      variant: { type: 'string', multiple: true },
      into: { type: 'string' },
      'edition-file': { type: 'string' },
      force: { type: 'boolean' },
    },
    false,
  );
  const v = parsed.values;
  const missing = (['edition', 'level', 'code', 'name', 'out'] as const).filter((k) => !v[k]);
  if (missing.length) throw new UsageError(`缺少参数 / missing: ${missing.map((m) => '--' + m).join(' ')}`);
  const variants: Record<string, string> = {};
  for (const spec of v.variant ?? []) {
    const m = /^(T\d|S\d)=(\w+)$/.exec(spec);
    if (!m) throw new UsageError(`--variant 应形如 T9=A / --variant must look like T9=A: ${spec}`);
    variants[m[1]!] = m[2]!;
  }
  return {
    edition: v.edition!,
    level: v.level!,
    code: v.code!,
    name: v.name!,
    out: v.out!,
    tables: v.tables
      ? v.tables
          .split(/[,，]/)
          .map((s) => s.trim())
          .filter(Boolean)
      : undefined,
    variants,
    into: v.into,
    editionFile: v['edition-file'],
    force: !!v.force,
  };
}
