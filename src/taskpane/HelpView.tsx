/** 帮助 in the pane: the page of the capability at hand (help-pages.ts), with its screenshot; the others one click away. */
import { Button, Image, Text, makeStyles, tokens } from '@fluentui/react-components';
import { HELP_PAGES, type HelpPage } from './help-pages';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: '1.4em' },
  others: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
});

export function HelpView({ page, open, close }: { page: HelpPage['id']; open: (id: HelpPage['id']) => void; close: () => void }) {
  const s = useStyles();
  const p = HELP_PAGES.find((x) => x.id === page) ?? HELP_PAGES[0]!;
  return (
    <section className={s.root} aria-label={`帮助：${p.title}`}>
      <Text as="h2" size={400} weight="semibold">
        帮助：{p.title}
      </Text>
      <ol className={s.list}>
        {p.steps.map((x) => (
          <li key={x}>
            <Text size={200}>{x}</Text>
          </li>
        ))}
      </ol>
      <ul className={s.list}>
        {p.tips.map((x) => (
          <li key={x}>
            <Text size={200}>{x}</Text>
          </li>
        ))}
      </ul>
      <Image src={`help/${p.image}`} alt={`${p.title}的界面截图`} fit="contain" style={{ maxWidth: '100%' }} />
      <div className={s.others}>
        {HELP_PAGES.filter((x) => x.id !== p.id).map((x) => (
          <Button key={x.id} size="small" appearance="subtle" onClick={() => open(x.id)}>
            {x.title}
          </Button>
        ))}
        <Button size="small" appearance="primary" onClick={close}>
          返回
        </Button>
      </div>
    </section>
  );
}
