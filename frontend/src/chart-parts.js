// Pieces every result chart shares: colours, error bars, axes over measured values, tooltips.
import { formatParamValue, formatScore, formatTick } from './format.js';
import { higherIsBetter, isTimePerOperation } from './points.js';

// Mid-tone colours with at least 3:1 contrast on both the light and the dark chart background, and
// at least 20 apart in CIELAB (ΔE*76) from each other and from NEUTRAL, so that a sweep of a dozen
// points gets a dozen colours a reader can tell apart. Six-digit hex: callers append an alpha.
export const PALETTE = [
  '#3b82f6',
  '#ea580c',
  '#059669',
  '#e11d48',
  '#8b5cf6',
  '#0891b2',
  '#db2777',
  '#65a30d',
  '#a16207',
  '#c026d3',
  '#0e8078',
  '#b86870',
];
export const NEUTRAL = '#8b95a1';

export function seriesColour(index) {
  return PALETTE[index % PALETTE.length];
}

// Past the palette, colours come round again: a line pattern per round keeps series apart.
const ROUND_DASHES = [[], [6, 4], [2, 3], [10, 3, 2, 3]];

/** The line pattern of series `index`: solid for the first round of the palette, then dashed. */
export function seriesDash(index) {
  return ROUND_DASHES[Math.floor(index / PALETTE.length) % ROUND_DASHES.length];
}

/**
 * What a chart of the secondary result `metric` is titled: the definition's `unit` when it has one
 * ("ms to start the pool"), else the metric's camelCase name in words ("pool start millis"),
 * divided by `perParam` when given. A raw name like poolStartMillis reads as code, not as a figure.
 */
export function metricTitle({ metric, perParam, unit }) {
  if (unit) return unit;
  const words = String(metric ?? '')
    .replace(/([a-z0-9])([A-Z])(?=[a-z])/g, '$1 $2')
    .split(' ')
    .map((word) => (/^[A-Z][a-z]+$/.test(word) ? word.toLowerCase() : word))
    .join(' ');
  return perParam ? `${words} ÷ ${perParam}` : words;
}

/** The metric as JMH names it, divided by `perParam`: for captions, beside the title in words. */
export function metricName({ metric, perParam }) {
  return perParam ? `${metric} ÷ ${perParam}` : metric;
}

/** The title, and JMH's name of the metric after it when the title does not already say it. */
export function metricCaptionTitle(title, chartDef) {
  const name = metricName(chartDef);
  return title.includes(name) ? title : `${title} (${name})`;
}

export const ERROR_BARS_SHOWN = "Bars show JMH's 99.9 % confidence interval.";
export const NO_ERROR_BARS = 'No error bars: too few measurement iterations for a confidence interval.';

/** "Time per operation" / "Throughput" / "Score": what the score of this unit is. */
export function scoreTitle(unit) {
  if (isTimePerOperation(unit)) return 'Time per operation';
  if (higherIsBetter(unit)) return 'Throughput';
  return 'Score';
}

export function betterWord(unit) {
  return higherIsBetter(unit) ? 'higher is better' : 'lower is better';
}

/**
 * A point with its error bar: `{x, y}` and, when JMH gave an error, `yMin`/`yMax` = score ∓ error.
 * `floor` keeps the lower end on a logarithmic axis, which cannot show zero or less: an interval
 * reaching below it is drawn down to the axis' bottom.
 */
export function errorBarPoint(x, score, scoreError, floor = null) {
  const bar = { x, y: score };
  if (scoreError == null || !Number.isFinite(scoreError)) return bar;
  const low = score - scoreError;
  return { ...bar, yMin: floor != null && !(low > floor) ? floor : low, yMax: score + scoreError };
}

export function hasErrorBar(point) {
  return point.yMax != null;
}

/** Error-bar styling of one dataset. The plugin draws a whisker even for a point without error. */
export function errorBarStyle(colour, data) {
  const shown = data.some((point) => point && hasErrorBar(point));
  return {
    errorBarColor: colour,
    errorBarWhiskerColor: colour,
    errorBarLineWidth: shown ? 1.5 : 0,
    errorBarWhiskerSize: shown ? 12 : 0,
  };
}

/**
 * An x axis whose ticks sit only where something was measured: 3 workers between 2 and 4 means
 * nothing. `log` spaces the values logarithmically (chunk sizes, problem sizes).
 */
export function measuredXAxis(title, xs, log = false) {
  const [first, last] = [xs[0], xs.at(-1)];
  const range = log
    ? { min: first / logPadding(first, last), max: last * logPadding(first, last) }
    : { min: first - linearPadding(first, last), max: last + linearPadding(first, last) };
  return {
    type: log ? 'logarithmic' : 'linear',
    ...range,
    title: { display: true, text: title },
    afterBuildTicks: (scale) => {
      scale.ticks = xs.map((value) => ({ value }));
    },
    // Measured values, shown exactly: a chunk of 1 048 576 is not "1 050 000".
    ticks: { callback: (value) => formatParamValue(value) },
  };
}

function linearPadding(first, last) {
  return Math.max((last - first) * 0.05, 0.25);
}

function logPadding(first, last) {
  return Math.max((last / first) ** 0.05, 1.25);
}

// Scores, speedups and bytes are never negative: an interval reaching below zero is cut at the
// axis rather than stretching it down to values that cannot occur.
export function linearYAxis(title) {
  return { type: 'linear', min: 0, beginAtZero: true, title: { display: true, text: title }, ticks: { callback: (value) => formatTick(value) } };
}

/** A log y axis from `min`; labels only at 1, 2 and 5 of each decade, as a reader expects. */
export function logYAxis(title, min) {
  return {
    type: 'logarithmic',
    min,
    title: { display: true, text: title },
    ticks: { callback: (value) => logTickLabel(value) },
  };
}

export function logTickLabel(value) {
  if (!(value > 0)) return '';
  const significand = value / 10 ** Math.floor(Math.log10(value) + 1e-9);
  return [1, 2, 5].some((shown) => Math.abs(significand - shown) < 1e-6) ? formatTick(value) : '';
}

/** Tooltip text of a measured point: its series, score with unit and error, and where it is. */
export function pointTooltip(item, unit, xName) {
  const { raw } = item;
  const error = raw.yMax != null ? ` ± ${formatScore(raw.yMax - raw.y, unit)}` : '';
  const where = xName && raw.x != null && typeof raw.x === 'number' ? ` at ${xName} = ${formatParamValue(raw.x)}` : '';
  return `${item.dataset.label}: ${formatScore(raw.y, unit)}${error}${where}`;
}

export function figureOptions(title, scales, tooltipLabel) {
  return {
    animation: false,
    scales,
    plugins: {
      title: { display: true, text: title },
      tooltip: { callbacks: { label: tooltipLabel } },
    },
  };
}
