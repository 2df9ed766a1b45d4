import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  MAX_LOG_LINES,
  applyEvent,
  forksLeft,
  fromEvents,
  initialState,
  isTerminal,
  pointKey,
  queueText,
} from '../src/run-state.js';

const events = (name) =>
  readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8').trim().split('\n').map((line) => JSON.parse(line));

const definition = {
  params: [{ name: 'workers' }, { name: 'samples' }, { name: 'variant' }],
  charts: [{ kind: 'worker-count', x: 'workers', series: 'variant' }],
};
const smoke = events('pi-smoke.events.ndjson');
const failed = events('pi-failed.events.ndjson');

function deepFreeze(value) {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

test('finishedRunHasEveryIterationAndResult', () => {
  const state = fromEvents(definition, smoke);
  assert.equal(state.status, 'SUCCEEDED');
  assert.equal(state.iterations.length, 12);
  assert.equal(state.results.length, 4);
  assert.deepEqual(state.progress, { done: 12, total: 12 });
  assert.equal(state.lastEventId, 25);
  assert.equal(state.scoreUnit, 'ms/op');
  assert.equal(state.environment.cores, 2);
  assert.equal(state.error, null);
  assert.deepEqual(state.log, ['# Run complete. Total time: 00:00:04']);
});

test('resultsKeepArrivalOrder', () => {
  const state = fromEvents(definition, smoke);
  const labels = state.results.map((result) => `${result.params.variant}/${result.params.workers}`);
  assert.deepEqual(labels, ['thread-local-random/1', 'thread-local-random/2', 'shared-random/1', 'shared-random/2']);
  assert.equal(state.results[0].score, 24.7166168);
  assert.equal(state.results[0].scoreError, null);
});

test('iterationsAreNumberedInArrivalOrderWithTheirPhase', () => {
  const state = fromEvents(definition, smoke);
  assert.deepEqual(state.iterations.map((it) => it.index), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  assert.deepEqual(state.iterations.slice(0, 3).map((it) => it.phase), ['warmup', 'measurement', 'measurement']);
  assert.equal(state.iterations[11].score, 42.912196333333334);
});

test('replayingTheStreamChangesNothing', () => {
  const once = fromEvents(definition, smoke);
  const twice = smoke.reduce(applyEvent, once);
  assert.equal(twice, once);
  assert.deepEqual(fromEvents(definition, [...smoke, ...smoke]), once);
});

test('reconnectMidRunReplaysWithoutDoubleCounting', () => {
  const firstPart = fromEvents(definition, smoke.slice(0, 10));
  assert.equal(firstPart.iterations.length, 4);
  const afterReconnect = smoke.reduce(applyEvent, firstPart);
  assert.deepEqual(afterReconnect, fromEvents(definition, smoke));
});

test('applyEventLeavesTheGivenStateUntouched', () => {
  const before = deepFreeze(fromEvents(definition, smoke.slice(0, 7)));
  const after = smoke.slice(7).reduce(applyEvent, before);
  assert.equal(before.iterations.length, 3);
  assert.equal(after.iterations.length, 12);
});

test('queuedRunShowsItsPositionUntilStarted', () => {
  const queued = fromEvents(definition, smoke.slice(0, 1));
  assert.equal(queued.status, 'QUEUED');
  assert.equal(queued.queuePosition, 1);
  const started = applyEvent(queued, smoke[1]);
  assert.equal(started.status, 'RUNNING');
  assert.equal(started.queuePosition, null);
  assert.deepEqual(started.progress, { done: 0, total: 12 });
});

test('failedRunKeepsReasonStderrAndWhatWasMeasured', () => {
  const state = fromEvents(definition, failed);
  assert.equal(state.status, 'FAILED');
  assert.equal(state.error.reason, 'fork exited with status 1');
  assert.equal(state.error.stderrTail.length, 3);
  assert.match(state.error.stderrTail[0], /OutOfMemoryError/);
  assert.equal(state.iterations.length, 2);
  assert.deepEqual(state.progress, { done: 2, total: 6 });
  assert.ok(isTerminal(state.status));
});

test('failedEventCarriesTheTimedOutStatus', () => {
  const base = fromEvents(definition, failed.slice(0, 6));
  const timedOut = applyEvent(base, { id: 7, type: 'failed', data: { status: 'TIMED_OUT', reason: 'run exceeded 120 s' } });
  assert.equal(timedOut.status, 'TIMED_OUT');
  assert.equal(timedOut.error.reason, 'run exceeded 120 s');
  assert.deepEqual(timedOut.error.stderrTail, []);
});

test('cancelledRunRecordsTheReason', () => {
  const base = fromEvents(definition, smoke.slice(0, 6));
  const state = applyEvent(base, { id: 7, type: 'cancelled', data: { status: 'CANCELLED', reason: 'cancelled by user' } });
  assert.equal(state.status, 'CANCELLED');
  assert.equal(state.error.reason, 'cancelled by user');
  assert.equal(state.iterations.length, 2);
});

test('unknownEventTypesAreIgnored', () => {
  const base = fromEvents(definition, smoke.slice(0, 5));
  const state = applyEvent(base, { id: 6, type: 'weather', data: { sunny: true } });
  assert.deepEqual({ ...state, lastEventId: base.lastEventId }, base);
  assert.equal(state.lastEventId, 6);
  assert.equal(applyEvent(state, { id: 7, type: 'constructor' }).status, 'RUNNING');
});

test('logKeepsOnlyTheLastLines', () => {
  const logEvents = Array.from({ length: MAX_LOG_LINES + 100 }, (_, i) => ({
    id: i + 1,
    type: 'log',
    data: { stream: 'stderr', line: `line ${i + 1}` },
  }));
  const state = fromEvents(definition, logEvents);
  assert.equal(state.log.length, MAX_LOG_LINES);
  assert.equal(state.log.at(-1), `line ${MAX_LOG_LINES + 100}`);
  assert.equal(state.log[0], 'line 101');
});

test('aResultSentAgainForTheSamePointReplacesIt', () => {
  const state = fromEvents(definition, smoke);
  const again = { ...smoke[7], id: 26, data: { ...smoke[7].data, score: 1.5 } };
  const next = applyEvent(state, again);
  assert.equal(next.results.length, 4);
  assert.equal(next.results[0].score, 1.5);
});

test('forksLeftCountsForksNotYetStarted', () => {
  assert.equal(forksLeft(fromEvents(definition, failed.slice(0, 3))), 2);
  assert.equal(forksLeft(fromEvents(definition, failed.slice(0, 4))), 1);
  assert.equal(forksLeft(initialState(definition)), 0);
});

test('pointKeyIgnoresParamOrderButNotBenchmark', () => {
  assert.equal(pointKey('a.B.m', { x: '1', y: '2' }), pointKey('a.B.m', { y: '2', x: '1' }));
  assert.notEqual(pointKey('a.B.m', { x: '1' }), pointKey('a.B.n', { x: '1' }));
});

test('initialStateFollowsTheDefinitionParamOrder', () => {
  const state = initialState(definition);
  assert.deepEqual(state.paramOrder, ['workers', 'samples', 'variant']);
  assert.equal(state.status, 'QUEUED');
  assert.deepEqual(initialState(undefined).paramOrder, []);
});

test('queueTextCountsTheRunsAheadNotTheRunItself', () => {
  assert.equal(queueText(1), 'next to start');
  assert.equal(queueText(2), 'waiting for 1 run ahead of it');
  assert.equal(queueText(4), 'waiting for 3 runs ahead of it');
  assert.equal(queueText(null), '');
});
