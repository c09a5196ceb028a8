/**
 * What 填充科目名称 found: each with its cell link; 采用标准名称 for a name that differs (K-01); for a code the
 * built-in list lacks (K-02) a name field — prefilled with the name another table gives it — and 为此编码填写名称.
 */
import { Badge, Button, Input, Link, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { SEVERITY_LABEL } from '../core/review/check';
import type { Finding } from '../core/check/types';
import { SEVERITY_INTENT } from './pane-kit';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: 0, listStyle: 'none' },
  item: { padding: '4px 0', borderBottom: `1px solid ${tokens.colorNeutralStroke3}`, overflowWrap: 'anywhere' },
  form: { display: 'flex', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap', marginTop: tokens.spacingVerticalXS },
});

function CodeNameForm({ f, onFill }: { f: Finding; onFill: (name: string) => void }) {
  const s = useStyles();
  const [name, setName] = useState(f.expected);
  return (
    <div className={s.form}>
      <Input
        value={name}
        onChange={(_, d) => setName(d.value)}
        aria-label={`编码 ${f.actual} 的名称`}
        placeholder="科目名称"
        style={{ minWidth: 0, flex: '1 1 8em' }}
      />
      <Button size="small" disabled={!name.trim()} onClick={() => onFill(name.trim())}>
        为此编码填写名称
      </Button>
    </div>
  );
}

export interface NameActions {
  go: (f: Finding) => void;
  accept: (fs: Finding[]) => void;
  codeName: (f: Finding, name: string) => void;
}

export function NameFindings({ findings, a }: { findings: Finding[]; a: NameActions }) {
  const s = useStyles();
  return (
    <ul className={s.list}>
      {findings.map((f) => (
        <li key={f.id} className={s.item}>
          <Badge appearance="tint" color={SEVERITY_INTENT[f.severity]} size="small">
            {SEVERITY_LABEL[f.severity]}
          </Badge>{' '}
          <Link onClick={() => a.go(f)} aria-label={`定位到 ${f.sheet}!${f.cell}`}>
            {f.sheet}!{f.cell}
          </Link>{' '}
          <Text size={200}>{f.message}</Text>{' '}
          {f.rule === 'K-01' && (
            <Button size="small" onClick={() => a.accept([f])}>
              采用标准名称
            </Button>
          )}
          {f.rule === 'K-02' && <CodeNameForm f={f} onFill={(name) => a.codeName(f, name)} />}
        </li>
      ))}
    </ul>
  );
}
