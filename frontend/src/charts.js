// Chart.js configurations built from a run state. Nothing here names an experiment: which charts
// a run gets, and along which params, comes from the experiment definition's `charts`.
import { formatScore, shortBenchmarkName } from './format.js';
import { pointKey } from './run-state.js';

// Mid-tone colours with at least 3:1 contrast on both the light and the dark page background.
export const PALETTE = ['#3b82f6', '#ea580c', '#059669', '#e11d48', '#8b5cf6', '#0891b2', '#db2777', '#65a30d'];
const NEUTRAL = '#8b95a1';
const BENCHMARK = '#benchmark';

export function seriesColour(index) {
  return PALETTE[index % PALETTE.length];
}

// ---- labels -----------------------------------------------------------------------------------

/** Names (params, and the benchmark when several ran) whose value differs between points. */
export function varyingNames(points, paramOrder = []) {
  const values = new Map();
  for (const point of points) {
    note(values, BENCHMARK, point.benchmark ?? '');
    for (const [name, value] of Object.entries(point.params ?? {})) note(values, name, value);
  }
  const varying = [...values].filter(([, seen]) => seen.size > 1).map(([name]) => name);
  return orderNames(varying, paramOrder);
}

function note(values, name, value) {
  if (!values.has(name)) values.set(name, new Set());
  values.get(name).add(value);
}

function orderNames(names, paramOrder) {
  const rank = (name) => (name === BENCHMARK ? -1 : paramOrder.includes(name) ? paramOrder.indexOf(name) : Infinity);
  return [...names].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}

/** "workers=2 · shared-random": numbers need their name to be read, choices speak for themselves. */
export function pointLabel(point, names) {
  const parts = names.map((name) => {
    if (name === BENCHMARK) return shortBenchmarkName(point.benchmark);
    const value = point.params?.[name];
    return isNumeric(value) ? `${name}=${value}` : String(value);
  });
  return parts.join(' · ') || shortBenchmarkName(point.benchmark) || 'score';
}

function isNumeric(value) {
  return value !== '' && value != null && Number.isFinite(Number(value));
}

function isTimePerOperation(unit) {
  return /\/op$/.test(unit ?? '');
}

// ---- live chart -------------------------------------------------------------------------------

export function liveChartConfig(state) {
  const names = varyingNames(state.iterations, state.paramOrder);
  const groups = groupBy(state.iterations, (iteration) => iteration.key);
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

function groupBy(items, keyOf) {
  const groups = new Map();
  for (const item of items) {
    const key = keyOf(item);
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(item);
  }
  return groups;
}

// ---- worker-count charts ----------------------------------------------------------------------

/**
 * Time and speedup against a worker-count param, one series per value of `chartDef.series`.
 * `source` is a run state or a list of results (the run resource's, with `unit`, also works).
 * Returns figures `{key, caption, config}`: none when no result has a numeric x yet.
 */
export function workerCountCharts(source, chartDef, cores) {
  const points = workerPoints(source, chartDef.x);
  if (points.length === 0) return [];
  const series = workerSeries(points, chartDef, source.paramOrder ?? []);
  const xs = [...new Set(points.map((point) => point.x))].sort((a, b) => a - b);
  const axis = { name: chartDef.x, label: chartDef.xLabel ?? chartDef.x, xs, unit: points[0].scoreUnit ?? '' };
  return [timeFigure(series, axis, chartDef), speedupFigure(series, axis, chartDef, cores)];
}

function workerPoints(source, xName) {
  const results = Array.isArray(source) ? source : source.results ?? [];
  return results
    .map((result) => ({ ...result, scoreUnit: result.scoreUnit ?? result.unit, x: Number(result.params?.[xName]) }))
    .filter((point) => point.params?.[xName] != null && Number.isFinite(point.x));
}

// Points differing in anything but x go to different series, so none are ever merged wrongly.
function workerSeries(points, chartDef, paramOrder) {
  const others = varyingNames(points, paramOrder).filter((name) => name !== chartDef.x && name !== chartDef.series);
  const hasSeriesParam = points.some((point) => point.params?.[chartDef.series] != null);
  const names = hasSeriesParam ? [chartDef.series, ...others] : others;
  const groups = groupBy(points, (point) => pointKey(point.benchmark, withoutParam(point.params, chartDef.x)));
  return [...groups.values()].map((group) => ({
    label: pointLabel(group[0], names),
    points: [...group].sort((a, b) => a.x - b.x),
  }));
}

function withoutParam(params, name) {
  const { [name]: _dropped, ...rest } = params ?? {};
  return rest;
}

function timeFigure(series, axis, chartDef) {
  const hasErrors = series.some((s) => s.points.some((point) => point.scoreError != null));
  const timed = isTimePerOperation(axis.unit);
  const title = `${timed ? 'Time per operation' : 'Throughput'} against ${axis.name}`;
  const config = {
    type: 'scatterWithErrorBars',
    data: { datasets: series.map((s, index) => timeDataset(s, index, hasErrors)) },
    options: chartOptions(title, axis, axis.unit ? `score (${axis.unit})` : 'score'),
  };
  const bars = hasErrors
    ? "Bars show JMH's 99.9 % confidence interval."
    : 'No error bars: too few measurement iterations for a confidence interval.';
  return { key: 'time', caption: `${title}, one line per ${chartDef.series ?? 'series'}. ${bars}`, config };
}

function timeDataset(series, index, hasErrors) {
  const colour = seriesColour(index);
  return {
    label: series.label,
    data: series.points.map(errorBarPoint),
    showLine: true,
    borderColor: colour,
    backgroundColor: colour,
    errorBarColor: colour,
    errorBarWhiskerColor: colour,
    // The plugin draws a whisker even for a point without error; hide bars when none have one.
    errorBarLineWidth: hasErrors ? 1.5 : 0,
    errorBarWhiskerSize: hasErrors ? 12 : 0,
  };
}

function errorBarPoint(point) {
  const bar = { x: point.x, y: point.score };
  if (point.scoreError == null) return bar;
  return { ...bar, yMin: point.score - point.scoreError, yMax: point.score + point.scoreError };
}

function speedupFigure(series, axis, chartDef, cores) {
  const timed = isTimePerOperation(axis.unit);
  const coresText = Number.isFinite(cores) ? ` (${cores} cores)` : '';
  const title = `Speedup against ${axis.name}${coresText}`;
  const datasets = series.map((s, index) => speedupDataset(s, index, timed));
  datasets.push(idealDataset(axis.xs));
  const options = chartOptions(title, axis, 'speedup (×)');
  options.plugins.coreCountMarker = { cores, color: NEUTRAL };
  const config = { type: 'scatter', data: { datasets }, options, plugins: [coreCountMarker] };
  const base = timed ? `time at the fewest ${axis.name} ÷ time at each count` : `throughput ÷ throughput at the fewest ${axis.name}`;
  const caption = `${title}: ${base}, per ${chartDef.series ?? 'series'}. Dashed: ideal linear speedup. Dotted: this machine's core count.`;
  return { key: 'speedup', caption, config };
}

function speedupDataset(series, index, timed) {
  const colour = seriesColour(index);
  const base = series.points[0].score;
  const speedup = (score) => (timed ? base / score : score / base);
  return {
    label: series.label,
    data: series.points.map((point) => ({ x: point.x, y: speedup(point.score) })),
    showLine: true,
    borderColor: colour,
    backgroundColor: colour,
  };
}

function idealDataset(xs) {
  return {
    label: 'ideal',
    data: xs.map((x) => ({ x, y: x / xs[0] })),
    showLine: true,
    borderColor: NEUTRAL,
    backgroundColor: NEUTRAL,
    borderDash: [6, 4],
    borderWidth: 1.5,
    pointRadius: 0,
  };
}

function chartOptions(title, axis, yTitle) {
  const padding = Math.max((axis.xs.at(-1) - axis.xs[0]) * 0.05, 0.25);
  return {
    animation: false,
    scales: {
      x: {
        type: 'linear',
        min: axis.xs[0] - padding,
        max: axis.xs.at(-1) + padding,
        title: { display: true, text: axis.label },
        // Ticks only where something was measured: 3 workers between 2 and 4 means nothing.
        afterBuildTicks: (scale) => {
          scale.ticks = axis.xs.map((value) => ({ value }));
        },
      },
      y: { beginAtZero: true, title: { display: true, text: yTitle } },
    },
    plugins: { title: { display: true, text: title } },
  };
}

/** Inline Chart.js plugin: a dotted vertical line at `options.cores` on the x axis. */
export const coreCountMarker = {
  id: 'coreCountMarker',
  afterDatasetsDraw(chart, _args, options) {
    const scale = chart.scales.x;
    const cores = options?.cores;
    if (!scale || !Number.isFinite(cores) || cores < scale.min || cores > scale.max) return;
    const x = scale.getPixelForValue(cores);
    const { top, bottom } = chart.chartArea;
    const { ctx } = chart;
    ctx.save();
    ctx.strokeStyle = ctx.fillStyle = options.color ?? NEUTRAL;
    ctx.setLineDash([2, 3]);
    ctx.beginPath();
    ctx.moveTo(x, top);
    ctx.lineTo(x, bottom);
    ctx.stroke();
    ctx.textAlign = 'right';
    ctx.fillText(`${cores} cores`, x - 4, bottom - 6);
    ctx.restore();
  },
};

// ---- dispatch ---------------------------------------------------------------------------------

const CHART_KINDS = { 'worker-count': workerCountCharts };

/** Every figure the definition asks for, each `{key, caption, config}` with a key stable per run. */
export function chartConfigsFor(definition, state, cores) {
  return (definition?.charts ?? []).flatMap((chartDef, index) => {
    const build = Object.hasOwn(CHART_KINDS, chartDef.kind) ? CHART_KINDS[chartDef.kind] : null;
    if (!build) return [];
    const labelled = { ...chartDef, xLabel: paramLabel(definition, chartDef.x) };
    return build(state, labelled, cores).map((figure) => ({ ...figure, key: `${index}-${chartDef.kind}-${figure.key}` }));
  });
}

function paramLabel(definition, name) {
  const param = (definition.params ?? []).find((p) => p.name === name);
  return param?.label ?? name;
}
