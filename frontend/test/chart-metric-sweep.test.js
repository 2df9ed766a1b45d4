import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chartConfigsFor } from '../src/charts.js';
import { metricSweepCharts } from '../src/chart-metric-sweep.js';
import { plain, results, stateWithResults } from './load.js';

const definition = { params: [{ name: 'container', label: 'Container' }, { name: 'size', label: 'Elements' }], charts: [] };
const perElement = { kind: 'metric-sweep', x: 'size', series: 'container', metric: 'gc.alloc.rate.norm', perParam: 'size', unit: 'bytes per element' };
const state = stateWithResults(definition, results('memory'));
const byLabel = (config, label) => config.data.datasets.find((dataset) => dataset.label === label);

test('metricSweepDrawsTheMetricDividedByPerParamAgainstXPerSeries', () => {
  const [figure] = metricSweepCharts(state, perElement);
  assert.equal(figure.config.type, 'scatterWithErrorBars');
  assert.equal(figure.config.options.scales.x.type, 'logarithmic');
  assert.deepEqual(figure.config.data.datasets.map((dataset) => dataset.label), ['int[]', 'ArrayList<Integer>', 'LinkedList<Integer>']);
  const list = byLabel(figure.config, 'ArrayList<Integer>');
  assert.deepEqual(list.data.map((point) => [point.x, point.y]), [[1000, 20.456], [100000, 24.00056]]);
  assert.ok(Math.abs(list.data[0].yMax - list.data[0].y - 2.046 / 1000) < 1e-12);
  assert.match(plain(figure.caption), /gc\.alloc\.rate\.norm ÷ size against size, log–log, one line per container, in bytes per element/);
});

test('metricSweepKeepsALinearYAxisFromZeroWhenTheValuesSpanLessThanADecade', () => {
  const arrays = results('memory').filter((result) => result.params.container !== 'LinkedList<Integer>');
  const [figure] = metricSweepCharts(arrays, perElement);
  assert.equal(figure.config.options.scales.y.type, 'linear');
  assert.equal(figure.config.options.scales.y.min, 0);
  assert.equal(figure.config.options.scales.y.title.text, 'bytes per element');
  assert.match(plain(figure.caption), /against size, size on a logarithmic axis, one line/);
});

test('metricSweepDrawsLogLogWhenTheValuesSpanDecades', () => {
  const [figure] = metricSweepCharts(state, { ...perElement, perParam: undefined, unit: undefined });
  const { y } = figure.config.options.scales;
  assert.equal(y.type, 'logarithmic');
  assert.equal(y.min, 1000);
  assert.match(y.title.text, /^B\/op \(log scale\)/);
  assert.match(figure.caption, /log–log/);
});

test('metricSweepOfAZeroStaysLinearSoTheZeroShows', () => {
  const withZero = results('memory').map((result) =>
    result.params.container === 'int[]' ? { ...result, secondary: { 'gc.alloc.rate.norm': { score: 0, scoreError: null, scoreUnit: 'B/op' } } } : result,
  );
  const [figure] = metricSweepCharts(withZero, { ...perElement, perParam: undefined });
  assert.equal(figure.config.options.scales.y.type, 'linear');
  assert.deepEqual(byLabel(figure.config, 'int[]').data.map((point) => point.y), [0, 0]);
});

test('metricSweepOfAMetricNoResultHasDrawsNothing', () => {
  assert.deepEqual(metricSweepCharts(state, { ...perElement, metric: 'capacity' }), []);
  assert.deepEqual(metricSweepCharts(state, { ...perElement, metric: undefined }), []);
});

test('metricSweepIsDispatchedByKindOnceXIsSwept', () => {
  const figures = chartConfigsFor({ ...definition, charts: [perElement] }, state);
  assert.deepEqual(figures.map((figure) => figure.key), ['0-metric-sweep-metric']);
  assert.equal(figures[0].config.options.scales.x.title.text, 'Elements');
  const oneSize = stateWithResults(definition, results('memory').filter((result) => result.params.size === '1000'));
  assert.deepEqual(chartConfigsFor({ ...definition, charts: [perElement] }, oneSize), []);
});

test('a log–log metric sweep reads its slope in the caption', () => {
  const [figure] = metricSweepCharts(state, perElement);
  assert.match(plain(figure.caption), /A straight line of slope k means the figure grows as size to the power k/);
});
