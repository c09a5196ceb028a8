/**
 * Which tables to insert (the nine, the 说明's supporting tables) and the printed variants where an edition has several.
 * Each group of checkboxes is a labelled group, not a Field: a Field gives its one control id to every checkbox inside
 * it (all nine shared one id, so a click on a label toggled the first box); here each box keeps its own id and name.
 */
import { Checkbox, Field, Label, Select, makeStyles, useId } from '@fluentui/react-components';
import { tableOf, variantsOf } from '../core/catalog/editions';
import { STANDARD_TABLES, SUPPORTING_TABLES, type Edition, type Level, type TableId } from '../core/catalog/types';

const useStyles = makeStyles({
  tables: { display: 'flex', flexDirection: 'column' },
  group: { display: 'flex', flexDirection: 'column', rowGap: '2px' },
  fill: { minWidth: 0, width: '100%', maxWidth: '100%' },
});

const VARIANT_LABELS: Record<string, string> = {
  A: 'A：无小计行（海港区式）',
  B: 'B：合计＋“三公”经费小计（通用）',
  C: 'C：仅小计、无出国明细（山海关区式）',
};

export interface TableChoice {
  tables: Set<TableId>;
  toggle: (id: TableId, on: boolean) => void;
  sanGong: string;
  setSanGong: (v: string) => void;
  t2Layout: string;
  setT2Layout: (v: string) => void;
}

export function TableChoices({ edition, level, c }: { edition: Edition; level: Level; c: TableChoice }) {
  const s = useStyles();
  const base = useId('tables');
  const label = (id: TableId) => tableOf(edition, id).title.replace('{level}', level).replace('{project}', '项目');
  const boxes = (name: string, ids: readonly TableId[]) => (
    <div role="group" aria-labelledby={`${base}-${name}`} className={s.group}>
      <Label id={`${base}-${name}`}>{name}</Label>
      <div className={s.tables}>
        {ids.map((id) => (
          <Checkbox
            key={id}
            id={`${base}-${id}`}
            checked={c.tables.has(id)}
            onChange={(_, d) => c.toggle(id, !!d.checked)}
            label={label(id)}
          />
        ))}
      </div>
    </div>
  );
  const t9 = variantsOf(edition, 'T9');
  const t2 = variantsOf(edition, 'T2');
  return (
    <>
      {boxes('公开表', STANDARD_TABLES)}
      {boxes('情况说明附表（可选）', SUPPORTING_TABLES)}
      {c.tables.has('T9') && t9.length > 1 && (
        <Field label="“三公”经费表样式">
          <Select value={c.sanGong} onChange={(_, d) => c.setSanGong(d.value)} aria-label="三公表样式" className={s.fill}>
            <option value="">默认（{VARIANT_LABELS[edition.defaultVariants.T9 ?? 'B']}）</option>
            {t9.map((v) => (
              <option key={v} value={v}>
                {VARIANT_LABELS[v] ?? v}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {c.tables.has('T2') && t2.length > 1 && (
        <Field label="收入总表的收入栏">
          <Select
            value={c.t2Layout || edition.defaultVariants.T2 || ''}
            onChange={(_, d) => c.setT2Layout(d.value)}
            aria-label="收入总表的收入栏"
          >
            <option value="U">单位资金（一栏）</option>
            <option value="5">事业收入等五栏</option>
          </Select>
        </Field>
      )}
    </>
  );
}
