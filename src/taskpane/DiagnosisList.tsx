/**
 * 诊断 in the 检查 panel, above the identities: 「最可能出错：支出总表!E12 31.20，应为 13.20 — 改正后 3 条勾稽关系成立」
 * with a button to apply the repair (one write batch, only on request; the panel offers 撤销改正); a tie lists every cell
 * with its own button and picks none. Parts left 未诊断 say why. A workbook of several 部门/单位 shows them grouped by
 * unit (DiagnosisGroups.tsx).
 */
import { Button, Link, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { CheckResult } from '../core/review/result';
import { UNDIAGNOSED_REASON, type Diagnosis, type DiagnosisCell } from '../core/diagnose/types';
import { groupDiagnoses } from './diagnosis-groups';
import { DiagnosisGroups } from './DiagnosisGroups';

const useStyles = makeStyles({
  box: {
    border: `1px solid ${tokens.colorPaletteRedBorder2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingVerticalS,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
  },
  line: { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', columnGap: tokens.spacingHorizontalS, rowGap: '2px' },
  repairs: { color: tokens.colorNeutralForeground3 },
});

export interface DiagnosisActions {
  go: (sheet: string, cell: string) => void;
  apply: (cells: DiagnosisCell[]) => void;
  busy: boolean;
}

function CellLine({ c, a, label }: { c: DiagnosisCell; a: DiagnosisActions; label: string }) {
  const s = useStyles();
  return (
    <div className={s.line}>
      <Link onClick={() => a.go(c.sheet, c.cell)} aria-label={`定位到 ${c.sheet}!${c.cell}`}>
        {c.sheet}!{c.cell}
      </Link>
      <Text size={200}>
        {c.where}：{c.current}，应为 <b>{c.repaired}</b>
      </Text>
      <Button size="small" disabled={a.busy} onClick={() => a.apply([c])} aria-label={`${label} ${c.sheet}!${c.cell} 改为 ${c.repaired}`}>
        {label}
      </Button>
    </div>
  );
}

export function DiagnosisBox({ d, a }: { d: Diagnosis; a: DiagnosisActions }) {
  const s = useStyles();
  const cells = d.explanations[0]!;
  const n = d.repairs.length;
  return (
    <div className={s.box} data-diagnosis={d.id} data-tie={d.tie}>
      <Text weight="semibold">
        {d.tie
          ? '无法区分以下几处中哪一处有误（勾稽关系对它们完全相同），请核对原始数据：'
          : `最可能出错${cells.length > 1 ? `（共 ${cells.length} 处）` : ''}：`}
      </Text>
      {d.tie
        ? d.explanations.map((e) => <CellLine key={`${e[0]!.sheet}!${e[0]!.cell}`} c={e[0]!} a={a} label="改这一处" />)
        : cells.map((c) => <CellLine key={`${c.sheet}!${c.cell}`} c={c} a={a} label={cells.length > 1 ? '改这一处' : '采用改正'} />)}
      {!d.tie && cells.length > 1 && (
        <Button size="small" appearance="primary" disabled={a.busy} onClick={() => a.apply(cells)}>
          全部采用（{cells.length} 处）
        </Button>
      )}
      <Text size={200} className={s.repairs}>
        {d.tie ? '改正其中一处后' : '改正后'} {n} 条勾稽关系成立：{[...new Set(d.repairs.map((r) => r.title))].join('；')}
      </Text>
    </div>
  );
}

export function DiagnosisList({ result, actions }: { result: CheckResult; actions: DiagnosisActions }) {
  if (!result.diagnoses.length && !result.undiagnosed.length) return null;
  const groups = groupDiagnoses(result);
  return (
    <section aria-label="诊断">
      {groups.length > 1 ? (
        <DiagnosisGroups groups={groups} actions={actions} />
      ) : (
        result.diagnoses.map((d) => <DiagnosisBox key={d.id} d={d} a={actions} />)
      )}
      {[...new Set(result.undiagnosed.map((u) => u.reason))].map((r) => (
        <Text key={r} size={200} role="note">
          未诊断：{UNDIAGNOSED_REASON[r]}
        </Text>
      ))}
    </section>
  );
}
