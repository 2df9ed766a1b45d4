import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  eta,
  formatAmount,
  formatBytes,
  formatDuration,
  formatError,
  formatNumber,
  formatParamValue,
  formatCount,
  formatPercent,
  formatRatio,
  formatScore,
  formatTick,
  remainingMillis,
  shortBenchmarkName,
} from '../src/format.js';

// Output uses no-break and narrow no-break spaces; compare with plain spaces for readability.
const plain = (text) => text.replace(/[\u00A0\u202F]/g, ' ');

test('scoreHasThreeSignificantDigitsAndItsUnit', () => {
  assert.equal(plain(formatScore(24.7166168, 'ms/op')), '24.7 ms/op');
  assert.equal(plain(formatScore(14.482181624999999, 'ms/op')), '14.5 ms/op');
  assert.equal(formatScore(1, null), '1.00');
  assert.equal(formatScore(0.000123456), '0.000123');
  assert.equal(formatScore(0), '0');
});

test('aCountReadsAsABareNumber', () => {
  assert.equal(plain(formatScore(1478.11, '#')), '1 480');
  assert.equal(formatScore(0, '#'), '0');
});

test('largeScoresAreGroupedWithNarrowNoBreakSpaces', () => {
  assert.equal(formatNumber(48852.9), '48\u202F900');
  assert.equal(plain(formatNumber(1234567)), '1 230 000');
  assert.equal(formatNumber(999), '999');
});

test('negativeAndTinyAndMissingScores', () => {
  assert.equal(formatNumber(-2.5), '−2.50');
  assert.equal(formatNumber(1.2345e-7), '1.23e-7');
  assert.equal(formatScore(null, 'ms/op'), '—');
  assert.equal(formatScore(Number.NaN), '—');
});

test('errorIsPlusMinusOrADashWhenJmhGaveNone', () => {
  assert.equal(plain(formatError(1.2345, 'ms/op')), '± 1.23 ms/op');
  assert.equal(plain(formatError(0.5)), '± 0.500');
  assert.equal(formatError(null), '—');
});

test('durationsReadAsAPersonWouldSayThem', () => {
  assert.equal(plain(formatDuration(850)), '850 ms');
  assert.equal(plain(formatDuration(4200)), '4.2 s');
  assert.equal(plain(formatDuration(12000)), '12 s');
  assert.equal(plain(formatDuration(65000)), '1 min 05 s');
  assert.equal(plain(formatDuration(59600)), '1 min 00 s');
  assert.equal(plain(formatDuration(3723000)), '1 h 02 min');
  assert.equal(formatDuration(-1), '—');
});

// The server writes the same text (LabFormatTest holds these cases): the experiment page's
// prediction is first written by the server, then by the script as the form changes.
test('durationsMatchTheServersText', () => {
  const cases = [250, 4240, 9960, 59400, 1680000, 3725000].map((millis) => plain(formatDuration(millis)));
  assert.deepEqual(cases, ['250 ms', '4.2 s', '10 s', '59 s', '28 min 00 s', '1 h 02 min']);
});

test('bytesUseBinaryUnits', () => {
  assert.equal(plain(formatBytes(512)), '512 B');
  assert.equal(plain(formatBytes(1536)), '1.50 KiB');
  assert.equal(plain(formatBytes(25276026880)), '23.5 GiB');
  assert.equal(formatBytes(null), '—');
});

// The gc profiler's bytes per operation is an average over millions of operations: a loop that
// allocates nothing still reads 0.000149… B/op, and seventeen digits of it are noise.
test('fractionalBytesKeepThreeSignificantDigits', () => {
  assert.equal(plain(formatBytes(0.0001493461435358483)), '0.000149 B');
  assert.equal(plain(formatBytes(24.000071)), '24 B');
  assert.equal(plain(formatBytes(0.5)), '0.5 B');
  assert.equal(plain(formatBytes(0)), '0 B');
});

test('anAmountReadsWithoutPaddingZeros', () => {
  assert.equal(formatAmount(0.08), '0.08');
  assert.equal(formatAmount(1.5), '1.5');
  assert.equal(formatAmount(0.0833333), '0.0833');
  assert.equal(formatAmount(null), '—');
});

test('remainingTimeFromThePlanCountsForkStarts', () => {
  const planned = remainingMillis({ done: 0, total: 12, iterationMillis: 100, forksLeft: 4 });
  assert.equal(planned, 12 * 100 + 4 * 500);
});

test('remainingTimeTrustsTheObservedPaceAsTheRunProgresses', () => {
  const half = remainingMillis({ done: 6, total: 12, iterationMillis: 100, forksLeft: 2, observedMillisPerIteration: 300 });
  assert.equal(half, 0.5 * (600 + 1000) + 0.5 * 1800);
  const early = remainingMillis({ done: 1, total: 100, iterationMillis: 100, observedMillisPerIteration: 1000 });
  assert.ok(early < 99 * 200, `early estimate ${early} should lean on the plan`);
});

test('remainingTimeCountsDownWithinAnIteration', () => {
  assert.equal(remainingMillis({ done: 0, total: 12, iterationMillis: 100, forksLeft: 4, sinceLastMillis: 50 }), 3200 - 50);
});

// A smoke run of pi with 300 million darts: 100 ms iterations whose one operation takes a minute.
test('anIterationThatOutlastsItsPlanRaisesTheEstimateAndSaysSo', () => {
  const progress = { done: 0, total: 12, iterationMillis: 100, forksLeft: 4, sinceLastMillis: 60_000 };
  assert.equal(remainingMillis(progress), 11 * 60_000);
  assert.equal(plain(eta(progress)), 'at least 11 min 00 s left: this iteration has run 1 min 00 s, longer than planned');
  assert.equal(plain(eta({ ...progress, sinceLastMillis: 600 })), 'about 2.6 s left');
  // A new fork's JVM start before its first iteration is not an overrun.
  assert.equal(plain(eta({ ...progress, sinceLastMillis: 1500 })), 'about 1.7 s left');
});

test('etaIsEmptyWhenNothingIsLeft', () => {
  assert.equal(plain(eta({ done: 0, total: 12, iterationMillis: 100, forksLeft: 4 })), 'about 3.2 s left');
  assert.equal(eta({ done: 12, total: 12, iterationMillis: 100 }), '');
  assert.equal(eta({ done: 0, total: 0 }), '');
});

test('benchmarkNamesShowTheMethod', () => {
  assert.equal(shortBenchmarkName('dev.perflab.experiments.ch09.pi.PiMonteCarlo.estimate'), 'estimate');
  assert.equal(shortBenchmarkName(undefined), '');
});

test('ratiosHaveTwoSignificantDigits', () => {
  assert.equal(formatRatio(1.94), '1.9');
  assert.equal(formatRatio(0.4213), '0.42');
  assert.equal(formatRatio(1), '1.0');
  assert.equal(formatRatio(9.96), '10');
  assert.equal(plain(formatRatio(1234.5)), '1 235');
  assert.equal(formatRatio(Number.POSITIVE_INFINITY), '—');
});

test('percentagesDropAPointlessTrailingZero', () => {
  assert.equal(plain(formatPercent(2.1)), '210 %');
  assert.equal(plain(formatPercent(0.05)), '5 %');
  assert.equal(plain(formatPercent(0.034)), '3.4 %');
  assert.equal(plain(formatPercent(0.001)), '0.10 %');
  assert.equal(plain(formatPercent(0)), '0 %');
  assert.equal(formatPercent(null), '—');
});

test('paramValuesAreNeverRounded', () => {
  assert.equal(plain(formatParamValue('1048576')), '1 048 576');
  assert.equal(formatParamValue('0.75'), '0.75');
  assert.equal(formatParamValue('shared-random'), 'shared-random');
  assert.equal(formatParamValue(16), '16');
});

test('ticksShowNoPaddingZeros', () => {
  assert.equal(formatTick(2), '2');
  assert.equal(formatTick(0.005), '0.005');
  assert.equal(plain(formatTick(1500)), '1 500');
  assert.equal(formatTick(1.23456), '1.23');
  assert.equal(formatTick(Number.NaN), '');
});

test('counts are whole and grouped by thousands', () => {
  assert.equal(plain(formatCount(1234567)), '1 234 567');
  assert.equal(formatCount(61), '61');
  assert.equal(formatCount(null), formatCount(undefined));
});
