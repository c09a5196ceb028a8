/**
 * What the add-in keeps in the workbook's very hidden sheets (出错说明, 情况说明 inputs, 上年公开文件) may be edited by
 * hand, pasted over or written by another tool. Each store reads leniently through its schema (a damaged part is
 * left out, the rest used); this lists what was left out, so the pane and the CLI say it: which part, where, what is
 * wrong, that it was ignored and what to do. Nothing damaged ever stops a check or reads as a figure.
 */
import { EXPLANATIONS_SHEET, INPUTS_SHEET, PRIOR_SHEET } from '../internal-sheets';
import type { WorkbookSnapshot } from '../model/snapshot';
import { storedInputsProblems } from '../narrative/stored-inputs';
import { storedPriorProblems } from '../narrative/stored-prior';
import { explanationProblems } from './explanations';

export interface StoredDamage {
  part: '出错说明' | '情况说明填写内容' | '上年公开文件';
  sheet: string;
  problems: string[];
  /** The whole sentence for the user. */
  text: string;
}

const REDO: Record<StoredDamage['part'], string> = {
  出错说明: '需要时请在检查结果中重新填写这些出错说明',
  情况说明填写内容: '请在“情况说明”页核对填写内容，再点“保存填写内容到工作簿”',
  上年公开文件: '请在“情况说明”页重新选择上年公开文件',
};

/** Shown problems at most (the rest counted). */
const SHOWN = 3;

export function storedDamage(wb: WorkbookSnapshot): StoredDamage[] {
  const parts: [StoredDamage['part'], string, string[]][] = [
    ['出错说明', EXPLANATIONS_SHEET, explanationProblems(wb)],
    ['情况说明填写内容', INPUTS_SHEET, storedInputsProblems(wb)],
    ['上年公开文件', PRIOR_SHEET, storedPriorProblems(wb)],
  ];
  return parts
    .filter(([, , p]) => p.length)
    .map(([part, sheet, problems]) => {
      const more = problems.length > SHOWN ? `等 ${problems.length} 处` : '';
      return {
        part,
        sheet,
        problems,
        text: `工作簿中保存的${part}（隐藏工作表「${sheet}」）有损坏：${problems.slice(0, SHOWN).join('；')}${more}。损坏的部分未使用，其余照常使用；${REDO[part]}。`,
      };
    });
}
