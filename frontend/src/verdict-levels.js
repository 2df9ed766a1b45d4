// The verdict rule `cache-levels`: along a working-set size, the time per access in each level of
// the memory hierarchy (each data cache of the run's environment, then RAM) and the steps between
// neighbouring levels. Which point stands for a level is decided by the recorded cache sizes.
import { depthIn, levelOf, memoryLevels } from './caches.js';
import { formatBinarySize, formatRatio, formatScore } from './format.js';
import { timesBetter } from './points.js';

/**
 * One finding per swept series (`sweptSeries` gives them sorted along x): the figure is the
 * smallest step, how many times the cost of the nearer of two neighbouring levels the farther one
 * cost, so an expectation `above` says every step showed. Without recorded caches the smallest and
 * largest sizes stand for themselves; with fewer than two levels measured there is nothing to say.
 */
export function cacheLevels(rule, sweptSeries, environment) {
  const xBytes = rule.xBytes > 0 ? rule.xBytes : 1;
  const levels = memoryLevels(environment?.caches);
  return sweptSeries.flatMap(({ label, points }) => {
    const standing = levels.length > 0 ? standIns(points, levels, xBytes) : ends(points, xBytes);
    if (standing.length < 2) return [];
    return [finding(rule, label, standing)];
  });
}

// Per level with measured points, the point farthest inside it.
function standIns(points, levels, xBytes) {
  return levels.flatMap((level) => {
    const inside = points.filter((point) => levelOf(levels, point.x * xBytes) === level);
    if (inside.length === 0) return [];
    const deepest = inside.reduce((best, point) => (depthIn(level, point.x * xBytes) > depthIn(level, best.x * xBytes) ? point : best));
    return [{ name: level.name, point: deepest, bytes: deepest.x * xBytes }];
  });
}

function ends(points, xBytes) {
  if (points.length < 2) return [];
  return [points[0], points.at(-1)].map((point) => ({ name: formatBinarySize(point.x * xBytes), point, bytes: point.x * xBytes }));
}

function finding(rule, series, standing) {
  const unit = standing[0].point.scoreUnit;
  // How many times the nearer level's cost the farther one's is: above 1 when farther is slower.
  const costRatio = (near, far) => timesBetter(near.point.score, far.point.score, unit);
  const steps = standing.slice(1).map((far, index) => ({ from: standing[index], to: far, ratio: costRatio(standing[index], far) }));
  const smallest = steps.reduce((least, step) => (step.ratio < least.ratio ? step : least));
  const [first, last] = [standing[0], standing.at(-1)];
  const values = {
    series,
    x: rule.x,
    levels: standing.map(levelText).join(', '),
    first: first.name,
    last: last.name,
    ratio: formatRatio(costRatio(first, last)),
    step: formatRatio(smallest.ratio),
    stepFrom: smallest.from.name,
    stepTo: smallest.to.name,
  };
  return { figure: smallest.ratio, values };
}

function levelText({ name, point, bytes }) {
  const size = formatBinarySize(bytes);
  const where = name === size ? name : `${name} (${size})`;
  return `${where} ${formatScore(point.score, point.scoreUnit)}`;
}
