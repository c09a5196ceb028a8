/**
 * The vocabulary of subjects a 情况说明 can state a figure for (issue #12; identities.md §2.5). Data: each subject
 * has its synonyms as they appear in Hebei, Jiangsu and Shanghai narratives (half-width, straight quotes — what
 * normalize() makes of the text), the table quantity it comes from (a Facts accessor; none → 未核对), other
 * quantities a careful writer may mean by the same words (a match with one of those is an advisory naming both,
 * never an error), and its component lists (for 其中 sums and N-04 change arithmetic).
 *
 * Generic subjects (收入预算, 支出预算…) are used only when no specific subject is named in the phrase, so
 * 「人员支出预算…万元」 is 人员经费 and never 支出合计.
 */
import type { Amount, Facts } from './facts';

export interface Quantity {
  what: string;
  fact: (f: Facts) => Amount;
}

export interface Subject {
  id: string;
  /** How the user reads it (finding messages, the pane's list). */
  what: string;
  rule: string;
  severity: 'strict' | 'advisory';
  words: readonly string[];
  generic?: boolean;
  /** The table quantity; absent: a known subject the tables here do not give (未核对, with the reason). */
  fact?: (f: Facts) => Amount;
  /** Where the quantity is printed (for the pane's link and messages). */
  source?: string;
  alternates?: readonly Quantity[];
  /** Component lists, any one of which sums to the subject. */
  parts?: readonly (readonly string[])[];
  /** A 三公 item: in a 机关运行经费 section the same words name a 302 item instead (N-07). */
  sanGong?: boolean;
}

const minus = (a: Amount, b: Amount): Amount => (a === null || b === null ? null : a.minus(b));

export const SUBJECTS: readonly Subject[] = [
  // 收入 (T1 收支总表, N-02)
  {
    id: 'income.total',
    what: '收入总计',
    rule: 'N-02',
    severity: 'strict',
    generic: true,
    words: [
      '收入预算总计',
      '收入总计',
      '收支预算总计',
      '收支总计',
      '收、支预算总计',
      '收入、支出预算总计',
      '收入、支出总计',
      '收入预算',
      '预算收入',
      '收入合计',
      '总收入',
      '收入预算合计',
    ],
    fact: (f) => f.income.total,
    source: '收支总表 收入总计',
    alternates: [{ what: '本年收入合计（不含上年结转）', fact: (f) => f.income.subtotal }],
  },
  {
    id: 'income.subtotal',
    what: '本年收入合计',
    rule: 'N-02',
    severity: 'strict',
    words: ['本年收入合计', '本年收入预算合计', '本年收入', '当年收入'],
    fact: (f) => f.income.subtotal,
    source: '收支总表 本年收入合计',
    alternates: [{ what: '收入总计（含上年结转）', fact: (f) => f.income.total }],
  },
  {
    id: 'income.general',
    what: '一般公共预算收入',
    rule: 'N-02',
    severity: 'strict',
    words: ['一般公共预算拨款收入', '一般公共预算收入', '一般公共预算财政拨款收入'],
    fact: (f) => f.income.general,
    source: '收支总表 一般公共预算拨款收入',
  },
  {
    id: 'income.fund',
    what: '政府性基金预算收入',
    rule: 'N-02',
    severity: 'strict',
    words: ['政府性基金预算拨款收入', '政府性基金预算收入', '政府性基金收入', '基金预算收入', '基金预算拨款收入'],
    fact: (f) => f.income.fund,
    source: '收支总表 政府性基金预算拨款收入',
  },
  {
    id: 'income.stateCapital',
    what: '国有资本经营预算收入',
    rule: 'N-02',
    severity: 'strict',
    words: ['国有资本经营预算拨款收入', '国有资本经营预算收入'],
    fact: (f) => f.income.stateCapital,
    source: '收支总表 国有资本经营预算拨款收入',
  },
  {
    id: 'income.specialAccount',
    what: '财政专户管理资金收入',
    rule: 'N-02',
    severity: 'strict',
    words: ['财政专户管理资金收入', '财政专户核拨收入', '财政专户管理资金', '财政专户核拨'],
    fact: (f) => f.income.specialAccount,
    source: '收支总表 财政专户管理资金收入',
  },
  {
    id: 'income.unitFunds',
    what: '单位资金收入',
    rule: 'N-02',
    severity: 'strict',
    words: ['单位资金收入', '单位资金', '其他来源收入'],
    fact: (f) => f.income.unitFunds,
    source: '收支总表 单位资金',
  },
  {
    id: 'income.other',
    what: '事业收入/其他收入',
    rule: 'N-02',
    severity: 'strict',
    words: ['事业单位经营收入', '事业收入', '其他收入', '上级补助收入', '附属单位上缴收入'],
  },
  {
    id: 'income.appropriation',
    what: '财政拨款收入',
    rule: 'N-02',
    severity: 'strict',
    words: ['财政拨款收入', '财政拨款收支总预算', '财政拨款收、支总预算', '财政拨款收、支总计', '财政拨款收支总计'],
  },
  {
    id: 'income.carryOver',
    what: '上年结转结余',
    rule: 'N-02',
    severity: 'strict',
    words: ['上年结转结余', '上年结转', '年初结转', '结转结余'],
    fact: (f) => f.income.carryOver,
    source: '收支总表 上年结转结余',
  },
  // 支出 (T1/T3/T6, N-02, N-03, N-08)
  {
    id: 'expense.total',
    what: '本年支出合计',
    rule: 'N-02',
    severity: 'strict',
    generic: true,
    words: [
      '支出预算总计',
      '支出总计',
      '本年支出预算合计',
      '本年支出合计',
      '支出预算合计',
      '支出合计',
      '支出预算',
      '预算支出',
      '总支出',
      '收支预算',
      '预算收支安排',
      '收支安排',
    ],
    fact: (f) => f.expense.total,
    source: '收支总表 本年支出合计',
    alternates: [
      { what: '本年收入合计', fact: (f) => f.income.subtotal },
      { what: '支出总计（含结转）', fact: (f) => f.income.total },
    ],
    parts: [
      ['expense.basic', 'expense.project'],
      ['expense.basic', 'expense.project', 'expense.reserve'],
      ['expense.personnel', 'expense.public', 'expense.project'],
    ],
  },
  {
    id: 'expense.basic',
    what: '基本支出',
    rule: 'N-03',
    severity: 'strict',
    words: ['基本支出'],
    fact: (f) => f.expense.basic,
    source: '支出总表 合计 基本支出',
    parts: [['expense.personnel', 'expense.public']],
  },
  {
    id: 'expense.personnel',
    what: '人员经费',
    rule: 'N-03',
    severity: 'strict',
    words: ['人员经费', '人员支出', '工资福利支出和对个人和家庭的补助'],
    fact: (f) => f.expense.personnel,
    source: '基本支出表 合计 人员经费',
  },
  {
    id: 'expense.public',
    what: '日常公用经费',
    rule: 'N-03',
    severity: 'strict',
    words: ['日常公用经费', '日常公用支出', '公用经费', '公用支出'],
    fact: (f) => f.expense.public,
    source: '基本支出表 合计 公用经费',
  },
  { id: 'expense.specialPublic', what: '专项公用经费', rule: 'N-03', severity: 'advisory', words: ['专项公用经费', '专项公用支出'] },
  {
    id: 'expense.project',
    what: '项目支出',
    rule: 'N-08',
    severity: 'advisory',
    words: ['项目支出', '项目经费', '项目预算'],
    fact: (f) => f.expense.project,
    source: '支出总表 合计 项目支出',
    alternates: [{ what: '项目支出中本年安排的部分（不含上年结转）', fact: (f) => minus(f.expense.project, f.income.carryOver) }],
  },
  {
    id: 'expense.reserve',
    what: '单位预留机动经费',
    rule: 'N-02',
    severity: 'strict',
    words: ['单位预留机动经费', '预留机动经费', '预留机动'],
  },
  { id: 'expense.function', what: '功能分类科目支出', rule: 'N-02', severity: 'strict', words: ['(类)', '(款)', '(项)', '科目'] },
  {
    id: 'expense.general',
    what: '一般公共预算支出',
    rule: 'N-02',
    severity: 'strict',
    words: ['一般公共预算支出', '一般公共预算财政拨款支出', '一般公共预算拨款支出'],
  },
  { id: 'expense.appropriation', what: '财政拨款支出', rule: 'N-02', severity: 'strict', words: ['财政拨款支出', '财政拨款预算支出'] },
  {
    id: 'expense.stateCapital',
    what: '国有资本经营预算支出',
    rule: 'N-02',
    severity: 'strict',
    words: ['国有资本经营预算拨款支出', '国有资本经营预算支出'],
  },
  {
    id: 'expense.fund',
    what: '政府性基金支出',
    rule: 'N-02',
    severity: 'strict',
    words: ['政府性基金支出', '政府性基金拨款支出', '政府性基金预算支出'],
  },
  // 机关运行经费 (N-06, advisory: Hebei means 公用经费; other provinces 行政+参公 units only)
  {
    id: 'operating',
    what: '机关运行经费',
    rule: 'N-06',
    severity: 'advisory',
    words: ['机关运行经费', '机关运行费', '机关运行'],
    fact: (f) => f.expense.public,
    source: '基本支出表 合计 公用经费',
  },
  // 三公 (T9, N-01)
  {
    id: 'sanGong.total',
    what: '“三公”经费',
    rule: 'N-01',
    severity: 'strict',
    words: ['"三公"经费', '三公经费', '"三公"'],
    fact: (f) => f.sanGong.total,
    source: '“三公”经费表 小计',
    parts: [
      ['sanGong.abroad', 'sanGong.car', 'sanGong.reception'],
      ['sanGong.abroad', 'sanGong.carPurchase', 'sanGong.carRunning', 'sanGong.reception'],
    ],
  },
  {
    id: 'sanGong.abroad',
    what: '因公出国（境）费',
    rule: 'N-01',
    severity: 'strict',
    sanGong: true,
    words: ['因公出国(境)费', '因公出国(境)经费', '因公出国境费', '因公出国费', '出国(境)费'],
    fact: (f) => f.sanGong.abroad,
    source: '“三公”经费表 因公出国（境）费',
  },
  {
    id: 'sanGong.car',
    what: '公务用车购置及运行维护费',
    rule: 'N-01',
    severity: 'strict',
    sanGong: true,
    words: [
      '公务用车购置及运行维护费',
      '公务用车购置及运维费',
      '公务用车购置及运行费',
      '公务用车购置和运行维护费',
      '公务用车购置和运行费',
      '公务车购置及运行费',
      '公务车购置及运行维护费',
      '公务用车费',
    ],
    fact: (f) => f.sanGong.car,
    source: '“三公”经费表 公务用车购置及运行维护费',
    parts: [['sanGong.carPurchase', 'sanGong.carRunning']],
  },
  {
    id: 'sanGong.carPurchase',
    what: '公务用车购置费',
    rule: 'N-01',
    severity: 'strict',
    sanGong: true,
    words: ['公务用车购置费', '公务用车购置', '公车购置费'],
    fact: (f) => f.sanGong.carPurchase,
    source: '“三公”经费表 公务用车购置费',
  },
  {
    id: 'sanGong.carRunning',
    what: '公务用车运行维护费',
    rule: 'N-01',
    severity: 'strict',
    sanGong: true,
    words: [
      '公务用车运行维护费',
      '公务用车运维费',
      '公务用车运行费',
      '公车运行维护费',
      '公车运维费',
      '公务用车运行',
      '公务车用车运行费',
      '公务车运行费',
      '公务车运行维护费',
    ],
    fact: (f) => f.sanGong.carRunning,
    source: '“三公”经费表 公务用车运行维护费',
  },
  {
    id: 'sanGong.reception',
    what: '公务接待费',
    rule: 'N-01',
    severity: 'strict',
    sanGong: true,
    words: ['公务接待费', '公务接待'],
    fact: (f) => f.sanGong.reception,
    source: '“三公”经费表 公务接待费',
  },
  { id: 'meeting', what: '会议费', rule: 'N-10', severity: 'advisory', words: ['会议费'] },
  { id: 'training', what: '培训费', rule: 'N-10', severity: 'advisory', words: ['培训费'] },
  // 政府采购, 资产 (N-05, A-01, P-06)
  {
    id: 'procurement',
    what: '政府采购预算',
    rule: 'N-05',
    severity: 'strict',
    words: ['政府采购预算总金额', '政府采购预算', '政府采购总额'],
    fact: (f) => f.procurement,
    source: '政府采购预算表 合计',
  },
  {
    id: 'procurement.part',
    what: '政府采购货物/工程/服务预算',
    rule: 'N-05',
    severity: 'strict',
    words: ['政府采购货物预算', '政府采购工程预算', '政府采购服务预算', '拟采购货物', '拟采购工程', '拟采购服务', '政府采购项目预算'],
  },
  {
    id: 'assets',
    what: '上年末固定资产金额',
    rule: 'A-01',
    severity: 'strict',
    words: ['上年末固定资产金额', '固定资产金额', '固定资产原值', '年末固定资产', '固定资产总额'],
    fact: (f) => f.assets,
    source: '固定资产占用情况表 资产总额',
  },
  {
    id: 'assets.purchase',
    what: '本年度拟购置固定资产总额',
    rule: 'P-06',
    severity: 'advisory',
    words: ['拟购置固定资产总额', '拟购置固定资产', '购置固定资产'],
    fact: (f) => f.procurementAssets,
    source: '政府采购预算表 固定资产类货物（A01–A06）之和',
  },
  { id: 'performance', what: '绩效目标涉及的项目预算资金', rule: 'G-01', severity: 'advisory', words: ['项目预算资金', '绩效目标'] },
];

export const SUBJECT_BY_ID: ReadonlyMap<string, Subject> = new Map(SUBJECTS.map((s) => [s.id, s]));
