/**
 * 插入模板 panel: edition, 部门/单位, code and name, which tables; one click → one plan → one write batch. Asks first
 * when the workbook already holds those tables; a disabled button says what is missing. A view: the choices are
 * TableChoices, one's own editions EditionTools, every action goes through the panel's action runner.
 */
import { Button, Checkbox, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import { resolveEdition, variantsOf, type EditionDelta } from '../core/catalog/editions';
import { STANDARD_TABLES, SUPPORTING_TABLES, type Level, type TableId } from '../core/catalog/types';
import { validateInsert } from '../core/insert/plan-insert';
import type { WorkbookHost } from '../host/workbook-host';
import { insertTemplates, readWorkbookSettings, tablesAlreadyThere } from '../actions/insert';
import { allDeltas, loadCustomEditions } from './custom-editions';
import { EditionTools } from './EditionTools';
import { defaultEdition, loadRemembered, saveRemembered } from './insert-defaults';
import { browserStorage } from './browser-store';
import { StatusBar } from './StatusBar';
import { TableChoices } from './TableChoices';
import { InsertIdentity } from './InsertIdentity';
import { usePanelAction } from './use-action';

const useStyles = makeStyles({ form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM } });

export function InsertPanel({ host, today = new Date() }: { host: WorkbookHost; today?: Date }) {
  const s = useStyles();
  const action = usePanelAction();
  const def = useMemo(() => defaultEdition(today), [today]);
  const remembered = useMemo(() => loadRemembered(browserStorage()), []);
  const [customs, setCustoms] = useState<EditionDelta[]>(() => loadCustomEditions(browserStorage()));
  const deltas = useMemo(() => allDeltas(customs), [customs]);
  const [editionId, setEditionId] = useState(def.id);
  const [level, setLevel] = useState<Level>(remembered?.level ?? '部门');
  const [code, setCode] = useState(remembered?.code ?? '');
  const [name, setName] = useState(remembered?.name ?? '');
  const [tables, setTables] = useState<Set<TableId>>(new Set(STANDARD_TABLES));
  const [sanGong, setSanGong] = useState('');
  const [t2Layout, setT2Layout] = useState('');
  const [emptyFunds, setEmptyFunds] = useState(true);
  const [confirm, setConfirm] = useState<string | null>(null);
  const edition = useMemo(() => resolveEdition(editionId, deltas), [editionId, deltas]);
  // The 收入总表 layout chosen before is remembered in the workbook (settings sheet).
  useEffect(() => {
    readWorkbookSettings(host)
      .then((st) => st.t2Layout && setT2Layout(st.t2Layout))
      .catch(() => undefined);
  }, [host]);

  const toggle = (id: TableId, on: boolean) => setTables((prev) => new Set([...prev].filter((x) => x !== id).concat(on ? [id] : [])));
  const ordered = [...STANDARD_TABLES, ...SUPPORTING_TABLES].filter((t) => tables.has(t));
  const t2 = t2Layout && variantsOf(edition, 'T2').includes(t2Layout) ? { T2: t2Layout } : {};
  const options = {
    edition: editionId,
    level,
    code,
    name,
    tables: ordered,
    variants: { ...(sanGong ? { T9: sanGong } : {}), ...t2 },
    emptyTables: emptyFunds ? (['T7', 'T8'] as TableId[]) : [],
  };
  const problems = validateInsert(options, deltas);

  /** Asks first when the workbook already holds the same tables of this 部门/单位 (an insert would add "(2)" copies). */
  const insert = (confirmed = false) => {
    setConfirm(null);
    return action.run(
      '正在插入…',
      '未能插入，工作簿未作改动',
      async () => {
        const there = confirmed ? [] : await tablesAlreadyThere(host, code, ordered);
        if (there.length) return { there };
        const plan = await insertTemplates(host, options, deltas, t2Layout === '5' || t2Layout === 'U' ? { t2Layout } : undefined);
        saveRemembered(browserStorage(), { level, code, name });
        return { plan };
      },
      (r) => {
        if (r.there) {
          const list = r.there.slice(0, 3).join('、') + (r.there.length > 3 ? ` 等 ${r.there.length} 张` : '');
          setConfirm(`工作簿中已有这些表：${list}。再插入会新增带“(2)”的工作表，检查时会重复识别。`);
          return;
        }
        return `已插入${r.plan!.addSheets.length}张表：${r.plan!.addSheets.map((x) => x.name).join('、')}`;
      },
    );
  };

  return (
    <form className={s.form} onSubmit={(e) => e.preventDefault()} aria-label="插入模板">
      <InsertIdentity
        editions={deltas}
        edition={edition}
        hint={def.id === editionId ? (def.note ?? undefined) : undefined}
        v={{ editionId, setEditionId, level, setLevel, code, setCode, name, setName }}
      />
      <TableChoices edition={edition} level={level} c={{ tables, toggle, sanGong, setSanGong, t2Layout, setT2Layout }} />
      <EditionTools host={host} action={action} e={{ customs, setCustoms, deltas, editionId, setEditionId, year: edition.year }} />
      <Checkbox
        checked={emptyFunds}
        onChange={(_, d) => setEmptyFunds(!!d.checked)}
        label="政府基金、国有资本经营预算无数据（空表列示并加注）"
      />
      {problems.length > 0 && code + name !== '' && (
        <Text role="note" size={200}>
          {problems.join('；')}
        </Text>
      )}
      <Button appearance="primary" disabled={problems.length > 0 || action.busy} onClick={() => void insert()}>
        插入模板
      </Button>
      {problems.length > 0 && code + name === '' && (
        <Text role="note" size={200}>
          填写编码和名称后可插入。
        </Text>
      )}
      {confirm && (
        <MessageBar layout="multiline" intent="warning">
          <MessageBarBody>
            {confirm}
            <div>
              <Button size="small" onClick={() => void insert(true)}>
                仍然插入
              </Button>{' '}
              <Button size="small" onClick={() => setConfirm(null)}>
                取消
              </Button>
            </div>
          </MessageBarBody>
        </MessageBar>
      )}
      <StatusBar status={action.status} />
    </form>
  );
}
