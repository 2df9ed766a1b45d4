import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chartConfigsFor } from '../src/charts.js';
import { warmupCharts } from '../src/chart-warmup.js';
import { fromEvents } from '../src/run-state.js';

const BENCHMARK = 'dev.perflab.experiments.ch07.jittiers.JitTiers.pass';
const definition = { params: [{ name: 'tier', label: 'Compiler tier' }, { name: 'kernel', label: 'Kernel' }], charts: [] };
const chartDef = { kind: 'warmup', series: 'tier' };

/** Iteration events of one fork: `warmup` scores, then `measured` ones, as the harness sends them. */
function forkEvents(params, fork, warmup, measured) {
  const event = (phase, iteration, iterations, score) => ({
    type: 'iteration',
    data: { benchmark: BENCHMARK, params, fork, phase, iteration, iterations, score, scoreUnit: 'ms/op', secondary: {} },
  });
  return [
    ...warmup.map((score, at) => event('warmup', at + 1, warmup.length, score)),
    ...measured.map((score, at) => event('measurement', at + 1, measured.length, score)),
  ];
}

function state(...forks) {
  const started = { type: 'started', data: { plan: { points: 4, forks: 1, warmupIterations: 3, measurementIterations: 2, iterationMillis: 50 } } };
  return fromEvents(definition, [started, ...forks.flat()].map((event, at) => ({ ...event, id: at + 1 })));
}

const objects = { tier: 'interpreter', kernel: 'complex-object' };
const run = state(
  forkEvents(objects, 1, [340, 330, 335], [338, 336]),
  forkEvents({ tier: 'tiered', kernel: 'complex-object' }, 1, [30, 18, 8], [7, 7.2]),
  forkEvents({ tier: 'interpreter', kernel: 'primitive-expanded' }, 1, [17, 18, 17], [16, 17]),
  forkEvents({ tier: 'tiered', kernel: 'primitive-expanded' }, 1, [2.5, 1.5, 1.4], [1.4, 1.5]),
);

test('warmupDrawsEveryIterationFromTheForksStartOneLinePerSeriesAndAFigurePerOtherParam', () => {
  const figures = warmupCharts(run, chartDef);
  assert.equal(figures.length, 2);
  const [objectsFigure] = figures;
  assert.match(objectsFigure.config.options.plugins.title.text, /complex-object/);
  const labels = objectsFigure.config.data.datasets.map((dataset) => dataset.label);
  assert.deepEqual(labels, ['interpreter', 'tiered']);
  const tiered = objectsFigure.config.data.datasets[1];
  // Measured iterations continue the count after the warm-up: 1–3 warm-up, 4–5 measured.
  assert.deepEqual(tiered.data.map((point) => [point.x, point.y]), [[1, 30], [2, 18], [3, 8], [4, 7], [5, 7.2]]);
  assert.deepEqual(tiered.pointBackgroundColor.map((colour) => colour === 'transparent'), [true, true, true, false, false]);
  assert.notEqual(objectsFigure.config.data.datasets[0].borderColor, tiered.borderColor);
  assert.match(objectsFigure.caption, /50 ms/);
});

test('warmupUsesALogarithmicAxisWhenTheTimesSpanADecade', () => {
  const [objectsFigure, primitiveFigure] = warmupCharts(run, chartDef);
  assert.equal(objectsFigure.config.options.scales.y.type, 'logarithmic');
  assert.equal(objectsFigure.config.options.scales.y.min, 1);
  assert.equal(primitiveFigure.config.options.scales.y.type, 'logarithmic');
  const flat = state(forkEvents(objects, 1, [340, 330], [338]), forkEvents({ ...objects, tier: 'c1' }, 1, [60, 50], [40]));
  const [figure] = warmupCharts(flat, chartDef);
  assert.equal(figure.config.options.scales.y.type, 'linear');
  assert.equal(figure.config.options.scales.y.min, 0);
});

test('warmupDrawsEachForkAsItsOwnLine', () => {
  const twoForks = state(forkEvents(objects, 1, [340, 330], [338]), forkEvents(objects, 2, [350, 331], [339]));
  const [figure] = warmupCharts(twoForks, chartDef);
  assert.deepEqual(figure.config.data.datasets.map((dataset) => dataset.label), ['interpreter · fork 1', 'interpreter · fork 2']);
  assert.deepEqual(figure.config.data.datasets[1].data.map((point) => point.x), [1, 2, 3]);
  assert.match(figure.caption, /per tier and fork/);
});

test('warmupDrawsNothingWithoutIterationsOrSeries', () => {
  assert.deepEqual(warmupCharts(fromEvents(definition, []), chartDef), []);
  assert.deepEqual(warmupCharts(run, { kind: 'warmup' }), []);
});

test('warmupIsDispatchedByKindWithTheSeriesLabel', () => {
  const figures = chartConfigsFor({ ...definition, charts: [chartDef] }, run);
  assert.equal(figures.length, 2);
  assert.match(figures[0].key, /^0-warmup-warmup-/);
  assert.match(figures[0].config.options.plugins.title.text, /^Warm-up from a cold start by Compiler tier/);
  assert.notEqual(figures[0].key, figures[1].key);
});
