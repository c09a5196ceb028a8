/**
 * 「上年公开文件」: last year's disclosure (.xlsx / .docx / .txt) opened once, read into prior facts in the pane (the
 * file never leaves the machine), and kept with the workbook (its name and the facts, in a very hidden sheet) so the
 * next check, 说明核对 and the generated 情况说明 use it. Shows what was read (how many figures, from tables or text)
 * and where last year's table and text disagree; 移除 forgets it. A view: reading and saving are the panel's actions.
 */
import { Button, Field, Input, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { PriorFacts } from '../core/narrative/prior-facts';
import { FileButton } from './FileButton';
import type { usePriorSource } from './use-prior-source';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
});

/** What was read, in one line. */
export function priorSummary(p: PriorFacts): string {
  const v = Object.values(p.values);
  const table = v.filter((x) => x.from === 'table').length;
  return `上年公开文件：${p.source}（${p.year ?? '年度未识别'}年；读到 ${v.length} 个数，来自表 ${table}、说明 ${v.length - table}）`;
}

export function PriorSource({ source, disabled }: { source: ReturnType<typeof usePriorSource>; disabled: boolean }) {
  const { prior, reasonShare } = source;
  const open = (f: File) => void source.open(f);
  const remove = () => void source.remove();
  const saveShare = (x: number | undefined) => void source.saveShare(x);
  const s = useStyles();
  const [share, setShare] = useState(reasonShare === undefined ? '' : String(reasonShare));
  useEffect(() => setShare(reasonShare === undefined ? '' : String(reasonShare)), [reasonShare]);
  const commitShare = () => {
    const n = Number(share);
    const next = share.trim() === '' ? undefined : n > 0 && n < 1000 ? n : reasonShare;
    if (next !== reasonShare) saveShare(next);
    else setShare(reasonShare === undefined ? '' : String(reasonShare));
  };
  return (
    <div className={s.root}>
      <div className={s.row}>
        <FileButton accept=".xlsx,.docx,.txt" label="打开上年公开文件" onFile={open} disabled={disabled}>
          上年公开文件…
        </FileButton>
        {prior && (
          <Button size="small" onClick={remove} disabled={disabled}>
            移除
          </Button>
        )}
      </div>
      <Text size={200} aria-label="上年公开文件">
        {prior
          ? priorSummary(prior)
          : '未打开上年公开文件：比上年的数字不能核对，情况说明中的上年数需手填。可打开上年公开的 .xlsx、.docx 或从 PDF 复制的 .txt。'}
      </Text>
      {prior && (
        <Field label="增减超过上年多少须写原因（%）" hint="默认 10；“三公”经费增加一律须写">
          <Input
            value={share}
            placeholder="10"
            onChange={(_, d) => setShare(d.value)}
            onBlur={commitShare}
            aria-label="增减原因阈值"
            disabled={disabled}
            style={{ width: '6em' }}
          />
        </Field>
      )}
      {prior && prior.disagreements.length > 0 && (
        <ul className={s.list} aria-label="上年表与上年说明不一致">
          {prior.disagreements.map((d) => (
            <li key={d.subject}>
              <Text size={200}>
                {d.what}：表 {d.table.value.toFixed(2)}万元，说明 {d.text.value.toFixed(2)}万元，以表为准
              </Text>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Reads a chosen file into prior facts (ExcelJS for a workbook, loaded on demand like the preview's reader). */
export async function readPriorFile(file: File): Promise<PriorFacts> {
  const { priorFromBytes } = await import(/* webpackChunkName: "prior" */ '../docx/prior-source');
  const bytes = new Uint8Array(await file.arrayBuffer());
  return priorFromBytes(bytes, file.name, async (b) => {
    const ExcelJS = (await import(/* webpackChunkName: "exceljs" */ 'exceljs')).default;
    const { readSnapshot } = await import(/* webpackChunkName: "prior" */ '../xlsx/read-snapshot');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer);
    return readSnapshot(wb);
  });
}
