/**
 * budget-disclosure explain <file.xlsx> --out 说明.docx [--text] [--inputs inputs.json] [--unit CODE] [--money 万元|元]
 * [--prior LASTYEAR.xlsx|docx|txt]:
 * writes the 情况说明 generated from the workbook's tables (and the inputs stored in it, or given as JSON; 上年数 from
 * --prior, else the 上年公开文件 kept in the workbook).
 */
import { readFileSync } from 'node:fs';
import { analyzeWorkbook } from '../core/analysis';
import { customEditions } from './edition-command';
import { generateNarrative, narrativeText } from '../core/narrative/generate';
import { checkInputs } from '../core/narrative/inputs';
import { startingInputs } from '../core/narrative/stored-inputs';
import { narrativeDocxBuffer } from '../docx/narrative-docx';
import { FileError, loadWorkbook } from '../xlsx/files';
import { readSnapshot } from '../xlsx/read-snapshot';
import { parseCommandArgs, UsageError } from './args';
import { checkInputFile, guardOutput, optionFiles, writeFileAtomic } from './paths';
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
  const snap = readSnapshot(await loadWorkbook(file));
  // 上年数: --prior, else the 上年公开文件 kept in the workbook; typed figures (inputs) override them.
  const prior = v.prior ? await readPriorInput(v.prior) : readStoredPrior(snap);
  const facts = analyzeWorkbook(snap, { editions: customEditions(v['edition-file']) }).facts();
  let inputs = startingInputs(snap, facts[0]?.unitName ?? null);
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
    await writeFileAtomic(v.out, await narrativeDocxBuffer(doc));
    io.err(`已生成情况说明 → ${v.out}${doc.missing.length ? `（表中缺少：${doc.missing.join('、')}）` : ''}`);
  }
  if (v.text) io.out(narrativeText(doc));
  return 0;
}
