/** The task pane: Fluent UI v9 in Chinese, one panel per capability. */
import { FluentProvider, Spinner, Tab, TabList, Text, makeStyles, tokens, webLightTheme, type Theme } from '@fluentui/react-components';
import { Suspense, lazy, useState } from 'react';
import type { ExcelHost } from '../office/excel-host';
import { InsertPanel } from './InsertPanel';

// The other panels (rule engine, code tables, narrative) load when their tab is first opened.
const CheckPanel = lazy(() => import(/* webpackChunkName: "check" */ './CheckPanel').then((m) => ({ default: m.CheckPanel })));
const NamesPanel = lazy(() => import(/* webpackChunkName: "names" */ './NamesPanel').then((m) => ({ default: m.NamesPanel })));
const NarrativePanel = lazy(() =>
  import(/* webpackChunkName: "narrative" */ './NarrativePanel').then((m) => ({ default: m.NarrativePanel })),
);

/** zh-CN UI font first (fluentui #3478), then Fluent's stack. */
export const paneTheme: Theme = {
  ...webLightTheme,
  fontFamilyBase: `"Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", ${webLightTheme.fontFamilyBase}`,
};

const useStyles = makeStyles({
  root: { padding: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  footer: { color: tokens.colorNeutralForeground3 },
});

export function App({ host, today }: { host: ExcelHost; today?: Date }) {
  const s = useStyles();
  const [tab, setTab] = useState<'insert' | 'check' | 'names' | 'narrative'>('insert');
  return (
    <FluentProvider theme={paneTheme} lang="zh-CN">
      <main className={s.root}>
        <Text as="h1" size={500} weight="semibold">
          预算公开助手
        </Text>
        <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as 'insert' | 'check' | 'names' | 'narrative')}>
          <Tab value="insert">插入模板</Tab>
          <Tab value="check">检查</Tab>
          <Tab value="names">科目名称</Tab>
          <Tab value="narrative">情况说明</Tab>
        </TabList>
        {tab === 'insert' && <InsertPanel host={host} today={today} />}
        <Suspense fallback={<Spinner size="tiny" label="正在加载…" />}>
          {tab === 'check' && <CheckPanel host={host} />}
          {tab === 'names' && <NamesPanel host={host} today={today} />}
          {tab === 'narrative' && <NarrativePanel host={host} />}
        </Suspense>
        <Text size={200} className={s.footer}>
          所有数据只在本机处理，不会上传。
        </Text>
      </main>
    </FluentProvider>
  );
}
