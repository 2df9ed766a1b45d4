import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chartPoints, compareChartConfig, pointLabels } from '../src/compare-chart.js';
import { unitFactor } from '../src/score-units.js';

const comparison = {
  runs: ['aaa', 'bbb'],
  points: [
    {
      params: { workers: '1', samples: '1000' },
      unit: 'ms/op',
      entries: [
        { runId: 'aaa', score: 10, scoreError: 1 },
        { runId: 'bbb', score: 5, scoreError: null },
      ],
    },
    {
      params: { workers: '2', samples: '1000' },
      unit: 'ms/op',
      entries: [{ runId: 'aaa', score: 6, scoreError: 0.5 }],
    },
  ],
};

test('labels points by the params that differ between them', () => {
  assert.deepEqual(pointLabels(comparison.points), ['workers=1', 'workers=2']);
  assert.deepEqual(pointLabels([{ params: { variant: 'a' } }]), ['score']);
});

test('draws one dataset per run with the baseline named first', () => {
  const config = compareChartConfig(comparison);
  assert.equal(config.type, 'barWithErrorBars');
  assert.deepEqual(config.data.datasets.map((set) => set.label), ['aaa (baseline)', 'bbb']);
  assert.equal(config.options.scales.y.title.text, 'score (ms/op)');
});

test('puts the interval on bars that have one and leaves gaps where a run lacks the point', () => {
  const [baseline, other] = compareChartConfig(comparison).data.datasets;
  assert.deepEqual(baseline.data[0], { y: 10, yMin: 9, yMax: 11 });
  assert.deepEqual(other.data[0], { y: 5 });
  assert.deepEqual(other.data[1], { y: null });
});

test('keepsTheTimeAxisAtZeroWhenAnIntervalReachesBelowIt', () => {
  const wide = {
    runs: ['aaa', 'bbb'],
    points: [{ params: {}, unit: 'ms/op', entries: [{ runId: 'aaa', score: 100, scoreError: 300 }, { runId: 'bbb', score: 90, scoreError: 20 }] }],
  };
  const config = compareChartConfig(wide);
  const [baseline, other] = config.data.datasets;
  assert.deepEqual(baseline.data[0], { y: 100, yMin: 0, yMax: 400 });
  assert.deepEqual(other.data[0], { y: 90, yMin: 70, yMax: 110 });
  assert.equal(config.options.scales.y.min, 0);
});

// Two runs of different experiments: no point in common, params of their own, and JMH chose a
// different time unit for each.
const differentExperiments = {
  runs: ['aaa', 'bbb'],
  points: [
    { params: { n: '100', variant: 'array-list' }, unit: 'us/op', entries: [{ runId: 'aaa', score: 2, scoreError: 0.1 }] },
    { params: { n: '200', variant: 'array-list' }, unit: 'us/op', entries: [{ runId: 'aaa', score: 4, scoreError: 0.2 }] },
    { params: { workers: '1', variant: 'shared-random' }, unit: 'ns/op', entries: [{ runId: 'bbb', score: 1500, scoreError: 100 }] },
  ],
};

test('labelsLeaveOutParamsAPointDoesNotHave', () => {
  assert.deepEqual(pointLabels(differentExperiments.points), ['n=100 · array-list', 'n=200 · array-list', 'shared-random · workers=1']);
});

test('drawsTimesOfAnotherUnitConvertedToTheBaselinesUnit', () => {
  const config = compareChartConfig(differentExperiments);
  assert.equal(config.options.scales.y.title.text, 'score (us/op)');
  const other = config.data.datasets[1].data[2];
  assert.ok(Math.abs(other.y - 1.5) < 1e-12 && Math.abs(other.yMax - 1.6) < 1e-12, JSON.stringify(other));
  assert.deepEqual(chartPoints(differentExperiments).converted, ['ns/op']);
});

test('leavesOffTheChartPointsWhoseUnitDoesNotConvert', () => {
  const mixed = {
    runs: ['aaa', 'bbb'],
    points: [
      { params: { n: '1' }, unit: 'ms/op', entries: [{ runId: 'aaa', score: 3, scoreError: null }] },
      { params: { n: '2' }, unit: 'ops/s', entries: [{ runId: 'bbb', score: 300, scoreError: null }] },
    ],
  };
  const config = compareChartConfig(mixed);
  assert.deepEqual(config.data.labels, ['score']);
  assert.deepEqual(chartPoints(mixed).leftOut, [{ unit: 'ops/s', count: 1 }]);
});

test('convertsBetweenTimesAndBetweenRatesButNeverATimeIntoARate', () => {
  assert.equal(unitFactor('ns/op', 'us/op'), 1e-3);
  assert.equal(unitFactor('ops/ms', 'ops/s'), 1000);
  assert.equal(unitFactor('s/op', 's/op'), 1);
  assert.equal(unitFactor('ms/op', 'ops/ms'), null);
  assert.equal(unitFactor('B/op', 'ns/op'), null);
});
