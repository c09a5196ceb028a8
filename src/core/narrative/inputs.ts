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

/** Reads stored inputs leniently: unknown or damaged fields fall back to the defaults. */
export function parseInputs(json: string | null | undefined): NarrativeInputs {
  if (!json) return { ...DEFAULT_INPUTS };
  try {
    const v = JSON.parse(json) as Partial<NarrativeInputs>;
    return {
      ...DEFAULT_INPUTS,
      ...v,
      prior: { ...(v.prior ?? {}) },
      reasons: { ...(v.reasons ?? {}) },
      units: Array.isArray(v.units) ? v.units.filter((u) => u && typeof u.name === 'string') : [],
    };
  } catch {
    return { ...DEFAULT_INPUTS };
  }
}
