/** The 情况说明 text of a seed (部门 part, or the 单位 part), as prose lines — for 说明核对 tests. */
import { parseSeed, readSeed } from './seed-text';

export function seedNarrative(seed: string, part: '部门' | '单位' = '部门'): string {
  const lines = parseSeed(readSeed(seed));
  const texts = lines.filter((l) => l.kind === 'text').map((l) => (l as { text: string }).text);
  const start = texts.findIndex(
    (t) => t.includes(`预算信息公开情况说明`) && (part === '部门' ? !t.includes('单位预算') : t.includes('单位预算')),
  );
  let end = texts.findIndex((t, i) => i > start && (t.startsWith('第二部分  部门所属') || t.startsWith('第二部分 部门所属')));
  if (end < 0) end = texts.length;
  return texts.slice(start, end).join('\n');
}
