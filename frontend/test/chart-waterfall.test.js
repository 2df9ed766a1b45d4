import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chartConfigsFor } from '../src/charts.js';
import { journeySteps, waterfallCharts } from '../src/chart-waterfall.js';
import { plain, stateWithResults } from './load.js';

const definition = { params: [{ name: 'step', label: 'Step' }, { name: 'words' }], charts: [] };
const chartDef = { kind: 'waterfall', series: 'step', metric: 'allocatedMiB', unit: 'MiB per count' };

function result(step, score, mib, words = '1000') {
  return {
    benchmark: 'lab.fixture.Journey.count',
    params: { step, words },
    score,
    scoreError: null,
    scoreUnit: 'ms/op',
    samples: 3,
    secondary: { allocatedMiB: { score: mib, scoreError: null, scoreUnit: '#' } },
  };
}

const journey = [result('naive', 400, 300), result('tokenizer', 200, 150), result('heap', 250, 20), result('parallel', 100, 20)];
const state = stateWithResults(definition, journey);

test('waterfallFloatsEachStepFromTheFigureBeforeItToItsOwn', () => {
  const [time] = waterfallCharts(state, chartDef);
  assert.equal(time.config.type, 'bar');
  assert.deepEqual(time.config.data.datasets[0].data, [[0, 400], [400, 200], [200, 250], [250, 100]]);
  assert.deepEqual(time.config.data.labels.map((label) => label[0]), ['naive', 'tokenizer', 'heap', 'parallel']);
  assert.deepEqual(time.config.data.labels.map((label) => label[1]), ['start', '2.0× overall', '1.6× overall', '4.0× overall']);
});

test('waterfallColoursAStepThatMadeThingsWorseApart', () => {
  const [time] = waterfallCharts(state, chartDef);
  const [start, better, worse, betterAgain] = time.config.data.datasets[0].borderColor;
  assert.notEqual(better, worse);
  assert.equal(better, betterAgain);
  assert.notEqual(start, better);
});

test('waterfallDrawsTheMetricAsASecondFigureInItsUnit', () => {
  const [, memory] = waterfallCharts(state, chartDef);
  assert.deepEqual(memory.config.data.datasets[0].data, [[0, 300], [300, 150], [150, 20], [20, 20]]);
  assert.equal(memory.config.options.scales.y.title.text, 'MiB per count');
  assert.match(plain(memory.caption), /^MiB per count, step by step \(allocatedMiB\): one bar per step/);
  assert.match(plain(memory.caption), /parallel 20.0 MiB per count \(1\.0×, 15× overall\)/);
});

test('waterfallTitlesTheMetricByItsUnitOrItsNameInWords', () => {
  const [, withUnit] = waterfallCharts(state, chartDef);
  assert.equal(withUnit.config.options.plugins.title.text, 'MiB per count, step by step');
  const [, bare] = waterfallCharts(state, { ...chartDef, unit: undefined });
  assert.equal(bare.config.options.plugins.title.text, 'allocated MiB, step by step');
});

test('journeyStepsReadThroughputsAsHigherIsBetter', () => {
  const steps = journeySteps([{ step: 'a', value: 10 }, { step: 'b', value: 30 }], 'ops/s');
  assert.equal(steps[1].stepRatio, 3);
  assert.equal(steps[1].cumulative, 3);
  assert.equal(steps[0].from, 0);
  assert.equal(steps[0].stepRatio, null);
});

test('waterfallDrawsOneJourneyPerValueOfAnotherSweptParam', () => {
  const twoSizes = stateWithResults(definition, [...journey, result('naive', 40, 30, '100'), result('tokenizer', 30, 15, '100')]);
  const figures = waterfallCharts(twoSizes, { ...chartDef, metric: undefined });
  assert.equal(figures.length, 2);
  assert.match(figures[1].config.options.plugins.title.text, /words=100/);
  assert.deepEqual(figures[1].config.data.datasets[0].data, [[0, 40], [40, 30]]);
});

test('waterfallOfASingleStepDrawsNothing', () => {
  assert.deepEqual(waterfallCharts(stateWithResults(definition, [journey[0]]), chartDef), []);
});

test('waterfallIsAChartKindADefinitionCanAskFor', () => {
  const figures = chartConfigsFor({ ...definition, charts: [chartDef] }, state, 2);
  assert.deepEqual(figures.map((figure) => figure.key), ['0-waterfall-score-0', '0-waterfall-metric-0']);
});
