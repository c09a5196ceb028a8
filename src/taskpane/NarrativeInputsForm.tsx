/**
 * The department's own inputs to the 情况说明: wording (名词解释 level, 概述, 万元/元), 职责, 机构设置, prior-year
 * figures (from the 上年公开文件 unless typed: each shows where it came from) and reasons, 绩效, 政府采购 and 资产 where the workbook has no such table, other matters. A view over the
 * panel's state; laid out for a 320 px pane (two shrinking columns).
 */
import { Field, Input, Select, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import type { NarrativeInputs } from '../core/narrative/inputs';
import { PRIOR_FIELDS, priorFigure } from '../core/narrative/prior-inputs';
import type { PriorFacts } from '../core/narrative/prior-facts';

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'end' },
  /** Two equal columns that shrink with the pane (Fluent inputs have a wide default min-width). */
  pairs: { display: 'grid', gridTemplateColumns: 'repeat(2, minmax(0, 1fr))', gap: tokens.spacingHorizontalS, alignItems: 'end' },
  fill: { minWidth: 0, width: '100%', maxWidth: '100%' },
});

export interface InputsFormProps {
  inputs: NarrativeInputs;
  set: <K extends keyof NarrativeInputs>(k: K, v: NarrativeInputs[K]) => void;
  unitsText: string;
  setUnitsText: (v: string) => void;
  /** 上年公开文件: each 上年数 not typed is taken from it (shown as the placeholder, with where it was read). */
  prior: PriorFacts | null;
}

export function NarrativeInputsForm({ inputs, set, unitsText, setUnitsText, prior }: InputsFormProps) {
  const s = useStyles();
  return (
    <>
      <div className={s.row}>
        <Field label="名词解释用语" hint="按部门级次（由部门名称预选）">
          <Select value={inputs.government} onChange={(_, d) => set('government', d.value as NarrativeInputs['government'])}>
            {['省级', '市级', '区级', '县级'].map((x) => (
              <option key={x}>{x}</option>
            ))}
          </Select>
        </Field>
        <Field label="概述用语" hint="“目前我省部门预算的编制…”引用的是省里的规定">
          <Select value={inputs.regionWord} onChange={(_, d) => set('regionWord', d.value as NarrativeInputs['regionWord'])}>
            {['我省', '我市', '我区', '我县'].map((x) => (
              <option key={x}>{x}</option>
            ))}
          </Select>
        </Field>
        <Field label="金额单位">
          <Select value={inputs.money} onChange={(_, d) => set('money', d.value as NarrativeInputs['money'])}>
            <option>万元</option>
            <option>元</option>
          </Select>
        </Field>
      </div>
      <Field label="部门职责（每行一条）">
        <Textarea value={inputs.duties} onChange={(_, d) => set('duties', d.value)} resize="vertical" aria-label="部门职责" />
      </Field>
      <Field label="机构设置（每行：单位名称，单位性质，单位规格，经费保障形式）">
        <Textarea value={unitsText} onChange={(_, d) => setUnitsText(d.value)} resize="vertical" aria-label="机构设置" />
      </Field>
      <div className={s.pairs}>
        {PRIOR_FIELDS.map(([k, , label]) => {
          const fromFile = priorFigure({ ...inputs, prior: {} }, prior, k);
          const typed = priorFigure(inputs, null, k);
          const hint = typed.source
            ? fromFile.value
              ? `手填（覆盖上年公开文件的 ${fromFile.value.toFixed(2)}）`
              : '手填'
            : fromFile.where;
          return (
            <Field key={k} label={`${label}（万元）`} hint={hint || '未填'}>
              <Input
                value={inputs.prior[k] ?? ''}
                placeholder={fromFile.value ? fromFile.value.toFixed(2) : ''}
                onChange={(_, d) => set('prior', { ...inputs.prior, [k]: d.value })}
                aria-label={label}
                className={s.fill}
              />
            </Field>
          );
        })}
      </div>
      <Field label="收支增减原因">
        <Input value={inputs.reasons.total ?? ''} onChange={(_, d) => set('reasons', { ...inputs.reasons, total: d.value })} />
      </Field>
      <Field label="“三公”经费增减原因">
        <Input value={inputs.reasons.sanGong ?? ''} onChange={(_, d) => set('reasons', { ...inputs.reasons, sanGong: d.value })} />
      </Field>
      <Field label="预算绩效信息">
        <Textarea value={inputs.performance} onChange={(_, d) => set('performance', d.value)} resize="vertical" />
      </Field>
      <div className={s.pairs}>
        <Field label="政府采购预算（无采购表时，万元）">
          <Input
            value={inputs.procurement ?? ''}
            onChange={(_, d) => set('procurement', d.value)}
            aria-label="政府采购预算"
            className={s.fill}
          />
        </Field>
        <Field label="上年末固定资产（无资产表时，万元）">
          <Input value={inputs.assets ?? ''} onChange={(_, d) => set('assets', d.value)} aria-label="上年末固定资产" className={s.fill} />
        </Field>
      </div>
      <Field label="其他需要说明的事项">
        <Textarea value={inputs.other} onChange={(_, d) => set('other', d.value)} resize="vertical" />
      </Field>
    </>
  );
}
