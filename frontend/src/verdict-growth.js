// growth: how fast a cost grows with x, as the exponent k in cost ∝ x^k between the two largest x
// of each series — the slope of the last segment on the size-sweep's log–log axes. A list scan
// that de-duplicates N names reads k ≈ 2, a hash set k ≈ 1.
import { formatParamValue, formatRatio, formatScore } from './format.js';
import { higherIsBetter } from './points.js';

/**
 * One finding per series (as `{label, points}` sorted by x, at least two x values): the figure is
 * the exponent. A throughput is read as its inverse, a time per operation, so that k is the growth
 * of the cost in both cases. A series whose last two points cannot be on log axes says nothing.
 */
export function growth(rule, series) {
  return series.flatMap(({ label, points }) => {
    const [before, last] = points.slice(-2);
    const unit = last.scoreUnit;
    if (!(before.x > 0 && last.x > before.x && before.score > 0 && last.score > 0)) return [];
    const costRatio = higherIsBetter(unit) ? before.score / last.score : last.score / before.score;
    const exponent = Math.log(costRatio) / Math.log(last.x / before.x);
    const values = {
      series: label,
      x: rule.x,
      from: formatParamValue(before.params[rule.x]),
      to: formatParamValue(last.params[rule.x]),
      fromScore: formatScore(before.score, unit),
      toScore: formatScore(last.score, unit),
      ratio: formatRatio(costRatio),
      exponent: formatExponent(exponent),
    };
    return [{ figure: exponent, values }];
  });
}

/** Two decimals, with a true minus sign: "1.97", "−0.05". */
export function formatExponent(exponent) {
  if (!Number.isFinite(exponent)) return '—';
  const text = Math.abs(exponent).toFixed(2);
  return exponent < 0 && text !== '0.00' ? `−${text}` : text;
}
