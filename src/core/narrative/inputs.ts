/** The department's own inputs to the 情况说明 (entered in the pane, stored in the workbook), with defaults. */
export interface UnitRow {
  name: string;
  nature: string;
  rank: string;
  funding: string;
}

export interface NarrativeInputs {
  /** 省级/市级/区级/县级: the 名词解释 wording. */
  government: '省级' | '市级' | '区级' | '县级';
  /** 我省/我市/我区/我县 in section 二's first sentence. */
  regionWord: '我省' | '我市' | '我区' | '我县';
  duties: string;
  units: UnitRow[];
  /** Prior-year figures (万元) for 比上年增减. */
  prior: { total?: string; basic?: string; project?: string; sanGong?: string; abroad?: string; car?: string; reception?: string };
  reasons: { total?: string; sanGong?: string };
  performance: string;
  /** Used when the workbook has no 政府采购预算 / 固定资产占用情况表. */
  procurement?: string;
  assets?: string;
  plannedAssets?: string;
  other: string;
  /** Figures in 万元 (2 decimals, default) or 元 (seed 003). */
  money: '万元' | '元';
}

export const DEFAULT_INPUTS: NarrativeInputs = {
  government: '区级',
  regionWord: '我省',
  duties: '',
  units: [],
  prior: {},
  reasons: {},
  performance: '',
  other: '',
  money: '万元',
};

const ONE_OF: Partial<Record<keyof NarrativeInputs, readonly string[]>> = {
  government: ['省级', '市级', '区级', '县级'],
  regionWord: ['我省', '我市', '我区', '我县'],
  money: ['万元', '元'],
};
const TEXT: readonly (keyof NarrativeInputs)[] = ['duties', 'performance', 'other', 'procurement', 'assets', 'plannedAssets'];
const LABEL: Record<string, string> = {
  government: '政府级次',
  regionWord: '地区称谓',
  money: '金额单位',
  duties: '部门职责',
  performance: '绩效目标',
  other: '其他说明',
  procurement: '政府采购',
  assets: '国有资产占用',
  plannedAssets: '拟购置资产',
  units: '所属单位',
  prior: '上年数',
  reasons: '增减原因',
};

/** A record of text values (上年数, 增减原因); a finite number is read as its text. */
function textRecord(v: unknown, field: string, problems: string[]): Record<string, string> {
  if (v === undefined || v === null) return {};
  if (typeof v !== 'object' || Array.isArray(v)) {
    problems.push(`“${LABEL[field]}”应为一组文字，已忽略`);
    return {};
  }
  const out: Record<string, string> = {};
  for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
    if (typeof x === 'string') out[k] = x;
    else if (typeof x === 'number' && Number.isFinite(x)) out[k] = String(x);
    else if (x !== undefined && x !== null) problems.push(`“${LABEL[field]}”中的 ${k} 应为文字，已忽略`);
  }
  return out;
}

/**
 * The inputs checked field by field at the border (from the pane's store, the workbook's hidden sheet or an
 * --inputs file): a field of the wrong type or value is left at its default and named in `problems` (Chinese).
 * Fields this version does not know pass through unchanged.
 */
export function checkInputs(value: unknown): { inputs: NarrativeInputs; problems: string[] } {
  const problems: string[] = [];
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return { inputs: { ...DEFAULT_INPUTS }, problems: ['填写内容应为一个 JSON 对象（{ … }），已忽略'] };
  const v = { ...(value as Record<string, unknown>) };
  for (const [k, allowed] of Object.entries(ONE_OF)) {
    if (v[k] === undefined) continue;
    if (typeof v[k] !== 'string' || !allowed!.includes(v[k] as string)) {
      problems.push(`“${LABEL[k]}”应为 ${allowed!.join('、')} 之一，已按默认处理`);
      delete v[k];
    }
  }
  for (const k of TEXT) {
    if (v[k] === undefined || v[k] === null) {
      delete v[k];
      continue;
    }
    if (typeof v[k] !== 'string') {
      problems.push(`“${LABEL[k]}”应为文字，已忽略`);
      delete v[k];
    }
  }
  let units: UnitRow[] = [];
  if (v.units !== undefined && v.units !== null) {
    if (!Array.isArray(v.units)) problems.push('“所属单位”应为一个列表，已忽略');
    else
      units = v.units.flatMap((u: unknown, i: number) => {
        const r = u as Record<string, unknown> | null;
        if (!r || typeof r !== 'object' || typeof r.name !== 'string') {
          problems.push(`“所属单位”第 ${i + 1} 项缺少名称，已忽略`);
          return [];
        }
        const text = (x: unknown) => (typeof x === 'string' ? x : typeof x === 'number' ? String(x) : '');
        return [{ name: r.name, nature: text(r.nature), rank: text(r.rank), funding: text(r.funding) }];
      });
  }
  const inputs = {
    ...DEFAULT_INPUTS,
    ...(v as Partial<NarrativeInputs>),
    prior: textRecord(v.prior, 'prior', problems),
    reasons: textRecord(v.reasons, 'reasons', problems),
    units,
  } as NarrativeInputs;
  return { inputs, problems };
}

/** What `parseInputs` leaves out of stored inputs, in Chinese (empty: sound, or nothing stored). */
export function inputsProblems(json: string | null | undefined): string[] {
  if (!json) return [];
  try {
    return checkInputs(JSON.parse(json)).problems;
  } catch {
    return ['内容不是有效的 JSON，已全部忽略'];
  }
}

/** Reads stored inputs leniently: unknown or damaged fields fall back to the defaults (see checkInputs). */
export function parseInputs(json: string | null | undefined): NarrativeInputs {
  if (!json) return { ...DEFAULT_INPUTS };
  try {
    return checkInputs(JSON.parse(json)).inputs;
  } catch {
    return { ...DEFAULT_INPUTS };
  }
}
