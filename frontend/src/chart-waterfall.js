// waterfall: the steps of a journey — the values of `series`, in the order the run measured them —
// as floating bars, each from the figure before it to its own (the first from zero), so the height
// of a bar is what its step saved or cost, and each label carries the change since the first step.
// Drawn for the score and, with `metric`, for that secondary result (divided by `perParam`).
import { NEUTRAL, figureOptions, linearYAxis, metricCaptionTitle, metricTitle, scoreTitle } from './chart-parts.js';
import { metricPerParam } from './chart-bars.js';
import { formatParamValue, formatRatio, formatScore } from './format.js';
import { groupBy, higherIsBetter, pointLabel, resultsOf, varyingNames, withoutParam } from './points.js';
import { pointKey } from './run-state.js';

const BETTER = '#059669';
const WORSE = '#e11d48';

/** One waterfall of the score per group of points that differ only in `series`, and one of `metric`. */
export function waterfallCharts(source, chartDef) {
  const results = resultsOf(source);
  const unit = results[0]?.scoreUnit ?? '';
  const figures = waterfalls(source, chartDef, {
    measure: (result) => result.score,
    unit,
    what: scoreTitle(unit).toLowerCase(),
    key: 'score',
  });
  const { metric, perParam } = chartDef;
  const measured = metric ? results.find((result) => result.secondary?.[metric]) : null;
  if (!measured) return figures;
  const metricUnit = chartDef.unit ?? measured.secondary[metric].scoreUnit ?? '';
  return figures.concat(
    waterfalls(source, chartDef, {
      measure: (result) => metricPerParam(result, metric, perParam)?.value,
      unit: metricUnit,
      what: metricTitle(chartDef),
      captionTitle: (title) => metricCaptionTitle(title, chartDef),
      key: 'metric',
    }),
  );
}

function waterfalls(source, chartDef, { measure, unit, what, captionTitle = (title) => title, key }) {
  const name = chartDef.series ?? chartDef.x;
  const points = resultsOf(source)
    .filter((result) => result.params?.[name] != null)
    .map((result) => ({ ...result, value: measure(result) }))
    .filter((point) => Number.isFinite(point.value));
  const others = varyingNames(points, source.paramOrder ?? []).filter((other) => other !== name);
  const groups = [...groupBy(points, (point) => pointKey(point.benchmark, withoutParam(point.params, name))).values()];
  return groups
    .filter((group) => group.length >= 2)
    .map((group, index) => {
      const steps = journeySteps(group.map((point) => ({ step: String(point.params[name]), value: point.value })), unit);
      const where = others.length ? ` (${pointLabel(group[0], others)})` : '';
      const title = `${what}, step by step${where}`;
      return { key: `${key}-${index}`, caption: waterfallCaption(captionTitle(title), steps, unit, name), config: waterfallConfig(title, steps, unit, chartDef) };
    });
}

/**
 * Each step with the figure it starts from (the step before's, zero for the first), its change
 * over that step (`stepRatio`) and over the first (`cumulative`), both as "times better": above 1
 * when the figure improved, whichever direction better is in `unit`.
 */
export function journeySteps(measured, unit) {
  const better = (value, reference) => (higherIsBetter(unit) ? value / reference : reference / value);
  return measured.map(({ step, value }, at) => {
    const previous = at === 0 ? null : measured[at - 1].value;
    return {
      step,
      value,
      from: previous ?? 0,
      stepRatio: previous == null ? null : better(value, previous),
      cumulative: better(value, measured[0].value),
    };
  });
}

function waterfallConfig(title, steps, unit, chartDef) {
  const labels = steps.map((step, at) => [formatParamValue(step.step), at === 0 ? 'start' : `${formatRatio(step.cumulative)}× overall`]);
  const colours = steps.map((step) => (step.stepRatio == null ? NEUTRAL : step.stepRatio >= 1 ? BETTER : WORSE));
  const dataset = {
    label: title,
    data: steps.map((step) => [step.from, step.value]),
    backgroundColor: colours.map((colour) => `${colour}99`),
    borderColor: colours,
    borderWidth: 1.5,
    borderSkipped: false,
  };
  const axis = { type: 'category', title: { display: true, text: chartDef.seriesLabel ?? chartDef.series ?? chartDef.x } };
  const tooltip = (item) => stepTooltip(steps[item.dataIndex], unit);
  const options = figureOptions(title, { x: axis, y: linearYAxis(unit || 'score') }, tooltip);
  options.plugins.legend = { display: false };
  return { type: 'bar', data: { labels, datasets: [dataset] }, options };
}

function stepTooltip(step, unit) {
  const figure = formatScore(step.value, unit);
  if (step.stepRatio == null) return `${step.step}: ${figure}, the start`;
  return `${step.step}: ${figure}, ${formatRatio(step.stepRatio)}× the step before, ${formatRatio(step.cumulative)}× the start`;
}

function waterfallCaption(title, steps, unit, name) {
  const listed = steps
    .map((step) => (step.stepRatio == null ? `${step.step} ${formatScore(step.value, unit)}` : `${step.step} ${formatScore(step.value, unit)} (${formatRatio(step.stepRatio)}×, ${formatRatio(step.cumulative)}× overall)`))
    .join('; ');
  const direction = higherIsBetter(unit) ? 'higher is better' : 'lower is better';
  return `${title}: one bar per ${name} in the order measured, from the figure before it to its own — green where the step improved it, red where it made it worse; ${direction}. A ratio reads as times better than the step before, and than the first step. ${listed}.`;
}
