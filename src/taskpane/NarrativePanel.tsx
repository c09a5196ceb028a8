/**
 * 说明 panel: the department's own inputs (职责, 机构设置, prior-year figures and reasons, 绩效, …) saved in the
 * workbook; the 情况说明 generated from the tables downloaded as Word, copied as text, or written to a 说明 sheet;
 * and 说明核对 of a pasted narrative against the tables. The docx writer loads on first use.
 */
import {
  Button,
  Field,
  Input,
  Link,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { Facts } from '../core/narrative/facts';
import { generateNarrative, narrativeText } from '../core/narrative/generate';
import { DEFAULT_INPUTS, type NarrativeInputs } from '../core/narrative/inputs';
import { parseUnitsText, unitsText as unitsToText } from '../core/narrative/units-text';
import { reviewNarrative, type NarrativeReview } from '../core/narrative/verify';
import type { ExcelHost } from '../office/excel-host';
import { loadNarrativeContext, saveInputs, writeNarrativeSheet } from '../office/narrative';
import { copyText, offerDownload } from './download';
import { NarrativeReviewList } from './NarrativeReviewList';
import { userMessage } from './messages';
import { selectCell } from '../office/navigate';
import type { PanelStatus } from './pane-kit';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'end' },
  small: { width: '7em' },
  /** Two equal columns that shrink with the pane (Fluent inputs have a wide default min-width). */
  pairs: { display: 'grid', gridTemplateColumns: 'repeat(2, minmax(0, 1fr))', gap: tokens.spacingHorizontalS, alignItems: 'end' },
  fill: { minWidth: 0, width: '100%', maxWidth: '100%' },
  list: { margin: 0, paddingLeft: 0, listStyle: 'none' },
});

type Status = PanelStatus;

export function NarrativePanel({ host }: { host: ExcelHost }) {
  const s = useStyles();
  const [facts, setFacts] = useState<Facts[] | null>(null);
  const [which, setWhich] = useState(0);
  const [inputs, setInputs] = useState<NarrativeInputs>(DEFAULT_INPUTS);
  const [unitsText, setUnitsText] = useState('');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [pasted, setPasted] = useState('');
  const [verified, setVerified] = useState<NarrativeReview | null>(null);
  /** 错误 in the tables when they were last read: 生成 Word asks first. */
  const [tableErrors, setTableErrors] = useState(0);
  const [confirmWord, setConfirmWord] = useState(false);

  async function reload() {
    setStatus({ kind: 'busy', text: '正在读取表格…' });
    try {
      const ctx = await loadNarrativeContext(host);
      setFacts(ctx.facts);
      setTableErrors(ctx.errors);
      setInputs(ctx.inputs);
      setUnitsText(unitsToText(ctx.inputs.units));
      setStatus(ctx.facts.length ? { kind: 'idle' } : { kind: 'error', text: '未识别到部门预算公开表：请先插入或打开九张表。' });
    } catch (e) {
      setStatus({ kind: 'error', ...userMessage(e, `读取失败`) });
    }
  }
  useEffect(() => {
    void reload(); // once, when the panel opens
  }, []);

  const set = <K extends keyof NarrativeInputs>(k: K, v: NarrativeInputs[K]) => setInputs((x) => ({ ...x, [k]: v }));
  const withUnits = (): NarrativeInputs => ({ ...inputs, units: parseUnitsText(unitsText) });
  const current = facts?.[which];
  const doc = () => generateNarrative(current!, withUnits());

  async function onSave() {
    try {
      await saveInputs(host, withUnits());
      setStatus({ kind: 'info', text: '填写内容已保存在工作簿中（随文件保存）。' });
    } catch (e) {
      setStatus({ kind: 'error', ...userMessage(e, `保存失败`) });
    }
  }

  async function onWord(confirmed = false) {
    if (!current) return;
    if (tableErrors > 0 && !confirmed) {
      setConfirmWord(true);
      return;
    }
    setConfirmWord(false);
    setStatus({ kind: 'busy', text: '正在生成 Word…' });
    try {
      const d = doc();
      const { narrativeDocxBlob } = await import(/* webpackChunkName: "docx" */ '../docx/narrative-docx');
      const name = `${current.unitName ?? '部门'}${current.year ?? ''}年${current.level}预算信息公开情况说明.docx`;
      const { started, dataUrl } = await offerDownload(await narrativeDocxBlob(d), name);
      setStatus({
        kind: 'info',
        text: `${started ? `已生成“${name}”并交给浏览器下载` : `浏览器未能直接下载“${name}”，请点右侧链接保存`}。${d.missing.length ? `表中缺少：${d.missing.join('、')}，文中以〔缺：…〕标出。` : ''}`,
        link: dataUrl,
      });
    } catch (e) {
      setStatus({ kind: 'error', ...userMessage(e, `生成失败`) });
    }
  }

  async function onCopy() {
    if (!current) return;
    const ok = await copyText(narrativeText(doc()));
    setStatus(
      ok
        ? { kind: 'info', text: '情况说明全文已复制到剪贴板。' }
        : { kind: 'error', text: '此环境不允许写剪贴板，请改用“写入说明工作表”。' },
    );
  }

  async function onSheet() {
    if (!current) return;
    try {
      const name = await writeNarrativeSheet(host, doc());
      setStatus({ kind: 'info', text: `已写入工作表“${name}”。` });
    } catch (e) {
      setStatus({ kind: 'error', ...userMessage(e, `写入失败`) });
    }
  }

  function onVerify() {
    if (!current) return;
    setVerified(reviewNarrative(pasted, current));
  }

  return (
    <section className={s.root} aria-label="情况说明">
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
      {confirmWord && (
        <MessageBar intent="warning">
          <MessageBarBody>
            表格中有 {tableErrors} 处错误，说明中的数字取自这些表格，也会随之出错。建议先在“检查”页改正。{' '}
            <Button size="small" onClick={() => void onWord(true)}>
              仍然生成
            </Button>{' '}
            <Button size="small" onClick={() => setConfirmWord(false)}>
              取消
            </Button>
          </MessageBarBody>
        </MessageBar>
      )}
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
      <div className={s.row}>
        <Field label="名词解释用语" hint="按部门级次（由部门名称预选）">
          <Select value={inputs.government} onChange={(_, d) => set('government', d.value as NarrativeInputs['government'])}>
            {['省级', '市级', '区级', '县级'].map((x) => (
              <option key={x}>{x}</option>
            ))}
          </Select>
        </Field>
        <Field label="概述用语" hint="“目前我省部门预算的编制…”引用的是省里的规定">
          <Select value={inputs.regionWord} onChange={(_, d) => set('regionWord', d.value as NarrativeInputs['regionWord'])}>
            {['我省', '我市', '我区', '我县'].map((x) => (
              <option key={x}>{x}</option>
            ))}
          </Select>
        </Field>
        <Field label="金额单位">
          <Select value={inputs.money} onChange={(_, d) => set('money', d.value as NarrativeInputs['money'])}>
            <option>万元</option>
            <option>元</option>
          </Select>
        </Field>
      </div>
      <Field label="部门职责（每行一条）">
        <Textarea value={inputs.duties} onChange={(_, d) => set('duties', d.value)} resize="vertical" aria-label="部门职责" />
      </Field>
      <Field label="机构设置（每行：单位名称，单位性质，单位规格，经费保障形式）">
        <Textarea value={unitsText} onChange={(_, d) => setUnitsText(d.value)} resize="vertical" aria-label="机构设置" />
      </Field>
      <div className={s.pairs}>
        {(
          [
            ['total', '上年支出合计'],
            ['basic', '上年基本支出'],
            ['project', '上年项目支出'],
            ['sanGong', '上年“三公”经费'],
          ] as const
        ).map(([k, label]) => (
          <Field key={k} label={`${label}（万元）`}>
            <Input
              value={inputs.prior[k] ?? ''}
              onChange={(_, d) => set('prior', { ...inputs.prior, [k]: d.value })}
              aria-label={label}
              className={s.fill}
            />
          </Field>
        ))}
      </div>
      <Field label="收支增减原因">
        <Input value={inputs.reasons.total ?? ''} onChange={(_, d) => set('reasons', { ...inputs.reasons, total: d.value })} />
      </Field>
      <Field label="“三公”经费增减原因">
        <Input value={inputs.reasons.sanGong ?? ''} onChange={(_, d) => set('reasons', { ...inputs.reasons, sanGong: d.value })} />
      </Field>
      <Field label="预算绩效信息">
        <Textarea value={inputs.performance} onChange={(_, d) => set('performance', d.value)} resize="vertical" />
      </Field>
      <div className={s.pairs}>
        <Field label="政府采购预算（无采购表时，万元）">
          <Input
            value={inputs.procurement ?? ''}
            onChange={(_, d) => set('procurement', d.value)}
            aria-label="政府采购预算"
            className={s.fill}
          />
        </Field>
        <Field label="上年末固定资产（无资产表时，万元）">
          <Input value={inputs.assets ?? ''} onChange={(_, d) => set('assets', d.value)} aria-label="上年末固定资产" className={s.fill} />
        </Field>
      </div>
      <Field label="其他需要说明的事项">
        <Textarea value={inputs.other} onChange={(_, d) => set('other', d.value)} resize="vertical" />
      </Field>
      <Button onClick={() => void onSave()}>保存填写内容到工作簿</Button>
      <Field label="说明核对：粘贴已写好的情况说明">
        <Textarea value={pasted} onChange={(_, d) => setPasted(d.value)} resize="vertical" aria-label="粘贴情况说明" />
      </Field>
      <Button onClick={onVerify} disabled={!current || !pasted.trim()}>
        核对说明
      </Button>
      {verified && (
        <NarrativeReviewList
          review={verified}
          open={(at) =>
            void selectCell(host, at.sheet, at.cell).catch((e: unknown) =>
              setStatus({ kind: 'error', ...userMessage(e, '无法打开表格单元格') }),
            )
          }
        />
      )}
    </section>
  );
}
