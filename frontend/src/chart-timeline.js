// timeline: a point's measurement iterations in order, against the time they cover — the score
// over time within one run, for a lesson that happens during the run (a worker killed and the
// queue recovering), which results averaged over iterations would hide.
import { figureOptions, linearYAxis, scoreTitle, seriesColour } from './chart-parts.js';
import { formatDuration, formatScore, formatTick } from './format.js';
import { groupBy, pointLabel, varyingNames } from './points.js';

const MARKED_STYLE = 'triangle';

/**
 * One line per point and fork: each measurement iteration's score at the planned end of the
 * iteration (iteration × the run's iteration time). With `metric`, an iteration whose secondary
 * `metric` is above zero (an @AuxCounters count of something that happened in it) is drawn as a
 * large triangle and named in the caption, labelled `unit`.
 */
export function timelineCharts(source, chartDef) {
  const measured = (source.iterations ?? []).filter((iteration) => iteration.phase === 'measurement');
  if (measured.length === 0) return [];
  const seconds = (source.plan?.iterationMillis ?? 0) / 1000;
  const names = varyingNames(measured, source.paramOrder ?? []);
  const lines = [...groupBy(measured, (iteration) => `${iteration.key}|${iteration.fork}`).values()];
  const manyForks = new Set(measured.map((iteration) => iteration.fork)).size > 1;
  const datasets = lines.map((line, index) => timelineDataset(line, index, { names, manyForks, seconds, metric: chartDef.metric }));
  const unit = measured[0].scoreUnit ?? '';
  const xTitle = seconds > 0 ? `seconds into the measurement (iterations of ${formatDuration(seconds * 1000)}, as planned)` : 'measurement iteration';
  const scales = {
    x: { type: 'linear', min: 0, title: { display: true, text: xTitle }, ticks: { callback: (value) => formatTick(value) } },
    y: linearYAxis(unit ? `${scoreTitle(unit).toLowerCase()} (${unit})` : 'score'),
  };
  const title = `${scoreTitle(unit)} over time, iteration by iteration`;
  const config = { type: 'scatter', data: { datasets }, options: figureOptions(title, scales, (item) => timelineTooltip(item, unit)) };
  const caption = `${title}, one line per ${manyForks ? 'point and fork' : 'point'}${unit ? `, in ${unit}` : ''}. ${markSentence(datasets, chartDef)}`.trim();
  return [{ key: 'timeline', caption, config }];
}

function timelineDataset(line, index, { names, manyForks, seconds, metric }) {
  const colour = seriesColour(index);
  const data = [...line]
    .sort((a, b) => a.iteration - b.iteration)
    .map((iteration) => ({
      x: seconds > 0 ? iteration.iteration * seconds : iteration.iteration,
      y: iteration.score,
      iteration: iteration.iteration,
      marked: metric != null && Number(iteration.secondary?.[metric]?.score) > 0,
    }));
  const label = pointLabel(line[0], names) + (manyForks ? ` · fork ${line[0].fork}` : '');
  return {
    label,
    data,
    showLine: true,
    borderWidth: 1.5,
    borderColor: colour,
    backgroundColor: colour,
    pointStyle: data.map((point) => (point.marked ? MARKED_STYLE : 'circle')),
    pointRadius: data.map((point) => (point.marked ? 9 : 3)),
  };
}

function markSentence(datasets, chartDef) {
  if (!chartDef.metric) return '';
  const what = chartDef.unit ?? chartDef.metric;
  const marks = datasets.flatMap((dataset) =>
    dataset.data.filter((point) => point.marked).map((point) => `${dataset.label}, iteration ${point.iteration}`),
  );
  return marks.length
    ? `Triangles mark the iterations with ${what}: ${marks.join('; ')}.`
    : `No iteration had ${what}.`;
}

function timelineTooltip(item, unit) {
  const { raw } = item;
  return `${item.dataset.label}: ${formatScore(raw.y, unit)} in iteration ${raw.iteration}${raw.marked ? ' ▲' : ''}`;
}
