// memory and variants: one bar per value of a param, with error bars, grouped by whatever else
// varies between the points.
import {
  ERROR_BARS_SHOWN,
  NO_ERROR_BARS,
  betterWord,
  errorBarPoint,
  errorBarStyle,
  figureOptions,
  linearYAxis,
  logYAxis,
  metricCaptionTitle,
  metricTitle,
  scoreTitle,
  seriesColour,
} from './chart-parts.js';
import { logFloor } from './chart-sweeps.js';
import { formatParamValue, formatScore } from './format.js';
import { distinctValues, groupBy, pointLabel, resultsOf, varyingNames, withoutParam } from './points.js';
import { pointKey } from './run-state.js';

/** Bars of the score ± its error, one per value of `series` (or `x`). */
export function variantsCharts(source, chartDef) {
  const results = resultsOf(source);
  const unit = results[0]?.scoreUnit ?? '';
  const measure = (result) => ({ value: result.score, error: result.scoreError });
  const title = `${scoreTitle(unit)} by ${barParam(chartDef)}`;
  return barFigure(source, chartDef, { measure, unit, title, what: 'score', yTitle: unit ? `score (${unit})` : 'score' });
}

/**
 * Bars of the secondary metric `metric` (as JMH names it), divided by the numeric value of param
 * `perParam` when given (bytes per element from bytes per structure), labelled `unit`.
 */
export function memoryCharts(source, chartDef) {
  const { metric, perParam } = chartDef;
  const measured = resultsOf(source).find((result) => result.secondary?.[metric]);
  if (!metric || !measured) return [];
  const metricUnit = measured.secondary[metric].scoreUnit ?? '';
  const unit = chartDef.unit ?? (perParam ? `${metricUnit} per ${perParam}` : metricUnit);
  const measure = (result) => metricPerParam(result, metric, perParam);
  const per = perParam ? ` ÷ ${perParam}` : '';
  const title = `${metricTitle(chartDef)} by ${barParam(chartDef)}`;
  const captionTitle = metricCaptionTitle(title, chartDef);
  return barFigure(source, chartDef, { measure, unit, title, captionTitle, what: `${metric}${per}`, yTitle: unit || metric, key: 'memory' });
}

/** A result's secondary `metric` and its error, divided by its param `perParam` when given; null without. */
export function metricPerParam(result, metric, perParam) {
  const value = result.secondary?.[metric];
  const divisor = perParam ? Number(result.params?.[perParam]) : 1;
  if (!value || !Number.isFinite(divisor) || divisor === 0) return null;
  return { value: value.score / divisor, error: value.scoreError == null ? null : value.scoreError / divisor };
}

/**
 * Bars whose values span this factor or more stand on a logarithmic axis: on a linear one the
 * shortest would be under 5 % of the tallest, a sliver whose error bar cannot be seen (the JIT
 * tiers' interpreter against tiered code is ~50×).
 */
export const LOG_SPAN = 20;

function barParam(chartDef) {
  return chartDef.series ?? chartDef.x;
}

function barFigure(source, chartDef, { measure, unit, title, captionTitle = title, what, yTitle, key = 'bars' }) {
  const name = barParam(chartDef);
  const points = resultsOf(source)
    .filter((result) => result.params?.[name] != null)
    .map((result) => ({ ...result, measured: measure(result) }))
    .filter((point) => point.measured && Number.isFinite(point.measured.value));
  if (points.length === 0) return [];
  const categories = distinctValues(points.map((point) => point.params[name]));
  const others = varyingNames(points, source.paramOrder ?? []).filter((other) => other !== name);
  const groups = [...groupBy(points, (point) => pointKey(point.benchmark, withoutParam(point.params, name))).values()];
  const labels = categories.map(formatParamValue);
  const values = points.map((point) => point.measured.value);
  const span = Math.max(...values) / Math.min(...values);
  const logY = Math.min(...values) > 0 && span >= LOG_SPAN;
  const floor = logY ? logFloor(points.map((point) => ({ score: point.measured.value, scoreError: point.measured.error }))) : null;
  const datasets = groups.map((group, index) => barDataset(group, index, { name, categories, labels, others, what, floor, single: groups.length === 1 }));
  const y = logY ? logYAxis(`${yTitle} (log scale)`, floor) : linearYAxis(yTitle);
  const options = figureOptions(title, { x: categoryAxis(chartDef), y }, barTooltip(unit));
  options.plugins.legend = { display: groups.length > 1 };
  const hasErrors = datasets.some((dataset) => dataset.errorBarLineWidth > 0);
  const grouping = others.length ? `, grouped by ${others.map((other) => (other.startsWith('#') ? 'benchmark' : other)).join(' and ')}` : '';
  const inUnit = unit ? `, in ${unit}` : '';
  const scale = logY
    ? ` The values span ${Math.round(span)}×, so the axis is logarithmic: equal steps are equal ratios, and a bar's length is not proportional to its value.`
    : '';
  const caption = `${captionTitle}: one bar per ${name}${grouping}${inUnit}; ${betterWord(unit)}.${scale} ${hasErrors ? ERROR_BARS_SHOWN : NO_ERROR_BARS}`;
  return [{ key, caption, config: { type: 'barWithErrorBars', data: { labels, datasets }, options } }];
}

function barDataset(group, index, { name, categories, labels, others, what, floor, single }) {
  const byCategory = new Map(group.map((point) => [String(point.params[name]), point]));
  const data = categories.map((category, at) => {
    const point = byCategory.get(category);
    if (!point) return { x: labels[at], y: null };
    return errorBarPoint(labels[at], point.measured.value, point.measured.error, floor);
  });
  // A lone group colours each bar, so bars read as the series of the other charts do. The fill is
  // translucent so the error bar, drawn in the solid colour, shows inside the bar too.
  const colours = single ? categories.map((_, at) => seriesColour(at)) : seriesColour(index);
  const translucent = Array.isArray(colours) ? colours.map(fill) : fill(colours);
  return {
    label: others.length ? pointLabel(group[0], others) : what,
    data,
    backgroundColor: translucent,
    borderColor: colours,
    borderWidth: 1.5,
    ...errorBarStyle(colours, data),
  };
}

function fill(colour) {
  return `${colour}59`;
}

function categoryAxis(chartDef) {
  return { type: 'category', title: { display: true, text: chartDef.seriesLabel ?? barParam(chartDef) } };
}

function barTooltip(unit) {
  return (item) => {
    const { raw } = item;
    const error = raw.yMax != null ? ` ± ${formatScore(raw.yMax - raw.y, unit)}` : '';
    return `${item.dataset.label}: ${formatScore(raw.y, unit)}${error}`;
  };
}
