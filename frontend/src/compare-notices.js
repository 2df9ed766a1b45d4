// What the compare page says above its chart when the runs cannot be compared point by point, or
// not all of them: runs of different experiments, scores drawn in another unit or left off the
// chart. Pure: no DOM, no fetch.
import { chartPoints } from './compare-chart.js';

/**
 * Sentences, plainest first. `experiments`: each run's experiment as `{id, title}` by run id, where
 * known (the comparison itself does not carry it).
 */
export function compareNotices(comparison, { experiments = {} } = {}) {
  const runs = comparison.runs ?? [];
  const notices = [];
  const different = differentExperiments(runs, experiments);
  if (different) notices.push(different);
  notices.push(...unitNotices(comparison));
  return notices;
}

/** "— Title A vs Title B" for the page's lead when the runs are of different experiments, else null. */
export function experimentsTitle(runs, experiments) {
  const titles = [...new Set(runs.map((id) => experiments[id]).filter(Boolean).map(nameOf))];
  return titles.length > 1 ? `— ${titles.join(' vs ')}` : null;
}

function differentExperiments(runs, experiments) {
  const known = runs.filter((id) => experiments[id]);
  if (new Set(known.map((id) => experiments[id].id)).size < 2) return null;
  const which = known.map((id) => `${nameOf(experiments[id])} (run ${id})`).join(', ');
  return (
    `These runs are of different experiments: ${which}. They measured different code with different ` +
    'params, so no point of one is a point of another: there are no ratios and no test of significance ' +
    "below, only each run's own scores."
  );
}

function nameOf(experiment) {
  return experiment.title ?? experiment.id;
}

function unitNotices(comparison) {
  const { unit, converted, leftOut } = chartPoints(comparison);
  const notices = [];
  if (converted.length) {
    notices.push(`Scores measured in ${converted.join(' and ')} are drawn converted to ${unit}, so that all bars share one axis; the table keeps each run's own unit.`);
  }
  for (const { unit: other, count } of leftOut) {
    const points = count === 1 ? '1 point' : `${count} points`;
    notices.push(`Left off the chart: ${points} in ${other || 'no unit'}, which cannot share an axis with ${unit || 'scores without a unit'}; the table lists ${count === 1 ? 'it' : 'them'}.`);
  }
  return notices;
}
