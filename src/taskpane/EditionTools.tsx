/**
 * Editions of one's own: import a 样表 from the open workbook (what cannot be mapped is listed, never guessed), export
 * an imported edition as a file, or load one. A view: the workbook is read through the Office adapter, the
 * mapping is the core's (import-edition.ts), the actions run through the panel's action runner.
 */
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { resolveEdition, type EditionDelta } from '../core/catalog/editions';
import type { WorkbookHost } from '../host/workbook-host';
import { readWorkbook } from '../actions/read';
import { saveCustomEditions, validDelta } from './custom-editions';
import { downloadStatus, offerDownload } from './download';
import { FileButton } from './FileButton';
import { browserStorage } from './browser-store';
import type { PanelAction } from './use-action';

const useStyles = makeStyles({
  row: { display: 'flex', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS, flexWrap: 'wrap' },
});

export interface EditionState {
  customs: EditionDelta[];
  setCustoms: (c: EditionDelta[]) => void;
  deltas: EditionDelta[];
  editionId: string;
  setEditionId: (id: string) => void;
  year: number;
}

export function EditionTools({ host, e, action }: { host: WorkbookHost; e: EditionState; action: PanelAction }) {
  const s = useStyles();
  const [unmapped, setUnmapped] = useState<string[] | null>(null);
  const keep = (next: EditionDelta[], id: string) => {
    saveCustomEditions(browserStorage(), next);
    e.setCustoms(next);
    e.setEditionId(id);
  };

  const importSample = () =>
    action.run(
      '正在读取样表…',
      '导入样表失败',
      async () => {
        const { importEdition } = await import(/* webpackChunkName: "import-edition" */ '../core/recognize/import-edition');
        const r = importEdition(await readWorkbook(host), {
          id: `样表-${Date.now()}`,
          name: `${e.year} 样表（${new Date().toLocaleDateString('zh-CN')}导入）`,
          year: e.year,
          source: '当前工作簿',
          editions: e.deltas.map((d) => resolveEdition(d.id, e.deltas)),
        });
        if (r.tables.length === 0) throw new Error('当前工作簿中未识别到部门预算公开表（按标题与栏次行识别），未导入版式。');
        keep([...e.customs, r.edition], r.edition.id);
        setUnmapped(r.unmapped);
        return r;
      },
      (r) => `已从当前工作簿导入 ${r.tables.length} 张表的版式“${r.edition.label}”。`,
    );

  const exportEdition = () => {
    const d = e.customs.find((c) => c.id === e.editionId);
    if (!d) return;
    return action.run(
      '正在导出…',
      '版式文件未导出',
      () => offerDownload(new Blob([JSON.stringify(d, null, 2)], { type: 'application/json' }), `${d.label}.json`),
      (r) => downloadStatus(`${d.label}.json`, r),
    );
  };

  const load = (file: File) =>
    action.run(
      '正在载入…',
      `无法载入 ${file.name}`,
      async () => {
        const d = JSON.parse(await file.text()) as unknown;
        if (!validDelta(d)) throw new Error('不是有效的版式文件，请选择本助手导出的 .json 版式文件。');
        keep([...e.customs.filter((c) => c.id !== d.id), d], d.id);
        return d;
      },
      (d) => `已载入版式“${d.label}”。`,
    );

  return (
    <>
      <div className={s.row}>
        <Button size="small" onClick={() => void importSample()}>
          从当前工作簿导入样表版式
        </Button>
        {e.customs.some((c) => c.id === e.editionId) && (
          <Button size="small" onClick={() => void exportEdition()}>
            导出版式文件
          </Button>
        )}
        <FileButton size="small" accept=".json" label="载入版式文件" onFile={(f) => void load(f)}>
          载入版式文件…
        </FileButton>
      </div>
      {unmapped && unmapped.length > 0 && (
        <Text size={200} role="note">
          未能对应（已列出，未猜测）：{unmapped.join('；')}
        </Text>
      )}
    </>
  );
}
