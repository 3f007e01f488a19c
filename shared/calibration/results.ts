// What a round shows once revealed, computed from its sheets, anchors and
// consensus: per dimension every rater's score, the spread, the anchor and who
// is outside the round's rule; per rater their agreement with the anchors and
// with their peers; and every agreement statistic over raters × dimensions
// (each dimension of the one lesson is a unit).
import { agreementReport } from '../agreement/report.js';
import type { Dimension, Scale } from '../rubric/format.js';
import type { DimensionResult, RaterRoundResult, RoundResults, RoundRule, SheetScore } from './schemas.js';

export interface RoundInputs {
  dimensions: readonly Pick<Dimension, 'id' | 'name'>[];
  scale: Scale;
  rule: RoundRule;
  raters: readonly { id: string; name: string }[];
  /** raterId → dimensionId → score */
  sheets: ReadonlyMap<string, ReadonlyMap<string, SheetScore>>;
  anchors: ReadonlyMap<string, { value: number | null; rationale: string }>;
  consensus: ReadonlyMap<string, { value: number | null; notes: string }>;
}

/** Whether a score meets the rule against the anchor: the same level, or within one level. */
export function withinRule(rule: RoundRule, scale: Scale, value: number, anchor: number): boolean {
  const at = (v: number) => scale.levels.findIndex((l) => l.value === v);
  const distance = Math.abs(at(value) - at(anchor));
  return rule.agreement === 'exact' ? distance === 0 : distance <= 1;
}

function scoreValue(score: SheetScore | undefined): number | null {
  return score && !score.na ? score.value : null;
}

export function roundResults(inputs: RoundInputs): RoundResults {
  const { dimensions, scale, rule, raters, sheets, anchors, consensus } = inputs;
  const anchorValue = (dimensionId: string) => anchors.get(dimensionId)?.value ?? null;
  const ratings = raters.map((r) => dimensions.map((d) => scoreValue(sheets.get(r.id)?.get(d.id))));
  const anchorRow = dimensions.map((d) => anchorValue(d.id));
  const statistics = agreementReport({
    scale: scale.levels.map((l) => l.value),
    ratings,
    raters: raters.map((r) => r.id),
    ...(anchorRow.some((v) => v !== null) ? { anchor: anchorRow } : {}),
  });

  const dimensionResults: DimensionResult[] = dimensions.map((d, u) => {
    const anchor = anchorRow[u]!;
    const given = raters.map((r, i) => ({ raterId: r.id, value: ratings[i]![u]!, na: sheets.get(r.id)?.get(d.id)?.na ?? false }));
    const values = given.map((g) => g.value).filter((v): v is number => v !== null);
    return {
      dimensionId: d.id,
      name: d.name,
      scores: given,
      anchor,
      anchorRationale: anchors.get(d.id)?.rationale ?? '',
      spread: values.length ? { min: Math.min(...values), max: Math.max(...values) } : null,
      outsideRule: anchor === null ? [] : given.filter((g) => g.value !== null && !withinRule(rule, scale, g.value, anchor)).map((g) => g.raterId),
      consensus: consensus.get(d.id)?.value ?? null,
      discussion: consensus.get(d.id)?.notes ?? '',
    };
  });

  const raterResults: RaterRoundResult[] = raters.map((r, i) => {
    const againstAnchor = statistics.anchor?.[i];
    const peers = statistics.pairs.filter((p) => (p.a === r.id || p.b === r.id) && p.exact !== null).map((p) => p.exact!);
    const judged = anchorRow.flatMap((anchor, u) => {
      const value = ratings[i]![u]!;
      return anchor === null || value === null ? [] : [withinRule(rule, scale, value, anchor)];
    });
    const met = judged.length === 0 ? null : (judged.filter(Boolean).length / judged.length) * 100 >= rule.thresholdPercent;
    return {
      raterId: r.id,
      name: r.name,
      n: againstAnchor?.n ?? 0,
      exact: againstAnchor?.exact ?? null,
      adjacent: againstAnchor?.adjacent ?? null,
      meanDeviation: againstAnchor?.mean_deviation ?? null,
      peerExact: peers.length ? peers.reduce((s, v) => s + v, 0) / peers.length : null,
      met,
    };
  });
  return { dimensions: dimensionResults, raters: raterResults, statistics };
}
