/**
 * 诊断 of a workbook of several 部门/单位: one section per unit (collapsed when there are more than three), its
 * header giving the counts, and one 全部采用 per unit that writes the cells of that unit's exact diagnoses (one write, one 撤销) and no other unit's.
 */
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, makeStyles, tokens } from '@fluentui/react-components';
import type { DiagnosisGroup } from './diagnosis-groups';
import { DiagnosisBox, type DiagnosisActions } from './DiagnosisList';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, margin: `0 0 ${tokens.spacingVerticalS} 0` },
  header: { whiteSpace: 'normal', textAlign: 'left' },
});

const counts = (g: DiagnosisGroup) => {
  const cells = g.cells.length > g.diagnoses.length - g.ties ? `，${g.cells.length} 个单元格` : '';
  return `${g.diagnoses.length} 处诊断${cells}${g.ties ? `，${g.ties} 处无法区分` : ''}`;
};

/** A 部门 with its 单位 or two (the usual workbook) shows every diagnosis at once; more units start collapsed. */
const OPEN_UP_TO = 3;

export function DiagnosisGroups({ groups, actions }: { groups: DiagnosisGroup[]; actions: DiagnosisActions }) {
  const s = useStyles();
  return (
    <Accordion
      multiple
      collapsible
      aria-label={`诊断：${groups.length} 个单位`}
      defaultOpenItems={groups.length <= OPEN_UP_TO ? groups.map((g) => g.unit) : []}
    >
      {groups.map((g) => (
        <AccordionItem key={g.unit} value={g.unit} data-unit={g.unit} data-count={g.diagnoses.length}>
          <AccordionHeader size="small" className={s.header}>
            {g.label}：{counts(g)}
          </AccordionHeader>
          <AccordionPanel className={s.panel}>
            {g.cells.length > 0 && (
              <Button
                size="small"
                appearance="primary"
                disabled={actions.busy}
                onClick={() => actions.apply(g.cells)}
                aria-label={`全部采用 ${g.label}（${g.cells.length} 处）`}
              >
                全部采用（本单位 {g.cells.length} 处）
              </Button>
            )}
            {g.diagnoses.map((d) => (
              <DiagnosisBox key={d.id} d={d} a={actions} />
            ))}
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}
