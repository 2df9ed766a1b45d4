import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareNotices, experimentsTitle, listedRuns } from '../src/compare-notices.js';

const entry = (runId, score, significance = 'BASELINE') => ({ runId, score, scoreError: null, samples: 3, ratio: null, significance });

// Same experiment, but the baseline measured 1 000 000 samples and the other run 2 000 000: the
// server marks every row of the other run "no baseline at this point".
const noCommonPoint = {
  runs: ['aaa', 'bbb'],
  points: [
    { params: { samples: '1000000', workers: '1' }, unit: 'ms/op', entries: [entry('aaa', 20)] },
    { params: { samples: '1000000', workers: '2' }, unit: 'ms/op', entries: [entry('aaa', 11)] },
    { params: { samples: '2000000', workers: '1' }, unit: 'ms/op', entries: [entry('bbb', 40, 'NO_BASELINE')] },
    { params: { samples: '2000000', workers: '2' }, unit: 'ms/op', entries: [entry('bbb', 21, 'NO_BASELINE')] },
  ],
};

const samePoints = {
  runs: ['aaa', 'bbb'],
  points: [{ params: { workers: '1' }, unit: 'ms/op', entries: [entry('aaa', 20), entry('bbb', 19, 'NOT_SIGNIFICANT')] }],
};

const pi = { id: 'ch09.pi-monte-carlo', title: 'Estimating π with workers' };
const lists = { id: 'ch03.list-growth', title: 'How a list grows' };

test('saysRunsOfDifferentExperimentsCannotBeComparedPointByPoint', () => {
  const [notice, ...rest] = compareNotices(noCommonPoint, { experiments: { aaa: pi, bbb: lists } });
  assert.match(notice, /^These runs are of different experiments: Estimating π with workers \(run aaa\), How a list grows \(run bbb\)\./);
  assert.match(notice, /there are no ratios and no test of significance/);
  // The experiments are the reason; "no point matches" would only repeat it less plainly.
  assert.deepEqual(rest, []);
  assert.equal(experimentsTitle(noCommonPoint.runs, { aaa: pi, bbb: lists }), '— Estimating π with workers vs How a list grows');
  assert.equal(experimentsTitle(noCommonPoint.runs, { aaa: pi, bbb: pi }), null);
});

test('saysWhenNoPointOfARunMatchesTheBaselines', () => {
  const [notice, ...rest] = compareNotices(noCommonPoint, { experiments: { aaa: pi, bbb: pi } });
  assert.deepEqual(rest, []);
  assert.match(notice, /^No point of run bbb matches a point of the baseline aaa \(they differ in samples\), so there is nothing to compare it with/);
  assert.match(notice, /Run it again with the baseline's params to compare the two\.$/);
  // Without the experiments (the API could not be read) the same is true and said.
  assert.equal(compareNotices(noCommonPoint)[0], notice);
  const empty = { runs: ['aaa', 'ccc'], points: noCommonPoint.points.slice(0, 2) };
  assert.deepEqual(compareNotices(empty), ['Run ccc has no results, so there is nothing of it to compare.']);
});

test('saysNothingWhenEveryRunSharesAPointWithTheBaseline', () => {
  assert.deepEqual(compareNotices(samePoints, { listed: ['aaa', 'bbb'], experiments: { aaa: pi, bbb: pi } }), []);
});

test('saysARunListedTwiceIsShownOnce', () => {
  const single = { runs: ['aaa'], points: [{ params: { workers: '1' }, unit: 'ms/op', entries: [entry('aaa', 20)] }] };
  const [notice] = compareNotices(single, { listed: listedRuns('aaa, aaa') });
  assert.equal(notice, 'Run aaa was listed twice; it is shown once. A run compared with itself shows no difference: add another run to compare it with.');
  const [thrice] = compareNotices(samePoints, { listed: listedRuns('aaa,bbb,aaa,aaa') });
  assert.equal(thrice, 'Run aaa was listed 3 times; it is shown once.');
});

test('saysWhichUnitsTheChartConvertedOrLeftOff', () => {
  const mixed = {
    runs: ['aaa', 'bbb'],
    points: [
      { params: { n: '1' }, unit: 'us/op', entries: [entry('aaa', 3), entry('bbb', 3, 'NOT_SIGNIFICANT')] },
      { params: { n: '2' }, unit: 'ns/op', entries: [entry('aaa', 3000), entry('bbb', 3100, 'NOT_SIGNIFICANT')] },
      { params: { n: '3' }, unit: 'B/op', entries: [entry('aaa', 24), entry('bbb', 24, 'NOT_SIGNIFICANT')] },
    ],
  };
  assert.deepEqual(compareNotices(mixed), [
    "Scores measured in ns/op are drawn converted to us/op, so that all bars share one axis; the table keeps each run's own unit.",
    'Left off the chart: 1 point in B/op, which cannot share an axis with us/op; the table lists it.',
  ]);
});

test('listedRunsKeepsRepeatsAndDropsBlanks', () => {
  assert.deepEqual(listedRuns(' a, b,,a '), ['a', 'b', 'a']);
  assert.deepEqual(listedRuns(null), []);
});
