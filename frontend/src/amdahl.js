// Amdahl's law, S(n) = 1 / (s + (1 − s) / n), fitted to measured speedups.
//
// Speedups are measured relative to the fewest workers a series ran with (n₀), so n here is the
// relative count n / n₀ and s is the serial fraction of the run at n₀ workers — the usual serial
// fraction whenever n₀ is 1. Rearranged, 1/S − 1/n = s · (1 − 1/n): a line through the origin,
// so least squares gives s = Σ a·b / Σ a² with a = 1 − 1/n and b = 1/S − 1/n.

/** The speedup Amdahl's law predicts at `relativeWorkers` times the baseline's workers. */
export function amdahlSpeedup(serialFraction, relativeWorkers) {
  return 1 / (serialFraction + (1 - serialFraction) / relativeWorkers);
}

/**
 * Fits the serial fraction to `points` ({x, speedup}, speedup 1 at the smallest x). Returns
 * - null when fewer than two distinct x were measured: there is nothing to fit;
 * - `{kind: 'slowdown', x, speedup}`, the worst point, when any point is slower than the baseline:
 *   for s in [0, 1] Amdahl's law never predicts a slowdown, so a fit would only hide contention;
 * - `{kind: 'fit', serialFraction, unclamped, baseX, fittedPoints}` otherwise, the fraction clamped
 *   to [0, 1] (a superlinear speedup, from caches or noise, would give a negative one).
 */
export function fitAmdahl(points) {
  const usable = points.filter((point) => Number.isFinite(point.x) && point.x > 0 && Number.isFinite(point.speedup) && point.speedup > 0);
  if (new Set(usable.map((point) => point.x)).size < 2) return null;
  const baseX = Math.min(...usable.map((point) => point.x));
  const beyond = usable.filter((point) => point.x > baseX);
  const worst = beyond.reduce((low, point) => (point.speedup < low.speedup ? point : low));
  if (worst.speedup < 1) return { kind: 'slowdown', x: worst.x, speedup: worst.speedup };
  let sumAB = 0;
  let sumAA = 0;
  for (const point of beyond) {
    const relative = point.x / baseX;
    const a = 1 - 1 / relative;
    const b = 1 / point.speedup - 1 / relative;
    sumAB += a * b;
    sumAA += a * a;
  }
  const unclamped = sumAB / sumAA;
  return {
    kind: 'fit',
    serialFraction: Math.min(1, Math.max(0, unclamped)),
    unclamped,
    baseX,
    fittedPoints: beyond.length,
  };
}

/** The fitted speedup curve from the smallest to the largest x, `samples` points, for drawing. */
export function amdahlCurve(fit, fromX, toX, samples = 48) {
  if (fit?.kind !== 'fit') return [];
  const step = (toX - fromX) / (samples - 1);
  return Array.from({ length: samples }, (_, i) => {
    const x = i === samples - 1 ? toX : fromX + i * step;
    return { x, y: amdahlSpeedup(fit.serialFraction, x / fit.baseX) };
  });
}
