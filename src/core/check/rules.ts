/**
 * The 勾稽关系 catalog: every strict and advisory identity of shared/domain/identities.md §2.1–§2.4 (and U-01/U-02
 * of §2.5) as data. Ids and wording follow that catalog; the engine interprets the kinds (types.ts).
 * Narrative, 政府采购, 资产 and 绩效 identities (N-, P-, A-, G-) belong to the 说明 checker and use the same engine.
 */
import type { Rule } from './types';

const T2_INCOME = ['fiscal', 'specialAccount', 'business', 'operating', 'superiorSubsidy', 'subordinateRemit', 'other'];
const T3_PARTS = ['basic', 'project', 'operating', 'remitSuperior', 'subsidySubordinate'];
const FUNDS = ['general', 'fund', 'stateCapital'];

export const RULES: readonly Rule[] = [
  // §2.1 收支总表 (T1)
  { id: 'T1-01', kind: 'columnSum', severity: 'strict', title: '本年收入合计＝各项收入之和', table: 'T1', columns: ['income'], total: 'in:incomeSubtotal', parts: [['@t1income']] },
  { id: 'T1-02', kind: 'columnSum', severity: 'strict', title: '本年支出合计＝各类支出之和', table: 'T1', columns: ['expense'], total: 'ex:expenseSubtotal', parts: [['@categories']] },
  { id: 'T1-03', kind: 'columnSum', severity: 'strict', title: '收入总计＝本年收入合计＋上年结转结余', table: 'T1', columns: ['income'], total: 'in:incomeTotal', parts: [['in:incomeSubtotal', 'in:carryOver']] },
  { id: 'T1-04', kind: 'columnSum', severity: 'strict', title: '支出总计＝本年支出合计＋年终结转结余', table: 'T1', columns: ['expense'], total: 'ex:expenseTotal', parts: [['ex:expenseSubtotal', 'ex:yearEndBalance']] },
  { id: 'T1-05', kind: 'compare', severity: 'strict', title: '收入总计＝支出总计', left: [{ table: 'T1', row: 'in:incomeTotal', column: 'income' }], op: '=', right: [{ table: 'T1', row: 'ex:expenseTotal', column: 'expense' }] },
  // 收入总表 (T2)
  { id: 'T2-01', kind: 'rowSum', severity: 'strict', title: '合计＝本年收入小计＋上年结转', table: 'T2', rows: 'all', total: 'total', parts: ['subtotal', 'carryOver'] },
  { id: 'T2-02', kind: 'rowSum', severity: 'strict', title: '本年收入小计＝各项收入之和', table: 'T2', rows: 'all', total: 'subtotal', parts: T2_INCOME },
  { id: 'T2-03', kind: 'codeHierarchy', severity: 'strict', title: '类＝Σ款＝Σ项（收入总表）', table: 'T2' },
  { id: 'T2-04', kind: 'codeTotal', severity: 'strict', title: '合计＝各类之和（收入总表）', table: 'T2' },
  // 支出总表 (T3)
  { id: 'T3-01', kind: 'rowSum', severity: 'strict', title: '合计＝基本支出＋项目支出＋经营支出＋上解上级支出＋对附属单位补助支出', table: 'T3', rows: 'all', total: 'total', parts: T3_PARTS },
  { id: 'T3-02', kind: 'codeHierarchy', severity: 'strict', title: '类＝Σ款＝Σ项（支出总表）', table: 'T3' },
  { id: 'T3-03', kind: 'codeTotal', severity: 'strict', title: '合计＝各类之和（支出总表）', table: 'T3' },
  // 财政拨款收支总表 (T4)
  { id: 'T4-01', kind: 'columnSum', severity: 'strict', title: '本年收入合计＝一般公共预算＋政府性基金＋国有资本经营预算拨款', table: 'T4', columns: ['income'], total: 'in:incomeSubtotal', parts: [['@t4income']] },
  { id: 'T4-02', kind: 'columnSum', severity: 'strict', title: '年初财政拨款结转和结余＝其下三项之和', table: 'T4', columns: ['income'], total: 'in:carryOver', parts: [['@t4carry']] },
  { id: 'T4-03', kind: 'columnSum', severity: 'strict', title: '收入总计＝本年收入合计＋年初财政拨款结转和结余', table: 'T4', columns: ['income'], total: 'in:incomeTotal', parts: [['in:incomeSubtotal', 'in:carryOver']] },
  { id: 'T4-04', kind: 'rowSum', severity: 'strict', title: '支出合计＝一般公共预算＋政府性基金＋国有资本经营预算财政拨款', table: 'T4', rows: ['ex:'], total: 'total', parts: FUNDS },
  { id: 'T4-05', kind: 'columnSum', severity: 'strict', title: '本年支出合计＝各类支出之和', table: 'T4', columns: ['total', ...FUNDS], total: 'ex:expenseSubtotal', parts: [['@categories']] },
  { id: 'T4-06', kind: 'columnSum', severity: 'strict', title: '支出总计＝本年支出合计＋年末财政拨款结转和结余', table: 'T4', columns: ['total', ...FUNDS], total: 'ex:expenseTotal', parts: [['ex:expenseSubtotal', 'ex:yearEndBalance']] },
  { id: 'T4-07', kind: 'compare', severity: 'strict', title: '收入总计＝支出总计', left: [{ table: 'T4', row: 'in:incomeTotal', column: 'income' }], op: '=', right: [{ table: 'T4', row: 'ex:expenseTotal', column: 'total' }] },
  ...(
    [
      ['一般公共预算拨款', 'general'],
      ['政府性基金预算拨款', 'fund'],
      ['国有资本经营预算拨款', 'stateCapital'],
    ] as const
  ).map(
    ([label, col]): Rule => ({
      id: 'T4-08',
      kind: 'compare',
      severity: 'strict',
      title: `分资金平衡：${label}收入＋年初结转＝支出总计`,
      left: [{ table: 'T4', row: 'ex:expenseTotal', column: col }],
      op: '=',
      right: [
        { table: 'T4', row: `in:${label}`, column: 'income', optional: true },
        { table: 'T4', row: `co:${label}`, column: 'income', optional: true },
      ],
    }),
  ),
  // 一般公共预算财政拨款支出表 (T5)
  { id: 'T5-01', kind: 'rowSum', severity: 'strict', title: '合计＝基本支出＋项目支出', table: 'T5', rows: 'all', total: 'total', parts: ['basic', 'project'] },
  { id: 'T5-02', kind: 'codeHierarchy', severity: 'strict', title: '类＝Σ款＝Σ项（一般公共预算财政拨款支出表）', table: 'T5' },
  { id: 'T5-03', kind: 'codeTotal', severity: 'strict', title: '合计＝各类之和（一般公共预算财政拨款支出表）', table: 'T5' },
  // 基本支出表 (T6)
  { id: 'T6-01', kind: 'rowSum', severity: 'strict', title: '合计＝人员经费＋公用经费', table: 'T6', rows: 'all', total: 'total', parts: ['personnel', 'public'] },
  { id: 'T6-02', kind: 'codeHierarchy', severity: 'strict', title: '类＝Σ款（基本支出表）', table: 'T6' },
  { id: 'T6-03', kind: 'codeTotal', severity: 'strict', title: '合计＝各类之和（基本支出表）', table: 'T6' },
  // 政府基金 / 国有资本经营 (T7, T8)
  ...(['T7', 'T8'] as const).flatMap((t): Rule[] => [
    { id: 'T78-01', kind: 'rowSum', severity: 'strict', title: '合计＝基本支出＋项目支出', table: t, rows: 'all', total: 'total', parts: ['basic', 'project'] },
    { id: 'T78-01', kind: 'codeHierarchy', severity: 'strict', title: '类＝Σ款＝Σ项', table: t },
    { id: 'T78-01', kind: 'codeTotal', severity: 'strict', title: '合计＝各类之和', table: t },
  ]),
  { id: 'T78-02', kind: 'emptyTable', severity: 'strict', title: '政府基金表有数据 ⇔ 财政拨款收支总表政府性基金支出不为零；空表加注', table: 'T7', against: { table: 'T4', row: 'ex:expenseTotal', column: 'fund' } },
  { id: 'T78-02', kind: 'emptyTable', severity: 'strict', title: '国有资本经营表有数据 ⇔ 财政拨款收支总表国有资本经营支出不为零；空表加注', table: 'T8', against: { table: 'T4', row: 'ex:expenseTotal', column: 'stateCapital' } },
  // “三公” (T9)
  { id: 'T9-01', kind: 'columnSum', severity: 'strict', title: '合计＝“三公”经费小计（无小计行时＝三项之和）', table: 'T9', columns: ['total', ...FUNDS], total: 'sg:total', parts: [['sg:subtotal'], ['sg:abroad', 'sg:car', 'sg:reception']] },
  { id: 'T9-02', kind: 'columnSum', severity: 'strict', title: '“三公”经费小计＝因公出国（境）费＋公务用车购置及运维费＋公务接待费', table: 'T9', columns: ['total', ...FUNDS], total: 'sg:subtotal', parts: [['sg:abroad', 'sg:car', 'sg:reception']] },
  { id: 'T9-03', kind: 'columnSum', severity: 'strict', title: '因公出国（境）费＝其中两项之和', table: 'T9', columns: ['total', ...FUNDS], total: 'sg:abroad', parts: [['sg:abroadTeaching', 'sg:abroadOther']], requireAllParts: true },
  { id: 'T9-04', kind: 'columnSum', severity: 'strict', title: '公务用车购置及运维费＝购置费＋运行维护费', table: 'T9', columns: ['total', ...FUNDS], total: 'sg:car', parts: [['sg:carPurchase', 'sg:carRunning']], requireAllParts: true },
  { id: 'T9-05', kind: 'rowSum', severity: 'strict', title: '合计栏＝一般公共预算＋政府性基金＋国有资本经营', table: 'T9', rows: 'all', total: 'total', parts: FUNDS },

  // §2.2 within-table, advisory
  { id: 'T1-06', kind: 'compare', severity: 'advisory', title: '预算中年终结转结余通常为空', left: [{ table: 'T1', row: 'ex:yearEndBalance', column: 'expense' }], op: '=', right: [], constant: '0' },
  { id: 'T1-06', kind: 'compare', severity: 'advisory', title: '预算中年末财政拨款结转和结余通常为空', left: [{ table: 'T4', row: 'ex:yearEndBalance', column: 'total' }], op: '=', right: [], constant: '0' },
  { id: 'T6-04', kind: 'compare', severity: 'advisory', title: '人员经费＝301工资福利支出＋303对个人和家庭的补助', left: [{ table: 'T6', row: 'total', column: 'personnel' }], op: '=', right: [{ table: 'T6', row: 'code:301', column: 'total', optional: true }, { table: 'T6', row: 'code:303', column: 'total', optional: true }] },
  {
    id: 'T6-05',
    kind: 'compare',
    severity: 'advisory',
    title: '公用经费＝302商品和服务支出（含307/309/310）',
    left: [{ table: 'T6', row: 'total', column: 'public' }],
    op: '=',
    right: ['302', '307', '309', '310'].map((c) => ({ table: 'T6' as const, row: `code:${c}`, column: 'total', optional: true })),
  },
  { id: 'T6-06', kind: 'blankWhen', severity: 'advisory', title: '301、303款不列公用经费', table: 'T6', codePrefixes: ['301', '303'], column: 'public' },
  { id: 'T6-06', kind: 'blankWhen', severity: 'advisory', title: '302款不列人员经费', table: 'T6', codePrefixes: ['302'], column: 'personnel' },

  // §2.3 cross-table, strict
  { id: 'X12-01', kind: 'compare', severity: 'strict', title: '收入总表合计＝收支总表收入总计', left: [{ table: 'T2', row: 'total', column: 'total' }], op: '=', right: [{ table: 'T1', row: 'in:incomeTotal', column: 'income' }] },
  {
    id: 'X12-02',
    kind: 'compare',
    severity: 'strict',
    title: '收入总表财政拨款收入＝收支总表一、二、三项之和',
    left: [{ table: 'T2', row: 'total', column: 'fiscal' }],
    op: '=',
    right: ['一般公共预算拨款收入', '政府性基金预算拨款收入', '国有资本经营预算拨款收入'].map((l) => ({ table: 'T1' as const, row: `in:${l}`, column: 'income', optional: true })),
  },
  ...(
    [
      ['specialAccount', '财政专户管理资金收入'],
      ['business', '事业收入'],
      ['operating', '事业单位经营收入'],
      ['superiorSubsidy', '上级补助收入'],
      ['subordinateRemit', '附属单位上缴收入'],
      ['other', '其他收入'],
      ['carryOver', 'carryOver'],
    ] as const
  ).map(
    ([col, role]): Rule => ({
      id: 'X12-03',
      kind: 'compare',
      severity: 'strict',
      title: `收入总表合计行与收支总表${role === 'carryOver' ? '上年结转结余' : role}一致`,
      left: [{ table: 'T2', row: 'total', column: col }],
      op: '=',
      right: [{ table: 'T1', row: `in:${role}`, column: 'income' }],
    }),
  ),
  { id: 'X12-04', kind: 'perCategory', severity: 'strict', title: '收入总表各类＝收支总表同名支出类', left: { table: 'T2', column: 'total' }, op: '=', right: { table: 'T1', column: 'expense' } },
  { id: 'X13-01', kind: 'compare', severity: 'strict', title: '支出总表合计＝收支总表本年支出合计', left: [{ table: 'T3', row: 'total', column: 'total' }], op: '=', right: [{ table: 'T1', row: 'ex:expenseSubtotal', column: 'expense' }] },
  { id: 'X13-02', kind: 'perCategory', severity: 'strict', title: '支出总表各类＝收支总表同名支出类', left: { table: 'T3', column: 'total' }, op: '=', right: { table: 'T1', column: 'expense' }, coverRight: true },
  { id: 'X23-01', kind: 'perCode', severity: 'strict', title: '收入总表与支出总表科目相同、合计相等', left: { table: 'T2', columns: ['total'] }, op: '=', right: { table: 'T3', columns: ['total'] }, sameCodes: true },
  ...(
    [
      ['in:一般公共预算拨款', 'in:一般公共预算拨款收入'],
      ['in:政府性基金预算拨款', 'in:政府性基金预算拨款收入'],
      ['in:国有资本经营预算拨款', 'in:国有资本经营预算拨款收入'],
    ] as const
  ).map(
    ([t4, t1]): Rule => ({
      id: 'X14-01',
      kind: 'compare',
      severity: 'strict',
      title: '财政拨款收支总表一、二、三项收入＝收支总表对应收入',
      left: [{ table: 'T4', row: t4, column: 'income' }],
      op: '=',
      right: [{ table: 'T1', row: t1, column: 'income' }],
    }),
  ),
  { id: 'X14-02', kind: 'compare', severity: 'strict', title: '年初财政拨款结转和结余≤收支总表上年结转结余', left: [{ table: 'T4', row: 'in:carryOver', column: 'income' }], op: '<=', right: [{ table: 'T1', row: 'in:carryOver', column: 'income' }] },
  { id: 'X14-03', kind: 'perCategory', severity: 'strict', title: '财政拨款收支总表各类≤收支总表同名类', left: { table: 'T4', column: 'total' }, op: '<=', right: { table: 'T1', column: 'expense' } },
  { id: 'X14-04', kind: 'compare', severity: 'strict', title: '财政拨款本年支出合计≤收支总表本年支出合计', left: [{ table: 'T4', row: 'ex:expenseSubtotal', column: 'total' }], op: '<=', right: [{ table: 'T1', row: 'ex:expenseSubtotal', column: 'expense' }] },
  { id: 'X35-01', kind: 'perCode', severity: 'strict', title: '一般公共预算支出≤支出总表同科目（合计、基本、项目）', left: { table: 'T5', columns: ['total', 'basic', 'project'] }, op: '<=', right: { table: 'T3', columns: ['total', 'basic', 'project'] } },
  { id: 'X45-01', kind: 'compare', severity: 'strict', title: '一般公共预算支出表合计＝财政拨款收支总表本年支出合计（一般公共预算）', left: [{ table: 'T5', row: 'total', column: 'total' }], op: '=', right: [{ table: 'T4', row: 'ex:expenseSubtotal', column: 'general' }] },
  { id: 'X45-02', kind: 'perCategory', severity: 'strict', title: '一般公共预算支出表各类＝财政拨款收支总表同名类（一般公共预算）', left: { table: 'T5', column: 'total' }, op: '=', right: { table: 'T4', column: 'general' } },
  { id: 'X47-01', kind: 'compare', severity: 'strict', title: '政府基金支出表合计＝财政拨款收支总表政府性基金支出', left: [{ table: 'T7', row: 'total', column: 'total' }], op: '=', right: [{ table: 'T4', row: 'ex:expenseSubtotal', column: 'fund' }] },
  { id: 'X47-01', kind: 'perCategory', severity: 'strict', title: '政府基金支出表各类＝财政拨款收支总表同名类（政府性基金）', left: { table: 'T7', column: 'total' }, op: '=', right: { table: 'T4', column: 'fund' } },
  { id: 'X48-01', kind: 'compare', severity: 'strict', title: '国有资本经营支出表合计＝财政拨款收支总表国有资本经营支出', left: [{ table: 'T8', row: 'total', column: 'total' }], op: '=', right: [{ table: 'T4', row: 'ex:expenseSubtotal', column: 'stateCapital' }] },
  { id: 'X48-01', kind: 'perCategory', severity: 'strict', title: '国有资本经营支出表各类＝财政拨款收支总表同名类（国有资本经营）', left: { table: 'T8', column: 'total' }, op: '=', right: { table: 'T4', column: 'stateCapital' } },
  { id: 'X56-01', kind: 'compare', severity: 'strict', title: '基本支出表合计＝一般公共预算支出表基本支出合计', left: [{ table: 'T6', row: 'total', column: 'total' }], op: '=', right: [{ table: 'T5', row: 'total', column: 'basic' }] },
  ...(
    [
      ['30217', 'sg:reception', '公务接待费'],
      ['30231', 'sg:carRunning', '公务用车运行维护费'],
      ['30212', 'sg:abroad', '因公出国（境）费用'],
      ['31013', 'sg:carPurchase', '公务用车购置'],
    ] as const
  ).map(
    ([code, role, name]): Rule => ({
      id: 'X69-01',
      kind: 'compare',
      severity: 'strict',
      title: `基本支出表${code}${name}≤“三公”表对应项（一般公共预算）`,
      left: [{ table: 'T6', row: `code:${code}`, column: 'total' }],
      op: '<=',
      right: [{ table: 'T9', row: role, column: 'general' }],
    }),
  ),
  ...FUNDS.map(
    (col, i): Rule => ({
      id: 'X49-01',
      kind: 'compare',
      severity: 'strict',
      title: '“三公”合计≤财政拨款支出总计（分资金）',
      left: [{ table: 'T9', row: 'sg:total|sg:subtotal', column: col }],
      op: '<=',
      right: [{ table: 'T4', row: 'ex:expenseTotal', column: ['general', 'fund', 'stateCapital'][i]! }],
    }),
  ),

  // §2.4 cross-table, advisory
  ...(
    [
      [['30108'], ['2080505']],
      [['30109'], ['2080506']],
      [['30110', '30111'], ['2101101', '2101102', '2101103']],
      [['30113'], ['2210201']],
    ] as const
  ).map(
    ([econ, func]): Rule => ({
      id: 'X56-02',
      kind: 'compare',
      severity: 'advisory',
      title: `经济分类${econ.join('+')}＝功能分类${func.join('+')}基本支出`,
      left: econ.map((c) => ({ table: 'T6' as const, row: `code:${c}`, column: 'total', optional: true })),
      op: '=',
      right: func.map((c) => ({ table: 'T5' as const, row: `code:${c}`, column: 'basic', optional: true })),
    }),
  ),
  {
    id: 'X56-03',
    kind: 'compare',
    severity: 'advisory',
    title: '离退休（2080501+2080502）基本支出≥退休费等（30301+30302）',
    left: [{ table: 'T5', row: 'code:2080501', column: 'basic', optional: true }, { table: 'T5', row: 'code:2080502', column: 'basic', optional: true }],
    op: '>=',
    right: [{ table: 'T6', row: 'code:30301', column: 'total', optional: true }, { table: 'T6', row: 'code:30302', column: 'total', optional: true }],
  },
  ...(
    [
      ['30217', 'sg:reception'],
      ['30231', 'sg:carRunning'],
      ['30212', 'sg:abroad'],
      ['31013', 'sg:carPurchase'],
    ] as const
  ).map(
    ([code, role]): Rule => ({
      id: 'X69-02',
      kind: 'compare',
      severity: 'advisory',
      title: '无项目支出安排“三公”时，基本支出表对应经济科目＝“三公”表',
      left: [{ table: 'T6', row: `code:${code}`, column: 'total' }],
      op: '=',
      right: [{ table: 'T9', row: role, column: 'general' }],
    }),
  ),
  { id: 'X35-02', kind: 'blankWhen', severity: 'advisory', title: '行政运行、事业运行只列基本支出', table: 'T3', labels: ['行政运行', '事业运行'], column: 'project' },
  { id: 'X35-02', kind: 'blankWhen', severity: 'advisory', title: '一般行政管理事务、专项业务只列项目支出', table: 'T3', labels: ['一般行政管理事务', '专项业务'], column: 'basic' },

  // §2.5 structure
  { id: 'U-01', kind: 'unitsSum', severity: 'advisory', title: '部门预算＝所属单位预算之和（所有单位都在时）', tables: ['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9'] },
  { id: 'U-02', kind: 'header', severity: 'strict', title: '各表预算年度、部门一致；单位编码＝部门编码＋3位' },
];
