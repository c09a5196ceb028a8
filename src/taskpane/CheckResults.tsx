/**
 * What a check found, as the 检查 panel shows it: the count, the 报送状态, a stale warning with 重新检查, the 诊断 box,
 * the findings grouped by table (and by unit in a workbook of many: FindingGroups.tsx) and what could not be recognized.
 */
import { Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { pushTo } from '../core/collections';
import type { Finding } from '../core/check/types';
import type { CheckResult } from '../core/review/result';
import { countsText, findingCounts } from '../core/review/counts';
import { unfilledText } from '../core/check/fill-state';
import { unjudgedGaps, unjudgedText } from '../core/check/unjudged';
import type { DiagnosisCell } from '../core/diagnose/types';
import { DiagnosisList } from './DiagnosisList';
import { FindingGroups } from './FindingGroups';
import type { ExplainActions } from './FindingList';

const useStyles = makeStyles({
  group: { marginTop: tokens.spacingVerticalS },
  item: { display: 'block', textAlign: 'left', padding: '4px 0', borderBottom: `1px solid ${tokens.colorNeutralStroke3}` },
  list: { margin: 0, paddingLeft: 0, listStyle: 'none' },
});

export interface ResultActions extends ExplainActions {
  repair: (cells: DiagnosisCell[]) => void;
  recheck: () => void;
  goTo: (sheet: string, cell: string) => void;
}

export function CheckResults({ result, stale, actions }: { result: CheckResult; stale: boolean; actions: ResultActions }) {
  const s = useStyles();
  const findings = result.findings;
  const gaps = unjudgedGaps(result.notEvaluated ?? []);
  const byTable = new Map<string, Finding[]>();
  for (const f of findings.filter((x) => !x.causedBy)) {
    const t = result.tables.find((x) => x.sheet === f.sheet && (x.id === f.table || !f.table));
    pushTo(byTable, `${f.unit ?? ''} ${t?.title ?? f.sheet}`, f);
  }
  // One count for every view (a finding that follows from another counts once, as its root).
  const c = findingCounts(result);
  return (
    <>
      {stale && (
        <MessageBar layout="multiline" intent="warning">
          <MessageBarBody>
            工作簿已改动，下面的结果已过期。{' '}
            <Button size="small" onClick={actions.recheck}>
              重新检查
            </Button>
          </MessageBarBody>
        </MessageBar>
      )}
      <Text role="status" weight="semibold">
        识别 {result.tables.length} 张表：{countsText(c)}
      </Text>
      {result.readiness && result.tables.length > 0 && (
        <MessageBar layout="multiline" intent={result.readiness.ready ? 'success' : 'warning'} aria-label="报送状态">
          <MessageBarBody>{result.readiness.text}</MessageBarBody>
        </MessageBar>
      )}
      {result.tables.length === 0 && <Text size={200}>未识别到部门预算公开表。请确认表格有标题（如“部门预算收支总表”）和栏次行。</Text>}
      {findings.length === 0 && result.tables.length > 0 && result.unfilled.length === 0 && gaps.length === 0 && (
        <Text>所有勾稽关系均相符。</Text>
      )}
      <DiagnosisList result={result} actions={{ go: actions.goTo, apply: (cells) => actions.repair(cells), busy: actions.busy }} />
      <FindingGroups byTable={byTable} result={result} actions={actions} />
      {result.unfilled.length > 0 && (
        <div className={s.group}>
          <Text weight="semibold" size={300}>
            尚未填写（未核对）
          </Text>
          <ul className={s.list}>
            {result.unfilled.map((u) => (
              <li key={`${u.sheet}!${u.cell}`} className={s.item}>
                <Text size={200}>
                  {u.sheet}!{u.cell} {unfilledText(u)}
                </Text>
              </li>
            ))}
          </ul>
        </div>
      )}
      {gaps.length > 0 && (
        <div className={s.group}>
          <Text weight="semibold" size={300}>
            缺行缺栏（未核对）
          </Text>
          <ul className={s.list}>
            {gaps.map((u) => (
              <li key={`${u.unit}!${u.sheet}!${u.what}`} className={s.item}>
                <Text size={200}>
                  {u.sheet}!{u.cell} {unjudgedText(u)}
                </Text>
              </li>
            ))}
          </ul>
        </div>
      )}
      {result.problems.length > 0 && (
        <div className={s.group}>
          <Text weight="semibold" size={300}>
            未能识别（未参与检查）
          </Text>
          <ul className={s.list}>
            {result.problems.map((p, i) => (
              <li key={i} className={s.item}>
                <Text size={200}>
                  {p.sheet}!{p.cell} {p.message}
                </Text>
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
