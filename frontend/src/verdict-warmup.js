// The `warmup` verdict rule: per point, how much slower a fork's first iteration, from its cold
// start, ran than the point's measured score — Numba's first call against its second, in a JVM.
import { formatParamValue, formatRatio, formatScore } from './format.js';
import { pointLabel, timesBetter, varyingNames } from './points.js';
import { pointKey } from './run-state.js';

/**
 * `{figure, values}` per point whose forks' first iterations arrived, in the results' order. The
 * figure is how many times worse the first iteration was than the measured score (the mean of
 * each fork's first iteration when there are several forks). Placeholders: `{point}`, `{first}`,
 * `{measured}`, `{ratio}`, and every param by name.
 */
export function warmup(rule, points, paramOrder, iterations = []) {
  const firsts = firstIterations(iterations);
  const names = varyingNames(points, paramOrder);
  return points.flatMap((point) => {
    const first = firsts.get(pointKey(point.benchmark, point.params));
    if (first == null || !(point.score > 0) || !(first > 0)) return [];
    const ratio = timesBetter(point.score, first, point.scoreUnit);
    const params = Object.fromEntries(Object.entries(point.params ?? {}).map(([name, value]) => [name, formatParamValue(value)]));
    const values = {
      ...params,
      point: pointLabel(point, names),
      first: formatScore(first, point.scoreUnit),
      measured: formatScore(point.score, point.scoreUnit),
      ratio: formatRatio(ratio),
    };
    return [{ figure: ratio, values }];
  });
}

// The first iteration a fork ran is its first warm-up iteration, or its first measured one when
// the run had no warm-up; the mean over forks, by point.
function firstIterations(iterations) {
  const keyOf = (it) => it.key ?? pointKey(it.benchmark, it.params);
  const warmedUp = new Set(iterations.filter((it) => it.phase === 'warmup').map(keyOf));
  const byPoint = new Map();
  for (const it of iterations) {
    const key = keyOf(it);
    const isFirst = it.iteration === 1 && (it.phase === 'warmup' || !warmedUp.has(key));
    if (isFirst && Number.isFinite(it.score)) byPoint.set(key, [...(byPoint.get(key) ?? []), it.score]);
  }
  return new Map([...byPoint].map(([key, scores]) => [key, scores.reduce((a, b) => a + b, 0) / scores.length]));
}
