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

/**
 * The points Amdahl's law can explain on a machine with `cores` cores: those with at most `cores`
 * workers. The law gives every worker a core of its own; beyond the cores, workers take turns and
 * a fit would read the missing cores as serial work. All points when `cores` is unknown or when
 * fewer than two worker counts would be left.
 */
export function withinCores(points, cores) {
  if (!Number.isFinite(cores) || cores < 1) return points;
  const within = points.filter((point) => point.x <= cores);
  return new Set(within.map((point) => point.x)).size >= 2 ? within : points;
}

/** The fitted speedup curve from the smallest to the largest x, `samples` points, for drawing. */
export function amdahlCurve(fit, fromX, toX, samples = 48) {
  if (fit?.kind !== 'fit') return [];
  return sampled(fromX, toX, samples, (x) => amdahlSpeedup(fit.serialFraction, x / fit.baseX));
}

// ---- prediction from a known serial fraction ----------------------------------------------------
//
// Here s is what the experiment was told to keep serial: the share of the one-worker run's work
// that one thread does alone. Measured speedups are relative to the fewest workers a series ran
// with (n₀), so the prediction is too: S(n) / S(n₀).

/** The speedup at `workers` over `baseWorkers` that Amdahl's law predicts for serial fraction `s`. */
export function predictedSpeedup(serialFraction, workers, baseWorkers = 1) {
  return amdahlSpeedup(serialFraction, workers) / amdahlSpeedup(serialFraction, baseWorkers);
}

/**
 * The predicted curve over the measured counts `xs`, from the fewest (speedup 1) to the most:
 * `samples` evenly spaced points plus every measured count, flagged `measured`, so the curve
 * passes exactly through the prediction at each count a point was measured at.
 */
export function predictionCurve(serialFraction, xs, samples = 48) {
  const [fromX, toX] = [Math.min(...xs), Math.max(...xs)];
  const measured = new Set(xs);
  const even = sampled(fromX, toX, samples, (x) => x).map((point) => point.x).filter((x) => !measured.has(x));
  return [...even, ...measured]
    .sort((a, b) => a - b)
    .map((x) => ({ x, y: predictedSpeedup(serialFraction, x, fromX), measured: measured.has(x) }));
}

/**
 * The serial fraction a series ran with: the value of `param` its points share, a number from 0
 * to 1 (the definition's convention). Null when the points lack it, disagree, or it is no fraction.
 */
export function serialFractionOf(points, param) {
  const values = new Set(points.map((point) => String(point.params?.[param])));
  if (points.length === 0 || values.size !== 1) return null;
  const fraction = Number([...values][0]);
  return [...values][0] !== '' && fraction >= 0 && fraction <= 1 ? fraction : null;
}

function sampled(fromX, toX, samples, speedupAt) {
  const step = (toX - fromX) / (samples - 1);
  return Array.from({ length: samples }, (_, i) => {
    const x = i === samples - 1 ? toX : fromX + i * step;
    return { x, y: speedupAt(x) };
  });
}
