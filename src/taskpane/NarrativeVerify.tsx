/**
 * 说明核对 in the pane: paste a written 说明, check it against the tables of the same analysis (the core's
 * reviewNarrative; 比上年 against the 上年公开文件 when one is kept), list every stated figure with its verdict; a
 * figure's table cell opens on click.
 */
import { Button, Field, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import type { Facts } from '../core/narrative/facts';
import type { PriorFacts } from '../core/narrative/prior-facts';
import { reviewNarrative, type NarrativeReview } from '../core/narrative/verify';
import type { WorkbookHost } from '../host/workbook-host';
import { selectCell } from '../actions/navigate';
import { NarrativeReviewList } from './NarrativeReviewList';
import type { PanelAction } from './use-action';

export function NarrativeVerify({
  host,
  facts,
  action,
  prior,
  reasonShare,
}: {
  host: WorkbookHost;
  facts: Facts | undefined;
  action: PanelAction;
  prior: PriorFacts | null;
  reasonShare?: number;
}) {
  const [pasted, setPasted] = useState('');
  const [verified, setVerified] = useState<NarrativeReview | null>(null);
  return (
    <>
      <Field label="说明核对：粘贴已写好的情况说明">
        <Textarea value={pasted} onChange={(_, d) => setPasted(d.value)} resize="vertical" aria-label="粘贴情况说明" />
      </Field>
      <Button
        onClick={() => facts && setVerified(reviewNarrative(pasted, facts, { prior, reasonShare }))}
        disabled={!facts || !pasted.trim()}
      >
        核对说明
      </Button>
      {verified && (
        <NarrativeReviewList
          review={verified}
          open={(at) => void action.run('正在打开单元格…', '无法打开表格单元格', () => selectCell(host, at.sheet, at.cell))}
        />
      )}
    </>
  );
}
