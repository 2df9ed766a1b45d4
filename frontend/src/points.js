// Results as points of the parameter grid: which names vary, how to label a point, how to cut the
// points into series along one param, and which direction of a unit is better. Shared by the
// charts and the verdict so that both name and group points the same way.
import { shortBenchmarkName } from './format.js';
import { pointKey } from './run-state.js';

/** The pseudo-name under which the benchmark method varies, as params do. */
export const BENCHMARK = '#benchmark';

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

/** Every param name the points carry, in the form's order: what names a point when nothing varies. */
export function paramNames(points, paramOrder = []) {
  return orderNames(new Set(points.flatMap((point) => Object.keys(point.params ?? {}))), paramOrder);
}

function note(values, name, value) {
  if (!values.has(name)) values.set(name, new Set());
  values.get(name).add(value);
}

function orderNames(names, paramOrder) {
  const rank = (name) => (name === BENCHMARK ? -1 : paramOrder.includes(name) ? paramOrder.indexOf(name) : Infinity);
  return [...names].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * "workers=2 · shared-random": numbers need their name to be read, choices speak for themselves.
 * A name the point lacks (another benchmark's param) is left out.
 */
export function pointLabel(point, names) {
  const parts = names.flatMap((name) => {
    if (name === BENCHMARK) return [shortBenchmarkName(point.benchmark)];
    const value = point.params?.[name];
    if (value == null) return [];
    return [isNumeric(value) ? `${name}=${value}` : String(value)];
  });
  return parts.join(' · ') || shortBenchmarkName(point.benchmark) || 'score';
}

export function isNumeric(value) {
  return value !== '' && value != null && Number.isFinite(Number(value));
}

export function groupBy(items, keyOf) {
  const groups = new Map();
  for (const item of items) {
    const key = keyOf(item);
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(item);
  }
  return groups;
}

/** The results of a run state, or the list itself (the run resource's results carry `unit`). */
export function resultsOf(source) {
  const results = Array.isArray(source) ? source : (source?.results ?? []);
  return results.map((result) => ({ ...result, scoreUnit: result.scoreUnit ?? result.unit ?? '' }));
}

/** Results with a numeric value of param `xName`, as `{...result, x}`. */
export function pointsAlong(results, xName) {
  return results
    .filter((result) => isNumeric(result.params?.[xName]))
    .map((result) => ({ ...result, x: Number(result.params[xName]) }));
}

export function withoutParam(params, name) {
  const { [name]: _dropped, ...rest } = params ?? {};
  return rest;
}

/**
 * Points cut into series along `xName`, sorted by x. Points differing in anything but x go to
 * different series, so none are ever merged wrongly; a series is named by `seriesName` first, then
 * by whatever else varies.
 */
export function seriesAlong(points, xName, seriesName, paramOrder = []) {
  const others = varyingNames(points, paramOrder).filter((name) => name !== xName && name !== seriesName);
  const hasSeriesParam = seriesName != null && points.some((point) => point.params?.[seriesName] != null);
  const names = hasSeriesParam ? [seriesName, ...others] : others;
  const groups = groupBy(points, (point) => pointKey(point.benchmark, withoutParam(point.params, xName)));
  return [...groups.values()].map((group) => ({
    label: pointLabel(group[0], names),
    points: [...group].sort((a, b) => a.x - b.x),
  }));
}

/** Distinct values, numerically sorted when all are numbers, else in order of first appearance. */
export function distinctValues(values) {
  const distinct = [...new Set(values.map(String))];
  return distinct.every(isNumeric) ? distinct.sort((a, b) => Number(a) - Number(b)) : distinct;
}

/**
 * Whether a bigger number is better in this unit. Only a throughput (JMH's `ops/ms`, `ops/s`…) is;
 * times per operation, bytes and counts are costs.
 */
export function higherIsBetter(unit) {
  return /^ops\//.test(String(unit ?? '').trim());
}

export function isTimePerOperation(unit) {
  return /^(ns|us|µs|ms|s|min|hr)\/op$/.test(String(unit ?? '').trim());
}

/** How many times better `score` is than `reference`: above 1 when better, in either direction. */
export function timesBetter(score, reference, unit) {
  return higherIsBetter(unit) ? score / reference : reference / score;
}
