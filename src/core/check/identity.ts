/**
 * Identities: what the rule compiler makes of the catalog. Each is one instance of a rule on one 部门/单位 —
 * Σ left op Σ right (+ constant) over printed cells — with the words that describe each side. Strict identities
 * with '=' or '≤'/'≥' form the linear system that 诊断 solves (src/core/diagnose); every identity is also judged
 * on its own (evaluate.ts). Structural findings (empty tables, headers, layouts) are not identities.
 */
import type { Vocabulary } from '../catalog/vocabulary';
import type { Decimal } from '../money';
import type { RecognizedTable } from '../recognize/types';
import type { UnfilledTable } from './fill-state';
import type { Finding, NotEvaluated, Op, Rule } from './types';
import type { Group, Term, Terms } from './terms';
import type { Gap } from './unjudged';

/** A side's description, computed only when the identity breaks. */
export type Desc = string | (() => string);

export interface Identity {
  /** Index in the compiled list: stable within one analysis. */
  index: number;
  rule: Rule;
  group: Group;
  left: Term[];
  op: Op;
  right: Term[];
  constant?: Decimal;
  leftDesc: Desc;
  rightDesc: Desc;
}

/** What a rule-kind compiler sees and can emit. */
export interface CompileContext {
  group: Group;
  groups: readonly Group[];
  terms: Terms;
  vocabulary: Vocabulary;
  identity(rule: Rule, left: Term[], right: Term[], op: Op, leftDesc: Desc, rightDesc: Desc, constant?: Decimal): void;
  /** The rule cannot be judged; `gap`: the row or column it did not find (unjudged.ts decides whether that blocks). */
  skip(rule: Rule, reason: string, gap?: Gap): void;
  /** The rule reads a table not filled yet: not judged, counted for that table. */
  unfilled(rule: Rule, table: RecognizedTable): void;
  structural(rule: Rule, table: RecognizedTable, message: string, related?: Term[]): void;
}

export interface Compiled {
  identities: Identity[];
  /** Standard tables not filled yet, with how many 勾稽关系 each leaves unjudged. */
  unfilled: UnfilledTable[];
  structural: Finding[];
  notEvaluated: NotEvaluated[];
}

/** A compiler of one rule kind. */
export type KindCompiler<R extends Rule = Rule> = (rule: R, ctx: CompileContext) => void;
