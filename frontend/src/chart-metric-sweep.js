// metric-sweep: a secondary result (as JMH names it) against a param swept over orders of
// magnitude, one line per series — for figures that are not the score: the time per counted
// operation of an @AuxCounters field, bytes per element, a capacity. Like size-sweep, it may read
// x as a working-set size (`xBytes`, `xPower`) and mark the run machine's caches (`markCaches`).
import { ERROR_BARS_SHOWN, NO_ERROR_BARS, figureOptions, linearYAxis, logYAxis, measuredXAxis, metricCaptionTitle, metricTitle } from './chart-parts.js';
import { metricPerParam } from './chart-bars.js';
import { logFloor, markCaches, sizeAxis, sizeTooltip, sweepDataset } from './chart-sweeps.js';
import { pointsAlong, resultsOf, seriesAlong } from './points.js';

/**
 * `metric` (divided by param `perParam` when given, labelled `unit`) against `x` on a logarithmic
 * axis. The y axis is logarithmic too when every value is above zero and they span a decade or
 * more; otherwise it is linear from zero, which a logarithmic axis cannot show.
 */
export function metricSweepCharts(source, chartDef) {
  const { metric, perParam } = chartDef;
  if (!metric) return [];
  const points = pointsAlong(resultsOf(source), chartDef.x)
    .filter((point) => point.x > 0)
    .map((point) => ({ ...point, measured: metricPerParam(point, metric, perParam) }))
    .filter((point) => point.measured && Number.isFinite(point.measured.value))
    .map((point) => ({ ...point, score: point.measured.value, scoreError: point.measured.error }));
  if (points.length === 0) return [];
  const metricUnit = points[0].secondary[metric].scoreUnit ?? '';
  const unit = chartDef.unit ?? (perParam ? `${metricUnit} per ${perParam}` : metricUnit);
  const values = points.map((point) => point.score);
  const logY = Math.min(...values) > 0 && Math.max(...values) >= 10 * Math.min(...values);
  const floor = logY ? logFloor(points) : null;
  const series = seriesAlong(points, chartDef.x, chartDef.series, source.paramOrder ?? []);
  const datasets = series.map((s, index) => sweepDataset(s, index, floor));
  const xs = [...new Set(points.map((point) => point.x))].sort((a, b) => a - b);
  const title = `${metricTitle(chartDef)} against ${chartDef.x}`;
  const yTitle = unit || metric;
  const scales = {
    x: sizeAxis(measuredXAxis(chartDef.xLabel ?? chartDef.x, xs, true), chartDef),
    y: logY ? logYAxis(`${yTitle} (log scale)`, floor) : linearYAxis(yTitle),
  };
  const tooltip = sizeTooltip(unit, chartDef.x, chartDef);
  const config = { type: 'scatterWithErrorBars', data: { datasets }, options: figureOptions(title, scales, tooltip) };
  const marks = markCaches(source, chartDef, config, datasets, logY);
  const axes = logY ? 'log–log' : `${chartDef.x} on a logarithmic axis`;
  const slope = logY
    ? ` A straight line of slope k means the figure grows as ${chartDef.x} to the power k; a flat one, that it does not grow.`
    : '';
  const hasErrors = datasets.some((dataset) => dataset.errorBarLineWidth > 0);
  const caption = `${metricCaptionTitle(title, chartDef)}, ${axes}, one line per ${chartDef.series ?? 'series'}${unit ? `, in ${unit}` : ''}.${slope} ${hasErrors ? ERROR_BARS_SHOWN : NO_ERROR_BARS}${marks ? ` ${marks}` : ''}`;
  return [{ key: 'metric', caption, config }];
}
