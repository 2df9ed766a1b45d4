// The `each` verdict rule: one sentence per point, its score or secondary `metric` held against
// the rule's above/below. For figures a ratio cannot carry: zero bytes allocated has no ratio to
// anything, yet "nothing was allocated" is the sentence the lesson needs.
import { formatParamValue, formatScore } from './format.js';
import { pointLabel, varyingNames } from './points.js';

/**
 * `{figure, values}` per point that has the figure, in the results' order. Placeholders: `{point}`
 * (what varies between the points, as the charts label it), `{value}` (the figure with its unit)
 * and every param of the point by name.
 */
export function each(rule, points, paramOrder) {
  const names = varyingNames(points, paramOrder);
  return points.flatMap((point) => {
    const measured = rule.metric ? point.secondary?.[rule.metric] : { score: point.score, scoreUnit: point.scoreUnit };
    if (!measured || !Number.isFinite(measured.score)) return [];
    const params = Object.fromEntries(Object.entries(point.params ?? {}).map(([name, value]) => [name, formatParamValue(value)]));
    const values = { ...params, point: pointLabel(point, names), value: formatScore(measured.score, measured.scoreUnit) };
    return [{ figure: measured.score, values }];
  });
}
