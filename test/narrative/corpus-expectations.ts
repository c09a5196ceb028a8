/**
 * The external corpus (../shared/data/external) and what is known of its narratives: the README's hand-checked
 * figures (document, subject, value in 万元) and the disagreements inside the texts (document, rule, words of the
 * finding). Shared by the corpus test and `npm run bench`; a new case is one row.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const DIR = join(__dirname, '..', '..', '..', 'shared', 'data', 'external');
export const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort();

/** The document text without the provenance header (lines up to the ==== rule). */
export function documentText(file: string): string {
  const lines = readFileSync(join(DIR, file), 'utf8').split('\n');
  const rule = lines.findIndex((l) => /^={20,}\s*$/.test(l));
  return lines.slice(rule < 0 ? lines.findIndex((l) => !/^[A-Z_]+:/.test(l)) : rule + 1).join('\n');
}

/** README-checked figures: document, subject, value (万元). */
export const HAND_CHECKED: [string, string, string][] = [
  ['js-gaoyuan-2019', 'income.total', '37188.34'],
  ['js-gaoyuan-2019', 'expense.basic', '21968'],
  ['js-gaoyuan-2019', 'expense.project', '10208.94'],
  ['js-gaoyuan-2019', 'expense.reserve', '5011.4'],
  ['js-gaoyuan-2019', 'sanGong.abroad', '160'],
  ['js-gaoyuan-2019', 'sanGong.car', '266.8'],
  ['js-gaoyuan-2019', 'sanGong.reception', '86.95'],
  ['js-gaoyuan-2019', 'operating', '3580.05'],
  ['js-gaoyuan-2019', 'meeting', '271.02'],
  ['js-gaoyuan-2019', 'training', '1597.25'],
  ['js-rendaban-2017', 'sanGong.abroad', '222.5'],
  ['js-rendaban-2017', 'sanGong.car', '183.6'],
  ['js-rendaban-2017', 'sanGong.reception', '427.5'],
  ['js-rendaban-2017', 'operating', '5619.31'],
  ['js-rendaban-2018', 'sanGong.abroad', '222.5'],
  ['js-shengweiban-2019', 'sanGong.car', '411.2'],
  ['js-zhengxieban-2019', 'sanGong.abroad', '106'],
  ['js-zhengxieban-2019', 'sanGong.reception', '397.5'],
  ['sh-wanli-2023', 'sanGong.total', '22.91'],
  ['sh-wanli-2023', 'sanGong.reception', '1.35'],
  ['sh-wanli-2023', 'operating', '786.09'],
  ['sh-wanli-2023', 'procurement', '830'],
  ['sh-wanli-2024', 'sanGong.total', '47.91'],
  ['sh-wanli-2024', 'sanGong.car', '46.56'],
  ['sh-wanli-2024', 'sanGong.carPurchase', '25'],
  ['sh-wanli-2024', 'sanGong.carRunning', '21.56'],
  ['sh-wanli-2024', 'operating', '443.18'],
  ['sh-wanli-2024', 'procurement', '1662.44'],
  ['sh-wanli-2025', 'sanGong.total', '37.91'],
  ['sh-wanli-2025', 'sanGong.carPurchase', '15'],
  ['sh-wanli-2025', 'operating', '464.64'],
  ['sh-wanli-2025', 'procurement', '4821.2'],
  ['sh-fuliyuan-2024-unit', 'sanGong.total', '6.4'],
  ['sh-fuliyuan-2024-unit', 'sanGong.carRunning', '6.4'],
  ['sh-putuo-czj-2025', 'income.total', '3121.42'],
  ['sh-putuo-czj-2025', 'sanGong.total', '0.95'],
  ['sh-putuo-czj-2025', 'sanGong.reception', '0.95'],
  ['sh-putuo-czj-2025', 'operating', '229.43'],
  ['sh-putuo-czj-2025', 'procurement', '117'],
  ['sh-shczj-2025-unit', 'income.total', '17192'],
  ['sh-shczj-2025-unit', 'sanGong.total', '346.3'],
  ['sh-shczj-2025-unit', 'sanGong.abroad', '288.7'],
  ['sh-shczj-2025-unit', 'sanGong.car', '32.2'],
  ['sh-shczj-2025-unit', 'sanGong.reception', '25.4'],
  ['sh-shczj-2025-unit', 'operating', '2517.78'],
  ['sh-shczj-2025-unit', 'procurement', '1708.03'],
];

/** Disagreements inside the texts: the README's (N-06 pre-2018, N-11 shares) and ones found and checked by hand. */
export const KNOWN: [string, string, string][] = [
  ['js-rendaban-2017', 'N-11', '222.50万元 ÷ 833.60万元'],
  ['js-shengweiban-2019', 'N-11', '411.20万元 ÷ 508.20万元'],
  ['js-gaoyuan-2019', 'N-11', '86.95万元 ÷ 513.75万元'],
  ['js-rendaban-2017', 'N-06', '5619.31万元'],
  ['js-jianchayuan-2017', 'N-06', '6032.55万元'],
  ['js-shengweiban-2017', 'N-06', '10101.76万元'],
  ['js-zhengxieban-2017', 'N-06', '3348.98万元'],
  ['js-gaoyuan-2017', 'N-06', '9193.40万元'],
  // 「增加 21.8 万元，增长 0.06 %」 on 3,644.2: 0.60 %; 「减少 134 万元，降幅 0.66 %」 on 2,029: 6.60 %.
  ['js-jianchayuan-2018', 'N-04', '= 0.60%'],
  ['js-jianchayuan-2018', 'N-04', '= -6.60%'],
  // 项目支出 「减少了1237.7万元，减少 13.22 %」 (the 基本支出's rate copied): 22.21 %.
  ['js-jianchayuan-2019', 'N-04', '= -22.21%'],
  // 单位预留机动经费 「增加1557.29万元，增长1312.56 %」 on 128.43: 1212.56 %.
  ['js-rendaban-2018', 'N-04', '= 1212.56%'],
  // item 16 repeats item 15's 「2023年预算安排441.25万元…增加60.54%」.
  ['sh-wanli-2023', 'N-04', '60.54%'],
];
