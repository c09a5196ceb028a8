/**
 * 检查 panel: one click checks every recognized table, highlights broken 勾稽关系 (legend below), lists findings by
 * table with both sides' numbers; click one to jump to its cell; each can carry a 出错说明 (or, for 提示, be
 * dismissed), stored in the workbook; the 报送状态 line says 可以报送 or what is left. An edit outside the add-in marks
 * the results stale. 清除标记 restores the original fills exactly.
 */
import { Button, Link, MessageBar, MessageBarBody, Spinner, Switch, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { SEVERITY_LABEL } from '../core/check/check';
import type { CheckResult, Finding } from '../core/check/types';
import { MARK_COLORS } from '../core/marks/marks';
import type { ExcelHost } from '../office/excel-host';
import { checkAndMark, clearMarks } from '../office/check';
import { exportResults } from '../office/export-results';
import { selectCell } from '../office/navigate';
import { applyWrites } from '../office/names';
import { applyRepair } from '../office/repair';
import type { EditPlan } from '../core/model/plan';
import type { DiagnosisCell } from '../core/diagnose/types';
import { DiagnosisList } from './DiagnosisList';
import { pushTo } from '../core/collections';
import { userMessage } from './messages';
import { loadPaneSolver } from './solver';
import { loadCustomEditions, resolvedCustom } from './custom-editions';
import { browserStorage, type PanelStatus } from './pane-kit';
import { FindingList } from './FindingList';
import { offerDownload } from './download';
import { storeExplanations } from '../office/explanations';
import { withExplanation } from '../core/review/explanations';
import { readiness } from '../core/review/readiness';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  legend: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center', flexWrap: 'wrap' },
  swatch: { display: 'inline-block', width: '12px', height: '12px', border: '1px solid #999', marginRight: '4px', verticalAlign: 'middle' },
  group: { marginTop: tokens.spacingVerticalS },
  item: { display: 'block', textAlign: 'left', padding: '4px 0', borderBottom: `1px solid ${tokens.colorNeutralStroke3}` },
  list: { margin: 0, paddingLeft: 0, listStyle: 'none' },
});

type Status = PanelStatus;

export function CheckPanel({ host }: { host: ExcelHost }) {
  const s = useStyles();
  const [result, setResult] = useState<CheckResult | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [auto, setAuto] = useState(false);
  const unwatch = useRef<null | (() => Promise<void>)>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const busy = useRef(false);
  const [undo, setUndo] = useState<EditPlan | null>(null);
  const [stale, setStale] = useState(false);
  /** Our own writes (marks, 出错说明, repairs) are not the user's edits. */
  const quietUntil = useRef(0);
  /** A change by someone else while a check ran: its result may predate it. */
  const changedDuring = useRef(false);
  /** Checks completed (data-checks, for tests and assistive tools). */
  const [checks, setChecks] = useState(0);

  async function runCheck(quiet = false) {
    if (busy.current) return;
    busy.current = true;
    if (!quiet) setStatus({ kind: 'busy', text: '正在检查…' });
    quietUntil.current = Date.now() + 60_000;
    changedDuring.current = false;
    try {
      const r = await checkAndMark(host, resolvedCustom(loadCustomEditions(browserStorage())), loadPaneSolver);
      setResult(r);
      setStale(changedDuring.current);
      setChecks((n) => n + 1);
      setStatus({ kind: 'idle' });
      quietUntil.current = Date.now() + 300; // events of our own writes arrive just after them
    } catch (e) {
      const m = userMessage(e, '检查未完成，工作簿未作改动');
      setStatus({ kind: 'error', text: m.text, detail: m.detail });
    } finally {
      busy.current = false;
    }
  }

  async function onClear() {
    setStatus({ kind: 'busy', text: '正在清除标记…' });
    try {
      const n = await clearMarks(host);
      setStatus({ kind: 'info', text: n ? `已清除 ${n} 个单元格的标记，原填充已恢复。` : '没有需要清除的标记。' });
    } catch (e) {
      setStatus({ kind: 'error', ...userMessage(e, `清除未完成`) });
    }
  }

  async function onExport() {
    if (!result) return;
    try {
      const name = await exportResults(host, result);
      setStatus({ kind: 'info', text: `已导出到工作表“${name}”，可在“出错说明”栏填写说明。` });
    } catch (e) {
      setStatus({ kind: 'error', ...userMessage(e, `导出未完成`) });
    }
  }

  /** 审核报告 (.docx) for the 财政局: every finding with its 出错说明; the Word writer loads on first use. */
  async function onReport() {
    if (!result) return;
    setStatus({ kind: 'busy', text: '正在生成审核报告…' });
    try {
      const [{ reportDocxBlob }, { reviewReport }] = await Promise.all([
        import(/* webpackChunkName: "docx" */ '../docx/report-docx'),
        import('../core/review/report'),
      ]);
      const date = new Date().toISOString().slice(0, 10);
      const name = `审核报告_${date}.docx`;
      const { started, dataUrl } = await offerDownload(await reportDocxBlob(reviewReport(result, date)), name);
      setStatus({
        kind: 'info',
        text: started ? `已生成“${name}”并交给浏览器下载。` : `浏览器未能直接下载“${name}”，请点右侧链接保存。`,
        link: dataUrl,
      });
    } catch (e) {
      setStatus({ kind: 'error', ...userMessage(e, '审核报告未生成') });
    }
  }

  /** 采用改正: only on this click; the cells must still show the diagnosed values. Then check again. */
  async function onRepair(cells: DiagnosisCell[]) {
    setStatus({ kind: 'busy', text: '正在改正…' });
    try {
      const plan = await applyRepair(host, cells);
      if (plan.kind === 'changed') {
        setStatus({ kind: 'error', text: `${plan.cells.join('、')} 已在检查后改动，未作改正。请重新检查。` });
        return;
      }
      await runCheck(true);
      setUndo(plan.undo);
      setStatus({
        kind: 'info',
        text: `已改正 ${cells.map((c) => `${c.sheet}!${c.cell} 为 ${c.repaired}`).join('、')}，并已重新检查。可撤销。`,
      });
    } catch (e) {
      setStatus({ kind: 'error', ...userMessage(e, `改正未完成，工作簿未作改动`) });
    }
  }

  async function onUndo() {
    if (!undo) return;
    setStatus({ kind: 'busy', text: '正在撤销改正…' });
    try {
      await applyWrites(host, undo);
      setUndo(null);
      await runCheck(true);
      setStatus({ kind: 'info', text: '已撤销改正，原值已恢复，并已重新检查。' });
    } catch (e) {
      setStatus({ kind: 'error', ...userMessage(e, `撤销未完成`) });
    }
  }

  /** 出错说明: stored in the workbook at once (one write), the list and 可以报送 updated without a new check. */
  async function explain(f: Finding, e: { kind: 'explained' | 'dismissed'; text: string } | null) {
    if (!result) return;
    const date = new Date().toISOString().slice(0, 10);
    const list = withExplanation(result.explanations ?? [], f, e && { ...e, date });
    setStatus({ kind: 'busy', text: '正在保存出错说明…' });
    quietUntil.current = Date.now() + 60_000;
    try {
      await storeExplanations(host, list);
      quietUntil.current = Date.now() + 300;
      const findings = result.findings.map((x) => (x.id === f.id ? { ...x, explanation: e ? { ...e, date } : undefined } : x));
      const next = { ...result, findings, explanations: list };
      setResult({ ...next, readiness: readiness(next, result.readiness?.narrativePlaceholders ?? 0) });
      setStatus({
        kind: 'info',
        text: e ? `已保存 ${f.sheet}!${f.cell} 的${e.kind === 'dismissed' ? '忽略' : '出错说明'}（存于本工作簿）。` : '已删除该出错说明。',
      });
    } catch (err) {
      setStatus({ kind: 'error', ...userMessage(err, '出错说明未保存') });
    }
  }

  /** Jump to a cell; stale results re-check instead; a cell that is gone (sheet renamed) marks the results stale. */
  async function go(f: Finding) {
    if (stale) return void runCheck();
    try {
      await selectCell(host, f.sheet, f.cell, f.related);
    } catch (e) {
      const m = userMessage(e, `无法定位到 ${f.sheet}!${f.cell}`);
      setStale(true);
      setStatus({ kind: 'error', text: m.text, detail: m.detail });
    }
  }

  // After a check, an edit outside the add-in (or another file opened in the preview) marks the results stale.
  const checked = result !== null;
  useEffect(() => {
    if (!checked || auto || !host.watchChanges) return;
    let off: (() => Promise<void>) | null = null;
    let cancelled = false;
    host
      .watchChanges((change) => {
        if (change.ours) return;
        // Where Excel cannot say who changed it, the echo of our own write just after it is not taken for the user's.
        if (change.ours === undefined && Date.now() < quietUntil.current) return;
        if (busy.current) changedDuring.current = true;
        else setStale(true);
      })
      .then((f) => (cancelled ? void f() : (off = f)))
      .catch(() => undefined); // without change events, staleness is still found on the next click
    return () => {
      cancelled = true;
      if (off) void off();
    };
  }, [checked, auto]);

  useEffect(() => {
    let cancelled = false;
    if (auto && host.watchChanges) {
      host
        .watchChanges((change) => {
          if (change.ours) return; // our own marks and repairs do not re-trigger a check
          if (timer.current) clearTimeout(timer.current);
          timer.current = setTimeout(() => void runCheck(true), 1200);
        })
        .then((off) => {
          if (cancelled) void off();
          else unwatch.current = off;
        })
        .catch((e: Error) => setStatus({ kind: 'error', ...userMessage(e, `无法开启自动检查`) }));
    }
    return () => {
      cancelled = true;
      if (timer.current) clearTimeout(timer.current);
      if (unwatch.current) void unwatch.current();
      unwatch.current = null;
    };
  }, [auto]);

  const findings = result?.findings ?? [];
  const roots = findings.filter((f) => !f.causedBy);
  const byTable = new Map<string, Finding[]>();
  for (const f of roots) {
    const t = result!.tables.find((x) => x.sheet === f.sheet && (x.id === f.table || !f.table));
    const key = `${f.unit ?? ''} ${t?.title ?? f.sheet}`;
    pushTo(byTable, key, f);
  }
  // A broken identity explained by a diagnosis is not another 错误: the diagnosed cell is.
  const count = (sev: string) => findings.filter((f) => f.severity === sev && !(sev === 'error' && f.causedBy)).length;
  const autoSupported = !!host.watchChanges && host.supports('1.9');

  return (
    <section className={s.root} aria-label="检查" data-checks={checks}>
      <div className={s.buttons}>
        <Button appearance="primary" onClick={() => void runCheck()} disabled={status.kind === 'busy'}>
          检查
        </Button>
        <Button onClick={() => void onClear()} disabled={status.kind === 'busy'}>
          清除标记
        </Button>
        <Button onClick={() => void onExport()} disabled={!result || status.kind === 'busy'}>
          导出检查结果
        </Button>
        <Button onClick={() => void onReport()} disabled={!result || status.kind === 'busy'}>
          审核报告（Word）
        </Button>
      </div>
      <Switch
        checked={auto}
        disabled={!autoSupported}
        onChange={(_, d) => setAuto(d.checked)}
        label={autoSupported ? '自动检查（编辑后重新检查）' : '自动检查（需要 ExcelApi 1.9）'}
      />
      <div className={s.legend} aria-label="图例">
        {(['error', 'rounding', 'advisory'] as const).map((k) => (
          <Text key={k} size={200}>
            <span className={s.swatch} style={{ background: MARK_COLORS[k] }} />
            {SEVERITY_LABEL[k]}
          </Text>
        ))}
      </div>
      {status.kind === 'busy' && <Spinner size="tiny" label={status.text} />}
      {status.kind === 'info' && (
        <MessageBar intent="success">
          <MessageBarBody>
            {status.text}
            {status.link && (
              <>
                {' '}
                <Link href={status.link} download>
                  如未开始下载，点此保存
                </Link>
              </>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      {status.kind === 'error' && (
        <MessageBar intent="error">
          <MessageBarBody title={status.detail ? `详细信息：${status.detail}` : undefined}>{status.text}</MessageBarBody>
        </MessageBar>
      )}
      {undo && (
        <Button size="small" onClick={() => void onUndo()} disabled={status.kind === 'busy'}>
          撤销改正
        </Button>
      )}
      {result && stale && (
        <MessageBar intent="warning">
          <MessageBarBody>
            工作簿已改动，下面的结果已过期。{' '}
            <Button size="small" onClick={() => void runCheck()}>
              重新检查
            </Button>
          </MessageBarBody>
        </MessageBar>
      )}
      {result && (
        <>
          <Text role="status" weight="semibold">
            识别 {result.tables.length} 张表：错误 {count('error')}，尾差 {count('rounding')}，提示 {count('advisory')}
          </Text>
          {result.readiness && result.tables.length > 0 && (
            <MessageBar intent={result.readiness.ready ? 'success' : 'warning'} aria-label="报送状态">
              <MessageBarBody>{result.readiness.text}</MessageBarBody>
            </MessageBar>
          )}
          {result.tables.length === 0 && <Text size={200}>未识别到部门预算公开表。请确认表格有标题（如“部门预算收支总表”）和栏次行。</Text>}
          {findings.length === 0 && result.tables.length > 0 && <Text>所有勾稽关系均相符。</Text>}
          <DiagnosisList
            result={result}
            actions={{
              go: (sheet, cell) => void go({ sheet, cell, related: [] } as unknown as Finding),
              apply: (_d, cells) => void onRepair(cells),
              busy: status.kind === 'busy',
            }}
          />
          {[...byTable].map(([table, fs]) => (
            <div key={table} className={s.group}>
              <Text weight="semibold" size={300}>
                {table}
              </Text>
              <FindingList findings={fs} all={findings} actions={{ go: (x) => void go(x), explain, busy: status.kind === 'busy' }} />
            </div>
          ))}
          {result.problems.length > 0 && (
            <div className={s.group}>
              <Text weight="semibold" size={300}>
                未能识别（未参与检查）
              </Text>
              <ul className={s.list}>
                {result.problems.map((p, i) => (
                  <li key={i} className={s.item}>
                    <Text size={200}>
                      {p.sheet}!{p.cell} {p.message}
                    </Text>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </>
      )}
    </section>
  );
}
