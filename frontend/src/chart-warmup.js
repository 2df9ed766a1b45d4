// warmup: the time of every iteration of every fork from its cold start, warm-up included, one
// line per value of `series` — how long a JVM takes to reach the speed the bars report, and how
// the way it runs code (a compiler tier) changes that.
import { figureOptions, linearYAxis, logYAxis, seriesColour } from './chart-parts.js';
import { formatScore } from './format.js';
import { distinctValues, groupBy, pointLabel, varyingNames, withoutParam } from './points.js';
import { pointKey } from './run-state.js';

/**
 * One figure per combination of the params other than `series` (a kernel, a size); in it, one
 * line per series value and fork, x = the iteration counted from the fork's start (warm-up
 * iterations first, then the measured ones), y = that iteration's score. Warm-up points are
 * hollow. The y axis is logarithmic when the scores span a decade or more.
 */
export function warmupCharts(source, chartDef) {
  const iterations = (source?.iterations ?? []).filter((it) => Number.isFinite(it.score) && it.score > 0);
  if (iterations.length === 0 || !chartDef.series) return [];
  const paramOrder = source.paramOrder ?? [];
  const seriesValues = distinctValues(iterations.map((it) => it.params?.[chartDef.series] ?? ''));
  // What tells the figures apart: every name that varies in the run but the series.
  const others = varyingNames(iterations, paramOrder).filter((name) => name !== chartDef.series);
  const figures = groupBy(iterations, (it) => pointKey(it.benchmark, withoutParam(it.params, chartDef.series)));
  return [...figures.values()].map((figureIterations) =>
    warmupFigure(figureIterations, chartDef, { seriesValues, others, iterationMillis: source.plan?.iterationMillis }),
  );
}

function warmupFigure(iterations, chartDef, { seriesValues, others, iterationMillis }) {
  const series = chartDef.series;
  const unit = iterations[0].scoreUnit ?? '';
  const lines = [...groupBy(iterations, (it) => JSON.stringify([it.params?.[series] ?? '', it.fork])).values()];
  const forks = new Set(iterations.map((it) => it.fork)).size;
  const datasets = lines.map((line) => warmupDataset(line, series, seriesValues, forks > 1));
  const scores = iterations.map((it) => it.score);
  const logY = Math.max(...scores) >= 10 * Math.min(...scores);
  const floor = logY ? 10 ** Math.floor(Math.log10(Math.min(...scores))) : null;
  const yTitle = unit ? `time of the iteration (${unit})` : 'score';
  const scales = {
    x: { type: 'linear', min: 1, title: { display: true, text: "iteration, counted from the fork's start" }, ticks: { precision: 0 } },
    y: logY ? logYAxis(`${yTitle}, log scale`, floor) : linearYAxis(yTitle),
  };
  const where = others.length ? ` — ${pointLabel(iterations[0], others)}` : '';
  const title = `Warm-up from a cold start by ${chartDef.seriesLabel ?? series}${where}`;
  const config = { type: 'scatter', data: { datasets }, options: figureOptions(title, scales, warmupTooltip(unit)) };
  config.options.plugins.subtitle = { display: true, text: 'hollow points: warm-up · filled points: measurement' };
  const window = iterationMillis ? ` Each point is one iteration: the average over the operations that fit in its ${iterationMillis} ms, or one operation when that takes longer.` : '';
  const perFork = forks > 1 ? ' and fork' : '';
  const caption = `${title}: every iteration of every fork in the order it ran, one line per ${series}${perFork}${unit ? `, in ${unit}` : ''}${logY ? ' on a logarithmic axis' : ''}; hollow points are warm-up iterations, filled points the measured ones the bars average.${window}`;
  return { key: `warmup-${pointKey(iterations[0].benchmark, withoutParam(iterations[0].params, series))}`, caption, config };
}

function warmupDataset(line, series, seriesValues, labelFork) {
  const value = line[0].params?.[series] ?? '';
  const colour = seriesColour(Math.max(0, seriesValues.indexOf(String(value))));
  const warmups = Math.max(0, ...line.filter((it) => it.phase === 'warmup').map((it) => it.iteration));
  const data = line
    .map((it) => ({ x: it.phase === 'warmup' ? it.iteration : warmups + it.iteration, y: it.score, phase: it.phase, fork: it.fork }))
    .sort((a, b) => a.x - b.x);
  return {
    label: labelFork ? `${value} · fork ${line[0].fork}` : String(value),
    data,
    showLine: true,
    borderWidth: 1.5,
    borderColor: colour,
    backgroundColor: colour,
    pointBorderColor: colour,
    pointBackgroundColor: data.map((point) => (point.phase === 'warmup' ? 'transparent' : colour)),
    pointRadius: 3.5,
    pointBorderWidth: 1.5,
  };
}

function warmupTooltip(unit) {
  return (item) => {
    const { raw } = item;
    return `${item.dataset.label}: ${formatScore(raw.y, unit)} (iteration ${raw.x}, ${raw.phase}, fork ${raw.fork})`;
  };
}
