import assert from 'node:assert/strict';
import test from 'node:test';
import { efficiencyPoints } from '../src/chart-efficiency.js';
import { coreCountMarker, workerCountCharts } from '../src/chart-workers.js';

const plain = (text) => text.replaceAll('\u00a0', ' ');

function result(params, score, unit = 'ms/op') {
  return { benchmark: 'a.B.m', params, score, scoreError: null, scoreUnit: unit, secondary: {} };
}

const workerCount = { kind: 'worker-count', x: 'workers', series: 'variant' };
const results = [
  result({ workers: '1', variant: 'threads' }, 100),
  result({ workers: '2', variant: 'threads' }, 50),
  result({ workers: '4', variant: 'threads' }, 40),
  result({ workers: '1', variant: 'shared' }, 100),
  result({ workers: '2', variant: 'shared' }, 200),
  result({ workers: '4', variant: 'shared' }, 250),
];

test('efficiencyIsTheSpeedupAsAShareOfTheIdealSpeedup', () => {
  const [, , efficiency] = workerCountCharts(results, workerCount, 2);
  const threads = efficiency.config.data.datasets.find((dataset) => dataset.label === 'threads');
  assert.deepEqual(threads.data, [
    { x: 1, y: 1 },
    { x: 2, y: 1 },
    { x: 4, y: 0.625 },
  ]);
  const shared = efficiency.config.data.datasets.find((dataset) => dataset.label === 'shared');
  assert.deepEqual(shared.data.map((point) => point.y), [1, 0.25, 0.1]);
});

test('efficiencyCountsFromTheFewestWorkersASeriesRanWith', () => {
  const series = { label: 's', points: [{ x: 2, score: 10 }, { x: 8, score: 5 }] };
  assert.deepEqual(efficiencyPoints(series, 'ms/op'), [
    { x: 2, y: 1 },
    { x: 8, y: 0.5 },
  ]);
});

test('efficiencyOfAThroughputDividesTheThroughputGain', () => {
  const series = { label: 's', points: [{ x: 1, score: 100 }, { x: 4, score: 300 }] };
  assert.deepEqual(efficiencyPoints(series, 'ops/ms').map((point) => point.y), [1, 0.75]);
});

test('efficiencyFigureDrawsTheFullLineAndTheCoreCount', () => {
  const [, , efficiency] = workerCountCharts(results, workerCount, 2);
  assert.equal(efficiency.key, 'efficiency');
  const full = efficiency.config.data.datasets.find((dataset) => dataset.label === '100 %');
  assert.deepEqual(full.data.map((point) => point.y), [1, 1, 1]);
  assert.equal(efficiency.config.options.plugins.coreCountMarker.cores, 2);
  assert.ok(efficiency.config.plugins.includes(coreCountMarker));
  assert.match(efficiency.config.options.plugins.title.text, /\(2 cores\)/);
});

test('efficiencyCaptionSaysEachSeriesEfficiencyAtTheMostWorkers', () => {
  const [, , efficiency] = workerCountCharts(results, workerCount, 2);
  const caption = plain(efficiency.caption);
  assert.match(caption, /threads: 63 % at 4 workers\./);
  assert.match(caption, /shared: 10 % at 4 workers\./);
  assert.match(caption, /at best fall as 2 ÷ workers/);
});
