// The compare page's chart: one group of bars per point of the params grid, one bar per run, with
// JMH's 99.9 % interval as error bars. Pure: built from the comparison the server embeds.
import { PALETTE } from './charts.js';
import { unitFactor } from './score-units.js';

/**
 * "workers=2 · shared-random" from the params that differ between points; "score" if none. A name
 * the point lacks (a param of another experiment's benchmark) is left out.
 */
export function pointLabels(points) {
  const names = [...new Set(points.flatMap((point) => Object.keys(point.params ?? {})))];
  const varying = names.filter((name) => new Set(points.map((point) => point.params?.[name])).size > 1);
  return points.map((point) => {
    const parts = varying.flatMap((name) => {
      const value = point.params?.[name];
      if (value == null) return [];
      return [value !== '' && Number.isFinite(Number(value)) ? `${name}=${value}` : String(value)];
    });
    return parts.join(' · ') || 'score';
  });
}

/**
 * The points one axis can carry, in the unit of the first point (the baseline's): a score in
 * another time or rate unit is converted, with its error; a point whose unit does not convert
 * (bytes against ns/op, a throughput against a time) is left out. `converted` and `leftOut` name
 * the units concerned so that the page can say what it did.
 */
export function chartPoints(comparison) {
  const all = comparison.points ?? [];
  const unit = all[0]?.unit ?? '';
  const points = [];
  const converted = new Set();
  const leftOut = new Map();
  for (const point of all) {
    const factor = unitFactor(point.unit, unit);
    if (factor == null) {
      leftOut.set(point.unit, (leftOut.get(point.unit) ?? 0) + 1);
    } else if (factor === 1) {
      points.push(point);
    } else {
      converted.add(point.unit);
      points.push({ ...point, unit, entries: point.entries.map((entry) => scaled(entry, factor)) });
    }
  }
  return { unit, points, converted: [...converted], leftOut: [...leftOut].map(([from, count]) => ({ unit: from, count })) };
}

function scaled(entry, factor) {
  return { ...entry, score: entry.score * factor, scoreError: entry.scoreError == null ? null : entry.scoreError * factor };
}

export function compareChartConfig(comparison) {
  const { unit, points } = chartPoints(comparison);
  const datasets = (comparison.runs ?? []).map((runId, index) => {
    const colour = PALETTE[index % PALETTE.length];
    return {
      label: index === 0 ? `${runId} (baseline)` : runId,
      data: points.map((point) => barOf(point.entries.find((entry) => entry.runId === runId))),
      backgroundColor: colour,
      borderColor: colour,
      errorBarColor: '#555',
      errorBarWhiskerColor: '#555',
    };
  });
  return {
    type: 'barWithErrorBars',
    data: { labels: pointLabels(points), datasets },
    options: {
      animation: false,
      maintainAspectRatio: false,
      // A score is never negative: `min` keeps an interval reaching below zero from pulling the
      // axis down to times that cannot occur (beginAtZero alone yields to the error bars' range).
      scales: { y: { min: 0, beginAtZero: true, title: { display: true, text: unit ? `score (${unit})` : 'score' } } },
      plugins: { title: { display: true, text: 'Score per point, one bar per run (bars: 99.9 % interval)' } },
    },
  };
}

// A run without this point draws no bar; a score without an interval draws no whisker. An interval
// reaching below zero is cut at the axis.
function barOf(entry) {
  if (!entry) return { y: null };
  if (entry.scoreError == null) return { y: entry.score };
  return { y: entry.score, yMin: Math.max(0, entry.score - entry.scoreError), yMax: entry.score + entry.scoreError };
}
