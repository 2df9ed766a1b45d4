import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fill, geometricMean, precisionWarnings, verdictSentences } from '../src/verdict.js';
import { events, plain, results, stateWithResults } from './load.js';
import { fromEvents } from '../src/run-state.js';

const params = [{ name: 'workers' }, { name: 'samples' }, { name: 'variant' }];
const pi = fromEvents({ params }, events('pi-smoke.events.ndjson'));

const scalingRule = { rule: 'scaling', x: 'workers', series: 'variant', text: 'With {series}, {to} {x} ran {speedup}× as fast as {from}.' };
const compareRule = {
  rule: 'compare',
  param: 'variant',
  baseline: 'shared-random',
  other: 'thread-local-random',
  x: 'workers',
  text: 'At {x} = {at}, {other} was {ratio}× as fast as {baseline} ({pairs} pair).',
  above: 1.2,
  otherwise: 'At {x} = {at}, {other} and {baseline} were within {ratio}×.',
};
const say = (rules, resultList) => verdictSentences({ params, verdict: rules }, resultList).map(({ text, expected }) => ({ text: plain(text), expected }));

function result(params, score, unit = 'ms/op', extra = {}) {
  return { benchmark: 'a.B.m', params, score, scoreError: score * 0.01, scoreUnit: unit, secondary: {}, ...extra };
}

// ---- scaling ------------------------------------------------------------------------------------

test('scalingSaysTheSpeedupFromFewestToMostPerSeries', () => {
  assert.deepEqual(say([scalingRule], pi.results), [
    { text: 'With thread-local-random, 2 workers ran 1.7× as fast as 1.', expected: null },
    { text: 'With shared-random, 2 workers ran 0.53× as fast as 1.', expected: null },
  ]);
});

test('scalingWithAnExpectationSaysOtherwiseWhenItFails', () => {
  const rule = { ...scalingRule, above: 1.5, otherwise: '{series} did not scale: {speedup}× from {from} to {to}.' };
  assert.deepEqual(say([rule], pi.results), [
    { text: 'With thread-local-random, 2 workers ran 1.7× as fast as 1.', expected: true },
    { text: 'shared-random did not scale: 0.53× from 1 to 2.', expected: false },
  ]);
  const below = { ...scalingRule, below: 1, otherwise: 'no slowdown for {series}' };
  assert.deepEqual(say([below], pi.results).map((sentence) => sentence.expected), [false, true]);
});

test('scalingsIdealStopsAtTheMachinesCores', () => {
  const list = [result({ workers: '1', variant: 'v' }, 100), result({ workers: '4', variant: 'v' }, 70)];
  const rule = { ...scalingRule, text: '{to} {x}: {speedup}×, {efficiency} of the ideal {ideal}× on {cores} cores.' };
  const sayOn = (environment) =>
    verdictSentences({ params, verdict: [rule] }, list, environment).map(({ text }) => plain(text));
  assert.deepEqual(sayOn({ cores: 2 }), ['4 workers: 1.4×, 71 % of the ideal 2.0× on 2 cores.']);
  assert.deepEqual(sayOn({ cores: 8 }), ['4 workers: 1.4×, 36 % of the ideal 4.0× on 8 cores.']);
});

test('scalingOfAThroughputDividesTheMostByTheFewest', () => {
  const list = [result({ workers: '1', variant: 'v' }, 100, 'ops/ms'), result({ workers: '4', variant: 'v' }, 250, 'ops/ms')];
  assert.deepEqual(say([scalingRule], list), [{ text: 'With v, 4 workers ran 2.5× as fast as 1.', expected: null }]);
});

test('scalingSplitsSeriesByEverythingButX', () => {
  const list = [
    result({ workers: '1', variant: 'v', samples: '10' }, 10),
    result({ workers: '2', variant: 'v', samples: '10' }, 5),
    result({ workers: '1', variant: 'v', samples: '20' }, 20),
    result({ workers: '2', variant: 'v', samples: '20' }, 16),
  ];
  assert.deepEqual(say([scalingRule], list).map((sentence) => sentence.text), [
    'With v · samples=10, 2 workers ran 2.0× as fast as 1.',
    'With v · samples=20, 2 workers ran 1.3× as fast as 1.',
  ]);
});

test('scalingSaysTheEfficiencyAsAShareOfTheIdealSpeedup', () => {
  const rule = { ...scalingRule, text: '{series}: {speedup}× on {to}, {efficiency} of the ideal {ideal}×.' };
  const list = [
    result({ workers: '2', variant: 'v' }, 100),
    result({ workers: '8', variant: 'v' }, 40),
    result({ workers: '1', variant: 'w' }, 10, 'ops/ms'),
    result({ workers: '4', variant: 'w' }, 40, 'ops/ms'),
  ];
  assert.deepEqual(say([rule], list).map((sentence) => sentence.text), [
    'v: 2.5× on 8, 63 % of the ideal 4.0×.',
    'w: 4.0× on 4, 100 % of the ideal 4.0×.',
  ]);
});

test('scalingSaysNothingWithoutASweep', () => {
  const one = pi.results.filter((r) => r.params.workers === '1');
  assert.deepEqual(say([scalingRule], one), []);
  assert.deepEqual(say([{ ...scalingRule, x: 'threads' }], pi.results), []);
});

// ---- compare ------------------------------------------------------------------------------------

test('compareSaysHowManyTimesBetterOtherIsAtTheLargestX', () => {
  assert.deepEqual(say([compareRule], pi.results), [
    { text: 'At workers = 2, thread-local-random was 3.4× as fast as shared-random (1 pair).', expected: true },
  ]);
});

test('compareAtOneWorkerFallsShortOfTheExpectation', () => {
  const one = pi.results.filter((r) => r.params.workers === '1');
  assert.deepEqual(say([compareRule], one), [
    { text: 'At workers = 1, thread-local-random and shared-random were within 1.0×.', expected: false },
  ]);
});

test('compareUsesTheLargestXPresentForBoth', () => {
  const list = [
    result({ workers: '1', variant: 'shared-random' }, 10),
    result({ workers: '2', variant: 'shared-random' }, 20),
    result({ workers: '8', variant: 'shared-random' }, 80),
    result({ workers: '1', variant: 'thread-local-random' }, 10),
    result({ workers: '2', variant: 'thread-local-random' }, 5),
  ];
  assert.match(say([compareRule], list)[0].text, /^At workers = 2, .* 4\.0× as fast/);
});

test('compareTakesTheGeometricMeanOverTheOtherMatchedPoints', () => {
  const list = [
    result({ workers: '2', variant: 'shared-random', samples: '10' }, 20),
    result({ workers: '2', variant: 'thread-local-random', samples: '10' }, 10),
    result({ workers: '2', variant: 'shared-random', samples: '20' }, 80),
    result({ workers: '2', variant: 'thread-local-random', samples: '20' }, 10),
    result({ workers: '2', variant: 'thread-local-random', samples: '40' }, 10),
  ];
  assert.equal(say([compareRule], list)[0].text, 'At workers = 2, thread-local-random was 4.0× as fast as shared-random (2 pair).');
  assert.equal(geometricMean([2, 8]), 4);
});

test('compareOfAThroughputIsOtherOverBaseline', () => {
  const list = [result({ workers: '2', variant: 'shared-random' }, 50, 'ops/s'), result({ workers: '2', variant: 'thread-local-random' }, 150, 'ops/s')];
  assert.match(say([compareRule], list)[0].text, /3\.0× as fast/);
  const worse = [result({ workers: '2', variant: 'shared-random' }, 150, 'ops/s'), result({ workers: '2', variant: 'thread-local-random' }, 50, 'ops/s')];
  assert.deepEqual(say([compareRule], worse)[0], { text: 'At workers = 2, thread-local-random and shared-random were within 0.33×.', expected: false });
});

test('compareOnAMetricOfBytesIsLowerIsBetterWhateverTheScore', () => {
  const memory = results('memory').map((r) => ({ ...r, scoreUnit: 'ops/s' }));
  const rule = { rule: 'compare', param: 'container', baseline: 'ArrayList<Integer>', other: 'int[]', metric: 'gc.alloc.rate.norm', x: 'size', text: '{other} takes {ratio}× less memory than {baseline} at {x} = {at}.' };
  assert.deepEqual(say([rule], memory), [{ text: 'int[] takes 6.0× less memory than ArrayList<Integer> at size = 100 000.', expected: null }]);
});

test('compareWithoutXAveragesEveryPairAndLeavesXEmpty', () => {
  const rule = { rule: 'compare', param: 'container', baseline: 'LinkedList<Integer>', other: 'ArrayList<Integer>', metric: 'gc.alloc.rate.norm', text: '[{x}{at}] {ratio}× over {pairs} pairs' };
  const expected = Math.sqrt((40056 / 20456) * (4000056 / 2400056));
  const [sentence] = say([rule], results('memory'));
  assert.equal(sentence.text, `[] ${expected.toPrecision(2)}× over 2 pairs`);
});

test('compareSaysNothingWhenAValueOrMetricIsMissing', () => {
  const shared = pi.results.filter((r) => r.params.variant === 'shared-random');
  assert.deepEqual(say([compareRule], shared), []);
  assert.deepEqual(say([{ ...compareRule, metric: 'gc.alloc.rate.norm' }], pi.results), []);
  assert.deepEqual(say([{ ...compareRule, other: 'no-such-variant' }], pi.results), []);
});

// ---- best ---------------------------------------------------------------------------------------

const bestRule = {
  rule: 'best',
  x: 'chunk',
  series: 'scheduler',
  text: '{series}: best {x} {best} ({bestScore}); {lowest} is {lowestRatio}× and {highest} is {highestRatio}× slower.',
  above: 1.5,
  otherwise: '{series}: the ends are within {lowestRatio}× / {highestRatio}× of {best}.',
};

test('bestNamesTheBestXAndHowMuchWorseTheEndsAre', () => {
  assert.deepEqual(say([bestRule], results('chunk-size')), [
    { text: 'fixed-pool: best chunk 100 (21.9 ms/op); 1 is 8.2× and 10 000 is 2.8× slower.', expected: true },
    { text: 'fork-join: best chunk 1 000 (20.8 ms/op); 1 is 4.6× and 10 000 is 2.8× slower.', expected: true },
  ]);
});

test('bestJudgesTheSmallerOfTheTwoEnds', () => {
  // fixed-pool's ends are 8.2× and 2.8× worse: the figure is 2.8, under 3.
  const sentences = say([{ ...bestRule, above: 3 }], results('chunk-size'));
  assert.deepEqual(sentences.map((sentence) => sentence.expected), [false, false]);
  assert.equal(sentences[0].text, 'fixed-pool: the ends are within 8.2× / 2.8× of 100.');
});

test('bestOfAThroughputIsTheHighest', () => {
  const list = [result({ chunk: '1' }, 10, 'ops/ms'), result({ chunk: '8' }, 40, 'ops/ms'), result({ chunk: '64' }, 20, 'ops/ms')];
  const rule = { rule: 'best', x: 'chunk', text: 'best {best} at {bestScore}: {lowestRatio}× / {highestRatio}×' };
  assert.deepEqual(say([rule], list), [{ text: 'best 8 at 40.0 ops/ms: 4.0× / 2.0×', expected: null }]);
});

test('bestAtAnEndOfTheSweepSaysTheOptimumMayLieBeyondIt', () => {
  const rule = { rule: 'best', x: 'chunk', text: '{best}: {lowestRatio} {highestRatio}', above: 1.2, otherwise: 'no interior optimum: {best}' };
  const atSmallest = [result({ chunk: '100' }, 10), result({ chunk: '10000' }, 19)];
  assert.deepEqual(say([rule], atSmallest), [
    {
      text:
        'With m, 100 was fastest (10.0 ms/op), and it is the smallest value swept, so the sweep does not show the optimum: ' +
        '10 000 took 1.9× as long, and values below 100 may be faster still.',
      expected: null,
    },
  ]);
  const atLargest = [result({ chunk: '1' }, 40), result({ chunk: '8' }, 20), result({ chunk: '64' }, 10)];
  assert.match(say([rule], atLargest)[0].text, /64 was fastest .* the largest value swept.*: 1 took 4\.0× as long, and values above 64/);
});

// ---- amdahl -------------------------------------------------------------------------------------

const amdahlParams = [{ name: 'workers' }, { name: 'serial' }];
const amdahlRule = {
  rule: 'amdahl',
  x: 'workers',
  param: 'serial',
  text: 'With {fraction} serial, {to} {x} ran {speedup}× as fast as {from}; predicted {predicted}×, {predictedHere}× on {cores} cores; fitted {fitted}.',
};
const sayAmdahl = (rules, resultList, environment) =>
  verdictSentences({ params: amdahlParams, verdict: rules }, resultList, environment).map(({ text, expected }) => ({ text: plain(text), expected }));
// On 2 cores: s = 0.1 runs 1.8× on 2 workers and no better on 4; s = 0.5 runs 1.3×.
const amdahlRun = [
  result({ workers: '1', serial: '0.1' }, 100),
  result({ workers: '2', serial: '0.1' }, 55.5),
  result({ workers: '4', serial: '0.1' }, 56),
  result({ workers: '1', serial: '0.5' }, 100),
  result({ workers: '2', serial: '0.5' }, 75),
  result({ workers: '4', serial: '0.5' }, 76),
];

test('amdahlComparesTheSpeedupAtTheMostWorkersWithThePrediction', () => {
  const upToTwo = amdahlRun.filter((r) => r.params.workers !== '4');
  assert.deepEqual(sayAmdahl([amdahlRule], upToTwo, { cores: 2 }), [
    { text: 'With 10 % serial, 2 workers ran 1.8× as fast as 1; predicted 1.8×, 1.8× on 2 cores; fitted 11 %.', expected: null },
    { text: 'With 50 % serial, 2 workers ran 1.3× as fast as 1; predicted 1.3×, 1.3× on 2 cores; fitted 50 %.', expected: null },
  ]);
});

test('amdahlBeyondTheCoresPredictsOnTheCoresThereAreAndSaysSoOnce', () => {
  const sentences = sayAmdahl([{ ...amdahlRule, beyondCores: '{cores} cores: {to} {x} take turns.' }], amdahlRun, { cores: 2 });
  assert.deepEqual(sentences.map((sentence) => sentence.text), [
    'With 10 % serial, 4 workers ran 1.8× as fast as 1; predicted 3.1×, 1.8× on 2 cores; fitted 11 %.',
    'With 50 % serial, 4 workers ran 1.3× as fast as 1; predicted 1.6×, 1.3× on 2 cores; fitted 50 %.',
    '2 cores: 4 workers take turns.',
  ]);
  const [, , builtIn] = sayAmdahl([amdahlRule], amdahlRun, { cores: 2 });
  assert.match(builtIn.text, /^This machine has 2 cores: 4 workers take turns on them, so no speedup here can pass 2×/);
  assert.equal(builtIn.expected, null);
});

test('amdahlWithEnoughCoresOrNoneKnownPredictsForEveryWorker', () => {
  const texts = (environment) => sayAmdahl([amdahlRule], amdahlRun, environment).map((sentence) => sentence.text);
  for (const environment of [{ cores: 4 }, null, {}]) {
    const said = texts(environment);
    assert.equal(said.length, 2, 'no word on cores');
    assert.match(said[0], /predicted 3\.1×, 3\.1× on (4|—) cores/);
  }
  // All three points fitted: the flat 4-worker point reads as serial work.
  assert.match(plain(texts({ cores: 4 })[0]), /fitted 32 %\.$/);
});

test('amdahlJudgesMeasuredAgainstWhatTheCoresAllow', () => {
  const rule = { ...amdahlRule, above: 0.85, below: 1.15, otherwise: 'off: {speedup}× for {predictedHere}×' };
  const expected = (list, environment) => sayAmdahl([rule], list, environment).map((sentence) => sentence.expected);
  assert.deepEqual(expected(amdahlRun, { cores: 2 }), [true, true, null]);
  // Against 3.1× and 1.6× for 4 workers on 4 cores, 1.8× and 1.3× fall short.
  assert.deepEqual(expected(amdahlRun, { cores: 4 }), [false, false]);
  const slow = [result({ workers: '1', serial: '0.0' }, 100), result({ workers: '2', serial: '0.0' }, 90)];
  assert.deepEqual(sayAmdahl([rule], slow, { cores: 2 }), [{ text: 'off: 1.1× for 2.0×', expected: false }]);
});

test('amdahlOfAThroughputAndFromMoreThanOneWorker', () => {
  const list = [
    result({ workers: '2', serial: '0.2' }, 10, 'ops/s'),
    result({ workers: '4', serial: '0.2' }, 15, 'ops/s'),
  ];
  // S(4) / S(2) = 2.5 · 0.6 = 1.5.
  assert.deepEqual(sayAmdahl([amdahlRule], list, { cores: 4 }).map((sentence) => sentence.text), [
    'With 20 % serial, 4 workers ran 1.5× as fast as 2; predicted 1.5×, 1.5× on 4 cores; fitted 33 %.',
  ]);
});

test('amdahlSaysNothingWithoutAFractionOrASweep', () => {
  const percents = amdahlRun.map((r) => ({ ...r, params: { ...r.params, serial: r.params.serial === '0.1' ? '10' : '50' } }));
  assert.deepEqual(sayAmdahl([amdahlRule], percents, { cores: 2 }), []);
  assert.deepEqual(sayAmdahl([amdahlRule], amdahlRun.filter((r) => r.params.workers === '1'), { cores: 2 }), []);
  assert.deepEqual(sayAmdahl([{ ...amdahlRule, param: 'fraction' }], amdahlRun, { cores: 2 }), []);
});

test('amdahlReportsNoFitForASlowdown', () => {
  const list = [result({ workers: '1', serial: '0.0' }, 100), result({ workers: '2', serial: '0.0' }, 120)];
  assert.match(sayAmdahl([amdahlRule], list, { cores: 2 })[0].text, /ran 0\.83× as fast as 1; predicted 2\.0×, 2\.0× on 2 cores; fitted —\.$/);
});

// ---- rules in general ---------------------------------------------------------------------------

test('rulesSpeakInTheirOrderAndUnknownRulesSayNothing', () => {
  const sentences = say([compareRule, { rule: 'guess', text: 'x' }, { rule: 'constructor', text: 'y' }, scalingRule], pi.results);
  assert.equal(sentences.length, 3);
  assert.match(sentences[0].text, /^At workers = 2/);
  assert.match(sentences[1].text, /^With thread-local-random/);
  assert.deepEqual(verdictSentences({ params }, pi.results), []);
  assert.deepEqual(verdictSentences(null, pi.results), []);
});

test('fillKeepsUnknownPlaceholdersVisible', () => {
  assert.equal(fill('{a} and {b} and {toString}', { a: '1' }), '1 and {b} and {toString}');
});

// ---- precision ----------------------------------------------------------------------------------

const noisyPi = pi.results.map((r) => ({ ...r, scoreError: r.params.workers === '2' && r.params.variant === 'shared-random' ? r.score * 2.1 : r.score * 0.01 }));

test('precisionNamesEveryPointWhoseIntervalExceedsFivePercent', () => {
  const [warning, ...rest] = precisionWarnings(noisyPi, pi.environment, pi.paramOrder).map(plain);
  assert.deepEqual(rest, []);
  assert.match(warning, /wider than ±5 % of the score at workers=2 · shared-random: ±210 %\./);
  assert.doesNotMatch(warning, /thread-local-random/);
});

test('precisionAcceptsAnIntervalOfExactlyFivePercent', () => {
  const list = [result({ n: '1' }, 100, 'ms/op', { scoreError: 5 }), result({ n: '2' }, 100, 'ms/op', { scoreError: 5.5 })];
  const [warning] = precisionWarnings(list, null).map(plain);
  assert.match(warning, /at n=2: ±5\.5 %\./);
  assert.doesNotMatch(warning, /n=1/);
});

test('precisionWarnsWhenNoPointHasAnInterval', () => {
  const warnings = precisionWarnings(pi.results, pi.environment);
  assert.equal(warnings.length, 1);
  assert.match(warnings[0], /No confidence interval for any point: too few measurement iterations/);
});

test('precisionNamesThePointsWithoutAnInterval', () => {
  const warnings = precisionWarnings(results('chunk-size'), null, ['chunk', 'scheduler']).map(plain);
  assert.equal(warnings.length, 2);
  assert.match(warnings[0], /at chunk=10000 · fixed-pool: ±6\.5 %\./);
  assert.match(warnings[1], /^No confidence interval for chunk=10000 · fork-join: too few/);
});

test('precisionWarnsWhenTheMachineWasBusyBeforeTheRun', () => {
  const clean = results('size-sweep').filter((r) => r.params.structure === 'array');
  assert.deepEqual(precisionWarnings(clean, { loadAverage: 1.9, cores: 2 }), []);
  assert.deepEqual(precisionWarnings(clean, { loadAverage: 2, cores: 2 }), []);
  assert.deepEqual(precisionWarnings(clean, { loadAverage: null, cores: 2 }), []);
  const [busy] = precisionWarnings(clean, { loadAverage: 3.2, cores: 2 }).map(plain);
  assert.match(busy, /busy before the run: load average 3\.20 on 2 cores/);
});

test('precisionTrustsWhatOthersTookDuringTheRunOverTheLoadBeforeIt', () => {
  const clean = results('size-sweep').filter((r) => r.params.structure === 'array');
  const withOthers = (cores) =>
    clean.map((r, i) => ({ ...r, secondary: { ...r.secondary, 'cpu.others': { score: i === 1 ? cores : 0.05, scoreError: null, scoreUnit: 'cores' } } }));

  // A busy machine before the run that was quiet while it measured: no warning.
  assert.deepEqual(precisionWarnings(withOthers(0.1), { loadAverage: 3.2, cores: 2 }, ['n']), []);
  // A quiet start but others took 1.5 cores at one point: a warning naming it.
  const [contended] = precisionWarnings(withOthers(1.5), { loadAverage: 0.2, cores: 2 }, ['n']).map(plain);
  assert.match(contended, /^Other processes kept [0-9.]+ of the 2 cores busy on average while this run measured \(most at n=\d+: 1\.5\)\./);
  // Just above a tenth of the cores is enough.
  assert.equal(precisionWarnings(withOthers(0.21), { loadAverage: 0.2, cores: 2 }, ['n']).length, 1);
  assert.equal(precisionWarnings(withOthers(0.19), { loadAverage: 0.2, cores: 2 }, ['n']).length, 0);
});

test('coresOthersKeptBusyReadWithoutPaddingZeros', () => {
  const taken = [0.29, 0.01, 0.01, 0.01];
  const clean = results('size-sweep').filter((r) => r.params.structure === 'array');
  const busy = clean.map((r, i) => ({ ...r, secondary: { ...r.secondary, 'cpu.others': { score: taken[i], scoreError: null, scoreUnit: 'cores' } } }));
  const [warning] = precisionWarnings(busy, { loadAverage: 0.2, cores: 2 }, ['n']).map(plain);
  assert.match(warning, /^Other processes kept 0\.08 of the 2 cores busy on average while this run measured \(most at n=1000: 0\.29\)/);
});

test('precisionOfTheVariantsFixtureFlagsOnlyTheParallelStream', () => {
  const state = stateWithResults({ params: [{ name: 'method' }] }, results('variants'), { loadAverage: 0.4, cores: 4 });
  const warnings = precisionWarnings(state.results, state.environment).map(plain);
  assert.equal(warnings.length, 1);
  assert.match(warnings[0], /at parallel-stream: ±17 %\./);
});
