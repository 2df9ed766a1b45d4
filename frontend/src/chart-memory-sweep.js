// memory-sweep: a measured memory figure (a secondary metric) against a param swept over orders of
// magnitude, on log–log axes, one line per series. How memory grows with a size is read as a slope:
// 2 for N², 1 for N, 0 for memory that does not grow.
import { ERROR_BARS_SHOWN, NO_ERROR_BARS, errorBarPoint, errorBarStyle, figureOptions, logYAxis, measuredXAxis, pointTooltip, seriesColour } from './chart-parts.js';
import { logFloor } from './chart-sweeps.js';
import { pointsAlong, resultsOf, seriesAlong } from './points.js';

const POINT_RADIUS = 3;

/** The secondary result `metric` against `x` on log–log axes per series, labelled `unit`. */
export function memorySweepCharts(source, chartDef) {
  const { metric } = chartDef;
  const measured = metric ? metricAlong(source, chartDef.x, metric) : [];
  if (measured.length === 0) return [];
  // A logarithmic axis cannot show zero or less: such points are left out and the caption says so.
  const points = measured.filter((point) => point.x > 0 && Number.isFinite(point.score) && point.score > 0);
  if (points.length === 0) return [];
  const unit = chartDef.unit ?? points[0].scoreUnit ?? '';
  const series = seriesAlong(points, chartDef.x, chartDef.series, source.paramOrder ?? []);
  const xs = [...new Set(points.map((point) => point.x))].sort((a, b) => a - b);
  const floor = logFloor(points);
  const datasets = series.map((s, index) => dataset(s, index, floor));
  const title = `${metric} against ${chartDef.x}`;
  const yTitle = unit ? `${metric} (${unit}, log scale)` : `${metric} (log scale)`;
  const scales = { x: measuredXAxis(chartDef.xLabel ?? chartDef.x, xs, true), y: logYAxis(yTitle, floor) };
  const tooltip = (item) => pointTooltip(item, unit, chartDef.x);
  const config = { type: 'scatterWithErrorBars', data: { datasets }, options: figureOptions(title, scales, tooltip) };
  const dropped = measured.length - points.length;
  const caption = [
    `${title}, log–log, one line per ${chartDef.series ?? 'series'}${unit ? `, in ${unit}` : ''}:`,
    `a straight line of slope k means the figure grows as ${chartDef.x} to the power k; a flat line, that it does not grow.`,
    datasets.some((d) => d.errorBarLineWidth > 0) ? ERROR_BARS_SHOWN : NO_ERROR_BARS,
    dropped > 0 ? `${dropped} point(s) with ${metric} at zero or below are left out: a logarithmic axis cannot show them.` : '',
  ];
  return [{ key: 'memory', caption: caption.filter(Boolean).join(' '), config }];
}

// Each point along x carrying the metric, with the metric in place of the score.
function metricAlong(source, xName, metric) {
  return pointsAlong(resultsOf(source), xName)
    .filter((point) => point.secondary?.[metric])
    .map((point) => {
      const { score, scoreError, scoreUnit } = point.secondary[metric];
      return { ...point, score, scoreError, scoreUnit };
    });
}

function dataset(series, index, floor) {
  const colour = seriesColour(index);
  const data = series.points.map((point) => errorBarPoint(point.x, point.score, point.scoreError, floor));
  return {
    label: series.label,
    data,
    showLine: true,
    borderColor: colour,
    backgroundColor: colour,
    // Unprefixed, as in chart-sweeps.js: the error-bar plugin's points ignore `pointRadius`.
    radius: POINT_RADIUS,
    ...errorBarStyle(colour, data),
  };
}
