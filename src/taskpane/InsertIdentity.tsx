/** Who the tables are for: the edition (预算年度, with its evidence), 部门 or 单位, the code (full-width digits and spaces read) and the name. */
import { Field, Input, Radio, RadioGroup, Select, makeStyles, tokens } from '@fluentui/react-components';
import type { EditionDelta } from '../core/catalog/editions';
import type { Edition, Level } from '../core/catalog/types';
import { toHalfWidth } from '../core/text';

const useStyles = makeStyles({
  row: { display: 'flex', columnGap: tokens.spacingHorizontalS, alignItems: 'end', minWidth: 0 },
  code: { width: '7em', flexShrink: 0 },
  grow: { flexGrow: 1, minWidth: 0 },
  /** Fluent's inputs and selects have a default min-width wider than a 320 px pane allows. */
  fill: { minWidth: 0, width: '100%', maxWidth: '100%' },
});

export interface Identity {
  editionId: string;
  setEditionId: (v: string) => void;
  level: Level;
  setLevel: (v: Level) => void;
  code: string;
  setCode: (v: string) => void;
  name: string;
  setName: (v: string) => void;
}

export function InsertIdentity({ editions, edition, hint, v }: { editions: EditionDelta[]; edition: Edition; hint?: string; v: Identity }) {
  const s = useStyles();
  const { editionId, setEditionId, level, setLevel, code, setCode, name, setName } = v;
  return (
    <>
      <Field
        label="版式（预算年度）"
        hint={`版式依据：${edition.provenance}${edition.provisional ? '（暂定）' : ''}${hint ? `。${hint}` : ''}`}
      >
        <Select value={editionId} onChange={(_, d) => setEditionId(d.value)} aria-label="版式">
          {editions.map((d) => (
            <option key={d.id} value={d.id}>
              {d.label}
              {d.provisional ? '（暂定）' : ''}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="级次">
        <RadioGroup layout="horizontal" value={level} onChange={(_, d) => setLevel(d.value as Level)}>
          <Radio value="部门" label="部门预算" />
          <Radio value="单位" label="单位预算" />
        </RadioGroup>
      </Field>
      <div className={s.row}>
        <Field label={level === '部门' ? '部门编码' : '单位编码'} className={s.code}>
          <Input
            value={code}
            onChange={(_, d) => setCode(toHalfWidth(d.value).replace(/\s+/g, ''))}
            placeholder={level === '部门' ? '225' : '225001'}
            aria-label="编码"
            className={s.fill}
          />
        </Field>
        <Field label={level === '部门' ? '部门名称' : '单位名称'} className={s.grow}>
          <Input
            value={name}
            onChange={(_, d) => setName(d.value)}
            placeholder="中共××市××区委机构编制委员会办公室"
            aria-label="名称"
            className={s.fill}
          />
        </Field>
      </div>
    </>
  );
}
