/**
 * The findings by table (the table named once, in the group header) — and, in a workbook of more than three 部门/单位,
 * by unit first: one collapsed section per unit whose header gives its counts (the same counts as everywhere), so 100
 * departments are 100 lines until one is opened.
 */
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Text, makeStyles, tokens } from '@fluentui/react-components';
import { pushTo } from '../core/collections';
import type { Finding } from '../core/check/types';
import type { CheckResult } from '../core/review/result';
import { countsText, findingCounts } from '../core/review/counts';
import { FindingList, type ExplainActions } from './FindingList';

const useStyles = makeStyles({
  group: { marginTop: tokens.spacingVerticalS },
  header: { whiteSpace: 'normal', textAlign: 'left' },
});

/** Units shown without grouping up to this many. */
const FLAT_UNITS = 3;

function Tables({ groups, all, actions }: { groups: [string, Finding[]][]; all: Finding[]; actions: ExplainActions }) {
  const s = useStyles();
  return groups.map(([table, fs]) => (
    <div key={table} className={s.group}>
      <Text weight="semibold" size={300}>
        {table}
      </Text>
      <FindingList findings={fs} all={all} actions={actions} />
    </div>
  ));
}

export function FindingGroups(p: { byTable: Map<string, Finding[]>; result: CheckResult; actions: ExplainActions }) {
  const s = useStyles();
  const all = p.result.findings;
  const byUnit = new Map<string, [string, Finding[]][]>();
  for (const entry of p.byTable) pushTo(byUnit, entry[1][0]?.unit ?? '', entry);
  if (byUnit.size <= FLAT_UNITS) return <Tables groups={[...p.byTable]} all={all} actions={p.actions} />;
  const name = (u: string) => p.result.tables.find((t) => t.unit === u && t.unitName)?.unitName ?? '';
  return (
    <Accordion multiple collapsible aria-label={`检查结果：${byUnit.size} 个单位`} className={s.group}>
      {[...byUnit].map(([unit, groups]) => (
        <AccordionItem key={unit} value={unit} data-findings-unit={unit}>
          <AccordionHeader size="small" className={s.header}>
            {`${unit} ${name(unit)}`.trim() || '未注明单位'}：
            {countsText(findingCounts({ findings: all.filter((f) => (f.unit ?? '') === unit) }))}
          </AccordionHeader>
          <AccordionPanel>
            <Tables groups={groups} all={all} actions={p.actions} />
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}
