/**
 * The 检查 session: the last result (kept while the pane is open, across tabs) with what it is about (its basis:
 * the workbook and the prints of its sheets), whether it is stale, the undo of the last repair, and every action on
 * it — check, 清除标记, 导出, 审核报告, 采用改正/撤销, 出错说明, 定位 — each through one action runner (busy state,
 * Chinese messages). An action on results of another workbook or an older state is refused (session-guard.ts);
 * results of another workbook are cleared. The panel is a view of this.
 */
import { useRef, useState } from 'react';
import type { Finding } from '../core/check/types';
import type { CheckResult } from '../core/review/result';
import type { DiagnosisCell } from '../core/diagnose/types';
import type { EditPlan } from '../core/model/plan';
import { withExplanation } from '../core/review/explanations';
import { readiness } from '../core/review/readiness';
import type { WorkbookBasis } from '../actions/basis';
import { checkAndMarkWithBasis, clearMarks } from '../actions/check';
import type { WorkbookHost } from '../host/workbook-host';
import { storeExplanations } from '../actions/explanations';
import { exportResults } from '../actions/export-results';
import { applyWrites } from '../actions/names';
import { selectCell } from '../actions/navigate';
import { applyRepair } from '../actions/repair';
import { loadCustomEditions, resolvedCustom } from './custom-editions';
import { downloadStatus, offerDownload } from './download';
import { userMessage } from './messages';
import { browserStorage } from './browser-store';
import { OTHER_WORKBOOK, changedSheets, otherWorkbook, refuse, type Act } from './session-guard';
import { loadPaneSolver } from './solver';
import { usePanelAction } from './use-action';
import { useChangeWatch } from './use-change-watch';

const today = () => new Date().toISOString().slice(0, 10);

export function useCheckSession(host: WorkbookHost) {
  const action = usePanelAction();
  const { setStatus, run } = action;
  const [result, setResult] = useState<CheckResult | null>(null);
  /** What `result` is about; a ref, so that an action reads the basis of the results it was clicked on. */
  const basis = useRef<WorkbookBasis | null>(null);
  const [stale, setStale] = useState(false);
  const staleRef = useRef(false);
  const markStale = (v: boolean) => {
    staleRef.current = v;
    setStale(v);
  };
  const [undo, setUndo] = useState<EditPlan | null>(null);
  const [auto, setAuto] = useState(false);
  /** Checks completed (data-checks, for tests and assistive tools). */
  const [checks, setChecks] = useState(0);
  const checking = useRef(false);
  const watch = useChangeWatch(host, {
    auto,
    watching: result !== null,
    busy: () => checking.current,
    onEdit: () => void check(true),
    onStale: () => (otherWorkbook(basis.current, host.workbookId?.()) ? forget(OTHER_WORKBOOK) : markStale(true)),
    onError: (e) => setStatus({ kind: 'error', ...userMessage(e, '无法开启自动检查') }),
  });

  /** Drops the results (and the undo) of a workbook that is no longer the open one. */
  function forget(text: string) {
    basis.current = null;
    setResult(null);
    setUndo(null);
    markStale(false);
    setStatus({ kind: 'info', text });
  }

  /** Null when `act` may use the current results; else says why not (and clears them if they are another workbook's). */
  function refused(act: Act): true | null {
    const r = refuse(basis.current, { current: host.workbookId?.(), stale: staleRef.current }, act);
    if (!r) return null;
    if (r.clear) forget(r.text);
    else setStatus({ kind: 'error', text: r.text });
    return true;
  }

  /** Checks and marks; `quiet` (自动检查, after a repair) keeps the current message. */
  async function check(quiet = false): Promise<void> {
    if (checking.current) return;
    checking.current = true;
    watch.quiet(60_000);
    watch.reset();
    if (!quiet) setStatus({ kind: 'busy', text: '正在检查…' });
    try {
      const r = await checkAndMarkWithBasis(host, resolvedCustom(loadCustomEditions(browserStorage())), loadPaneSolver);
      basis.current = r.basis;
      setResult(r.result);
      markStale(watch.changedDuring());
      setChecks((n) => n + 1);
      if (!quiet) setStatus({ kind: 'idle' });
    } catch (e) {
      setStatus({ kind: 'error', ...userMessage(e, '检查未完成，工作簿未作改动') });
    } finally {
      watch.quiet(300); // events of our own writes arrive just after them
      checking.current = false;
    }
  }

  const clear = () =>
    run(
      '正在清除标记…',
      '清除未完成',
      () => clearMarks(host),
      (n) => (n ? `已清除 ${n} 个单元格的标记，原填充已恢复。` : '没有需要清除的标记。'),
    );

  const exportSheet = () =>
    result &&
    run(
      '正在导出…',
      '导出未完成',
      () => exportResults(host, result),
      (name) => `已导出到工作表“${name}”，供查看和打印。出错说明请在本页逐条填写（存于本工作簿，再次导出时列入）。`,
    );

  /** 审核报告 (.docx) for the 财政局; the Word writer loads on first use. */
  const report = () =>
    result &&
    run(
      '正在生成审核报告…',
      '审核报告未生成',
      async () => {
        const [{ reportDocxBlob }, { reviewReport }] = await Promise.all([
          import(/* webpackChunkName: "docx" */ '../docx/report-docx'),
          import('../core/review/report'),
        ]);
        const name = `审核报告_${today()}.docx`;
        return { name, ...(await offerDownload(await reportDocxBlob(reviewReport(result, today())), name)) };
      },
      ({ name, ...r }) => downloadStatus(name, r),
    );

  /** 采用改正: only on this click; the cells must still show the diagnosed values. Then check again. */
  const repair = (cells: DiagnosisCell[]) =>
    !refused('repair') &&
    run(
      '正在改正…',
      '改正未完成，工作簿未作改动',
      async () => {
        const plan = await applyRepair(host, cells, basis.current ?? undefined);
        if (plan.kind === 'otherState') {
          markStale(true);
          return { kind: 'error' as const, text: changedSheets('repair', plan.sheets).text };
        }
        if (plan.kind === 'changed')
          return { kind: 'error' as const, text: `${plan.cells.join('、')} 已在检查后改动，未作改正。请重新检查。` };
        await check(true);
        setUndo(plan.undo);
        return {
          kind: 'info' as const,
          text: `已改正 ${cells.map((c) => `${c.sheet}!${c.cell} 为 ${c.repaired}`).join('、')}，并已重新检查。可撤销。`,
        };
      },
      (s) => s,
    );

  const undoRepair = () =>
    undo &&
    !refused('undo') &&
    run(
      '正在撤销改正…',
      '撤销未完成',
      async () => {
        await applyWrites(host, undo);
        setUndo(null);
        await check(true);
      },
      () => '已撤销改正，原值已恢复，并已重新检查。',
    );

  /** 出错说明: stored in the workbook at once (one write); the list and 可以报送 updated without a new check. */
  const explain = async (f: Finding, e: { kind: 'explained' | 'dismissed'; text: string } | null) => {
    if (!result || refused('explain')) return;
    const guard = { basis: basis.current!, sheets: [f.sheet] };
    const list = withExplanation(result.explanations ?? [], f, e && { ...e, date: today() });
    watch.quiet(60_000);
    await run(
      '正在保存出错说明…',
      '出错说明未保存',
      () => storeExplanations(host, list, guard),
      (stored) => {
        if (!stored) {
          markStale(true);
          return { kind: 'error', text: changedSheets('explain', [f.sheet]).text };
        }
        const findings = result.findings.map((x) => (x.id === f.id ? { ...x, explanation: e ? { ...e, date: today() } : undefined } : x));
        const next = { ...result, findings, explanations: list };
        setResult({ ...next, readiness: readiness(next, result.readiness?.narrativePlaceholders ?? 0) });
        return e ? `已保存 ${f.sheet}!${f.cell} 的${e.kind === 'dismissed' ? '忽略' : '出错说明'}（存于本工作簿）。` : '已删除该出错说明。';
      },
    );
    watch.quiet(300);
  };

  /**
   * Jump to a cell; stale results re-check instead; results of another workbook are cleared; a sheet that is gone or
   * changed since the check (sheet renamed, another file) marks the results stale.
   */
  const go = async (sheet: string, cell: string, related: Finding['related'] = []) => {
    if (otherWorkbook(basis.current, host.workbookId?.())) return forget(OTHER_WORKBOOK);
    if (staleRef.current) return check();
    try {
      if (await selectCell(host, sheet, cell, related, basis.current ?? undefined)) return;
      markStale(true);
      setStatus({ kind: 'error', text: changedSheets('go', [sheet]).text });
    } catch (e) {
      markStale(true);
      setStatus({ kind: 'error', ...userMessage(e, `无法定位到 ${sheet}!${cell}`) });
    }
  };

  return { ...action, result, stale, undo, auto, setAuto, checks, check, clear, exportSheet, report, repair, undoRepair, explain, go };
}
