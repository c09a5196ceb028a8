/**
 * 情况说明 generator: the nine sections of the 部门预算信息公开情况说明 (and the 单位 variant) written from the
 * tables' facts and the department's inputs, in the wording of the published documents (shared/domain/templates.md
 * §3; seeds 000, 001, 003). 上年数 come from the form (typed) or last year's disclosure (src/core/narrative/prior-facts.ts); with
 * neither, the 比上年 paragraph is a 〔请填写…〕 marker. Produces a small document model rendered as text here and as
 * .docx by src/docx.
 */
import { Decimal } from '../money';
import type { Facts, Amount } from './facts';
import type { PriorFacts } from './prior-facts';
import type { NarrativeInputs } from './inputs';
import { priorFigure, type PriorField } from './prior-inputs';

export type Block =
  { kind: 'heading'; text: string; level: 1 | 2 } | { kind: 'p'; text: string } | { kind: 'table'; title: string; rows: string[][] };

export interface NarrativeDoc {
  title: string[];
  blocks: Block[];
  /** Figures the tables did not give (the text shows 〔缺：…〕 there). */
  missing: string[];
}

const GLOSSARY = (gov: string, unitVariant: boolean) => [
  `1、一般公共预算拨款收入：指${gov}财政当年拨付的资金。`,
  '2、事业收入：指事业单位开展专业业务活动及辅助活动所取得的收入。',
  '3、其他收入：指除“一般公共预算拨款收入”、“事业收入”等以外的收入。主要是按规定动用的租房收入、存款利息收入等。',
  '4、基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。',
  '5、项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。',
  '6、上缴上级支出：指下级单位上缴上级的支出。',
  `7、“三公”经费：纳入${gov}财政预算管理的“三公”经费，是指${unitVariant ? '预算部门单位' : `${gov}部门`}用财政拨款安排的因公出国（境）费、公务用车购置及运维费和公务接待费。其中，因公出国（境）费反映单位公务出国（境）的住宿费、旅费、伙食补助费、杂费、培训费等支出；公务用车购置及运维费反映单位公务用车购置费及租用费、燃料费、维修费、过路过桥费、保险费、安全奖励费用等支出；公务接待费反映单位按规定开支的各类公务接待（含外宾接待）支出。`,
  '8、机关运行费：是指各部门的公用经费，包括办公及印刷费、邮电费、差旅费、会议费、福利费、日常维修费、专用材料及一般设备购置费、办公用房水电费、办公用房取暖费、办公用房物业管理费、公务用车运行维护费以及其他费用。',
  '9、上年结转：指以前年度尚未完成、结转到本年仍按原规定用途继续使用的资金。',
  '10、事业单位经营支出：指事业单位在专业业务活动及其辅助活动之外开展非独立核算经营活动发生的支出。',
];

/** What every section writes with: the facts, the inputs, number formatting that records what is missing. */
interface Writer {
  f: Facts;
  inputs: NarrativeInputs;
  L: Facts['level'];
  name: string;
  year: number;
  amt: (a: Amount, what: string) => string;
  input: (s: string | undefined) => Decimal | null;
  /** 上年数: typed in the form, else from last year's disclosure. */
  last: (field: PriorField) => Decimal | null;
  change: (now: Amount, prior: Decimal | null, what: string) => string | null;
  h: (text: string) => void;
  p: (text: string) => void;
  blocks: Block[];
  missing: string[];
}

function writer(f: Facts, inputs: NarrativeInputs, prior: PriorFacts | null): Writer {
  const missing: string[] = [];
  const L = f.level; // 部门 | 单位
  const yuan = inputs.money === '元';
  const unit = yuan ? '元' : '万元';
  const num = (a: Amount, what: string): string => {
    if (a === null) {
      missing.push(what);
      return `〔缺：${what}〕`;
    }
    return yuan ? a.times(10000).toFixed(0) : a.toFixed(2);
  };
  const amt = (a: Amount, what: string) => `${num(a, what)}${unit}`;
  const blocks: Block[] = [];
  return {
    f,
    inputs,
    L,
    name: f.unitName ?? `〔缺：${L}名称〕`,
    year: f.year ?? new Date().getFullYear() + 1,
    amt,
    input: (s) => (s && /^-?\d+(\.\d+)?$/.test(s.trim()) ? new Decimal(s.trim()) : null),
    last: (field) => priorFigure(inputs, prior, field).value,
    change: (now, prior, what) => {
      if (now === null || prior === null) return null;
      const d = now.minus(prior);
      if (d.isZero()) return `${what}与上年持平`;
      return `${what}${d.gt(0) ? '增加' : '减少'}${amt(d.abs(), what)}`;
    },
    h: (text) => blocks.push({ kind: 'heading', text, level: 1 }),
    p: (text) => blocks.push({ kind: 'p', text }),
    blocks,
    missing,
  };
}

const lines = (text: string) =>
  text
    .split(/\r?\n/)
    .filter((x) => x.trim())
    .map((x) => x.trim());

function sectionDuties({ L, name, inputs, h, p, blocks }: Writer): void {
  h(`一、${L}职责及机构设置情况`);
  p(`${L}职责：`);
  for (const line of lines(inputs.duties || `〔请填写${L}职责〕`)) p(line);
  p('机构设置：');
  const units = inputs.units.length ? inputs.units : [{ name: L === '部门' ? `${name}本级` : name, nature: '', rank: '', funding: '' }];
  blocks.push({
    kind: 'table',
    title: `${L}机构设置情况`,
    rows: [['单位名称', '单位性质', '单位规格', '经费保障形式'], ...units.map((u) => [u.name, u.nature, u.rank, u.funding])],
  });
}

function sectionOverall(w: Writer): void {
  const { L, name, year, inputs, amt, last, change, h, p } = w;
  h(`二、${L}预算安排的总体情况`);
  p(
    `按照预算管理有关规定，目前${inputs.regionWord}部门预算的编制实行综合预算管理，即全部收入和支出都反映在预算中。${name}机关及所属事业单位的收支包含在部门预算中。`,
  );
  const i = w.f.income;
  const e = w.f.expense;
  p('1、收入说明');
  p(
    `反映本${L}当年全部收入。${year}年收入预算${amt(i.total, '收入总计')}，其中：一般公共预算收入${amt(i.general, '一般公共预算拨款收入')}，基金预算收入${amt(i.fund, '政府性基金预算拨款收入')}，` +
      `财政专户核拨收入${amt(i.specialAccount, '财政专户管理资金收入')}，单位资金收入${amt(i.unitFunds, '单位资金收入')}，上年结转结余${amt(i.carryOver, '上年结转结余')}。`,
  );
  p('2、支出说明');
  p(
    `收支预算总表支出栏、基本支出表、项目支出表按经济分类和支出功能分类科目编制，反映本${L}年度预算中支出预算的总体情况。${year}年支出预算${amt(e.total, '本年支出合计')}，` +
      `其中基本支出${amt(e.basic, '基本支出')}，包括人员经费${amt(e.personnel, '人员经费')}和日常公用经费${amt(e.public, '公用经费')}；项目支出${amt(e.project, '项目支出')}。`,
  );
  const total = change(e.total, last('total'), '');
  p('3、比上年增减情况');
  // No 上年数 typed and no 上年公开文件: the paragraph is a marker to fill, never left out.
  if (total === null) return p(`〔请填写比上年增减情况：${year - 1}年预算收支总额、增减额及主要原因（可打开上年公开文件自动填写）〕`);
  const reasonTotal = inputs.reasons.total?.trim().replace(/。$/, '') || (total === '与上年持平' ? '' : '〔请填写收支增减原因〕');
  const parts = [change(e.basic, last('basic'), '基本支出'), change(e.project, last('project'), '项目支出')].filter(Boolean);
  const head =
    total === '与上年持平'
      ? `${year}年预算收支安排${amt(e.total, '本年支出合计')}，与上年持平`
      : `${year}年预算收支安排${amt(e.total, '本年支出合计')}，较${year - 1}年预算${total}`;
  p(`${head}${parts.length ? `，其中：${parts.join('；')}` : ''}。${reasonTotal ? `主要原因是：${reasonTotal}。` : ''}`);
}

function sectionSanGong({ L, year, inputs, amt, last, change, f, h, p }: Writer): void {
  h('四、财政拨款“三公”经费预算情况及增减变化原因');
  const s = f.sanGong;
  let sg =
    `${year}年，我${L}财政拨款“三公”经费预算安排${amt(s.total, '“三公”经费')}，其中：因公出国（境）费${amt(s.abroad, '因公出国（境）费')}；` +
    `公务用车购置及运维费${amt(s.car, '公务用车购置及运维费')}（其中：公务用车购置费${amt(s.carPurchase, '公务用车购置费')}，公务用车运行维护费${amt(s.carRunning, '公务用车运行维护费')}）；公务接待费${amt(s.reception, '公务接待费')}。`;
  const priorSg = last('sanGong');
  if (s.total !== null && priorSg === null) sg += `〔请填写与${year - 1}年相比的增减情况及原因（可打开上年公开文件自动填写）〕`;
  if (s.total !== null && priorSg !== null) {
    const d = s.total.minus(priorSg);
    sg += d.isZero() ? '与上年持平，无增减变化。' : `与${year - 1}年相比${d.gt(0) ? '增加' : '减少'}${amt(d.abs(), '增减')}。`;
    const items = [
      change(s.abroad, last('abroad'), '因公出国（境）费'),
      change(s.car, last('car'), '公务用车购置及运维费'),
      change(s.reception, last('reception'), '公务接待费'),
    ].filter(Boolean);
    if (!d.isZero() && items.length) sg += `其中：${items.join('，')}。`;
    // A change with no reason given is marked for the user to fill, never left silently without one.
    const reason = inputs.reasons.sanGong?.trim().replace(/。$/, '') || (d.isZero() ? '' : '〔请填写“三公”经费增减原因〕');
    if (reason) sg += `${d.gt(0) ? '增加' : d.lt(0) ? '减少' : '持平'}的主要原因是：${reason}。`;
  }
  p(sg);
}

function sectionProcurementAssets({ L, name, year, inputs, amt, input, f, h, p }: Writer): void {
  h('六、政府采购预算情况');
  const proc = f.procurement ?? input(inputs.procurement);
  if (proc !== null && proc.isZero()) p(`${year}年度我${L}无政府采购预算。`);
  else p(`${year}年，${name}安排政府采购预算${amt(proc, '政府采购预算')}。具体内容见下表。`);
  h('七、国有资产信息');
  const assets = f.assets ?? input(inputs.assets);
  // Fixed-asset goods of the 政府采购 table (P-06), not the whole 政府采购 (services are not assets).
  const planned = input(inputs.plannedAssets) ?? f.procurementAssets ?? proc;
  p(
    `${name}${L === '部门' ? '（含所属单位）' : ''}上年末固定资产金额为${amt(assets, '上年末固定资产金额')}（详见下表）。本年度拟购置固定资产总额为${amt(planned, '拟购置固定资产')}，已按要求列入政府采购预算，详见政府采购预算表。`,
  );
}

export function generateNarrative(f: Facts, inputs: NarrativeInputs, prior: PriorFacts | null = null): NarrativeDoc {
  const w = writer(f, inputs, prior);
  const { L, name, year, amt, h, p } = w;
  p(
    `按照《中华人民共和国预算法》、《地方预决算公开操作规程》和《关于进一步推进预算公开工作的实施意见》规定，现将${name}${year}年${L}预算公开如下：`,
  );
  sectionDuties(w);
  sectionOverall(w);
  h('三、机关运行经费安排情况');
  const items = f.publicItems.map((x) => `${x.name}${amt(x.amount, x.name)}`);
  p(`机关运行经费安排支出${amt(f.expense.public, '公用经费')}${items.length ? `，${items.join('，')}` : ''}。`);
  sectionSanGong(w);
  h('五、预算绩效信息');
  for (const line of lines(inputs.performance || '〔请填写预算绩效信息：整体绩效目标、分项绩效目标、工作保障措施及项目绩效目标表〕'))
    p(line);
  sectionProcurementAssets(w);
  h('八、名词解释');
  for (const g of GLOSSARY(inputs.government, L === '单位')) p(g);
  h('九、其他需要说明的事项');
  p(inputs.other || `我${L}无其他需要说明的事项。`);
  return { title: [name, `${year}年${L}预算信息公开情况说明`], blocks: w.blocks, missing: [...new Set(w.missing)] };
}

/** Plain text: title lines, headings and paragraphs; tables as tab-separated lines. */
export function narrativeText(doc: NarrativeDoc): string {
  const lines: string[] = [...doc.title, ''];
  for (const b of doc.blocks) {
    if (b.kind === 'table') lines.push(b.title, ...b.rows.map((r) => r.join('\t')));
    else lines.push(b.text);
  }
  return lines.join('\n');
}
