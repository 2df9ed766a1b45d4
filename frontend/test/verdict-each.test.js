import { test } from 'node:test';
import assert from 'node:assert/strict';
import { verdictSentences } from '../src/verdict.js';
import { plain } from './load.js';

const params = [{ name: 'variant' }, { name: 'n' }];
const allocation = (bytes) => ({ 'gc.alloc.rate.norm': { score: bytes, scoreError: 0, scoreUnit: 'B/op' } });
const point = (variant, score, bytes, extra = {}) => ({
  benchmark: 'a.B.m',
  params: { variant, ...extra },
  score,
  scoreError: score * 0.01,
  scoreUnit: 'ns/op',
  secondary: bytes == null ? {} : allocation(bytes),
});
const eliminated = {
  rule: 'each',
  metric: 'gc.alloc.rate.norm',
  text: '{point}: {value}, nothing reached the heap.',
  below: 1,
  otherwise: '{point}: {value}, allocated.',
};
const say = (rules, results) =>
  verdictSentences({ params, verdict: rules }, results).map(({ text, expected }) => ({ text: plain(text), expected }));

test('eachSaysOneSentencePerPointAgainstItsExpectation', () => {
  const results = [point('record', 1.4, 0.00002), point('array-list-sized', 30, 56)];
  assert.deepEqual(say([eliminated], results), [
    { text: 'record: 0.0000200 B/op, nothing reached the heap.', expected: true },
    { text: 'array-list-sized: 56.0 B/op, allocated.', expected: false },
  ]);
});

test('eachReadsTheScoreWithoutAMetric', () => {
  const rule = { rule: 'each', text: '{variant} took {value}.', above: 10, otherwise: '{variant} was quick: {value}.' };
  assert.deepEqual(say([rule], [point('record', 1.5, 0), point('list-of', 12, 0)]), [
    { text: 'record was quick: 1.50 ns/op.', expected: false },
    { text: 'list-of took 12.0 ns/op.', expected: true },
  ]);
});

test('eachLabelsAPointByEverythingThatVaries', () => {
  const results = [point('array', 2, 0, { n: '1000' }), point('array', 3, 32, { n: '1000000' })];
  const rule = { rule: 'each', metric: 'gc.alloc.rate.norm', text: '{point}, {variant} of {n}: {value}' };
  assert.deepEqual(
    say([rule], results).map((sentence) => sentence.text),
    ['n=1000, array of 1 000: 0 B/op', 'n=1000000, array of 1 000 000: 32.0 B/op'],
  );
});

test('eachPassesOverPointsWithoutTheMetric', () => {
  assert.deepEqual(say([eliminated], [point('record', 1.4, null), point('array', 2, 0)]), [
    { text: 'array: 0 B/op, nothing reached the heap.', expected: true },
  ]);
});
