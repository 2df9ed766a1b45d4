// chunk-size and size-sweep: the score against a param swept over orders of magnitude, so along a
// logarithmic x axis (and, for size-sweep, a logarithmic y axis too), one line per series.
import {
  ERROR_BARS_SHOWN,
  NO_ERROR_BARS,
  errorBarPoint,
  errorBarStyle,
  figureOptions,
  linearYAxis,
  logYAxis,
  measuredXAxis,
  pointTooltip,
  scoreTitle,
  seriesColour,
} from './chart-parts.js';
import { cacheMarker, cacheMarksOn, cacheMarksText, topWithRoomForLabels } from './chart-caches.js';
import { formatBinarySize, formatParamValue, formatScore } from './format.js';
import { pointsAlong, resultsOf, seriesAlong, timesBetter } from './points.js';

const POINT_RADIUS = 3;
const OPTIMUM_RADIUS = 8;

/** Time (or throughput) against `x` on a log axis per series, each series' optimum marked. */
export function chunkSizeCharts(source, chartDef) {
  const sweep = logSweep(source, chartDef);
  if (!sweep) return [];
  const { series, axis, unit, dropped } = sweep;
  const optima = series.map((s) => optimumOf(s.points, unit));
  const datasets = series.map((s, index) => withOptimum(sweepDataset(s, index), s.points, optima[index]));
  const title = `${scoreTitle(unit)} against ${axis.name}`;
  const scales = { x: measuredXAxis(axis.label, axis.xs, true), y: linearYAxis(unit ? `score (${unit})` : 'score') };
  const config = { type: 'scatterWithErrorBars', data: { datasets }, options: figureOptions(title, scales, tooltip(unit, axis.name)) };
  const named = series
    .map((s, index) => (optima[index] ? `${s.label}: ${axis.name} = ${formatParamValue(optima[index].x)} (${formatScore(optima[index].score, unit)})` : null))
    .filter(Boolean);
  const caption = [
    `${title} (${axis.name} on a logarithmic axis), one line per ${chartDef.series ?? 'series'}.`,
    named.length ? `Diamonds mark the best ${axis.name}: ${named.join('; ')}.` : '',
    errorText(datasets),
    droppedText(dropped, axis.name),
  ];
  return [{ key: 'time', caption: caption.filter(Boolean).join(' '), config }];
}

/**
 * Time per operation against `x` on log–log axes per series. With `xBytes` (bytes per unit of x)
 * the x axis reads as sizes; with `markCaches` the run environment's caches are marked on it.
 */
export function sizeSweepCharts(source, chartDef) {
  const sweep = logSweep(source, chartDef, true);
  if (!sweep) return [];
  const { series, axis, unit, dropped } = sweep;
  const floor = logFloor(series.flatMap((s) => s.points));
  const datasets = series.map((s, index) => sweepDataset(s, index, floor));
  const title = `${scoreTitle(unit)} against ${axis.name}`;
  const x = sizeAxis(measuredXAxis(axis.label, axis.xs, true), chartDef);
  const scales = { x, y: logYAxis(unit ? `score (${unit}, log scale)` : 'score (log scale)', floor) };
  const options = figureOptions(title, scales, sizeTooltip(unit, axis.name, chartDef));
  const config = { type: 'scatterWithErrorBars', data: { datasets }, options };
  const caption = [
    `${title}, log–log, one line per ${chartDef.series ?? 'series'}:`,
    `a straight line of slope k means the score grows as ${axis.name} to the power k.`,
    errorText(datasets),
    droppedText(dropped, axis.name),
    markCaches(source, chartDef, config, datasets, true),
  ];
  return [{ key: 'time', caption: caption.filter(Boolean).join(' '), config }];
}

/**
 * The working set at `x`, in bytes, when the chart says how it grows: `xBytes` × x^`xPower`
 * (`xPower` 1 unless given; 2 when x is the side of a square grid); null without `xBytes`.
 */
export function workingSetBytes(x, chartDef) {
  return chartDef.xBytes > 0 ? chartDef.xBytes * x ** (chartDef.xPower > 0 ? chartDef.xPower : 1) : null;
}

/**
 * Ticks as sizes ("16 KiB", "256 MiB") when each unit of x is `xBytes` bytes. When the working set
 * grows as a power of x (`xPower`), the ticks stay x itself and only tooltips name the size.
 */
export function sizeAxis(axis, chartDef) {
  if (!(chartDef.xBytes > 0) || (chartDef.xPower > 0 && chartDef.xPower !== 1)) return axis;
  return { ...axis, ticks: { ...axis.ticks, callback: (value) => formatBinarySize(workingSetBytes(value, chartDef)) } };
}

export function sizeTooltip(unit, xName, chartDef) {
  if (!(chartDef.xBytes > 0)) return tooltip(unit, xName);
  return (item) => `${pointTooltip(item, unit, xName)} (${formatBinarySize(workingSetBytes(item.raw.x, chartDef))})`;
}

/**
 * With `markCaches`, draws the run machine's caches on the figure's x axis (at the x whose working
 * set fills each), raising the y axis' top to leave their labels room, and returns the caption's
 * sentence about them; '' without `markCaches`.
 */
export function markCaches(source, chartDef, config, datasets, logY) {
  if (!chartDef.markCaches) return '';
  const caches = source?.environment?.caches ?? null;
  const { scales } = config.options;
  const marks = cacheMarksOn(caches, chartDef.xBytes > 0 ? chartDef.xBytes : 1, scales.x, chartDef.xPower > 0 ? chartDef.xPower : 1);
  config.options.plugins.cacheMarker = { marks };
  config.plugins = [cacheMarker];
  if (marks.length > 0) {
    const tops = datasets.flatMap((d) => d.data.map((point) => point.yMax ?? point.y));
    scales.y.max = logY ? topWithRoomForLabels(tops) : Math.max(...tops.filter(Number.isFinite)) * 1.3;
  }
  return cacheMarksText(caches, marks);
}

// A logarithmic axis cannot show zero or less: such points are left out and the caption says so.
function logSweep(source, chartDef, positiveScores = false) {
  const along = pointsAlong(resultsOf(source), chartDef.x);
  const points = along.filter((point) => point.x > 0 && Number.isFinite(point.score) && (!positiveScores || point.score > 0));
  if (points.length === 0) return null;
  const series = seriesAlong(points, chartDef.x, chartDef.series, source.paramOrder ?? []);
  const xs = [...new Set(points.map((point) => point.x))].sort((a, b) => a - b);
  const axis = { name: chartDef.x, label: chartDef.xLabel ?? chartDef.x, xs };
  return { series, axis, unit: points[0].scoreUnit, dropped: along.length - points.length };
}

/** The lowest time or highest throughput of a series; null for a single point, which is no optimum. */
export function optimumOf(points, unit) {
  if (points.length < 2) return null;
  return points.reduce((best, point) => (timesBetter(point.score, best.score, unit) > 1 ? point : best));
}

/** The log axis' bottom: the decade below every score and every interval's lower end above zero. */
export function logFloor(points) {
  const lows = points.flatMap((point) => [point.score, point.score - (point.scoreError ?? 0)]).filter((value) => value > 0);
  return 10 ** Math.floor(Math.log10(Math.min(...lows)));
}

export function sweepDataset(series, index, floor = null) {
  const colour = seriesColour(index);
  const data = series.points.map((point) => errorBarPoint(point.x, point.score, point.scoreError, floor));
  return {
    label: series.label,
    data,
    showLine: true,
    borderColor: colour,
    backgroundColor: colour,
    // Unprefixed: Chart.js prefixes point options with the element's id, which for the error-bar
    // plugin's points is `pointWithErrorBar`, so `pointRadius` would never reach them.
    radius: POINT_RADIUS,
    ...errorBarStyle(colour, data),
  };
}

function withOptimum(dataset, points, optimum) {
  if (!optimum) return dataset;
  const isOptimum = points.map((point) => point === optimum);
  return {
    ...dataset,
    radius: isOptimum.map((yes) => (yes ? OPTIMUM_RADIUS : POINT_RADIUS)),
    hoverRadius: isOptimum.map((yes) => (yes ? OPTIMUM_RADIUS + 2 : POINT_RADIUS + 2)),
    pointStyle: isOptimum.map((yes) => (yes ? 'rectRot' : 'circle')),
  };
}

function tooltip(unit, xName) {
  return (item) => pointTooltip(item, unit, xName);
}

function errorText(datasets) {
  return datasets.some((dataset) => dataset.errorBarLineWidth > 0) ? ERROR_BARS_SHOWN : NO_ERROR_BARS;
}

function droppedText(dropped, xName) {
  return dropped > 0 ? `${dropped} point(s) with ${xName} or score at zero or below are left out: a logarithmic axis cannot show them.` : '';
}
