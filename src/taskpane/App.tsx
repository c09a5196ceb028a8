/** The task pane: Fluent UI v9 in Chinese, one panel per capability. */
import {
  FluentProvider,
  Link,
  Spinner,
  Tab,
  TabList,
  Text,
  makeStyles,
  tokens,
  webLightTheme,
  type Theme,
} from '@fluentui/react-components';
import { Suspense, lazy, useState, type ReactNode } from 'react';
import type { WorkbookHost } from '../host/workbook-host';
import { InsertPanel } from './InsertPanel';
import { HelpView } from './HelpView';
import { ApiNotes } from './ApiNotes';

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
  head: { display: 'flex', justifyContent: 'space-between', alignItems: 'baseline', gap: tokens.spacingHorizontalS },
});

type TabId = 'insert' | 'check' | 'names' | 'narrative';

/**
 * A panel stays mounted once opened and is only hidden when another tab is chosen: its state (findings, the 说明
 * being typed, the last fill and its undo) survives a tab switch.
 */
function Keep({ id, tab, opened, children }: { id: TabId; tab: TabId | null; opened: Set<TabId>; children: ReactNode }) {
  if (!opened.has(id)) return null;
  return (
    <div hidden={tab !== id} data-panel={id}>
      {children}
    </div>
  );
}

export function App({ host, today }: { host: WorkbookHost; today?: Date }) {
  const s = useStyles();
  const [tab, setTabState] = useState<TabId>('insert');
  const [opened, setOpened] = useState<Set<TabId>>(() => new Set(['insert']));
  /** The 帮助 page shown instead of the panels (which stay mounted: nothing typed is lost). */
  const [help, setHelp] = useState<TabId | null>(null);
  const shown = help ? null : tab;
  const setTab = (t: TabId) => {
    setHelp(null);
    setTabState(t);
    setOpened((o) => (o.has(t) ? o : new Set([...o, t])));
  };
  return (
    <FluentProvider theme={paneTheme} lang="zh-CN">
      <main className={s.root}>
        <div className={s.head}>
          <Text as="h1" size={500} weight="semibold">
            预算公开助手
          </Text>
          <Link as="button" onClick={() => setHelp(help ? null : tab)} aria-pressed={help !== null}>
            {help ? '返回' : '帮助'}
          </Link>
        </div>
        <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabId)}>
          <Tab value="insert">插入模板</Tab>
          <Tab value="check">检查</Tab>
          <Tab value="names">科目名称</Tab>
          <Tab value="narrative">情况说明</Tab>
        </TabList>
        <ApiNotes host={host} />
        {help && <HelpView page={help} open={setHelp} close={() => setHelp(null)} />}
        <Keep id="insert" tab={shown} opened={opened}>
          <InsertPanel host={host} today={today} />
        </Keep>
        <Suspense fallback={<Spinner size="tiny" label="正在加载…" />}>
          <Keep id="check" tab={shown} opened={opened}>
            <CheckPanel host={host} />
          </Keep>
          <Keep id="names" tab={shown} opened={opened}>
            <NamesPanel host={host} today={today} />
          </Keep>
          <Keep id="narrative" tab={shown} opened={opened}>
            <NarrativePanel host={host} />
          </Keep>
        </Suspense>
        <Text size={200} className={s.footer}>
          所有数据只在本机处理，不会上传。
        </Text>
      </main>
    </FluentProvider>
  );
}
