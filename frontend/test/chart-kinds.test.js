import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chartConfigsFor, chunkSizeCharts, memoryCharts, sizeSweepCharts, variantsCharts } from '../src/charts.js';
import { PALETTE, logTickLabel, metricTitle, pointTooltip } from '../src/chart-parts.js';
import { logFloor } from '../src/chart-sweeps.js';
import { plain, results, stateWithResults } from './load.js';

const definition = {
  params: [
    { name: 'chunk', label: 'Chunk size' },
    { name: 'scheduler' },
    { name: 'limit' },
    { name: 'n', label: 'Elements' },
    { name: 'structure' },
    { name: 'container', label: 'Container' },
    { name: 'size' },
    { name: 'method', label: 'Method' },
  ],
  charts: [],
};
const chunkDef = { kind: 'chunk-size', x: 'chunk', series: 'scheduler' };
const sweepDef = { kind: 'size-sweep', x: 'n', series: 'structure' };
const memoryDef = { kind: 'memory', metric: 'gc.alloc.rate.norm', series: 'container', perParam: 'size', unit: 'bytes per element' };
const variantsDef = { kind: 'variants', series: 'method' };

const chunkState = stateWithResults(definition, results('chunk-size'));
const sweepState = stateWithResults(definition, results('size-sweep'));
const memoryState = stateWithResults(definition, results('memory'));
const variantsState = stateWithResults(definition, results('variants'));

const byLabel = (config, label) => config.data.datasets.find((dataset) => dataset.label === label);
const ticksOf = (axis) => {
  const scale = { ticks: [] };
  axis.afterBuildTicks(scale);
  return scale.ticks.map((tick) => tick.value);
};

// ---- chunk-size ----------------------------------------------------------------------------------

const [chunk] = chunkSizeCharts(chunkState, chunkDef);

test('chunkSizeDrawsTimeAgainstALogarithmicChunkAxisPerSeries', () => {
  assert.equal(chunk.config.type, 'scatterWithErrorBars');
  assert.equal(chunk.config.options.scales.x.type, 'logarithmic');
  assert.deepEqual(ticksOf(chunk.config.options.scales.x), [1, 10, 100, 1000, 10000]);
  assert.ok(chunk.config.options.scales.x.min < 1 && chunk.config.options.scales.x.min > 0);
  assert.equal(chunk.config.options.scales.y.type, 'linear');
  assert.equal(chunk.config.options.scales.y.min, 0);
  assert.deepEqual(chunk.config.data.datasets.map((dataset) => dataset.label), ['fixed-pool', 'fork-join']);
});

test('chunkSizePointsCarryTheirConfidenceInterval', () => {
  const fixed = byLabel(chunk.config, 'fixed-pool');
  assert.deepEqual(fixed.data[0], { x: 1, y: 180.4, yMin: 180.4 - 6.1, yMax: 180.4 + 6.1 });
  const forkJoin = byLabel(chunk.config, 'fork-join');
  assert.deepEqual(forkJoin.data.at(-1), { x: 10000, y: 58.3 });
  assert.ok(forkJoin.errorBarLineWidth > 0);
  assert.match(chunk.caption, /99\.9 % confidence interval/);
});

test('chunkSizeMarksEachSeriesOptimumAndNamesItInTheCaption', () => {
  const fixed = byLabel(chunk.config, 'fixed-pool');
  assert.deepEqual(fixed.radius, [3, 3, 8, 3, 3]);
  assert.deepEqual(fixed.pointStyle, ['circle', 'circle', 'rectRot', 'circle', 'circle']);
  const forkJoin = byLabel(chunk.config, 'fork-join');
  assert.equal(forkJoin.pointStyle.indexOf('rectRot'), 3);
  assert.match(plain(chunk.caption), /fixed-pool: chunk = 100 \(21\.9 ms\/op\); fork-join: chunk = 1 000 \(20\.8 ms\/op\)/);
});

test('chunkSizeOptimumOfAThroughputIsTheHighest', () => {
  const throughput = results('chunk-size').map((result) => ({ ...result, score: 1000 / result.score, scoreUnit: 'ops/s' }));
  const [figure] = chunkSizeCharts(throughput, chunkDef);
  assert.equal(byLabel(figure.config, 'fixed-pool').pointStyle.indexOf('rectRot'), 2);
  assert.match(figure.config.options.plugins.title.text, /^Throughput against chunk/);
});

test('chunkSizeMarksNoOptimumOnASinglePoint', () => {
  const [figure] = chunkSizeCharts(results('chunk-size').slice(0, 1), chunkDef);
  assert.equal(figure.config.data.datasets[0].radius, 3);
  assert.doesNotMatch(figure.caption, /mark the best/);
});

test('chunkSizeLeavesOutWhatALogAxisCannotShowAndSaysSo', () => {
  const withZero = [...results('chunk-size'), { ...results('chunk-size')[0], params: { chunk: '0', scheduler: 'fixed-pool', limit: '100000' } }];
  const [figure] = chunkSizeCharts(withZero, chunkDef);
  assert.equal(byLabel(figure.config, 'fixed-pool').data.length, 5);
  assert.match(figure.caption, /1 point\(s\) .* left out/);
  assert.doesNotMatch(chunk.caption, /left out/);
});

// ---- size-sweep ----------------------------------------------------------------------------------

const [sweep] = sizeSweepCharts(sweepState, sweepDef);

test('sizeSweepDrawsLogLogAxesPerSeries', () => {
  const { x, y } = sweep.config.options.scales;
  assert.equal(x.type, 'logarithmic');
  assert.equal(y.type, 'logarithmic');
  assert.deepEqual(ticksOf(x), [1000, 10000, 100000, 1000000]);
  assert.equal(x.title.text, 'n');
  assert.match(y.title.text, /ns\/op/);
  assert.deepEqual(sweep.config.data.datasets.map((dataset) => dataset.label), ['array', 'linked']);
  assert.match(sweep.caption, /log–log/);
});

test('sizeSweepLogAxisStartsAtTheDecadeBelowEveryInterval', () => {
  const { y } = sweep.config.options.scales;
  assert.equal(y.min, 100);
  for (const dataset of sweep.config.data.datasets) {
    for (const point of dataset.data) assert.ok(point.yMin >= y.min && point.yMin <= point.y);
  }
  // ±3 500 000 around 3 100 000 reaches below zero: drawn down to the axis' bottom.
  assert.deepEqual(byLabel(sweep.config, 'linked').data.at(-1), { x: 1000000, y: 3100000, yMin: 100, yMax: 6600000 });
  assert.deepEqual(byLabel(sweep.config, 'array').data[0], { x: 1000, y: 410, yMin: 398, yMax: 422 });
});

test('measuredTicksShowExactValues', () => {
  const sweepResults = [1024, 1048576].map((n) => ({ benchmark: 'a.B.m', params: { n: String(n) }, score: n / 10, scoreError: 1, scoreUnit: 'ns/op' }));
  const [figure] = sizeSweepCharts(sweepResults, { kind: 'size-sweep', x: 'n' });
  const { x } = figure.config.options.scales;
  assert.deepEqual(ticksOf(x).map((value) => plain(x.ticks.callback(value))), ['1 024', '1 048 576']);
});

test('logFloorIsAPowerOfTen', () => {
  assert.equal(logFloor([{ score: 0.034, scoreError: 0.001 }]), 0.01);
  assert.equal(logFloor([{ score: 250, scoreError: 240 }, { score: 900, scoreError: null }]), 10);
});

test('logTicksAreLabelledAtOneTwoAndFiveOnly', () => {
  assert.deepEqual([100, 200, 300, 500, 700, 1000, 0.02].map(logTickLabel).map(plain), ['100', '200', '', '500', '', '1 000', '0.02']);
});

// ---- memory --------------------------------------------------------------------------------------

const [memory] = memoryCharts(memoryState, { ...memoryDef, seriesLabel: 'Container' });

test('memoryDrawsBarsOfTheMetricPerSeriesValueDividedByPerParam', () => {
  assert.equal(memory.config.type, 'barWithErrorBars');
  assert.deepEqual(memory.config.data.labels, ['int[]', 'ArrayList<Integer>', 'LinkedList<Integer>']);
  assert.deepEqual(memory.config.data.datasets.map((dataset) => dataset.label), ['size=1000', 'size=100000']);
  const small = byLabel(memory.config, 'size=1000');
  assert.deepEqual(small.data.map((bar) => bar.y), [4.016, 20.456, 40.056]);
  assert.equal(memory.config.options.scales.y.title.text, 'bytes per element');
  assert.equal(memory.config.options.scales.y.beginAtZero, true);
  assert.equal(memory.config.options.scales.x.title.text, 'Container');
});

test('memoryErrorBarsAreTheMetricsErrorDividedToo', () => {
  const [intArray] = byLabel(memory.config, 'size=1000').data;
  assert.ok(Math.abs(intArray.yMax - intArray.y - 0.402 / 1000) < 1e-12);
  const linkedLarge = byLabel(memory.config, 'size=100000').data[2];
  assert.deepEqual(linkedLarge, { x: 'LinkedList<Integer>', y: 40.00056 });
  assert.match(memory.caption, /gc\.alloc\.rate\.norm ÷ size/);
  assert.match(memory.caption, /one bar per container, grouped by size, in bytes per element; lower is better/);
});

test('memoryWithoutPerParamShowsTheMetricAsMeasured', () => {
  const [figure] = memoryCharts(memoryState, { kind: 'memory', metric: 'gc.alloc.rate.norm', series: 'container' });
  assert.equal(byLabel(figure.config, 'size=100000').data[0].y, 400016);
  // Per structure, the sizes' bytes span a thousandfold: on a linear axis the small ones vanish.
  assert.equal(figure.config.options.scales.y.title.text, 'B/op (log scale)');
});

test('memoryTitlesTheMetricByTheDefinitionsUnitElseByItsNameInWords', () => {
  const poolStart = (variant, millis) => ({
    benchmark: 'a.B.m',
    params: { variant },
    score: 1,
    scoreError: null,
    scoreUnit: 'ms/op',
    secondary: { poolStartMillis: { score: millis, scoreError: null, scoreUnit: 'ms' } },
  });
  const runs = [poolStart('threads', 2), poolStart('processes', 40)];
  const chartDef = { kind: 'memory', metric: 'poolStartMillis', series: 'variant' };
  const [withUnit] = memoryCharts(runs, { ...chartDef, unit: 'ms to start the pool' });
  assert.equal(withUnit.config.options.plugins.title.text, 'ms to start the pool by variant');
  assert.match(withUnit.caption, /^ms to start the pool by variant \(poolStartMillis\): one bar per variant/);
  const [bare] = memoryCharts(runs, chartDef);
  assert.equal(bare.config.options.plugins.title.text, 'pool start millis by variant');
});

test('metricNamesReadAsWordsKeepingUnitAbbreviations', () => {
  assert.equal(metricTitle({ metric: 'peakLiveMiB' }), 'peak live MiB');
  assert.equal(metricTitle({ metric: 'wastedBytes', perParam: 'n' }), 'wasted bytes ÷ n');
  assert.equal(metricTitle({ metric: 'gc.alloc.rate.norm' }), 'gc.alloc.rate.norm');
  assert.equal(metricTitle({ metric: 'gc.alloc.rate.norm', perParam: 'n', unit: 'bytes allocated per item' }), 'bytes allocated per item');
});

test('memoryOfOneGroupColoursEachBarAndHidesTheLegend', () => {
  const small = results('memory').filter((result) => result.params.size === '1000');
  const [figure] = memoryCharts(small, memoryDef);
  const [dataset] = figure.config.data.datasets;
  assert.equal(figure.config.data.datasets.length, 1);
  assert.deepEqual(dataset.borderColor, PALETTE.slice(0, 3));
  assert.equal(figure.config.options.plugins.legend.display, false);
});

test('memoryOfAMetricNoResultHasDrawsNothing', () => {
  assert.deepEqual(memoryCharts(memoryState, { ...memoryDef, metric: 'gc.alloc.rate' }), []);
  assert.deepEqual(memoryCharts(results('variants'), memoryDef), []);
});

// ---- variants ------------------------------------------------------------------------------------

const [variants] = variantsCharts(variantsState, { ...variantsDef, seriesLabel: 'Method' });

test('variantsDrawsOneBarPerValueWithErrorBars', () => {
  assert.equal(variants.config.type, 'barWithErrorBars');
  assert.deepEqual(variants.config.data.labels, ['loop', 'stream', 'parallel-stream']);
  const [dataset] = variants.config.data.datasets;
  assert.deepEqual(dataset.data[1], { x: 'stream', y: 1.95, yMin: 1.9, yMax: 2 });
  assert.ok(dataset.errorBarLineWidth > 0);
  assert.match(variants.config.options.plugins.title.text, /^Time per operation by method/);
  assert.match(variants.caption, /one bar per method, in ms\/op; lower is better/);
  assert.equal(variants.config.options.scales.y.title.text, 'score (ms/op)');
});

test('variantsOfAThroughputSayHigherIsBetter', () => {
  const throughput = results('variants').map((result) => ({ ...result, scoreUnit: 'ops/ms' }));
  const [figure] = variantsCharts(throughput, variantsDef);
  assert.match(figure.caption, /higher is better/);
  assert.match(figure.config.options.plugins.title.text, /^Throughput/);
});

test('variantsAlongXSortNumbersAndGroupByTheRest', () => {
  const [figure] = variantsCharts(results('size-sweep').reverse(), { kind: 'variants', x: 'n' });
  assert.deepEqual(figure.config.data.labels.map(plain), ['1 000', '10 000', '100 000', '1 000 000']);
  assert.deepEqual(figure.config.data.datasets.map((dataset) => dataset.label), ['linked', 'array']);
  assert.deepEqual(byLabel(figure.config, 'array').data.map((bar) => bar.y), [410, 4150, 41800, 425000]);
});

test('barsSpanningTwentyTimesOrMoreStandOnALogAxisFromAPowerOfTen', () => {
  const [figure] = variantsCharts(results('size-sweep'), { kind: 'variants', x: 'n' });
  const { y } = figure.config.options.scales;
  assert.equal(y.type, 'logarithmic');
  assert.equal(y.min, 100);
  assert.match(y.title.text, /\(log scale\)$/);
  assert.match(figure.caption, /The values span \d+×, so the axis is logarithmic/);
  const spread = results('variants').map((result, at) => ({ ...result, score: at === 0 ? 1 : 19.9, scoreError: 0.5 }));
  const [narrow] = variantsCharts(spread, variantsDef);
  assert.equal(narrow.config.options.scales.y.type, 'linear');
  assert.doesNotMatch(narrow.caption, /logarithmic/);
});

test('anErrorBarReachingBelowTheLogAxisStopsAtItsFloor', () => {
  const wide = results('variants').map((result, at) => ({ ...result, score: at === 0 ? 2 : 100, scoreError: at === 0 ? 3 : 1 }));
  const [figure] = variantsCharts(wide, variantsDef);
  const [dataset] = figure.config.data.datasets;
  assert.equal(figure.config.options.scales.y.min, 1);
  assert.equal(dataset.data[0].yMin, 1);
  assert.equal(dataset.data[1].yMin, 99);
});

test('aBarMissingFromOneGroupIsEmptyNotShifted', () => {
  const partial = results('memory').filter((result) => !(result.params.size === '1000' && result.params.container === 'int[]'));
  const [figure] = memoryCharts(partial, memoryDef);
  assert.deepEqual(byLabel(figure.config, 'size=1000').data[0], { x: 'int[]', y: null });
  assert.equal(byLabel(figure.config, 'size=1000').data[1].y, 20.456);
});

// ---- shared ------------------------------------------------------------------------------------

test('tooltipsReadScoreErrorUnitAndPlace', () => {
  const item = { dataset: { label: 'fixed-pool' }, raw: { x: 100, y: 21.9, yMin: 21.1, yMax: 22.7 } };
  assert.equal(plain(pointTooltip(item, 'ms/op', 'chunk')), 'fixed-pool: 21.9 ms/op ± 0.800 ms/op at chunk = 100');
  const label = memory.config.options.plugins.tooltip.callbacks.label;
  assert.equal(plain(label({ dataset: { label: 'size=1000' }, raw: { x: 'int[]', y: 4.016 } })), 'size=1000: 4.02 bytes per element');
});

test('chartConfigsForDrawsEveryKindWithStableKeysAndParamLabels', () => {
  const all = { ...definition, charts: [chunkDef, sweepDef, memoryDef, variantsDef] };
  const state = stateWithResults(all, [...results('chunk-size'), ...results('size-sweep'), ...results('memory'), ...results('variants')]);
  const figures = chartConfigsFor(all, state, 2);
  assert.deepEqual(figures.map((figure) => figure.key), ['0-chunk-size-time', '1-size-sweep-time', '2-memory-memory', '3-variants-bars']);
  assert.equal(figures[0].config.options.scales.x.title.text, 'Chunk size');
  assert.equal(figures[1].config.options.scales.x.title.text, 'Elements');
  assert.equal(figures[2].config.options.scales.x.title.text, 'Container');
  assert.equal(figures[3].config.options.scales.x.title.text, 'Method');
  assert.ok(figures.every((figure) => figure.caption.length > 40));
});

test('errorBarPointsAreStyledWithUnprefixedOptions', () => {
  // Chart.js prefixes a point option with the element's id; the plugin's is `pointWithErrorBar`,
  // so a `pointRadius` on these datasets would silently do nothing.
  const figures = [chunk, sweep, ...chartConfigsFor({ ...definition, charts: [chunkDef] }, chunkState, 2)];
  for (const figure of figures) {
    assert.equal(figure.config.type, 'scatterWithErrorBars');
    for (const dataset of figure.config.data.datasets) {
      const prefixed = Object.keys(dataset).filter((name) => /^point[A-Z]/.test(name) && name !== 'pointStyle');
      assert.deepEqual(prefixed, [], dataset.label);
    }
  }
});

test('chartsAlongXWaitForTwoValuesOfX', () => {
  const sweepOnly = { ...definition, charts: [sweepDef] };
  const oneSize = results('size-sweep').filter((result) => result.params.n === '1000000');
  const twoSizes = results('size-sweep').filter((result) => ['1000', '1000000'].includes(result.params.n));
  assert.deepEqual(chartConfigsFor(sweepOnly, stateWithResults(sweepOnly, oneSize), 2), []);
  assert.equal(chartConfigsFor(sweepOnly, stateWithResults(sweepOnly, twoSizes), 2).length, 1);
});
