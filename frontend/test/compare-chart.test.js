import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareChartConfig, pointLabels } from '../src/compare-chart.js';

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
