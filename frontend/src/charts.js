// Chart.js configurations built from a run state. Nothing here names an experiment: which charts
// a run gets, and along which params, comes from the experiment definition's `charts`.
import { memoryCharts, variantsCharts } from './chart-bars.js';
import { metricSweepCharts } from './chart-metric-sweep.js';
import { seriesColour, seriesDash } from './chart-parts.js';
import { chunkSizeCharts, sizeSweepCharts } from './chart-sweeps.js';
import { warmupCharts } from './chart-warmup.js';
import { timelineCharts } from './chart-timeline.js';
import { workerCountCharts } from './chart-workers.js';
import { waterfallCharts } from './chart-waterfall.js';
import { formatScore } from './format.js';
import { groupBy, paramNames, pointLabel, pointsAlong, resultsOf, varyingNames } from './points.js';

export { PALETTE, seriesColour } from './chart-parts.js';
export { coreCountMarker, workerCountCharts } from './chart-workers.js';
export { chunkSizeCharts, sizeSweepCharts } from './chart-sweeps.js';
export { memoryCharts, variantsCharts } from './chart-bars.js';
export { pointLabel, varyingNames } from './points.js';

// ---- live chart -------------------------------------------------------------------------------

export function liveChartConfig(state) {
  const groups = groupBy(state.iterations, (iteration) => iteration.key);
  // A lone series has nothing varying to be told apart by, which left the method's name
  // ("estimate") as its label: its params say what it measures.
  const names = groups.size > 1 ? varyingNames(state.iterations, state.paramOrder) : paramNames(state.iterations, state.paramOrder);
  const datasets = [...groups.values()].map((iterations, index) => liveDataset(iterations, names, index));
  const unit = state.scoreUnit ?? '';
  return {
    type: 'scatter',
    data: { datasets },
    options: {
      animation: false,
      scales: {
        x: { type: 'linear', title: { display: true, text: 'iteration, in order of arrival' }, ticks: { precision: 0 } },
        y: { title: { display: true, text: unit ? `score (${unit})` : 'score' } },
      },
      plugins: {
        subtitle: { display: true, text: 'hollow points: warm-up · filled points: measurement' },
        tooltip: { callbacks: { label: (item) => liveTooltip(item, unit) } },
      },
    },
  };
}

function liveDataset(iterations, names, index) {
  const colour = seriesColour(index);
  const data = iterations.map((it) => ({ x: it.index, y: it.score, phase: it.phase, fork: it.fork, iteration: it.iteration }));
  return {
    label: pointLabel(iterations[0], names),
    data,
    showLine: true,
    borderWidth: 1,
    borderColor: colour,
    borderDash: seriesDash(index),
    backgroundColor: colour,
    pointBorderColor: colour,
    pointBackgroundColor: data.map((point) => (point.phase === 'warmup' ? 'transparent' : colour)),
    pointRadius: 3.5,
    pointBorderWidth: 1.5,
  };
}

function liveTooltip(item, unit) {
  const { raw } = item;
  return `${item.dataset.label}: ${formatScore(raw.y, unit)} (${raw.phase} ${raw.iteration}, fork ${raw.fork})`;
}

// ---- dispatch ---------------------------------------------------------------------------------

// Every builder takes (source, chartDef, cores) and returns figures {key, caption, config}.
const CHART_KINDS = {
  'worker-count': workerCountCharts,
  'chunk-size': chunkSizeCharts,
  'size-sweep': sizeSweepCharts,
  'metric-sweep': metricSweepCharts,
  memory: memoryCharts,
  variants: variantsCharts,
  warmup: warmupCharts,
  waterfall: waterfallCharts,
  timeline: timelineCharts,
};

// A line along x says something only from two x values on: one point is no sweep.
const ALONG_X = new Set(['worker-count', 'chunk-size', 'size-sweep', 'metric-sweep']);

function sweptAlong(state, x) {
  return new Set(pointsAlong(resultsOf(state), x).map((point) => point.x)).size >= 2;
}

/** Every figure the definition asks for, each `{key, caption, config}` with a key stable per run. */
export function chartConfigsFor(definition, state, cores) {
  return (definition?.charts ?? []).flatMap((chartDef, index) => {
    const build = Object.hasOwn(CHART_KINDS, chartDef.kind) ? CHART_KINDS[chartDef.kind] : null;
    if (!build) return [];
    if (ALONG_X.has(chartDef.kind) && !sweptAlong(state, chartDef.x)) return [];
    const labelled = {
      ...chartDef,
      xLabel: paramLabel(definition, chartDef.x),
      seriesLabel: paramLabel(definition, chartDef.series ?? chartDef.x),
    };
    return build(state, labelled, cores).map((figure) => ({ ...figure, key: `${index}-${chartDef.kind}-${figure.key}` }));
  });
}

function paramLabel(definition, name) {
  const param = (definition.params ?? []).find((p) => p.name === name);
  return param?.label ?? name;
}
