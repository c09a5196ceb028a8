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
import { StoredDamageNotes } from './StoredDamageNotes';
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

/** A titled list of what was not judged or not recognized (nothing shown when empty). */
function NoteGroup({ title, items }: { title: string; items: { key: string | number; text: string }[] }) {
  const s = useStyles();
  if (!items.length) return null;
  return (
    <div className={s.group}>
      <Text weight="semibold" size={300}>
        {title}
      </Text>
      <ul className={s.list}>
        {items.map((x) => (
          <li key={x.key} className={s.item}>
            <Text size={200}>{x.text}</Text>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function CheckResults({ result, stale, actions }: { result: CheckResult; stale: boolean; actions: ResultActions }) {
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
      <StoredDamageNotes damaged={result.damaged} />
      {result.tables.length === 0 && <Text size={200}>未识别到部门预算公开表。请确认表格有标题（如“部门预算收支总表”）和栏次行。</Text>}
      {findings.length === 0 && result.tables.length > 0 && result.unfilled.length === 0 && gaps.length === 0 && (
        <Text>所有勾稽关系均相符。</Text>
      )}
      <DiagnosisList result={result} actions={{ go: actions.goTo, apply: (cells) => actions.repair(cells), busy: actions.busy }} />
      <FindingGroups byTable={byTable} result={result} actions={actions} />
      <NoteGroup
        title="尚未填写（未核对）"
        items={result.unfilled.map((u) => ({ key: `${u.sheet}!${u.cell}`, text: `${u.sheet}!${u.cell} ${unfilledText(u)}` }))}
      />
      <NoteGroup
        title="缺行缺栏（未核对）"
        items={gaps.map((u) => ({ key: `${u.unit}!${u.sheet}!${u.what}`, text: `${u.sheet}!${u.cell} ${unjudgedText(u)}` }))}
      />
      <NoteGroup
        title="未能识别（未参与检查）"
        items={result.problems.map(({ sheet, cell, message }, i) => ({ key: i, text: `${sheet}!${cell} ${message}` }))}
      />
    </>
  );
}
