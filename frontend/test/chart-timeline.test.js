import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chartConfigsFor } from '../src/charts.js';
import { timelineCharts } from '../src/chart-timeline.js';
import { fromEvents } from '../src/run-state.js';
import { plain } from './load.js';

const definition = { params: [{ name: 'workers', label: 'Workers' }, { name: 'kill', label: 'Kill' }], charts: [] };
const chartDef = { kind: 'timeline', metric: 'killedWorkers', unit: 'a worker killed' };
const benchmark = 'dev.perflab.experiments.ch10.jobs.JobQueue.answerJob';

function iteration(id, kill, phase, number, score, killed = 0) {
  const secondary = { killedWorkers: { score: killed, scoreUnit: '#' } };
  return { id, type: 'iteration', data: { benchmark, params: { workers: '2', kill }, fork: 1, phase, iteration: number, score, scoreUnit: 'ops/s', secondary } };
}

const events = [
  { id: 1, type: 'started', data: { plan: { points: 2, forks: 1, warmupIterations: 1, measurementIterations: 3, iterationMillis: 250 } } },
  iteration(2, 'none', 'warmup', 1, 500),
  iteration(3, 'none', 'measurement', 1, 800),
  iteration(4, 'none', 'measurement', 2, 820),
  iteration(5, 'none', 'measurement', 3, 810),
  iteration(6, 'one-worker', 'warmup', 1, 480),
  iteration(7, 'one-worker', 'measurement', 1, 790),
  iteration(8, 'one-worker', 'measurement', 2, 120, 1),
  iteration(9, 'one-worker', 'measurement', 3, 430),
];
const state = fromEvents(definition, events);

test('timelineDrawsEachPointsMeasurementIterationsAgainstTheirPlannedTime', () => {
  const [figure] = timelineCharts(state, chartDef);
  const { datasets } = figure.config.data;
  assert.deepEqual(datasets.map((dataset) => dataset.label), ['none', 'one-worker']);
  assert.deepEqual(datasets[1].data.map((point) => [point.x, point.y]), [[0.25, 790], [0.5, 120], [0.75, 430]]);
  assert.match(figure.config.options.scales.x.title.text, /seconds into the measurement \(iterations of 250\s?ms/);
});

test('timelineMarksTheIterationsWhereTheMetricCountedSomething', () => {
  const [figure] = timelineCharts(state, chartDef);
  const [none, killed] = figure.config.data.datasets;
  assert.deepEqual(killed.pointStyle, ['circle', 'triangle', 'circle']);
  assert.deepEqual(none.pointStyle, ['circle', 'circle', 'circle']);
  assert.match(plain(figure.caption), /Triangles mark the iterations with a worker killed: one-worker, iteration 2\./);
});

test('timelineSaysSoWhenNoIterationWasMarked', () => {
  const calm = fromEvents(definition, events.filter((event) => event.data.params?.kill !== 'one-worker'));
  const [figure] = timelineCharts(calm, chartDef);
  assert.match(figure.caption, /No iteration had a worker killed\./);
});

test('timelineDrawsNothingBeforeAMeasurementIterationOrFromResultsAlone', () => {
  assert.deepEqual(timelineCharts(fromEvents(definition, events.slice(0, 2)), chartDef), []);
  assert.deepEqual(timelineCharts([], chartDef), []);
});

test('timelineIsDispatchedByKindWithoutAnX', () => {
  const figures = chartConfigsFor({ ...definition, charts: [chartDef] }, state);
  assert.deepEqual(figures.map((figure) => figure.key), ['0-timeline-timeline']);
});
