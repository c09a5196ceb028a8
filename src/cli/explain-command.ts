/**
 * budget-disclosure explain <file.xlsx> --out 说明.docx [--text] [--inputs inputs.json] [--unit CODE] [--money 万元|元]
 * [--prior LASTYEAR.xlsx|docx|txt]:
 * writes the 情况说明 generated from the workbook's tables (and the inputs stored in it, or given as JSON; 上年数 from
 * --prior, else the 上年公开文件 kept in the workbook). The name given to --out decides the format: .docx is Word, .txt
 * is plain text (UTF-8 with a byte-order mark and CRLF lines, as Windows Notepad reads it); any other ending is refused before
 * anything is read or written.
 */
import { readFileSync } from 'node:fs';
import { analyzeWorkbook } from '../core/analysis';
import { customEditions } from './edition-command';
import { generateNarrative, narrativeText } from '../core/narrative/generate';
import { checkInputs } from '../core/narrative/inputs';
import { startingInputs } from '../core/narrative/stored-inputs';
import { storedDamage } from '../core/review/stored-damage';
import { narrativeDocxBuffer } from '../docx/narrative-docx';
import { loadWorkbook } from '../xlsx/files';
import { FileError } from '../xlsx/file-error';
import { readSnapshot } from '../xlsx/read-snapshot';
import { parseCommandArgs, UsageError } from './args';
import { checkInputFile, guardOutput, optionFiles } from './paths';
import { writeFileAtomic } from '../xlsx/atomic-write';
import { readPriorInput } from './prior-input';
import { readStoredPrior } from '../core/narrative/stored-prior';
import type { Io } from './main';

export async function explainCommand(argv: string[], io: Io): Promise<number> {
  const parsed = parseCommandArgs(argv, {
    out: { type: 'string' },
    text: { type: 'boolean' },
    inputs: { type: 'string' },
    unit: { type: 'string' },
    money: { type: 'string' },
    'edition-file': { type: 'string' },
    force: { type: 'boolean' },
    prior: { type: 'string' },
  });
  const [file] = parsed.positionals;
  const v = parsed.values;
  if (!file || (!v.out && !v.text))
    throw new UsageError('用法 / usage: budget-disclosure explain file.xlsx --out 说明.docx [--text] [--inputs inputs.json]');
  if (v.money && v.money !== '万元' && v.money !== '元') throw new UsageError('--money 应为 万元 或 元 / --money must be 万元 or 元');
  checkInputFile(file);
  if (v.inputs) checkInputFile(v.inputs);
  if (v.out) await guardOutput(v.out, [file, ...optionFiles(v)], !!v.force);
  const format = v.out ? outFormat(v.out) : null;
  const snap = readSnapshot(await loadWorkbook(file));
  // 上年数: --prior, else the 上年公开文件 kept in the workbook; typed figures (inputs) override them.
  const prior = v.prior ? await readPriorInput(v.prior) : readStoredPrior(snap);
  const facts = analyzeWorkbook(snap, { editions: customEditions(v['edition-file']) }).facts();
  let inputs = startingInputs(snap, facts[0]?.unitName ?? null);
  for (const d of storedDamage(snap)) if (d.part !== '出错说明' && !(d.part === '上年公开文件' && v.prior)) io.err(d.text);
  if (v.inputs) {
    let json: string;
    try {
      json = readFileSync(v.inputs, 'utf8');
    } catch {
      throw new FileError(`找不到填写内容文件：${v.inputs}`);
    }
    let value: unknown;
    try {
      value = JSON.parse(json);
    } catch {
      throw new FileError(`${v.inputs} 不是有效的填写内容（JSON）`);
    }
    const checked = checkInputs(value);
    if (checked.problems.length) throw new FileError(`${v.inputs} 不是有效的填写内容：${checked.problems.join('；')}`);
    inputs = checked.inputs;
  }
  if (v.money) inputs = { ...inputs, money: v.money as '万元' | '元' };
  const f = v.unit ? facts.find((x) => x.unitCode === v.unit) : facts[0];
  if (!f) throw new FileError(v.unit ? `工作簿中没有编码为 ${v.unit} 的部门/单位` : `${file} 中未识别到部门预算公开表，无法生成情况说明`);
  const doc = generateNarrative(f, inputs, prior);
  if (v.out) {
    const bytes =
      format === 'txt'
        ? Buffer.from('\uFEFF' + narrativeText(doc).replace(/\r?\n/g, '\r\n') + '\r\n', 'utf8')
        : await narrativeDocxBuffer(doc);
    await writeFileAtomic(v.out, bytes);
    io.err(`已生成情况说明 → ${v.out}${doc.missing.length ? `（表中缺少：${doc.missing.join('、')}）` : ''}`);
  }
  if (v.text) io.out(narrativeText(doc));
  return 0;
}

/** The format --out asks for, by its ending (a Word file named .txt, or text named .docx, would not open as named). */
function outFormat(out: string): 'docx' | 'txt' {
  const ext = /\.([^./\\]+)$/.exec(out)?.[1]?.toLowerCase();
  if (ext === 'docx' || ext === 'txt') return ext;
  throw new UsageError(`--out 应以 .docx（Word）或 .txt（文本）结尾：${out} / --out must end in .docx or .txt`);
}
