/**
 * The catalog's findings with their 诊断: the rules are judged (src/core/check/engine.ts); when a strict identity breaks
 * beyond its rounding interval, the strict ones form one linear system whose violated rows are explained here — the
 * cell(s) most likely wrong and their repaired values — and the broken identities are listed under the diagnosis that
 * explains them (diagnosis-findings.ts). 尾差 findings are grouped under the row they round.
 */
import { builtinVocabulary, type Vocabulary } from '../catalog/vocabulary';
import { evaluateRules, type RuleFindings } from '../check/engine';
import { groupRounding } from '../check/grouping';
import type { Identity } from '../check/identity';
import type { Finding, Rule } from '../check/types';
import type { Recognition } from '../recognize/types';
import type { DiagnoseOptions } from './diagnose';
import { diagnoseBroken } from './neighbourhood';
import { diagnosisFindings } from './diagnosis-findings';
import { buildSystem, type LinearSystem } from './system';
import type { Diagnosis, Undiagnosed } from './types';

/** The rules' result over one recognition, with 诊断. */
export interface RuleResult extends RuleFindings {
  /** Diagnosed cells first, then every broken identity (those a diagnosis explains carry causedBy). */
  findings: Finding[];
  /** 诊断: the cells most likely wrong, with repaired values (src/core/diagnose). */
  diagnoses: Diagnosis[];
  /** Violated identities no diagnosis explains (solver not loaded, out of time, no repair). */
  undiagnosed: Undiagnosed[];
}

export interface RuleAnalysis {
  result: RuleResult;
  identities: Identity[];
  system: LinearSystem;
}

/** The findings with the compiled identities and their linear system (for 诊断 tests and the repair plan). */
export function analyzeRules(
  rec: Recognition,
  rules: readonly Rule[],
  vocabulary: Vocabulary = builtinVocabulary(),
  options: DiagnoseOptions = {},
): RuleAnalysis {
  const { findings: judged, identities } = evaluateRules(rec, rules, vocabulary);
  const findings = judged.findings;
  // 诊断 only when a strict identity breaks beyond its rounding interval (a clean or 尾差-only workbook has nothing
  // to explain; evaluate() and the system judge with the same interval), and only around the broken identities
  // (neighbourhood.ts). The whole system is built when asked for.
  let system: LinearSystem | undefined;
  const getSystem = () => (system ??= buildSystem(identities));
  const broken = findings.some(
    (f) => f.severity === 'error' && f.identity !== undefined && identities[f.identity]!.rule.severity === 'strict',
  );
  const { diagnoses, undiagnosed } = broken ? diagnoseBroken(identities, options) : { diagnoses: [], undiagnosed: [] };
  const roots = diagnosisFindings(diagnoses, findings);
  groupRounding(findings);
  return {
    result: { ...judged, findings: [...roots, ...findings], diagnoses, undiagnosed },
    identities,
    get system() {
      return getSystem();
    },
  };
}
