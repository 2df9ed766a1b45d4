import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coefficientOfVariation, repeatsSentence, runToRunVariation } from '../src/verdict-repeats.js';
import { plain } from './load.js';

const result = (workers, variant, score) => ({
  benchmark: 'dev.perflab.Pi.estimate',
  params: { workers: String(workers), variant },
  score,
  unit: 'ms/op',
});
// Three runs of the same settings: one worker steady (CV 0.5 %), two workers jumpy (CV 10 %).
const runs = [
  { id: 'a', results: [result(1, 'local', 199), result(2, 'local', 90)] },
  { id: 'b', results: [result(1, 'local', 200), result(2, 'local', 100)] },
  { id: 'c', results: [result(1, 'local', 201), result(2, 'local', 110)] },
];

test('the coefficient of variation is the sample standard deviation over the mean', () => {
  assert.equal(coefficientOfVariation([90, 100, 110]), 0.1);
  assert.equal(coefficientOfVariation([5, 5, 5]), 0);
});

test('each point measured by enough runs gets its run-to-run variation', () => {
  const variation = runToRunVariation(runs);
  assert.deepEqual(
    variation.map(({ point, runs: n, cv }) => [point.params.workers, n, Number(cv.toFixed(4))]),
    [
      ['1', 3, 0.005],
      ['2', 3, 0.1],
    ],
  );
});

test('says nothing until three runs of the same settings exist', () => {
  assert.equal(repeatsSentence(runs.slice(0, 2)), null);
  assert.equal(repeatsSentence([]), null);
  assert.equal(repeatsSentence(null), null);
});

test('names the median and the widest variation and the points above the noise floor', () => {
  const sentence = plain(repeatsSentence(runs, ['workers', 'variant']));
  assert.match(sentence, /^These settings have run 3 times on this lab: from run to run the score varied by 0\.50 % at the median point and 10 % at workers=2/);
  assert.match(sentence, /differ in earnest only by more than about twice that\./);
  assert.match(sentence, /More than 2 % at workers=2 \(10 %\)/);
  assert.doesNotMatch(sentence, /workers=1 \(/);
});

test('a steady set of runs gets no call for more forks', () => {
  const steady = runs.map((run) => ({ ...run, results: run.results.filter((r) => r.params.workers === '1') }));
  const sentence = plain(repeatsSentence(steady));
  assert.match(sentence, /varied by 0\.50 % \(coefficient of variation\)/);
  assert.doesNotMatch(sentence, /More than/);
});

test('a point fewer runs measured is left out rather than judged on two scores', () => {
  const partial = [...runs.slice(0, 2), { id: 'c', results: [result(1, 'local', 201)] }];
  assert.deepEqual(
    runToRunVariation(partial).map(({ point }) => point.params.workers),
    ['1'],
  );
});
