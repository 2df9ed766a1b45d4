// worker-count: time, speedup and efficiency (chart-efficiency.js) against a worker-count param,
// with the ideal line, an Amdahl fit per series, Amdahl's prediction when the definition names the
// serial-fraction param (`amdahlParam`), and this machine's core count.
import { amdahlCurve, fitAmdahl, predictedSpeedup, predictionCurve, serialFractionOf, withinCores } from './amdahl.js';
import {
  ERROR_BARS_SHOWN,
  NEUTRAL,
  NO_ERROR_BARS,
  errorBarPoint,
  errorBarStyle,
  figureOptions,
  linearYAxis,
  measuredXAxis,
  pointTooltip,
  scoreTitle,
  seriesColour,
} from './chart-parts.js';
import { efficiencyFigure } from './chart-efficiency.js';
import { formatParamValue, formatPercent, formatRatio } from './format.js';
import { higherIsBetter, pointsAlong, resultsOf, seriesAlong, timesBetter } from './points.js';

/**
 * `source` is a run state or a list of results (the run resource's, with `unit`, also works).
 * Returns figures `{key, caption, config}`: none when no result has a numeric x yet.
 */
export function workerCountCharts(source, chartDef, cores) {
  const points = pointsAlong(resultsOf(source), chartDef.x);
  if (points.length === 0) return [];
  const series = seriesAlong(points, chartDef.x, chartDef.series, source.paramOrder ?? []);
  const xs = [...new Set(points.map((point) => point.x))].sort((a, b) => a - b);
  const axis = { name: chartDef.x, label: chartDef.xLabel ?? chartDef.x, xs, unit: points[0].scoreUnit };
  return [
    timeFigure(series, axis, chartDef),
    speedupFigure(series, axis, chartDef, cores),
    efficiencyFigure(series, axis, chartDef, cores, coreCountMarker),
  ];
}

function timeFigure(series, axis, chartDef) {
  const title = `${scoreTitle(axis.unit)} against ${axis.name}`;
  const datasets = series.map((s, index) => timeDataset(s, index));
  const hasErrors = datasets.some((dataset) => dataset.errorBarLineWidth > 0);
  const scales = { x: measuredXAxis(axis.label, axis.xs), y: linearYAxis(axis.unit ? `score (${axis.unit})` : 'score') };
  const config = {
    type: 'scatterWithErrorBars',
    data: { datasets },
    options: figureOptions(title, scales, (item) => pointTooltip(item, axis.unit, axis.name)),
  };
  const caption = `${title}, one line per ${chartDef.series ?? 'series'}. ${hasErrors ? ERROR_BARS_SHOWN : NO_ERROR_BARS}`;
  return { key: 'time', caption, config };
}

function timeDataset(series, index) {
  const colour = seriesColour(index);
  const data = series.points.map((point) => errorBarPoint(point.x, point.score, point.scoreError));
  return { label: series.label, data, showLine: true, borderColor: colour, backgroundColor: colour, ...errorBarStyle(colour, data) };
}

function speedupFigure(series, axis, chartDef, cores) {
  const coresText = Number.isFinite(cores) ? ` (${cores} cores)` : '';
  const title = `Speedup against ${axis.name}${coresText}`;
  const speedups = series.map((s) => speedupPoints(s, axis.unit));
  const fits = speedups.map((points) => fitAmdahl(withinCores(points, cores).map(({ x, y }) => ({ x, speedup: y }))));
  const fractions = series.map((s) => (chartDef.amdahlParam ? serialFractionOf(s.points, chartDef.amdahlParam) : null));
  const datasets = series.map((s, index) => speedupDataset(s.label, speedups[index], index));
  fits.forEach((fit, index) => {
    if (fit?.kind === 'fit') datasets.push(fitDataset(series[index].label, fit, speedups[index], index));
  });
  fractions.forEach((fraction, index) => {
    if (fraction != null) datasets.push(predictionDataset(series[index].label, fraction, speedups[index], index));
  });
  datasets.push(idealDataset(axis.xs));
  const options = figureOptions(title, { x: measuredXAxis(axis.label, axis.xs), y: linearYAxis('speedup (×)') }, speedupTooltip(axis.name));
  options.plugins.coreCountMarker = { cores, color: NEUTRAL };
  const config = { type: 'scatter', data: { datasets }, options, plugins: [coreCountMarker] };
  const base = higherIsBetter(axis.unit)
    ? `throughput ÷ throughput at the fewest ${axis.name}`
    : `time at the fewest ${axis.name} ÷ time at each count`;
  const hasPrediction = fractions.some((fraction) => fraction != null);
  const notes = [
    ...series.map((s, index) => fitSentence(s.label, fits[index], axis.name)),
    ...series.map((s, index) => predictionSentence(s.label, fractions[index], speedups[index], axis.name)),
    coresSentence(axis, cores, fits.some((fit) => fit?.kind === 'fit')),
  ].filter(Boolean);
  const caption =
    `${title}: ${base}, per ${chartDef.series ?? 'series'}. Grey dashes: ideal linear speedup; ` +
    `coloured dashes: Amdahl's law fitted to each series; ` +
    (hasPrediction ? `coloured dots: Amdahl's law for each series' ${chartDef.amdahlParam}; ` : '') +
    `dotted: this machine's core count.` +
    (notes.length > 0 ? ` ${notes.join(' ')}` : '');
  return { key: 'speedup', caption, config };
}

function speedupPoints(series, unit) {
  const base = series.points[0].score;
  return series.points.map((point) => ({ x: point.x, y: timesBetter(point.score, base, unit) }));
}

function speedupDataset(label, data, index) {
  const colour = seriesColour(index);
  return { label, data, showLine: true, borderColor: colour, backgroundColor: colour };
}

function fitDataset(label, fit, speedups, index) {
  const colour = seriesColour(index);
  return {
    label: `${label}: Amdahl fit`,
    data: amdahlCurve(fit, speedups[0].x, speedups.at(-1).x),
    showLine: true,
    borderColor: colour,
    backgroundColor: colour,
    borderDash: [3, 3],
    borderWidth: 1.5,
    pointRadius: 0,
    pointHoverRadius: 0,
  };
}

// Hollow markers at the measured counts, so the prediction there can be read beside the point.
function predictionDataset(label, fraction, speedups, index) {
  const colour = seriesColour(index);
  const data = predictionCurve(fraction, speedups.map((point) => point.x));
  return {
    label: `${label}: Amdahl's law for ${formatPercent(fraction)} serial`,
    data,
    showLine: true,
    borderColor: colour,
    backgroundColor: 'transparent',
    borderDash: [1, 3],
    borderWidth: 2,
    pointRadius: data.map((point) => (point.measured ? 3 : 0)),
    pointHoverRadius: data.map((point) => (point.measured ? 4 : 0)),
    pointHitRadius: data.map((point) => (point.measured ? 4 : 0)),
  };
}

/** Amdahl's prediction for one series at its most workers, for the caption; '' without a fraction. */
export function predictionSentence(label, fraction, speedups, xName) {
  if (fraction == null || speedups.length < 2) return '';
  const [first, last] = [speedups[0], speedups.at(-1)];
  const predicted = predictedSpeedup(fraction, last.x, first.x);
  return (
    `${label}: ${formatRatio(last.y)}× at ${formatParamValue(last.x)} ${xName}, ` +
    `Amdahl's law predicts ${formatRatio(predicted)}× for ${formatPercent(fraction)} serial work.`
  );
}

/**
 * What the core count means for the figure, when some point has more workers than cores; '' else.
 * Workers beyond the cores take turns, so the fit leaves those points out (see withinCores).
 */
export function coresSentence(axis, cores, fitted) {
  if (!Number.isFinite(cores) || !(axis.xs.at(-1) > cores)) return '';
  const fitText = fitted && axis.xs.filter((x) => x <= cores).length >= 2 ? ` The fits use the points up to ${cores} ${axis.name}.` : '';
  return (
    `This machine has ${cores} cores: beyond ${cores} ${axis.name} the workers take turns on them, ` +
    `so the speedup over one worker cannot grow past ${cores}× here, whatever the ideal line and Amdahl's law say for more cores.${fitText}`
  );
}

/** What the fit says about one series, for the caption; '' when there is nothing to fit. */
export function fitSentence(label, fit, xName) {
  if (!fit) return '';
  if (fit.kind === 'slowdown') {
    return (
      `${label}: slower with more ${xName} (${formatRatio(fit.speedup)}× at ${formatParamValue(fit.x)}) — ` +
      `Amdahl's law cannot explain a slowdown: the ${xName} contend for something shared.`
    );
  }
  const base = fit.baseX === 1 ? '' : ` of the time at ${formatParamValue(fit.baseX)} ${xName}`;
  const superlinear = fit.unclamped < 0 ? ', faster than ideal' : '';
  const onePoint = fit.fittedPoints === 1 ? ' (the fit rests on one point)' : '';
  return `${label}: serial fraction ≈ ${formatPercent(fit.serialFraction)}${base}${superlinear}${onePoint}.`;
}

function speedupTooltip(xName) {
  return (item) => `${item.dataset.label}: ${formatRatio(item.raw.y)}× at ${xName} = ${formatParamValue(item.raw.x)}`;
}

function idealDataset(xs) {
  return {
    label: 'ideal',
    data: xs.map((x) => ({ x, y: x / xs[0] })),
    showLine: true,
    borderColor: NEUTRAL,
    backgroundColor: NEUTRAL,
    borderDash: [6, 4],
    borderWidth: 1.5,
    pointRadius: 0,
  };
}

/** Inline Chart.js plugin: a dotted vertical line at `options.cores` on the x axis. */
export const coreCountMarker = {
  id: 'coreCountMarker',
  afterDatasetsDraw(chart, _args, options) {
    const scale = chart.scales.x;
    const cores = options?.cores;
    if (!scale || !Number.isFinite(cores) || cores < scale.min || cores > scale.max) return;
    const x = scale.getPixelForValue(cores);
    const { top, bottom } = chart.chartArea;
    const { ctx } = chart;
    ctx.save();
    ctx.strokeStyle = ctx.fillStyle = options.color ?? NEUTRAL;
    ctx.setLineDash([2, 3]);
    ctx.beginPath();
    ctx.moveTo(x, top);
    ctx.lineTo(x, bottom);
    ctx.stroke();
    ctx.textAlign = 'right';
    ctx.fillText(`${cores} cores`, x - 4, bottom - 6);
    ctx.restore();
  },
};
