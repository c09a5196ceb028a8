/** 科目查询: a code or a name → matching subjects (with their 类/款 path); a click writes one into the active row. Nothing found says so, with what to do. */
import { Button, Field, Input, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { CodeBooks } from '../core/codes/books';
import type { Resolved } from '../core/codes/codebook';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: 0, listStyle: 'none' },
  item: { padding: '4px 0', borderBottom: `1px solid ${tokens.colorNeutralStroke3}` },
  hit: { display: 'block', width: '100%', textAlign: 'left' },
});

export function CodeLookup({ books, year, insert }: { books: CodeBooks | null; year: number; insert: (r: Resolved) => void }) {
  const s = useStyles();
  const [query, setQuery] = useState('');
  const hits: Resolved[] = useMemo(() => {
    if (!books || !query.trim()) return [];
    return [
      ...books.function.search(query, books.function.editionFor(year), 15),
      ...books.economic.search(query, books.economic.editionFor(year), 15),
    ];
  }, [books, query, year]);
  return (
    <>
      <Field label="科目查询（编码或名称）">
        <Input value={query} onChange={(_, d) => setQuery(d.value)} placeholder="如 2013201 或 行政运行" aria-label="科目查询" />
      </Field>
      {books && query.trim() !== '' && hits.length === 0 && (
        <Text size={200} role="status">
          未找到“{query.trim()}”。内置科目表只收录公开文件中出现过的科目：请核对编码，或在下方导入本单位的科目表。
        </Text>
      )}
      {hits.length > 0 && (
        <ul className={s.list} aria-label="查询结果">
          {hits.map((r) => {
            const path = books![r.code.startsWith('3') ? 'economic' : 'function']
              .path(r.code, r.year)
              .map((p) => p.name)
              .join(' / ');
            return (
              <li key={`${r.code}-${r.name}`} className={s.item}>
                <Button appearance="subtle" className={s.hit} onClick={() => insert(r)} aria-label={`插入 ${r.code} ${r.name}`}>
                  <Text weight="semibold">{r.code}</Text> {r.name}{' '}
                  <Text size={200}>
                    （{r.level}：{path}
                    {r.source === 'user' ? '，用户导入' : ''}）
                  </Text>
                </Button>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
