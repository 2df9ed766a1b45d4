// The worker-count kind's efficiency figure: the speedup as a share of the ideal one, per series.
// Efficiency E(n) = S(n) ÷ (n ÷ n₀): 100 % when n workers run n ÷ n₀ times as fast as the fewest
// (n₀), lower for every bit of serial work, contention or hand-off cost. Beyond the machine's cores
// it can at best fall as cores ÷ n, since the workers take turns.
import { NEUTRAL, figureOptions, linearYAxis, measuredXAxis, seriesColour } from './chart-parts.js';
import { formatParamValue, formatPercent } from './format.js';
import { timesBetter } from './points.js';

/** Each series' points as `{x, y}` with y the efficiency against the series' fewest workers. */
export function efficiencyPoints(series, unit) {
  const [first] = series.points;
  return series.points.map((point) => ({
    x: point.x,
    y: timesBetter(point.score, first.score, unit) / (point.x / first.x),
  }));
}

/**
 * `series` as worker-count cuts them (`{label, points}` sorted by x), `axis` `{name, label, xs,
 * unit}`. The core-count marker plugin is the caller's (`marker`), as for the speedup figure.
 */
export function efficiencyFigure(series, axis, chartDef, cores, marker) {
  const coresText = Number.isFinite(cores) ? ` (${cores} cores)` : '';
  const title = `Efficiency against ${axis.name}${coresText}`;
  const efficiencies = series.map((s) => efficiencyPoints(s, axis.unit));
  const datasets = series.map((s, index) => {
    const colour = seriesColour(index);
    return { label: s.label, data: efficiencies[index], showLine: true, borderColor: colour, backgroundColor: colour };
  });
  datasets.push(fullEfficiency(axis.xs));
  const yAxis = { ...linearYAxis('efficiency (speedup ÷ ideal speedup)'), ticks: { callback: (value) => formatPercent(value) } };
  const options = figureOptions(title, { x: measuredXAxis(axis.label, axis.xs), y: yAxis }, (item) =>
    `${item.dataset.label}: ${formatPercent(item.raw.y)} at ${axis.name} = ${formatParamValue(item.raw.x)}`,
  );
  options.plugins.coreCountMarker = { cores, color: NEUTRAL };
  const config = { type: 'scatter', data: { datasets }, options, plugins: marker ? [marker] : [] };
  const notes = series.map((s, index) => lastEfficiencySentence(s.label, efficiencies[index], axis.name)).filter(Boolean);
  const caption =
    `${title}: the speedup ÷ (${axis.name} ÷ the fewest ${axis.name}), per ${chartDef.series ?? 'series'}. ` +
    `Grey dashes: 100 %, every added worker as useful as the first; dotted: this machine's core count` +
    (Number.isFinite(cores) ? `, beyond which the efficiency can at best fall as ${cores} ÷ ${axis.name}.` : '.') +
    (notes.length > 0 ? ` ${notes.join(' ')}` : '');
  return { key: 'efficiency', caption, config };
}

function lastEfficiencySentence(label, points, xName) {
  if (points.length < 2) return '';
  const last = points.at(-1);
  return `${label}: ${formatPercent(last.y)} at ${formatParamValue(last.x)} ${xName}.`;
}

function fullEfficiency(xs) {
  return {
    label: '100 %',
    data: xs.map((x) => ({ x, y: 1 })),
    showLine: true,
    borderColor: NEUTRAL,
    backgroundColor: NEUTRAL,
    borderDash: [6, 4],
    borderWidth: 1.5,
    pointRadius: 0,
  };
}
