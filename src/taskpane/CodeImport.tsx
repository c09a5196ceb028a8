/**
 * The unit's own code list: pasted 「编码,名称」 lines (from the 预算管理一体化系统), split by the core into 支出功能分类
 * and 部门支出经济分类, kept in this browser only, preferred to the built-in list. Lines that cannot be read are counted.
 */
import { Button, Field, Input, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { parseUserCodes, type UserCodeList } from '../core/codes/codebook';
import { otherCodesNote, splitUserCodes } from '../core/codes/user-lists';
import type { PanelStatus } from './pane-kit';

const useStyles = makeStyles({ row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'end' } });

export function CodeImport({
  lists,
  save,
  defaultYear,
  say,
}: {
  lists: UserCodeList[];
  save: (l: UserCodeList[]) => void;
  defaultYear: number;
  say: (s: PanelStatus) => void;
}) {
  const s = useStyles();
  const [pasted, setPasted] = useState('');
  const [year, setYear] = useState(String(defaultYear));
  const onImport = () => {
    const { entries, rejected } = parseUserCodes(pasted);
    const y = Number(year);
    if (!entries.length || !Number.isInteger(y) || y < 2000 || y > 2100) {
      say({ kind: 'error', text: '没有读到“编码,名称”行，或年度无效。每行一个科目：编码、名称（逗号、制表符或空格分隔）。' });
      return;
    }
    const { lists: imported, other } = splitUserCodes(entries, y);
    save([...lists, ...imported]);
    setPasted('');
    const note = otherCodesNote(other);
    say({
      kind: 'info',
      text: `已导入 ${entries.length - other.length} 个科目（${y}年，优先于内置表）${rejected.length ? `；${rejected.length} 行无法读取已跳过` : ''}${note ? `；${note}` : ''}。`,
    });
  };
  return (
    <>
      <Field label="导入本单位科目表（每行：编码,名称；可从预算管理一体化系统导出后粘贴）">
        <Textarea value={pasted} onChange={(_, d) => setPasted(d.value)} resize="vertical" aria-label="粘贴科目表" />
      </Field>
      <div className={s.row}>
        <Field label="适用年度">
          <Input value={year} onChange={(_, d) => setYear(d.value)} aria-label="科目表年度" style={{ width: '6em' }} />
        </Field>
        <Button onClick={onImport} disabled={!pasted.trim()}>
          导入
        </Button>
        {lists.length > 0 && <Button onClick={() => save([])}>删除已导入的科目表</Button>}
      </div>
      {lists.length > 0 && <Text size={200}>已导入：{[...new Set(lists.map((u) => u.label))].join('、')}</Text>}
    </>
  );
}
