/**
 * 审核报告 for the 财政局: who (部门/单位), when, the 报送状态, the counts, and every finding with the preparer's
 * 出错说明 or dismissal — what the reviewer reads beside the tables. Pure: the Word rendering is src/docx/report-docx.ts.
 */
import { SEVERITY_LABEL } from './check';
import type { CheckResult } from './result';
import { countsText, findingCounts, ruleTitle } from './counts';
import { unfilledText } from '../check/fill-state';
import { unjudgedGaps, unjudgedText } from '../check/unjudged';

export interface ReviewReport {
  title: string;
  /** "225 中共…办公室" lines, one per 部门/单位 checked. */
  units: string[];
  date: string;
  readiness: string;
  counts: string;
  header: string[];
  rows: string[][];
  /** Standard tables not filled yet (their 勾稽关系 not judged), one line each. */
  unfilled: string[];
  /** Rows or columns a filled table lacks that its template prints: the 勾稽关系 left 未核对, one line each. */
  unjudged: string[];
  /** What could not be recognized (not checked). */
  problems: string[];
}

export function reviewReport(result: CheckResult, date: string): ReviewReport {
  const units = [...new Map(result.tables.map((t) => [t.unit ?? '', `${t.unit ?? ''} ${t.unitName ?? ''}`.trim()])).values()].filter(
    Boolean,
  );
  const year = result.tables.find((t) => t.year)?.year;
  const c = findingCounts(result);
  return {
    title: `${year ? `${year}年` : ''}部门预算公开审核报告`,
    units,
    date,
    readiness: result.readiness?.text ?? '',
    counts: `识别 ${result.tables.length} 张表；${countsText(c)}；已说明 ${c.explained}，已忽略 ${c.dismissed}。`,
    header: ['序号', '类别', '位置', '规则', '内容', '出错说明'],
    rows: result.findings.map((f, i) => [
      String(i + 1),
      f.causedBy ? `${SEVERITY_LABEL[f.severity]}（连带）` : SEVERITY_LABEL[f.severity],
      `${f.sheet}!${f.cell}`,
      ruleTitle(f),
      f.message,
      f.explanation ? `${f.explanation.kind === 'dismissed' ? '已忽略：' : ''}${f.explanation.text}（${f.explanation.date}）` : '',
    ]),
    unfilled: (result.unfilled ?? []).map((u) => `${u.sheet}!${u.cell} ${unfilledText(u)}`),
    unjudged: unjudgedGaps(result.notEvaluated ?? []).map((u) => `${u.sheet}!${u.cell} ${unjudgedText(u)}`),
    problems: result.problems.map((p) => `${p.sheet}!${p.cell} ${p.message}`),
  };
}
