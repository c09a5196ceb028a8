/**
 * 科目名称 panel: fill blank names from codes (edition by each table's 预算年度; filled cells green until the next
 * check), list names that differ from the standard with 采用标准名称 / 全部采用, give a name once for a code the list
 * lacks (为此编码填写名称, kept locally as 用户补充), undo the last change, look up a code (CodeLookup) and import the
 * unit's own code list (CodeImport). Code tables load on first use. A view: actions through the shared runner.
 */
import { Button, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { Finding } from '../core/check/types';
import type { UserCodeList } from '../core/codes/codebook';
import { acceptWrites, namesPlan, undoNamesPlan, type NamesResult } from '../core/codes/names';
import { withUserPair } from '../core/codes/user-lists';
import type { EditPlan } from '../core/model/plan';
import type { WorkbookSnapshot } from '../core/model/snapshot';
import type { WorkbookHost } from '../host/workbook-host';
import { insertCodeAtSelection } from '../actions/insert-code';
import { applyWrites, fillCodeName, fillNames } from '../actions/names';
import { selectCell } from '../actions/navigate';
import { CodeImport } from './CodeImport';
import { CodeLookup } from './CodeLookup';
import { NameFindings } from './NameFindings';
import { browserStorage } from './browser-store';
import { loadCustomEditions, resolvedCustom } from './custom-editions';
import { StatusBar } from './StatusBar';
import { usePanelAction } from './use-action';
import { useCodeBooks } from './use-code-books';
import { StoredDamageNotes } from './StoredDamageNotes';
import { loadUserCodes, saveUserCodes, userCodesProblems } from './user-codes';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

export function NamesPanel({ host, today = new Date() }: { host: WorkbookHost; today?: Date }) {
  const s = useStyles();
  const action = usePanelAction();
  const { run, setStatus } = action;
  const defaultYear = today.getFullYear() + 1;
  const [userLists, setUserLists] = useState<UserCodeList[]>(() => loadUserCodes(browserStorage()));
  /** What of the stored lists was damaged and left out (said until the lists are saved again). */
  const [damagedLists, setDamagedLists] = useState(() => userCodesProblems(browserStorage()));
  const [result, setResult] = useState<NamesResult | null>(null);
  const [snapshot, setSnapshot] = useState<WorkbookSnapshot | null>(null);
  const [undo, setUndo] = useState<EditPlan | null>(null);
  const books = useCodeBooks(userLists, (e) => void run('', '科目表加载失败', () => Promise.reject(e)));
  const saveLists = (lists: UserCodeList[]) => {
    saveUserCodes(browserStorage(), lists);
    setUserLists(lists);
    setDamagedLists('');
  };
  const drop = (fs: Finding[]) => setResult((r) => (r ? { ...r, findings: r.findings.filter((f) => !fs.includes(f)) } : r));

  const fill = () =>
    books &&
    run(
      '正在填充科目名称…',
      '未能填充，工作簿未作改动',
      () => fillNames(host, books, defaultYear, resolvedCustom(loadCustomEditions(browserStorage()))),
      (o) => {
        setResult(o.result);
        setSnapshot(o.snapshot);
        setUndo(o.undo);
        return `已填写 ${o.result.writes.length} 个科目名称（绿色标出，下次检查时恢复）；发现 ${o.result.findings.length} 处需核对。`;
      },
    );
  const accept = (fs: Finding[]) => {
    const writes = snapshot ? acceptWrites(fs, snapshot) : [];
    return run(
      '正在写入…',
      '未能写入',
      () => applyWrites(host, namesPlan(writes, '采用标准名称')),
      () => {
        setUndo(undoNamesPlan(writes));
        drop(fs);
        return `已采用 ${writes.length} 个标准名称，可撤销。`;
      },
    );
  };
  /** 为此编码填写名称: every blank name of that code, and the pair joins this machine's code list (用户补充). */
  const codeName = (f: Finding, name: string) =>
    run(
      '正在填写…',
      `未能为 ${f.actual} 填写名称，工作簿未作改动`,
      () => fillCodeName(host, f.actual, name),
      ({ filled, kept, undo: u }) => {
        setUndo(u);
        saveLists(withUserPair(userLists, f.actual, name, defaultYear));
        drop([f]);
        return `已为 ${f.actual} 填写名称“${name}”：${filled} 处${kept ? `，${kept} 处已有名称未改动` : ''}（绿色标出，下次检查时恢复）；已加入本机科目表（用户补充）。可撤销。`;
      },
    );
  /** Runs a write whose own undo becomes the panel's 撤销上次修改. */
  const undoable = (busy: string, fail: string, fn: () => Promise<EditPlan | null>, done: string) =>
    run(busy, fail, fn, (u) => {
      setUndo(u);
      return done;
    });
  const undoLast = () =>
    undo && undoable('正在撤销…', '撤销未完成', () => applyWrites(host, undo).then(() => null), '已撤销上次修改，单元格恢复原值。');
  const insert = (code: string, name: string) =>
    undoable(
      '正在写入…',
      '未能写入',
      () => insertCodeAtSelection(host, code, name).then((r) => r.undo),
      `已在当前行写入 ${code} ${name}，可撤销。`,
    );

  const mismatches = result?.findings.filter((f) => f.rule === 'K-01') ?? [];
  const editions = [
    ...new Set((result?.editions ?? []).map((e) => `${e.edition}年${e.kind === 'function' ? '支出功能分类' : '部门支出经济分类'}`)),
  ];
  return (
    <section className={s.root} aria-label="科目名称">
      <div className={s.row}>
        <Button appearance="primary" onClick={() => void fill()} disabled={!books || action.busy}>
          填充科目名称
        </Button>
        <Button onClick={() => void accept(mismatches)} disabled={mismatches.length === 0}>
          全部采用标准名称
        </Button>
        <Button onClick={() => void undoLast()} disabled={!undo}>
          撤销上次修改
        </Button>
      </div>
      {!books && <Spinner size="tiny" label="正在加载科目表…" />}
      <StatusBar status={action.status} />
      <StoredDamageNotes damaged={damagedLists ? [{ part: '本单位科目表', text: damagedLists }] : []} />
      {editions.length > 0 && (
        <Text size={200}>
          按 {editions.join('、')} 科目表核对（内置表收录公开文件中出现过的科目，不完整{userLists.length ? '；本单位导入的科目表优先' : ''}
          ）。
        </Text>
      )}
      {result && result.findings.length > 0 && (
        <NameFindings
          findings={result.findings}
          a={{
            go: (f) => void selectCell(host, f.sheet, f.cell),
            accept: (fs) => void accept(fs),
            codeName: (f, n) => void codeName(f, n),
          }}
        />
      )}
      <CodeLookup books={books} year={defaultYear} insert={(r) => void insert(r.code, r.name)} />
      <CodeImport lists={userLists} save={saveLists} defaultYear={defaultYear} say={setStatus} />
    </section>
  );
}
