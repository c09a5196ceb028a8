/**
 * The stored 上年公开文件 (JSON in the very hidden sheet, ./stored-prior.ts) checked at the border: what is wrong with
 * it, in Chinese, part by part. `parsePrior` keeps what is sound and drops the rest; this says what was dropped, so
 * the pane and the CLI can tell the user (a damaged store reads as no prior source, never as wrong figures).
 */
const NUMBER = /^-?\d{1,15}(\.\d{1,10})?$/;

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

function valueProblem(v: unknown): string | null {
  if (!isObject(v)) return '应为一个对象';
  if (typeof v.value !== 'string' || !NUMBER.test(v.value)) return '金额应为数字文字';
  if (v.from !== 'table' && v.from !== 'text') return '来源应为 table 或 text';
  if (v.where !== undefined && typeof v.where !== 'string') return '位置应为文字';
  return null;
}

/** What is wrong with the stored JSON (empty: sound, or nothing stored). */
export function priorProblems(json: string | null | undefined, version: number): string[] {
  if (!json) return [];
  let s: unknown;
  try {
    s = JSON.parse(json);
  } catch {
    return ['内容不是有效的 JSON，已全部忽略'];
  }
  if (!isObject(s)) return ['内容应为一个 JSON 对象，已全部忽略'];
  if (s.version !== version) return [`版本应为 ${version}，已全部忽略`];
  if (typeof s.source !== 'string') return ['缺少文件名（source），已全部忽略'];
  if (!isObject(s.values)) return ['缺少上年数（values），已全部忽略'];
  const problems: string[] = [];
  for (const [k, v] of Object.entries(s.values)) {
    const why = valueProblem(v);
    if (why) problems.push(`上年数 ${k} ${why}，已忽略`);
  }
  if (s.year !== undefined && s.year !== null && !Number.isInteger(s.year)) problems.push('年度应为整数，已忽略');
  if (s.unitName !== undefined && s.unitName !== null && typeof s.unitName !== 'string') problems.push('单位名称应为文字，已忽略');
  if (s.reasonShare !== undefined && !(typeof s.reasonShare === 'number' && s.reasonShare > 0 && s.reasonShare < 1000))
    problems.push('说明原因的增减比例应为 0 到 1000 之间的数，已按默认 10% 处理');
  if (s.disagreements !== undefined) {
    if (!Array.isArray(s.disagreements)) problems.push('表文不一致（disagreements）应为一个列表，已忽略');
    else
      s.disagreements.forEach((d: unknown, i) => {
        const bad = !isObject(d) || typeof d.subject !== 'string' || valueProblem(d.table) || valueProblem(d.text);
        if (bad) problems.push(`表文不一致第 ${i + 1} 项不完整，已忽略`);
      });
  }
  return problems;
}
