/**
 * 检查 panel: one click checks every recognized table, highlights broken 勾稽关系 (legend below), lists findings by
 * table with both sides' numbers; click one to jump to its cell; each can carry a 出错说明 (or, for 提示, be
 * dismissed), stored in the workbook; the 报送状态 line says 可以报送 or what is left. An edit outside the add-in marks
 * the results stale. 清除标记 restores the original fills exactly. A view of the session (use-check-session.ts).
 */
import { Button, Switch, Text, makeStyles, tokens } from '@fluentui/react-components';
import { SEVERITY_LABEL } from '../core/review/check';
import { MARK_COLORS } from '../core/marks/marks';
import type { WorkbookHost } from '../host/workbook-host';
import { CheckResults } from './CheckResults';
import { StatusBar } from './StatusBar';
import { useCheckSession } from './use-check-session';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  legend: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center', flexWrap: 'wrap' },
  swatch: { display: 'inline-block', width: '12px', height: '12px', border: '1px solid #999', marginRight: '4px', verticalAlign: 'middle' },
});

export function CheckPanel({ host }: { host: WorkbookHost }) {
  const s = useStyles();
  const c = useCheckSession(host);
  const autoSupported = !!host.watchChanges && host.supports('fills');
  return (
    <section className={s.root} aria-label="检查" data-checks={c.checks}>
      <div className={s.buttons}>
        <Button appearance="primary" onClick={() => void c.check()} disabled={c.busy}>
          检查
        </Button>
        <Button onClick={() => void c.clear()} disabled={c.busy}>
          清除标记
        </Button>
        <Button onClick={() => void c.exportSheet()} disabled={!c.result || c.busy}>
          导出检查结果
        </Button>
        <Button onClick={() => void c.report()} disabled={!c.result || c.busy}>
          审核报告（Word）
        </Button>
      </div>
      <Switch
        checked={c.auto}
        disabled={!autoSupported}
        onChange={(_, d) => c.setAuto(d.checked)}
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
      <StatusBar status={c.status} />
      {c.undo && (
        <Button size="small" onClick={() => void c.undoRepair()} disabled={c.busy}>
          撤销改正
        </Button>
      )}
      {c.result && (
        <CheckResults
          result={c.result}
          stale={c.stale}
          actions={{
            go: (f) => void c.go(f.sheet, f.cell, f.related),
            goTo: (sheet, cell) => void c.go(sheet, cell),
            explain: c.explain,
            repair: (cells) => void c.repair(cells),
            recheck: () => void c.check(),
            busy: c.busy,
          }}
        />
      )}
    </section>
  );
}
