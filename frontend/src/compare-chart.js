// The compare page's chart: one group of bars per point of the params grid, one bar per run, with
// JMH's 99.9 % interval as error bars. Pure: built from the comparison the server embeds.
import { PALETTE } from './charts.js';

/** "workers=2 · shared-random" from the params that differ between points; "score" if none. */
export function pointLabels(points) {
  const names = [...new Set(points.flatMap((point) => Object.keys(point.params ?? {})))];
  const varying = names.filter((name) => new Set(points.map((point) => point.params?.[name])).size > 1);
  return points.map((point) => {
    const parts = varying.map((name) => {
      const value = point.params?.[name];
      return value !== '' && Number.isFinite(Number(value)) ? `${name}=${value}` : String(value);
    });
    return parts.join(' · ') || 'score';
  });
}

export function compareChartConfig(comparison) {
  const points = comparison.points ?? [];
  const unit = points[0]?.unit ?? '';
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
