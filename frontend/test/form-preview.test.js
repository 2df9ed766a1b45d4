import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describePreview, errorsByField, requestFromForm } from '../src/form-preview.js';

test('turns form entries into the request the API takes, leaving blank options to the profile', () => {
  const entries = [['workers', ' 1,2 '], ['variant', 'shared-random'], ['profile', 'smoke'], ['forks', ''],
    ['jvmOptions', 'c1-only'], ['jvmOptions', 'serial-gc'], ['profiler', 'none']];
  assert.deepEqual(requestFromForm('ch09.pi-monte-carlo', entries, ['workers', 'variant']), {
    experiment: 'ch09.pi-monte-carlo',
    params: { workers: '1,2', variant: 'shared-random' },
    options: { profile: 'smoke', profiler: 'none', jvmOptions: ['c1-only', 'serial-gc'] },
  });
});

test('places API errors by the form field they concern', () => {
  assert.deepEqual(errorsByField([
    { field: 'params.workers', message: 'must be at most 16' },
    { field: 'params.workers', message: 'must be a number' },
    { field: 'options.forks', message: 'too many' },
  ]), { workers: 'must be at most 16; must be a number', forks: 'too many' });
});

const plan = { points: 4, forks: 1, warmupIterations: 2, measurementIterations: 4, iterationMillis: 1000, predictedMillis: 26800 };

test('describes the plan and allows a run within the limit', () => {
  const described = describePreview({ plan, limitMillis: 600000, errors: [] });
  assert.match(described.summary, /^4 points × 1 fork × \(2 \+ 4 iterations of 1\.0\u00a0s\) \+ JVM starts ≈ 27\u00a0s$/);
  assert.equal(described.refusal, null);
  assert.equal(described.canRun, true);
});

test('refuses a run over the limit and says by how much', () => {
  const described = describePreview({ plan: { ...plan, predictedMillis: 900000 }, limitMillis: 600000,
    errors: [{ field: 'options', message: 'this run would take about 900 s' }] });
  assert.equal(described.canRun, false);
  assert.equal(described.refusal, 'Refused: this run would take about 900 s.');
});

test('without a plan asks for the marked fields to be fixed', () => {
  const described = describePreview({ plan: null, limitMillis: 600000, errors: [{ field: 'params.workers', message: 'x' }] });
  assert.equal(described.canRun, false);
  assert.match(described.summary, /Fix the marked fields/);
});
