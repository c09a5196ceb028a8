/**
 * 说明 panel: the department's own inputs (职责, 机构设置, prior-year figures and reasons, 绩效, …) saved in the
 * workbook; last year's disclosure (上年公开文件) opened once and kept with it, for 上年数 and 比上年 核对; the
 * 情况说明 generated from the tables downloaded as Word, copied as text, or written to a 说明 sheet;
 * and 说明核对 of a pasted narrative against the tables. A view: the inputs form and 说明核对 are their own components,
 * actions go through the shared runner; the docx writer loads on first use.
 */
import { Button, Field, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { Facts } from '../core/narrative/facts';
import { generateNarrative, narrativeText } from '../core/narrative/generate';
import type { WorkbookHost } from '../host/workbook-host';
import type { StoredDamage } from '../core/review/stored-damage';
import { loadNarrativeContext, writeNarrativeSheet } from '../actions/narrative';
import { StoredDamageNotes } from './StoredDamageNotes';
import { PriorSource } from './PriorSource';
import { usePriorSource } from './use-prior-source';
import { copyText, downloadStatus, offerDownload } from './download';
import { NarrativeInputsForm } from './NarrativeInputsForm';
import { NarrativeVerify } from './NarrativeVerify';
import { StatusBar } from './StatusBar';
import { usePanelAction } from './use-action';
import { browserStorage } from './browser-store';
import { loadCustomEditions, resolvedCustom } from './custom-editions';
import { useNarrativeInputs } from './use-narrative-inputs';
import { WordConfirm } from './WordConfirm';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'end' },
});

export function NarrativePanel({ host }: { host: WorkbookHost }) {
  const s = useStyles();
  const action = usePanelAction();
  const { run, setStatus } = action;
  const [facts, setFacts] = useState<Facts[] | null>(null);
  const [which, setWhich] = useState(0);
  const n = useNarrativeInputs(host);
  /** 错误 in the tables when they were last read: 生成 Word asks first. */
  const [tableErrors, setTableErrors] = useState(0);
  const [confirmWord, setConfirmWord] = useState(false);
  const last = usePriorSource(host, run); // 上年公开文件 kept in the workbook
  const [damaged, setDamaged] = useState<StoredDamage[]>([]);

  const reload = () =>
    run(
      '正在读取表格…',
      '读取失败',
      () => loadNarrativeContext(host, resolvedCustom(loadCustomEditions(browserStorage()))),
      (ctx) => {
        setFacts(ctx.facts);
        setTableErrors(ctx.errors);
        setDamaged(ctx.damaged);
        n.loaded(ctx.inputs);
        last.loaded(ctx);
        return ctx.facts.length ? undefined : { kind: 'error', text: '未识别到部门预算公开表：请先插入或打开九张表。' };
      },
    );
  useEffect(() => {
    void reload(); // once, when the panel opens
  }, []);

  const current = facts?.[which];
  const doc = () => generateNarrative(current!, n.withUnits(), last.prior);
  /** Another workbook is open: what was read (and typed) belongs to the previous one; read this one instead. */
  const moved = () =>
    n.otherWorkbook() &&
    (void reload().then(() => setStatus({ kind: 'info', text: '已打开另一个工作簿：已改为读取它的表格和填写内容，未写入。' })), true);

  const saved = () => '填写内容已保存在工作簿中（随文件保存）。';
  const onSave = () => !moved() && run('正在保存…', '保存失败', n.save, saved);

  const onWord = (confirmed = false) => {
    if (!current) return;
    setConfirmWord(!confirmed && tableErrors > 0);
    if (!confirmed && tableErrors > 0) return;
    return run(
      '正在生成 Word…',
      '生成失败',
      async () => {
        const d = doc();
        const { narrativeDocxBlob } = await import(/* webpackChunkName: "docx" */ '../docx/narrative-docx');
        const name = `${current.unitName ?? '部门'}${current.year ?? ''}年${current.level}预算信息公开情况说明.docx`;
        return { d, name, ...(await offerDownload(await narrativeDocxBlob(d), name)) };
      },
      ({ d, name, ...r }) => downloadStatus(name, r, d.missing.length ? `表中缺少：${d.missing.join('、')}，文中以〔缺：…〕标出。` : ''),
    );
  };

  const onCopy = async () => {
    if (!current) return;
    const ok = await copyText(narrativeText(doc()));
    setStatus(
      ok
        ? { kind: 'info', text: '情况说明全文已复制到剪贴板。' }
        : { kind: 'error', text: '此环境不允许写剪贴板，请改用“写入说明工作表”。' },
    );
  };

  const onSheet = () =>
    current &&
    !moved() &&
    run(
      '正在写入…',
      '写入失败',
      () => writeNarrativeSheet(host, doc()),
      (name) => `已写入工作表“${name}”。`,
    );

  return (
    <section className={s.root} aria-label="情况说明">
      <StatusBar status={action.status} />
      {confirmWord && <WordConfirm errors={tableErrors} onGo={() => void onWord(true)} onCancel={() => setConfirmWord(false)} />}
      {facts && facts.length > 1 && (
        <Field label="部门/单位">
          <Select value={String(which)} onChange={(_, d) => setWhich(Number(d.value))}>
            {facts.map((f, i) => (
              <option key={i} value={i}>
                {f.unitCode} {f.unitName}（{f.level}）
              </option>
            ))}
          </Select>
        </Field>
      )}
      <div className={s.row}>
        <Button appearance="primary" onClick={() => void onWord()} disabled={!current}>
          生成 Word
        </Button>
        <Button onClick={() => void onCopy()} disabled={!current}>
          复制文本
        </Button>
        <Button onClick={() => void onSheet()} disabled={!current}>
          写入说明工作表
        </Button>
        <Button onClick={() => void reload()}>重新读取表格</Button>
      </div>
      <StoredDamageNotes damaged={damaged} />
      <PriorSource source={last} disabled={action.busy} />
      <NarrativeInputsForm inputs={n.inputs} set={n.set} unitsText={n.unitsText} setUnitsText={n.setUnitsText} prior={last.prior} />
      <Button onClick={() => void onSave()}>保存填写内容到工作簿</Button>
      {n.dirty && (
        <Text size={200} role="note">
          有尚未保存到工作簿的填写内容。
        </Text>
      )}
      <NarrativeVerify host={host} facts={current} action={action} prior={last.prior} reasonShare={last.reasonShare} />
    </section>
  );
}
