/**
 * 科目名称 panel: fill blank names from codes (edition by each table's 预算年度), list names that differ from the
 * standard with 采用标准名称 / 全部采用, undo the last change, look up a code or name and insert it into the active
 * row, give a name once for a code the list lacks (为此编码填写名称: every row with it, kept locally as 用户补充), and
 * import the unit's own code list (kept locally, labelled 用户导入). Filled cells stay green until the next check.
 * Code tables load on first use.
 */
import {
  Badge,
  Button,
  Field,
  Input,
  Link,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import { SEVERITY_LABEL } from '../core/check/check';
import type { Finding } from '../core/check/types';
import { buildBooks, type CodeBooks, type CodeData } from '../core/codes/books';
import { parseUserCodes, type Resolved, type UserCodeList } from '../core/codes/codebook';
import { acceptWrites, namesPlan, undoNamesPlan, type NamesResult } from '../core/codes/names';
import type { EditPlan } from '../core/model/plan';
import type { WorkbookSnapshot } from '../core/model/snapshot';
import { userMessage } from './messages';
import type { ExcelHost } from '../office/excel-host';
import { insertCodeAtSelection } from '../office/insert-code';
import { applyWrites, fillCodeName, fillNames } from '../office/names';
import { selectCell } from '../office/navigate';
import { loadUserCodes, saveUserCodes } from './user-codes';
import { importedLists, withUserPair } from '../core/codes/user-lists';
import { browserStorage, SEVERITY_INTENT, type PanelStatus } from './pane-kit';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  list: { margin: 0, paddingLeft: 0, listStyle: 'none' },
  item: { padding: '4px 0', borderBottom: `1px solid ${tokens.colorNeutralStroke3}` },
  hit: { display: 'block', width: '100%', textAlign: 'left' },
});

const storage = browserStorage;

let dataPromise: Promise<CodeData> | null = null;
/** The code tables are a separate chunk, loaded when the panel is first used. */
const loadData = () => (dataPromise ??= import(/* webpackChunkName: "codes" */ '../core/codes/data.generated'));

type Status = PanelStatus;

/** The name for a code the built-in list lacks: prefilled with the one another table of the workbook gives it. */
function CodeNameForm({ f, onFill }: { f: Finding; onFill: (name: string) => void }) {
  const [name, setName] = useState(f.expected);
  return (
    <div style={{ display: 'flex', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap', marginTop: tokens.spacingVerticalXS }}>
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

export function NamesPanel({ host, today = new Date() }: { host: ExcelHost; today?: Date }) {
  const s = useStyles();
  const defaultYear = today.getFullYear() + 1;
  const [books, setBooks] = useState<CodeBooks | null>(null);
  const [userLists, setUserLists] = useState<UserCodeList[]>(() => loadUserCodes(storage()));
  const [result, setResult] = useState<NamesResult | null>(null);
  const [snapshot, setSnapshot] = useState<WorkbookSnapshot | null>(null);
  const [undo, setUndo] = useState<EditPlan | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [query, setQuery] = useState('');
  const [pasted, setPasted] = useState('');
  const [pastedYear, setPastedYear] = useState(String(defaultYear));

  useEffect(() => {
    let live = true;
    loadData()
      .then((d) => live && setBooks(buildBooks(d, userLists)))
      .catch((e: Error) => setStatus({ kind: 'error', ...userMessage(e, `科目表加载失败`) }));
    return () => {
      live = false;
    };
  }, [userLists]);

  const hits: Resolved[] = useMemo(() => {
    if (!books || !query.trim()) return [];
    const year = books.function.editionFor(defaultYear);
    return [...books.function.search(query, year, 15), ...books.economic.search(query, books.economic.editionFor(defaultYear), 15)];
  }, [books, query, defaultYear]);

  async function onFill() {
    if (!books) return;
    setStatus({ kind: 'busy', text: '正在填充科目名称…' });
    try {
      const { result: r, snapshot: snap, undo: u } = await fillNames(host, books, defaultYear);
      setResult(r);
      setSnapshot(snap);
      setUndo(u);
      setStatus({ kind: 'info', text: `已填写 ${r.writes.length} 个科目名称；发现 ${r.findings.length} 处需核对。` });
    } catch (e) {
      setStatus({ kind: 'error', ...userMessage(e, `未能填充，工作簿未作改动`) });
    }
  }

  async function accept(fs: Finding[]) {
    if (!snapshot) return;
    const writes = acceptWrites(fs, snapshot);
    try {
      await applyWrites(host, namesPlan(writes, '采用标准名称'));
      setUndo(undoNamesPlan(writes));
      setResult((r) => (r ? { ...r, findings: r.findings.filter((f) => !fs.includes(f)) } : r));
      setStatus({ kind: 'info', text: `已采用 ${writes.length} 个标准名称，可撤销。` });
    } catch (e) {
      setStatus({ kind: 'error', ...userMessage(e, `未能写入`) });
    }
  }

  async function onUndo() {
    if (!undo) return;
    try {
      await applyWrites(host, undo);
      setUndo(null);
      setStatus({ kind: 'info', text: '已撤销上次修改，单元格恢复原值。' });
    } catch (e) {
      setStatus({ kind: 'error', ...userMessage(e, `撤销未完成`) });
    }
  }

  async function onInsert(r: Resolved) {
    try {
      const { undo: u } = await insertCodeAtSelection(host, r.code, r.name);
      setUndo(u);
      setStatus({ kind: 'info', text: `已在当前行写入 ${r.code} ${r.name}，可撤销。` });
    } catch (e) {
      setStatus({ kind: 'error', ...userMessage(e, `未能写入`) });
    }
  }

  /** 为此编码填写名称: every blank name of that code, and the pair joins this machine's code list (用户补充). */
  async function onCodeName(f: Finding, name: string) {
    const code = f.actual;
    try {
      const { filled, kept, undo: u } = await fillCodeName(host, code, name);
      setUndo(u);
      const lists = withUserPair(userLists, code, name, defaultYear);
      saveUserCodes(storage(), lists);
      setUserLists(lists);
      setResult((r) => (r ? { ...r, findings: r.findings.filter((x) => x !== f) } : r));
      const rest = kept ? `，${kept} 处已有名称未改动` : '';
      setStatus({
        kind: 'info',
        text: `已为 ${code} 填写名称“${name}”：${filled} 处${rest}（绿色标出，下次检查时恢复）；已加入本机科目表（用户补充）。可撤销。`,
      });
    } catch (e) {
      setStatus({ kind: 'error', ...userMessage(e, `未能为 ${code} 填写名称，工作簿未作改动`) });
    }
  }

  function onImport() {
    const { entries, rejected } = parseUserCodes(pasted);
    const year = Number(pastedYear);
    if (!entries.length || !Number.isInteger(year) || year < 2000 || year > 2100) {
      setStatus({ kind: 'error', text: '没有读到“编码,名称”行，或年度无效。每行一个科目：编码、名称（逗号、制表符或空格分隔）。' });
      return;
    }
    const lists: UserCodeList[] = [...userLists, ...importedLists(entries, year)];
    saveUserCodes(storage(), lists);
    setUserLists(lists);
    setPasted('');
    setStatus({
      kind: 'info',
      text: `已导入 ${entries.length} 个科目（${year}年，优先于内置表）${rejected.length ? `；${rejected.length} 行无法读取已跳过` : ''}。`,
    });
  }

  function removeLists() {
    saveUserCodes(storage(), []);
    setUserLists([]);
  }

  const mismatches = result?.findings.filter((f) => f.rule === 'K-01') ?? [];
  const editions = [
    ...new Set((result?.editions ?? []).map((e) => `${e.edition}年${e.kind === 'function' ? '支出功能分类' : '部门支出经济分类'}`)),
  ];

  return (
    <section className={s.root} aria-label="科目名称">
      <div className={s.row}>
        <Button appearance="primary" onClick={() => void onFill()} disabled={!books || status.kind === 'busy'}>
          填充科目名称
        </Button>
        <Button onClick={() => void accept(mismatches)} disabled={mismatches.length === 0}>
          全部采用标准名称
        </Button>
        <Button onClick={() => void onUndo()} disabled={!undo}>
          撤销上次修改
        </Button>
      </div>
      {!books && <Spinner size="tiny" label="正在加载科目表…" />}
      {status.kind === 'busy' && <Spinner size="tiny" label={status.text} />}
      {status.kind === 'info' && (
        <MessageBar intent="success">
          <MessageBarBody>{status.text}</MessageBarBody>
        </MessageBar>
      )}
      {status.kind === 'error' && (
        <MessageBar intent="error">
          <MessageBarBody title={status.detail ? `详细信息：${status.detail}` : undefined}>{status.text}</MessageBarBody>
        </MessageBar>
      )}
      {editions.length > 0 && (
        <Text size={200}>
          按 {editions.join('、')} 科目表核对（内置表收录公开文件中出现过的科目，不完整{userLists.length ? '；本单位导入的科目表优先' : ''}
          ）。
        </Text>
      )}
      {result && result.findings.length > 0 && (
        <ul className={s.list}>
          {result.findings.map((f) => (
            <li key={f.id} className={s.item}>
              <Badge appearance="tint" color={SEVERITY_INTENT[f.severity]} size="small">
                {SEVERITY_LABEL[f.severity]}
              </Badge>{' '}
              <Link onClick={() => void selectCell(host, f.sheet, f.cell)} aria-label={`定位到 ${f.sheet}!${f.cell}`}>
                {f.sheet}!{f.cell}
              </Link>{' '}
              <Text size={200}>{f.message}</Text>{' '}
              {f.rule === 'K-01' && (
                <Button size="small" onClick={() => void accept([f])}>
                  采用标准名称
                </Button>
              )}
              {f.rule === 'K-02' && <CodeNameForm f={f} onFill={(name) => void onCodeName(f, name)} />}
            </li>
          ))}
        </ul>
      )}
      <Field label="科目查询（编码或名称）">
        <Input value={query} onChange={(_, d) => setQuery(d.value)} placeholder="如 2013201 或 行政运行" aria-label="科目查询" />
      </Field>
      {books && query.trim() !== '' && hits.length === 0 && (
        <Text size={200} role="status">
          未找到“{query.trim()}”。内置科目表只收录公开文件中出现过的科目：请核对编码，或在下方导入本单位的科目表。
        </Text>
      )}
      {hits.length > 0 && (
        <ul className={s.list} aria-label="查询结果">
          {hits.map((r) => {
            const book = books![r.code.startsWith('3') ? 'economic' : 'function'];
            const path = book
              .path(r.code, r.year)
              .map((p) => p.name)
              .join(' / ');
            return (
              <li key={`${r.code}-${r.name}`} className={s.item}>
                <Button appearance="subtle" className={s.hit} onClick={() => void onInsert(r)} aria-label={`插入 ${r.code} ${r.name}`}>
                  <Text weight="semibold">{r.code}</Text> {r.name}{' '}
                  <Text size={200}>
                    （{r.level}：{path}
                    {r.source === 'user' ? '，用户导入' : ''}）
                  </Text>
                </Button>
              </li>
            );
          })}
        </ul>
      )}
      <Field label="导入本单位科目表（每行：编码,名称；可从预算管理一体化系统导出后粘贴）">
        <Textarea value={pasted} onChange={(_, d) => setPasted(d.value)} resize="vertical" aria-label="粘贴科目表" />
      </Field>
      <div className={s.row}>
        <Field label="适用年度">
          <Input value={pastedYear} onChange={(_, d) => setPastedYear(d.value)} aria-label="科目表年度" style={{ width: '6em' }} />
        </Field>
        <Button onClick={onImport} disabled={!pasted.trim()}>
          导入
        </Button>
        {userLists.length > 0 && <Button onClick={removeLists}>删除已导入的科目表</Button>}
      </div>
      {userLists.length > 0 && <Text size={200}>已导入：{[...new Set(userLists.map((u) => u.label))].join('、')}</Text>}
    </section>
  );
}
