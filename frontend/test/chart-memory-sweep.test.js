import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chartConfigsFor } from '../src/charts.js';
import { memorySweepCharts } from '../src/chart-memory-sweep.js';
import { plain, stateWithResults } from './load.js';

// Results as a run with an @AuxCounters figure carries them: the figure is a secondary result.
const result = (variant, n, peak, error = null) => ({
  benchmark: 'lab.fixture.Sequence.read',
  params: { n: String(n), variant },
  score: n / 1000,
  scoreError: 0.01,
  scoreUnit: 'ms/op',
  secondary: { peakLiveMiB: { score: peak, scoreError: error, scoreUnit: '#' }, 'gc.count': { score: 2, scoreError: null, scoreUnit: 'counts' } },
});
const sweep = [
  result('eager', 1000, 0.1),
  result('eager', 10000, 4.9),
  result('eager', 100000, 431.6, 2.5),
  result('lazy', 1000, 0.0003),
  result('lazy', 10000, 0.0018),
  result('lazy', 100000, 0.0167),
];
const definition = { params: [{ name: 'n', label: 'Numbers (N)' }, { name: 'variant' }], charts: [] };
const sweepDef = { kind: 'memory-sweep', metric: 'peakLiveMiB', x: 'n', series: 'variant', unit: 'MiB' };
const byLabel = (config, label) => config.data.datasets.find((dataset) => dataset.label === label);

test('memorySweepDrawsTheMetricAgainstXOnLogLogAxesPerSeries', () => {
  const [figure] = memorySweepCharts(stateWithResults(definition, sweep), { ...sweepDef, xLabel: 'Numbers (N)' });
  assert.equal(figure.key, 'memory');
  assert.equal(figure.config.type, 'scatterWithErrorBars');
  assert.equal(figure.config.options.scales.x.type, 'logarithmic');
  assert.equal(figure.config.options.scales.y.type, 'logarithmic');
  assert.equal(figure.config.options.scales.x.title.text, 'Numbers (N)');
  assert.equal(figure.config.options.scales.y.title.text, 'peakLiveMiB (MiB, log scale)');
  assert.deepEqual(figure.config.data.datasets.map((dataset) => dataset.label), ['eager', 'lazy']);
  assert.deepEqual(byLabel(figure.config, 'lazy').data.map((point) => [point.x, point.y]), [[1000, 0.0003], [10000, 0.0018], [100000, 0.0167]]);
});

test('memorySweepPlotsTheMetricNotTheScore', () => {
  const [figure] = memorySweepCharts(sweep, sweepDef);
  assert.deepEqual(byLabel(figure.config, 'eager').data.map((point) => point.y), [0.1, 4.9, 431.6]);
});

test('memorySweepLogAxisReachesTheSmallestFigure', () => {
  const [figure] = memorySweepCharts(sweep, sweepDef);
  // The decade below the lazy 0.0003 MiB: 10 ** -4, as floating point computes it.
  assert.ok(Math.abs(figure.config.options.scales.y.min - 1e-4) < 1e-15, String(figure.config.options.scales.y.min));
});

test('memorySweepCarriesTheMetricsErrorWhenItHasOne', () => {
  const [figure] = memorySweepCharts(sweep, sweepDef);
  const eager = byLabel(figure.config, 'eager');
  assert.deepEqual(eager.data[2], { x: 100000, y: 431.6, yMin: 431.6 - 2.5, yMax: 431.6 + 2.5 });
  assert.deepEqual(eager.data[0], { x: 1000, y: 0.1 });
  assert.ok(eager.errorBarLineWidth > 0);
  assert.equal(byLabel(figure.config, 'lazy').errorBarLineWidth, 0);
  assert.match(figure.caption, /99\.9 % confidence interval/);
});

test('memorySweepLeavesOutFiguresAtZeroOrBelowAndSaysSo', () => {
  const withZero = [...sweep.slice(0, 5), result('lazy', 100000, 0), result('lazy', 1, -0.001)];
  const [figure] = memorySweepCharts(withZero, sweepDef);
  assert.deepEqual(byLabel(figure.config, 'lazy').data.map((point) => point.x), [1000, 10000]);
  assert.match(plain(figure.caption), /2 point\(s\) with peakLiveMiB at zero or below are left out/);
});

test('memorySweepCaptionReadsGrowthAsASlope', () => {
  const [figure] = memorySweepCharts(sweep, sweepDef);
  assert.match(figure.caption, /^peakLiveMiB against n, log–log, one line per variant, in MiB:/);
  assert.match(figure.caption, /slope k means the figure grows as n to the power k; a flat line, that it does not grow/);
});

test('memorySweepOfAMetricNoResultHasDrawsNothing', () => {
  assert.deepEqual(memorySweepCharts(sweep, { ...sweepDef, metric: 'gc.alloc.rate.norm' }), []);
  assert.deepEqual(memorySweepCharts(sweep, { ...sweepDef, metric: undefined }), []);
  assert.deepEqual(memorySweepCharts([], sweepDef), []);
});

test('chartConfigsForDrawsAMemorySweepOnceXIsSwept', () => {
  const withChart = { ...definition, charts: [sweepDef] };
  const [figure] = chartConfigsFor(withChart, stateWithResults(withChart, sweep), 2);
  assert.equal(figure.key, '0-memory-sweep-memory');
  assert.equal(figure.config.options.scales.x.title.text, 'Numbers (N)');
  const oneN = sweep.filter((r) => r.params.n === '1000');
  assert.deepEqual(chartConfigsFor(withChart, stateWithResults(withChart, oneN), 2), []);
});
