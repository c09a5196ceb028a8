/**
 * Which ExcelApi requirement set each Excel API this add-in uses belongs to (from @types/office-js's [Api set] tags),
 * the capabilities built from them, and what the pane says when one is missing. One table for three users: the
 * adapter asks `capabilitiesOf(host)` at run time instead of assuming a version; the pane lists `degradationNotes`;
 * the strict fake (src/office/fake/) refuses a call above its client profile, as Excel does. The manifest declares
 * only DECLARED_MINIMUM, so every Excel that hosts task panes shows the add-in (test/office/manifest.test.ts).
 */

/** API → the ExcelApi set that brought it. */
export const API_SETS = {
  'Range.merge': '1.2',
  'RangeFormat.columnWidth': '1.2',
  'RangeFormat.rowHeight': '1.2',
  'Worksheet.visibility (set)': '1.2',
  'Worksheet.getUsedRange(valuesOnly)': '1.2',
  'WorksheetCollection.getItemOrNullObject': '1.4',
  'Worksheet.getUsedRangeOrNullObject': '1.4',
  'Range.getUsedRangeOrNullObject': '1.4',
  'Worksheet.freezePanes': '1.7',
  'Range.getCellProperties': '1.9',
  'Range.getSpecialCellsOrNullObject': '1.9',
  'RangeFill.pattern': '1.9',
  'RangeFill.tintAndShade': '1.9',
  'Worksheet.pageLayout': '1.9',
  'Worksheet.getRanges': '1.9',
  'WorksheetCollection.onChanged': '1.9',
  'Range.getMergedAreasOrNullObject': '1.13',
  'WorksheetChangedEventArgs.triggerSource': '1.14',
  'RangeAreas.select': '1.18',
} as const;

export type ExcelApiName = keyof typeof API_SETS;

/** What the add-in can do, each from the APIs it needs. */
export const CAPABILITY_APIS = {
  /** Insert: merged title cells, column widths and row heights; the internal sheets very hidden. */
  layout: [
    'Range.merge',
    'RangeFormat.columnWidth',
    'RangeFormat.rowHeight',
    'Worksheet.visibility (set)',
    'Worksheet.getUsedRange(valuesOnly)',
  ],
  freezePanes: ['Worksheet.freezePanes'],
  /** The marked cells' own fills read (and restored exactly), fill patterns written. */
  originalFills: ['Range.getCellProperties', 'RangeFill.pattern', 'RangeFill.tintAndShade'],
  printSetup: ['Worksheet.pageLayout'],
  /** 自动检查 after edits. */
  changeEvents: ['WorksheetCollection.onChanged'],
  /** Excel says which changes the add-in made itself. */
  ownChangeFlag: ['WorksheetChangedEventArgs.triggerSource'],
  /** 定位 selects the related cells too. */
  multiSelect: ['Worksheet.getRanges', 'RangeAreas.select'],
} as const satisfies Record<string, readonly ExcelApiName[]>;

export type Capability = keyof typeof CAPABILITY_APIS;
export type Capabilities = Record<Capability, boolean>;

/** The set the manifest declares (<Requirements>): what the pane needs to start. */
export const DECLARED_MINIMUM = '1.1';
/** The newest set this table knows (Microsoft 365 and Excel on the web have it and more). */
export const LATEST = '1.20';

/** Real clients and their highest ExcelApi set (../shared/notes/delivery.md §1.1), for the fake and the tests. */
export const CLIENT_PROFILES = [
  { id: 'msi-2016', label: 'Excel 2016 批量授权版：ExcelApi 1.1', level: '1.1' },
  { id: 'vl-2019', label: 'Excel 2019 批量授权版：ExcelApi 1.8', level: '1.8' },
  { id: 'webview2-min', label: '最低的 WebView2 客户端：ExcelApi 1.9', level: '1.9' },
  { id: 'ltsc-2021', label: 'LTSC 2021：ExcelApi 1.14', level: '1.14' },
  { id: 'ltsc-2024', label: 'LTSC 2024：ExcelApi 1.17', level: '1.17' },
  { id: 'm365', label: 'Microsoft 365：最新', level: LATEST },
] as const;

/** Compares "1.9" and "1.14" as versions: negative, zero or positive. */
export function compareSets(a: string, b: string): number {
  const [a1 = 0, a2 = 0] = a.split('.').map(Number);
  const [b1 = 0, b2 = 0] = b.split('.').map(Number);
  return a1 - b1 || a2 - b2;
}

/** The set a capability needs: the highest among its APIs. */
export function capabilitySet(c: Capability): string {
  return CAPABILITY_APIS[c].map((api) => API_SETS[api] as string).reduce((m, s) => (compareSets(s, m) > 0 ? s : m), DECLARED_MINIMUM);
}

/** What this host can do, asked once per action (`supports` is Office.context.requirements.isSetSupported). */
export function capabilitiesOf(host: { supports(version: string): boolean }): Capabilities {
  const out = {} as Capabilities;
  for (const c of Object.keys(CAPABILITY_APIS) as Capability[]) out[c] = host.supports(capabilitySet(c));
  return out;
}

/** Every capability on (hosts with the newest sets, e.g. the preview). */
export const ALL_CAPABILITIES: Capabilities = Object.fromEntries(Object.keys(CAPABILITY_APIS).map((c) => [c, true])) as Capabilities;

/** What the user is told when a capability is missing (shown in the pane; none of it stops the work). */
export const DEGRADATION_NOTES: Record<Capability, string> = {
  layout: '插入的表不合并标题单元格、不设列宽；助手的内部工作表（标记、出错说明）无法隐藏，请勿改动。',
  freezePanes: '插入的表不冻结表头。',
  originalFills: '检查时不读取单元格原有的填充色：清除标记后这些单元格为无填充。',
  printSetup: '插入的表不做页面设置（横向、按页宽缩放、打印标题行），打印前请手动设置。',
  changeEvents: '没有“自动检查”：编辑后请再点“检查”。',
  ownChangeFlag: '自动检查以短暂的静默期区分本助手的写入与用户的编辑。',
  multiSelect: '定位时只选中出错的单元格，不同时选中相关单元格。',
};

/** The notes for the capabilities this host lacks, each with the set that would bring it. */
export function degradationNotes(caps: Capabilities): string[] {
  return (Object.keys(CAPABILITY_APIS) as Capability[])
    .filter((c) => !caps[c])
    .map((c) => `${DEGRADATION_NOTES[c]}（需要 ExcelApi ${capabilitySet(c)}）`);
}
