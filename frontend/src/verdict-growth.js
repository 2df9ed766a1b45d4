// growth: how fast a cost grows with x, as the exponent k in cost ∝ x^k — the slope of the
// series on the size-sweep's log–log axes, fitted by least squares over all its points, so that
// one noisy point cannot flip the verdict. A list scan that de-duplicates n names reads k ≈ 2, a
// hash set k ≈ 1.
import { formatParamValue, formatRatio, formatScore } from './format.js';
import { higherIsBetter } from './points.js';

/**
 * One finding per series (as `{label, points}` sorted by x, at least two x values): the figure is
 * the fitted exponent. A throughput is read as its inverse, a time per operation, so that k is the
 * growth of the cost in both cases. A series with a point that cannot be on log axes says nothing.
 */
export function growth(rule, series) {
  return series.flatMap(({ label, points }) => {
    const unit = points[0].scoreUnit;
    if (!points.every((point) => point.x > 0 && point.score > 0)) return [];
    const cost = (point) => (higherIsBetter(unit) ? 1 / point.score : point.score);
    const exponent = logLogSlope(points.map((point) => [point.x, cost(point)]));
    const [first, last] = [points[0], points.at(-1)];
    const values = {
      series: label,
      x: rule.x,
      from: formatParamValue(first.params[rule.x]),
      to: formatParamValue(last.params[rule.x]),
      fromScore: formatScore(first.score, unit),
      toScore: formatScore(last.score, unit),
      ratio: formatRatio(cost(last) / cost(first)),
      exponent: formatExponent(exponent),
    };
    return [{ figure: exponent, values }];
  });
}

/** The least-squares slope of log y against log x over `[x, y]` pairs with at least two distinct x. */
export function logLogSlope(pairs) {
  const logs = pairs.map(([x, y]) => [Math.log(x), Math.log(y)]);
  const meanX = logs.reduce((sum, [x]) => sum + x, 0) / logs.length;
  const meanY = logs.reduce((sum, [, y]) => sum + y, 0) / logs.length;
  const covariance = logs.reduce((sum, [x, y]) => sum + (x - meanX) * (y - meanY), 0);
  const variance = logs.reduce((sum, [x]) => sum + (x - meanX) ** 2, 0);
  return covariance / variance;
}

/** Two decimals, with a true minus sign: "1.97", "−0.05". */
export function formatExponent(exponent) {
  if (!Number.isFinite(exponent)) return '—';
  const text = Math.abs(exponent).toFixed(2);
  return exponent < 0 && text !== '0.00' ? `−${text}` : text;
}
