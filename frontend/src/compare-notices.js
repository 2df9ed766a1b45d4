// What the compare page says above its chart when the runs cannot be compared point by point, or
// not all of them: runs of different experiments, a run listed twice, a run sharing no point with
// the baseline, scores drawn in another unit or left off the chart. Pure: no DOM, no fetch.
import { chartPoints } from './compare-chart.js';

/** The run ids as the address lists them (`runs=a,b,a`), repeats kept. */
export function listedRuns(query) {
  return String(query ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id !== '');
}

/**
 * Sentences, plainest first. `listed`: the ids as the address gave them; `experiments`: each run's
 * experiment as `{id, title}` by run id, where known (the comparison itself does not carry it).
 */
export function compareNotices(comparison, { listed = [], experiments = {} } = {}) {
  const runs = comparison.runs ?? [];
  const notices = [...repeatNotices(listed, runs)];
  const different = differentExperiments(runs, experiments);
  if (different) notices.push(different);
  else notices.push(...unmatchedNotices(comparison));
  notices.push(...unitNotices(comparison));
  return notices;
}

/** "— Title A vs Title B" for the page's lead when the runs are of different experiments, else null. */
export function experimentsTitle(runs, experiments) {
  const titles = [...new Set(runs.map((id) => experiments[id]).filter(Boolean).map(nameOf))];
  return titles.length > 1 ? `— ${titles.join(' vs ')}` : null;
}

// The server lists each run once; repeats in the address would otherwise vanish without a word.
function repeatNotices(listed, runs) {
  const counts = new Map();
  for (const id of listed) counts.set(id, (counts.get(id) ?? 0) + 1);
  const repeated = [...counts].filter(([, count]) => count > 1);
  if (repeated.length === 0) return [];
  const told = repeated.map(([id, count]) => `Run ${id} was listed ${count === 2 ? 'twice' : `${count} times`}; it is shown once.`);
  const alone = runs.length === 1 ? ' A run compared with itself shows no difference: add another run to compare it with.' : '';
  return [told.join(' ') + alone];
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

/** A run none of whose points the baseline measured has nothing to be compared with: say why. */
function unmatchedNotices(comparison) {
  const [baseline, ...others] = comparison.runs ?? [];
  const points = comparison.points ?? [];
  const measuredBy = (runId) => points.filter((point) => point.entries.some((entry) => entry.runId === runId));
  return others
    .filter((runId) => !measuredBy(runId).some((point) => point.entries.some((entry) => entry.runId === baseline)))
    .map((runId) => {
      if (measuredBy(runId).length === 0) return `Run ${runId} has no results, so there is nothing of it to compare.`;
      const differing = differingParams(measuredBy(baseline), measuredBy(runId));
      const why = differing.length ? ` (they differ in ${differing.join(' and ')})` : '';
      return (
        `No point of run ${runId} matches a point of the baseline ${baseline}${why}, so there is nothing to ` +
        "compare it with. Run it again with the baseline's params to compare the two."
      );
    });
}

function differingParams(ours, theirs) {
  const valuesOf = (points, name) => [...new Set(points.map((point) => String(point.params?.[name])))].sort().join('\n');
  const names = [...new Set([...ours, ...theirs].flatMap((point) => Object.keys(point.params ?? {})))];
  return names.filter((name) => valuesOf(ours, name) !== valuesOf(theirs, name));
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
