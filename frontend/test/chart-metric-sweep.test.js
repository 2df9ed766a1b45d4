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
  assert.equal(figure.config.options.plugins.title.text, 'bytes per element against size');
  assert.match(plain(figure.caption), /^bytes per element against size \(gc\.alloc\.rate\.norm ÷ size\), log–log, one line per container/);
});

test('metricSweepKeepsALinearYAxisFromZeroWhenTheValuesSpanLessThanADecade', () => {
  const arrays = results('memory').filter((result) => result.params.container !== 'LinkedList<Integer>');
  const [figure] = metricSweepCharts(arrays, perElement);
  assert.equal(figure.config.options.scales.y.type, 'linear');
  assert.equal(figure.config.options.scales.y.min, 0);
  assert.equal(figure.config.options.scales.y.title.text, 'bytes per element');
  assert.match(plain(figure.caption), /against size \(gc\.alloc\.rate\.norm ÷ size\), size on a logarithmic axis, one line/);
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

test('metricSweepMarksTheCachesWhereTheWorkingSetOfEachXFillsThem', () => {
  const KiB = 1024;
  const environment = {
    cores: 2,
    caches: [
      { level: 1, type: 'Data', bytes: 32 * KiB },
      { level: 2, type: 'Unified', bytes: 1024 * KiB },
      { level: 3, type: 'Unified', bytes: 32768 * KiB },
    ],
  };
  const perCell = [256, 640, 2048].flatMap((side, index) =>
    ['boxed', 'vector'].map((variant) => ({
      benchmark: 'a.B.run',
      params: { side: String(side), variant },
      score: 1e6,
      scoreError: 1,
      scoreUnit: 'ns/op',
      secondary: { cellUpdates: { score: (variant === 'boxed' ? 80 : 0.5) * (1 + index), scoreError: 0.01, scoreUnit: 'ns/op' } },
    })),
  );
  const grid = { params: [{ name: 'side' }, { name: 'variant' }] };
  const chart = { kind: 'metric-sweep', x: 'side', series: 'variant', metric: 'cellUpdates', unit: 'ns per cell', xBytes: 16, xPower: 2, markCaches: true };
  const [figure] = metricSweepCharts(stateWithResults(grid, perCell, environment), chart);
  const { marks } = figure.config.options.plugins.cacheMarker;
  assert.deepEqual(marks.map((mark) => [Math.round(mark.x), plain(mark.label), mark.ramBeyond]), [
    [256, 'L2 1 MiB', false],
    [1448, 'L3 32 MiB', true],
  ]);
  assert.equal(figure.config.options.scales.y.type, 'logarithmic');
  // Room above the highest interval (240.01 ns) for the marks' labels.
  assert.ok(figure.config.options.scales.y.max > 240.01 * 3);
  assert.match(plain(figure.caption), /Dotted lines: this machine's caches, L2 1 MiB, L3 32 MiB; working sets beyond the last live in RAM\./);
  const tooltip = figure.config.options.plugins.tooltip.callbacks.label({ dataset: { label: 'vector' }, raw: { x: 640, y: 1 } });
  assert.match(plain(tooltip), /at side = 640 \(6\.25 MiB\)$/);

  const [unmarked] = metricSweepCharts(stateWithResults(grid, perCell, environment), { ...chart, markCaches: undefined });
  assert.equal(unmarked.config.plugins, undefined);
  assert.doesNotMatch(unmarked.caption, /Dotted/);
});
