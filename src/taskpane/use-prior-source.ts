/**
 * The 情况说明 panel's 上年公开文件: the prior facts kept in the workbook (set when the panel reads its context),
 * opening a file (read in the pane, then saved in the workbook's very hidden sheet) and removing it, each through
 * the panel's action runner; the reason threshold (增减超过上年多少须写原因) is kept with it.
 */
import { useState } from 'react';
import type { PriorFacts } from '../core/narrative/prior-facts';
import type { WorkbookHost } from '../host/workbook-host';
import { savePrior } from '../actions/narrative';
import { priorSummary, readPriorFile } from './PriorSource';
import type { PanelAction } from './use-action';

export function usePriorSource(host: WorkbookHost, run: PanelAction['run']) {
  const [prior, setPrior] = useState<PriorFacts | null>(null);
  /** The reason threshold (percent) kept with it; undefined: the default. */
  const [reasonShare, setReasonShare] = useState<number | undefined>(undefined);
  const open = (file: File) =>
    run(
      `正在读取上年公开文件 ${file.name}…`,
      '上年公开文件未能使用',
      async () => {
        const p = await readPriorFile(file);
        await savePrior(host, p, reasonShare);
        return p;
      },
      (p) => {
        setPrior(p);
        return `已读取并保存在工作簿中。${priorSummary(p)}`;
      },
    );
  const remove = () =>
    run(
      '正在移除…',
      '移除失败',
      () => savePrior(host, null),
      () => {
        setPrior(null);
        return '已从工作簿中移除上年公开文件。';
      },
    );
  const saveShare = (share: number | undefined) =>
    run(
      '正在保存…',
      '保存失败',
      () => savePrior(host, prior, share),
      () => {
        setReasonShare(share);
        return share === undefined
          ? '增减原因的提示按默认 10% 判断。'
          : `增减超过上年 ${share}% 而未写原因的，核对时提示（已随工作簿保存）。`;
      },
    );
  /** What the panel read from the workbook. */
  const loaded = (ctx: { prior: PriorFacts | null; reasonShare?: number }) => {
    setPrior(ctx.prior);
    setReasonShare(ctx.reasonShare);
  };
  return { prior, reasonShare, loaded, open, remove, saveShare };
}
