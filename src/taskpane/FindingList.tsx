/**
 * The findings of one table: each with its badge, the cell link, the message, the findings it caused, and its
 * 出错说明 — shown, edited inline (suggestions offered, any text accepted) or, for a 提示, dismissed. A view: saving
 * goes through the panel's callback.
 */
import { Badge, Button, Link, Text, Textarea, Tooltip, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { SEVERITY_LABEL } from '../core/review/check';
import type { Finding } from '../core/check/types';
import { tableName } from '../core/check/terms';
import { SUGGESTIONS } from '../core/review/explanations';
import { SEVERITY_INTENT } from './pane-kit';

const useStyles = makeStyles({
  item: {
    display: 'block',
    textAlign: 'left',
    padding: '4px 0',
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    overflowWrap: 'anywhere',
  },
  child: { marginLeft: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground3 },
  note: { display: 'block', color: tokens.colorNeutralForeground2 },
  editor: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, marginTop: tokens.spacingVerticalXS },
  chips: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  list: { margin: 0, paddingLeft: 0, listStyle: 'none' },
});

export interface ExplainActions {
  go: (f: Finding) => void;
  /** null removes the explanation. */
  explain: (f: Finding, e: { kind: 'explained' | 'dismissed'; text: string } | null) => Promise<void>;
  busy: boolean;
}

function Editor({ f, actions, close }: { f: Finding; actions: ExplainActions; close: () => void }) {
  const s = useStyles();
  const [text, setText] = useState(f.explanation?.text ?? '');
  const save = async (kind: 'explained' | 'dismissed') => {
    await actions.explain(f, { kind, text: text.trim() || (kind === 'dismissed' ? '已核实，不需改动' : '') });
    close();
  };
  return (
    <div className={s.editor}>
      <Textarea value={text} onChange={(_, d) => setText(d.value)} aria-label={`${f.sheet}!${f.cell} 的出错说明`} resize="vertical" />
      <div className={s.chips} aria-label="常用说明">
        {SUGGESTIONS.map((t) => (
          <Button key={t} size="small" appearance="subtle" onClick={() => setText(t)}>
            {t.length > 14 ? `${t.slice(0, 14)}…` : t}
          </Button>
        ))}
      </div>
      <div className={s.chips}>
        <Button size="small" appearance="primary" disabled={!text.trim() || actions.busy} onClick={() => void save('explained')}>
          保存说明
        </Button>
        {f.severity === 'advisory' && (
          <Button size="small" disabled={actions.busy} onClick={() => void save('dismissed')}>
            忽略此提示
          </Button>
        )}
        {f.explanation && (
          <Button size="small" disabled={actions.busy} onClick={() => void actions.explain(f, null).then(close)}>
            删除说明
          </Button>
        )}
        <Button size="small" appearance="subtle" onClick={close}>
          取消
        </Button>
      </div>
    </div>
  );
}

/** The table is named once, in the group header: a message that starts with its name does not repeat it. */
function shortMessage(f: Finding): string {
  const name = f.table ? tableName(f.table) : '';
  return name && f.message.startsWith(`${name} `) ? f.message.slice(name.length + 1) : f.message;
}

function FindingItem({ f, children, actions }: { f: Finding; children: Finding[]; actions: ExplainActions }) {
  const s = useStyles();
  const [editing, setEditing] = useState(false);
  const e = f.explanation;
  return (
    <li className={s.item} data-rule={f.rule} data-severity={f.severity}>
      <Badge appearance="tint" color={SEVERITY_INTENT[f.severity]} size="small">
        {SEVERITY_LABEL[f.severity]}
      </Badge>{' '}
      <Tooltip content={`${f.title}（规则 ${f.rule}）`} relationship="description">
        <Link onClick={() => actions.go(f)} aria-label={`定位到 ${f.sheet}!${f.cell}`}>
          {f.sheet}!{f.cell}
        </Link>
      </Tooltip>{' '}
      <Text size={200}>{shortMessage(f)}</Text>
      {e && (
        <Text size={200} className={s.note}>
          {e.kind === 'dismissed' ? '已忽略' : '出错说明'}：{e.text}
        </Text>
      )}
      {!editing && (
        <Link as="button" onClick={() => setEditing(true)} aria-label={`为 ${f.sheet}!${f.cell} ${e ? '修改' : '填写'}出错说明`}>
          {e ? '修改说明' : f.severity === 'advisory' ? '说明或忽略' : '填写说明'}
        </Link>
      )}
      {editing && <Editor f={f} actions={actions} close={() => setEditing(false)} />}
      {children.length > 0 && (
        <div className={s.child}>
          <Text size={200}>由此引起 {children.length} 处：</Text>
          {children.map((c) => (
            <div key={c.id}>
              <Link onClick={() => actions.go(c)}>
                {c.sheet}!{c.cell}
              </Link>{' '}
              <Text size={200}>{c.message}</Text>
            </div>
          ))}
        </div>
      )}
    </li>
  );
}

export function FindingList({ findings, all, actions }: { findings: Finding[]; all: Finding[]; actions: ExplainActions }) {
  const s = useStyles();
  return (
    <ul className={s.list}>
      {findings.map((f) => (
        <FindingItem key={f.id} f={f} children={all.filter((c) => c.causedBy === f.id)} actions={actions} />
      ))}
    </ul>
  );
}
