/**
 * 插入模板 panel: edition, 部门/单位, code and name, which tables; one click → one plan → one write batch.
 */
import {
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState } from 'react';
import { resolveEdition, tableOf, variantsOf, type EditionDelta } from '../core/catalog/editions';
import { readWorkbookSnapshot } from '../office/read-snapshot';
import { allDeltas, loadCustomEditions, saveCustomEditions, validDelta } from './custom-editions';
import { offerDownload } from './download';

import { STANDARD_TABLES, SUPPORTING_TABLES, type Level, type TableId } from '../core/catalog/types';
import { validateInsert } from '../core/insert/plan-insert';
import { userMessage } from './messages';
import type { ExcelHost } from '../office/excel-host';
import { insertTemplates, readWorkbookSettings, tablesAlreadyThere } from '../office/insert';
import { toHalfWidth } from '../core/text';
import { defaultEdition, loadRemembered, saveRemembered } from './insert-defaults';
import { browserStorage } from './pane-kit';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  tables: { display: 'flex', flexDirection: 'column' },
  row: { display: 'flex', columnGap: tokens.spacingHorizontalS, alignItems: 'end', minWidth: 0 },
  code: { width: '7em', flexShrink: 0 },
  grow: { flexGrow: 1, minWidth: 0 },
  /** Fluent's inputs and selects have a default min-width wider than a 320 px pane allows. */
  fill: { minWidth: 0, width: '100%', maxWidth: '100%' },
});

const VARIANT_LABELS: Record<string, string> = {
  A: 'A：无小计行（海港区式）',
  B: 'B：合计＋“三公”经费小计（通用）',
  C: 'C：仅小计、无出国明细（山海关区式）',
};

type Status =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; text: string }
  | { kind: 'error'; text: string; detail?: string }
  | { kind: 'confirm'; text: string };

const storage = browserStorage;

export function InsertPanel({ host, today = new Date() }: { host: ExcelHost; today?: Date }) {
  const s = useStyles();
  const def = useMemo(() => defaultEdition(today), [today]);
  const remembered = useMemo(() => loadRemembered(storage()), []);
  const [customs, setCustoms] = useState<EditionDelta[]>(() => loadCustomEditions(storage()));
  const deltas = useMemo(() => allDeltas(customs), [customs]);
  const [editionId, setEditionId] = useState(def.id);
  const [t2Layout, setT2Layout] = useState<string>('');
  // The 收入总表 layout chosen before is remembered in the workbook (settings sheet).
  useEffect(() => {
    readWorkbookSettings(host)
      .then((st) => st.t2Layout && setT2Layout(st.t2Layout))
      .catch(() => undefined);
  }, [host]);
  const [imported, setImported] = useState<string[] | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const [level, setLevel] = useState<Level>(remembered?.level ?? '部门');
  const [code, setCode] = useState(remembered?.code ?? '');
  const [name, setName] = useState(remembered?.name ?? '');
  const [tables, setTables] = useState<Set<TableId>>(new Set(STANDARD_TABLES));
  const [sanGongVariant, setSanGongVariant] = useState<string>('');
  const [emptyFunds, setEmptyFunds] = useState(true);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const edition = useMemo(() => resolveEdition(editionId, deltas), [editionId, deltas]);
  const t2Variants = variantsOf(edition, 'T2');
  const t9Variants = variantsOf(edition, 'T9');

  const toggle = (id: TableId, on: boolean) =>
    setTables((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const ordered = [...STANDARD_TABLES, ...SUPPORTING_TABLES].filter((t) => tables.has(t));
  const options = {
    edition: editionId,
    level,
    code,
    name,
    tables: ordered,
    variants: { ...(sanGongVariant ? { T9: sanGongVariant } : {}), ...(t2Layout && t2Variants.includes(t2Layout) ? { T2: t2Layout } : {}) },
    emptyTables: emptyFunds ? (['T7', 'T8'] as TableId[]) : [],
  };
  const problems = validateInsert(options, deltas);

  async function onImportSample() {
    try {
      const snap = await host.run(async (ctx) => readWorkbookSnapshot(ctx, false));
      const { importEdition } = await import(/* webpackChunkName: "import-edition" */ '../core/catalog/import-edition');
      const year = edition.year;
      const r = importEdition(snap, {
        id: `样表-${Date.now()}`,
        name: `${year} 样表（${new Date().toLocaleDateString('zh-CN')}导入）`,
        year,
        source: '当前工作簿',
        editions: deltas.map((d) => resolveEdition(d.id, deltas)),
      });
      if (r.tables.length === 0) {
        setStatus({ kind: 'error', text: '当前工作簿中未识别到部门预算公开表（按标题与栏次行识别），未导入版式。' });
        return;
      }
      const next = [...customs, r.edition];
      saveCustomEditions(storage(), next);
      setCustoms(next);
      setEditionId(r.edition.id);
      setImported(r.unmapped);
      setStatus({ kind: 'done', text: `已从当前工作簿导入 ${r.tables.length} 张表的版式“${r.edition.label}”。` });
    } catch (e) {
      setStatus({ kind: 'error', ...userMessage(e, `导入样表失败`) });
    }
  }

  async function onExportEdition() {
    const d = customs.find((c) => c.id === editionId);
    if (!d) return;
    const { started } = await offerDownload(new Blob([JSON.stringify(d, null, 2)], { type: 'application/json' }), `${d.label}.json`);
    setStatus(
      started
        ? { kind: 'done', text: `已导出版式文件“${d.label}.json”。` }
        : { kind: 'error', text: '此环境不允许下载文件；可在命令行用 budget-disclosure edition import 生成版式文件。' },
    );
  }

  async function onLoadEdition(file: File | undefined) {
    if (!file) return;
    try {
      const d = JSON.parse(await file.text()) as unknown;
      if (!validDelta(d)) throw new Error('不是有效的版式文件');
      const next = [...customs.filter((c) => c.id !== d.id), d];
      saveCustomEditions(storage(), next);
      setCustoms(next);
      setEditionId(d.id);
      setStatus({ kind: 'done', text: `已载入版式“${d.label}”。` });
    } catch (e) {
      setStatus({ kind: 'error', ...userMessage(e, `无法载入 ${file.name}`) });
    }
  }

  /** Asks first when the workbook already holds the same tables of this 部门/单位 (an insert would add "(2)" copies). */
  async function onInsert(confirmed = false) {
    setStatus({ kind: 'busy' });
    try {
      const there = confirmed ? [] : await tablesAlreadyThere(host, code, ordered);
      if (there.length) {
        const list = there.slice(0, 3).join('、') + (there.length > 3 ? ` 等 ${there.length} 张` : '');
        setStatus({ kind: 'confirm', text: `工作簿中已有这些表：${list}。再插入会新增带“(2)”的工作表，检查时会重复识别。` });
        return;
      }
      const plan = await insertTemplates(host, options, deltas, t2Layout === '5' || t2Layout === 'U' ? { t2Layout } : undefined);
      saveRemembered(storage(), { level, code, name });
      setStatus({ kind: 'done', text: `已插入${plan.addSheets.length}张表：${plan.addSheets.map((x) => x.name).join('、')}` });
    } catch (e) {
      setStatus({ kind: 'error', ...userMessage(e, `未能插入，工作簿未作改动`) });
    }
  }

  const label = (id: TableId) => tableOf(edition, id).title.replace('{level}', level).replace('{project}', '项目');

  return (
    <form className={s.form} onSubmit={(e) => e.preventDefault()} aria-label="插入模板">
      <Field
        label="版式（预算年度）"
        hint={`版式依据：${edition.provenance}${edition.provisional ? '（暂定）' : ''}${def.id === editionId && def.note ? `。${def.note}` : ''}`}
      >
        <Select value={editionId} onChange={(_, d) => setEditionId(d.value)} aria-label="版式">
          {deltas.map((d) => (
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
      <Field label="公开表">
        <div className={s.tables}>
          {STANDARD_TABLES.map((id) => (
            <Checkbox key={id} checked={tables.has(id)} onChange={(_, d) => toggle(id, !!d.checked)} label={label(id)} />
          ))}
        </div>
      </Field>
      <Field label="情况说明附表（可选）">
        <div className={s.tables}>
          {SUPPORTING_TABLES.map((id) => (
            <Checkbox key={id} checked={tables.has(id)} onChange={(_, d) => toggle(id, !!d.checked)} label={label(id)} />
          ))}
        </div>
      </Field>
      {tables.has('T9') && t9Variants.length > 1 && (
        <Field label="“三公”经费表样式">
          <Select value={sanGongVariant} onChange={(_, d) => setSanGongVariant(d.value)} aria-label="三公表样式" className={s.fill}>
            <option value="">默认（{VARIANT_LABELS[edition.defaultVariants.T9 ?? 'B']}）</option>
            {t9Variants.map((v) => (
              <option key={v} value={v}>
                {VARIANT_LABELS[v] ?? v}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {tables.has('T2') && t2Variants.length > 1 && (
        <Field label="收入总表的收入栏">
          <Select
            value={t2Layout || edition.defaultVariants.T2 || ''}
            onChange={(_, d) => setT2Layout(d.value)}
            aria-label="收入总表的收入栏"
          >
            <option value="U">单位资金（一栏）</option>
            <option value="5">事业收入等五栏</option>
          </Select>
        </Field>
      )}
      <div className={s.row}>
        <Button size="small" onClick={() => void onImportSample()}>
          从当前工作簿导入样表版式
        </Button>
        {customs.some((c) => c.id === editionId) && (
          <Button size="small" onClick={() => void onExportEdition()}>
            导出版式文件
          </Button>
        )}
        <Button size="small" onClick={() => fileInput.current?.click()}>
          载入版式文件…
        </Button>
        <input
          ref={fileInput}
          type="file"
          accept=".json"
          hidden
          aria-label="载入版式文件"
          onChange={(e) => void onLoadEdition(e.currentTarget.files?.[0])}
        />
      </div>
      {imported && imported.length > 0 && (
        <Text size={200} role="note">
          未能对应（已列出，未猜测）：{imported.join('；')}
        </Text>
      )}
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
      <Button appearance="primary" disabled={problems.length > 0 || status.kind === 'busy'} onClick={() => void onInsert()}>
        插入模板
      </Button>
      {problems.length > 0 && code + name === '' && (
        <Text role="note" size={200}>
          填写编码和名称后可插入。
        </Text>
      )}
      {status.kind === 'confirm' && (
        <MessageBar intent="warning">
          <MessageBarBody>
            {status.text}
            <div>
              <Button size="small" onClick={() => void onInsert(true)}>
                仍然插入
              </Button>{' '}
              <Button size="small" onClick={() => setStatus({ kind: 'idle' })}>
                取消
              </Button>
            </div>
          </MessageBarBody>
        </MessageBar>
      )}
      {status.kind === 'busy' && <Spinner size="tiny" label="正在插入…" />}
      {status.kind === 'done' && (
        <MessageBar intent="success">
          <MessageBarBody>{status.text}</MessageBarBody>
        </MessageBar>
      )}
      {status.kind === 'error' && (
        <MessageBar intent="error">
          <MessageBarBody title={status.detail ? `详细信息：${status.detail}` : undefined}>{status.text}</MessageBarBody>
        </MessageBar>
      )}
    </form>
  );
}
