/**
 * 说明核对 results: the findings first, then the 比上年 statements with their verdicts, then every figure the 说明 states with its verdict (一致 / 不一致 / 尾差 /
 * 口径不同 / 未核对), the words it was read from (the whole sentence on hover), what it was compared with, and a
 * link that opens the table cell.
 * A view: the review comes from the core (narrative/verify.ts); opening a cell goes through the panel's callback.
 */
import { Badge, Link, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { SEVERITY_LABEL } from '../core/review/check';
import type { Reviewed } from '../core/narrative/judge';
import type { NarrativeReview } from '../core/narrative/verify';
import { SEVERITY_INTENT } from './pane-kit';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: 0, listStyle: 'none', display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  item: { overflowWrap: 'anywhere' },
});

const VERDICT_COLOR: Record<Reviewed['verdict'], 'success' | 'danger' | 'warning' | 'informative' | 'subtle'> = {
  一致: 'success',
  不一致: 'danger',
  尾差: 'warning',
  口径不同: 'informative',
  未核对: 'subtle',
};

/** One figure of the 说明 with its verdict, what it was judged with, and the whole sentence on hover. */
function StatementItem({ r, children }: { r: Reviewed; children?: ReactNode }) {
  const s = useStyles();
  return (
    <li className={s.item} title={`原句：${r.statement.sentence}（第 ${r.statement.paragraph + 1} 行）`}>
      <Badge appearance="tint" color={VERDICT_COLOR[r.verdict]} size="small">
        {r.verdict}
      </Badge>{' '}
      <Text size={200}>
        “{r.statement.text}” {r.note}
      </Text>
      {children && <> {children}</>}
    </li>
  );
}

/** 比上年: every change, 持平, growth rate and figure of another year, with its verdict and what it was judged with. */
function YearOverYear({ review }: { review: NarrativeReview }) {
  const s = useStyles();
  const rows = review.yearOverYear;
  const count = (v: Reviewed['verdict']) => rows.filter((x) => x.verdict === v).length;
  return (
    <>
      <Text size={200} role="status" aria-label="比上年核对">
        比上年：{rows.length} 处；一致 {count('一致')}，不一致 {count('不一致')}，口径不同 {count('口径不同')}，未核对 {count('未核对')}
        {review.prior ? `（上年数取自 ${review.prior.source}）` : '（未打开上年公开文件）'}
      </Text>
      <ul className={s.list} aria-label="比上年">
        {rows.map((r) => (
          <StatementItem key={r.statement.index} r={r} />
        ))}
      </ul>
    </>
  );
}

export function NarrativeReviewList({ review, open }: { review: NarrativeReview; open: (at: { sheet: string; cell: string }) => void }) {
  const s = useStyles();
  const count = (v: Reviewed['verdict']) => review.statements.filter((x) => x.verdict === v).length;
  const summary = `读出 ${review.statements.length} 个数字：一致 ${count('一致')}，不一致 ${count('不一致')}，尾差 ${count('尾差')}，口径不同 ${count('口径不同')}，未核对 ${count('未核对')}。`;
  return (
    <>
      <Text role="status">
        {review.issues.length ? `发现 ${review.issues.length} 处问题。` : '未发现问题。'}
        {summary}
      </Text>
      {review.issues.length > 0 && (
        <ul className={s.list} aria-label="说明核对发现的问题">
          {review.issues.map((f, i) => (
            <li key={`${f.rule}-${i}`} className={s.item}>
              <Badge appearance="tint" color={SEVERITY_INTENT[f.severity]} size="small">
                {SEVERITY_LABEL[f.severity]}
              </Badge>{' '}
              <Text size={200}>
                {f.message}（第 {f.paragraph + 1} 行）
              </Text>
            </li>
          ))}
        </ul>
      )}
      {review.yearOverYear.length > 0 && <YearOverYear review={review} />}
      <ul className={s.list} aria-label="说明中的数字">
        {review.statements.map((r) => (
          <StatementItem key={r.statement.index} r={r}>
            {r.at && (
              <Link as="button" onClick={() => open(r.at!)}>
                {r.at.sheet}!{r.at.cell}
              </Link>
            )}
          </StatementItem>
        ))}
      </ul>
    </>
  );
}
