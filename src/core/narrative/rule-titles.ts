/**
 * Chinese titles of the 说明核对 rules (shared/domain/identities.md §N, U-04/U-05, A-01, P-06, G-01), shown in place of
 * the rule id wherever a finding of the 说明 is listed; the id stays in the details line.
 */
export const NARRATIVE_TITLES: Readonly<Record<string, string>> = {
  'N-01': '说明中的“三公”经费与“三公”经费支出表',
  'N-02': '说明中的收支金额与收支总表',
  'N-03': '说明中的基本支出、人员经费、公用经费',
  'N-04': '说明中的比上年增减',
  'N-05': '说明中的政府采购预算与政府采购预算表',
  'N-06': '说明中的机关运行经费',
  'N-07': '说明中机关运行经费各项与基本支出表',
  'N-08': '说明中的项目支出',
  'N-09': '说明中所列项目之和与项目支出',
  'N-10': '“三公”经费不含会议费、培训费',
  'N-11': '说明中的占比',
  'N-12': '名词解释的级次说法',
  'N-13': '说明中的年份',
  'N-14': '说明中的数与上年公开数相同',
  'N-15': '增减较大时说明主要原因',
  'A-01': '说明中的固定资产与固定资产占用情况表',
  'P-06': '说明中的拟购置固定资产与政府采购预算表',
  'G-01': '说明中的绩效目标项目资金',
  'U-04': '说明的九部分标题',
  'U-05': '说明中未填写的占位内容',
};

export const narrativeTitle = (rule: string): string => NARRATIVE_TITLES[rule] ?? '说明核对';
