/**
 * 导出检查结果: the findings as a new worksheet for the 财政局 reviewer, with the 出错说明 column (as the 决算
 * software's) holding the preparer's explanation or dismissal where one is stored, else 未说明, and the 报送状态
 * under the title. The column is a record, not a form: 出错说明 are written in the pane (stored in the workbook, keyed
 * to the finding's figures), and its header says so — text typed into this sheet is never read back. Never
 * overwrites: the name gets a numbered suffix.
 */
import { rangeAddress } from '../a1';
import { uniqueSheetName } from '../insert/sheet-names';
import type { EditPlan } from '../model/plan';
import type { CheckResult } from './result';
import { countsText, findingCounts, ruleTitle } from './counts';
import { unfilledText } from '../check/fill-state';
import { unjudgedGaps, unjudgedText } from '../check/unjudged';
import { SEVERITY_LABEL } from './check';

/** The 出错说明 column's header: where explanations are written (not here). */
export const RECORD_HEADER = '出错说明（在任务窗格“检查”页填写）';
const HEADER = ['序号', '类别', '规则', '说明', '工作表', '单元格', '应为', '实为', '差额', RECORD_HEADER];

export function planResultsSheet(result: CheckResult, existing: readonly string[], checkedAt: string): EditPlan {
  const name = uniqueSheetName('检查结果', new Set(existing.map((s) => s.toLowerCase())));
  const rows = result.findings.map((f, i) => [
    i + 1,
    SEVERITY_LABEL[f.severity],
    ruleTitle(f),
    f.message,
    f.sheet,
    f.cell,
    f.expected,
    f.actual,
    f.difference,
    f.explanation ? `${f.explanation.kind === 'dismissed' ? '已忽略：' : ''}${f.explanation.text}` : '未说明',
  ]);
  const unfilled = (result.unfilled ?? []).map((u) => ['', '未填写', '', unfilledText(u), u.sheet, u.cell, '', '', '', '']);
  const unjudged = unjudgedGaps(result.notEvaluated ?? []).map((u) => ['', '未核对', '', unjudgedText(u), u.sheet, u.cell, '', '', '', '']);
  const problems = result.problems.map((p) => ['', '未识别', '', p.message, p.sheet, p.cell, '', '', '', '']);
  const title = `预算公开助手检查结果（${checkedAt}）　${countsText(findingCounts(result))}${result.readiness ? `　${result.readiness.text}` : ''}`;
  const values = [[title, ...HEADER.slice(1).map(() => null)], HEADER, ...rows, ...unfilled, ...unjudged, ...problems];
  const last = values.length - 1;
  return {
    description: `导出检查结果（${rows.length}条）`,
    styles: {
      title: { bold: true, fontSize: 14, fontName: '宋体' },
      header: { bold: true, fontName: '宋体', fontSize: 10, hAlign: 'center', border: true, wrap: true },
      body: { fontName: '宋体', fontSize: 10, border: true, wrap: true, vAlign: 'center' },
      text: { fontName: '宋体', fontSize: 10, border: true, numberFormat: '@' },
    },
    addSheets: [
      {
        name,
        values,
        merges: [rangeAddress(0, 0, 0, HEADER.length - 1)],
        formats: [
          { address: rangeAddress(0, 0, 0, HEADER.length - 1), style: 'title' },
          { address: rangeAddress(1, 0, 1, HEADER.length - 1), style: 'header' },
          ...(last >= 2
            ? [
                { address: rangeAddress(2, 0, last, HEADER.length - 1), style: 'body' },
                { address: rangeAddress(2, 6, last, 8), style: 'text' },
              ]
            : []),
        ],
        columnWidths: [6, 8, 8, 60, 24, 8, 12, 12, 10, 30],
        freeze: { rows: 2, columns: 0 },
        print: { landscape: true, fitToWidth: true, printTitleRows: '$2:$2' },
      },
    ],
  };
}
