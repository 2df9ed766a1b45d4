// How much the same measurement varies from one run to the next: the noise floor of these settings
// on this lab, from the succeeded runs with exactly the run's settings (GET /api/runs/{id}/repeats).
// A confidence interval says how steady one run was; only repeats say how far the next run lands.
import { formatPercent } from './format.js';
import { pointLabel, varyingNames } from './points.js';
import { pointKey } from './run-state.js';

/** The fewest runs of the same settings whose spread says anything. */
export const MIN_REPEATS = 3;
/** Run-to-run variation above this share of the score hides the differences lessons turn on. */
export const NOISE_FLOOR_SHARE = 0.02;

/**
 * Per point measured by at least MIN_REPEATS of the runs: the point (from the newest run), how
 * many runs measured it, and the coefficient of variation of their scores (sample standard
 * deviation ÷ mean).
 */
export function runToRunVariation(runs) {
  const byPoint = new Map();
  for (const run of runs ?? []) {
    for (const result of run.results ?? []) {
      if (!Number.isFinite(result.score)) continue;
      const key = pointKey(result.benchmark, result.params);
      if (!byPoint.has(key)) byPoint.set(key, { point: result, scores: [] });
      byPoint.get(key).scores.push(result.score);
    }
  }
  return [...byPoint.values()]
    .filter(({ scores }) => scores.length >= MIN_REPEATS)
    .map(({ point, scores }) => ({ point, runs: scores.length, cv: coefficientOfVariation(scores) }))
    .filter(({ cv }) => Number.isFinite(cv));
}

export function coefficientOfVariation(values) {
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  const variance = values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (values.length - 1);
  return Math.sqrt(variance) / Math.abs(mean);
}

/**
 * A sentence on the run-to-run variation of these settings, or null with fewer than MIN_REPEATS
 * runs: the median point's and the widest point's variation, then which points vary more than
 * NOISE_FLOOR_SHARE.
 */
export function repeatsSentence(runs, paramOrder = []) {
  const variation = runToRunVariation(runs);
  if (variation.length === 0) return null;
  const names = varyingNames(variation.map(({ point }) => point), paramOrder);
  const sorted = [...variation].sort((a, b) => a.cv - b.cv);
  const median = sorted[Math.floor((sorted.length - 1) / 2)].cv;
  const widest = sorted[sorted.length - 1];
  const count = Math.max(...variation.map(({ runs: n }) => n));
  const spread =
    variation.length === 1
      ? `by ${formatPercent(widest.cv)}`
      : `by ${formatPercent(median)} at the median point and ${formatPercent(widest.cv)} at ${pointLabel(widest.point, names)}`;
  let sentence =
    `These settings have run ${count} times on this lab: from run to run the score varied ${spread} ` +
    '(coefficient of variation). Two runs of these settings differ in earnest only by more than about twice that.';
  const noisy = sorted.filter(({ cv }) => cv > NOISE_FLOOR_SHARE);
  if (noisy.length > 0 && variation.length > 1) {
    const list = noisy.reverse().map(({ point, cv }) => `${pointLabel(point, names)} (${formatPercent(cv)})`);
    sentence +=
      ` More than ${formatPercent(NOISE_FLOOR_SHARE)} at ${list.join(', ')}: ` +
      'give those points more forks or longer iterations before reading small differences into them.';
  }
  return sentence;
}
