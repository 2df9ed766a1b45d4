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
  const xBytes = chartDef.xBytes > 0 ? chartDef.xBytes : null;
  const floor = logFloor(series.flatMap((s) => s.points));
  const datasets = series.map((s, index) => sweepDataset(s, index, floor));
  const title = `${scoreTitle(unit)} against ${axis.name}`;
  const x = sizeAxis(measuredXAxis(axis.label, axis.xs, true), xBytes);
  const scales = { x, y: logYAxis(unit ? `score (${unit}, log scale)` : 'score (log scale)', floor) };
  const options = figureOptions(title, scales, sizeTooltip(unit, axis.name, xBytes));
  const config = { type: 'scatterWithErrorBars', data: { datasets }, options };
  const caption = [
    `${title}, log–log, one line per ${chartDef.series ?? 'series'}:`,
    `a straight line of slope k means the score grows as ${axis.name} to the power k.`,
    errorText(datasets),
    droppedText(dropped, axis.name),
  ];
  if (chartDef.markCaches) {
    const caches = source?.environment?.caches ?? null;
    const marks = cacheMarksOn(caches, xBytes ?? 1, x);
    options.plugins.cacheMarker = { marks };
    config.plugins = [cacheMarker];
    if (marks.length > 0) scales.y.max = topWithRoomForLabels(datasets.flatMap((d) => d.data.map((point) => point.yMax ?? point.y)));
    caption.push(cacheMarksText(caches, marks));
  }
  return [{ key: 'time', caption: caption.filter(Boolean).join(' '), config }];
}

// Ticks as sizes ("16 KiB", "256 MiB") when each unit of x is `xBytes` bytes.
function sizeAxis(axis, xBytes) {
  if (!xBytes) return axis;
  return { ...axis, ticks: { ...axis.ticks, callback: (value) => formatBinarySize(value * xBytes) } };
}

function sizeTooltip(unit, xName, xBytes) {
  if (!xBytes) return tooltip(unit, xName);
  return (item) => `${pointTooltip(item, unit, xName)} (${formatBinarySize(item.raw.x * xBytes)})`;
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
