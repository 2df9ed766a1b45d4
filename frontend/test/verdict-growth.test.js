import { test } from 'node:test';
import assert from 'node:assert/strict';
import { verdictSentences } from '../src/verdict.js';
import { formatExponent, logLogSlope } from '../src/verdict-growth.js';
import { plain } from './load.js';

const params = [{ name: 'n' }, { name: 'method' }];
const growthRule = {
  rule: 'growth',
  x: 'n',
  series: 'method',
  text: '{series}: {x} {from} → {to}, time {fromScore} → {toScore} ({ratio}×), as {x}^{exponent}.',
};
const say = (rules, list) => verdictSentences({ params, verdict: rules }, list).map(({ text, expected }) => ({ text: plain(text), expected }));

function result(n, method, score, unit = 'us/op') {
  return { benchmark: 'a.Unique.dedupe', params: { n: String(n), method }, score, scoreError: score * 0.01, scoreUnit: unit, secondary: {} };
}

// A quadratic and a linear cost.
const sweep = [
  result(1000, 'list-scan', 250),
  result(2000, 'list-scan', 1000),
  result(4000, 'list-scan', 4000),
  result(1000, 'hash-set', 10),
  result(2000, 'hash-set', 20),
  result(4000, 'hash-set', 40),
];

test('growthReadsTheExponentOfEachSeriesOverItsWholeSweep', () => {
  assert.deepEqual(say([growthRule], sweep), [
    { text: 'list-scan: n 1 000 → 4 000, time 250 us/op → 4 000 us/op (16×), as n^2.00.', expected: null },
    { text: 'hash-set: n 1 000 → 4 000, time 10.0 us/op → 40.0 us/op (4.0×), as n^1.00.', expected: null },
  ]);
});

test('oneNoisyPointBendsTheFittedExponentLessThanTheLastStep', () => {
  // The last point twice as slow as it should be: the last step alone would read n^3.
  const noisy = sweep.map((r) => (r.params.method === 'list-scan' && r.params.n === '4000' ? { ...r, score: 8000 } : r));
  const [listScan] = say([{ ...growthRule, text: '{exponent}' }], noisy);
  assert.equal(listScan.text, '2.50');
  assert.ok(Math.abs(logLogSlope([[1, 3], [10, 30], [100, 300]]) - 1) < 1e-12);
  assert.ok(Math.abs(logLogSlope([[2, 1], [4, 0.25]]) + 2) < 1e-12);
});

test('growthWithWhereJudgesOnlyTheChosenSeries', () => {
  const quadratic = { ...growthRule, where: { method: 'list-scan' }, above: 1.6, otherwise: 'only {exponent}' };
  const linear = { ...growthRule, where: { method: 'hash-set' }, below: 1.4, otherwise: 'steeper: {exponent}' };
  assert.deepEqual(
    say([quadratic, linear], sweep).map((sentence) => sentence.expected),
    [true, true],
  );
  const flatList = sweep.map((r) => (r.params.method === 'list-scan' ? { ...r, score: Number(r.params.n) / 100 } : r));
  assert.deepEqual(say([quadratic], flatList), [{ text: 'only 1.00', expected: false }]);
});

test('growthOfAThroughputIsTheGrowthOfItsInverse', () => {
  const list = [result(10, 'hash-set', 1000, 'ops/ms'), result(100, 'hash-set', 10, 'ops/ms')];
  assert.deepEqual(say([{ ...growthRule, text: '{exponent}' }], list), [{ text: '2.00', expected: null }]);
});

test('growthSaysNothingWithoutTwoSizesOrWithAZeroScore', () => {
  assert.deepEqual(say([growthRule], sweep.filter((r) => r.params.n === '4000')), []);
  const zero = [result(10, 'hash-set', 0), result(100, 'hash-set', 5)];
  assert.deepEqual(say([growthRule], zero), []);
});

test('whereKeepsOnlyPointsWithEveryNamedValue', () => {
  const compare = { rule: 'compare', param: 'method', baseline: 'list-scan', other: 'hash-set', x: 'n', text: '{ratio}× at {at}' };
  assert.deepEqual(say([compare], sweep), [{ text: '100× at 4 000', expected: null }]);
  assert.deepEqual(say([{ ...compare, where: { n: 1000 } }], sweep), [{ text: '25× at 1 000', expected: null }]);
  assert.deepEqual(say([{ ...compare, where: { n: 1000, method: 'hash-set' } }], sweep), []);
});

test('exponentsHaveTwoDecimalsAndATrueMinus', () => {
  assert.equal(formatExponent(1.968), '1.97');
  assert.equal(formatExponent(-0.25), '−0.25');
  assert.equal(formatExponent(-0.001), '0.00');
  assert.equal(formatExponent(Number.NaN), '—');
});
