import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  eta,
  formatBytes,
  formatDuration,
  formatError,
  formatNumber,
  formatScore,
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

test('bytesUseBinaryUnits', () => {
  assert.equal(plain(formatBytes(512)), '512 B');
  assert.equal(plain(formatBytes(1536)), '1.50 KiB');
  assert.equal(plain(formatBytes(25276026880)), '23.5 GiB');
  assert.equal(formatBytes(null), '—');
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

test('etaIsEmptyWhenNothingIsLeft', () => {
  assert.equal(plain(eta({ done: 0, total: 12, iterationMillis: 100, forksLeft: 4 })), 'about 3.2 s left');
  assert.equal(eta({ done: 12, total: 12, iterationMillis: 100 }), '');
  assert.equal(eta({ done: 0, total: 0 }), '');
});

test('benchmarkNamesShowTheMethod', () => {
  assert.equal(shortBenchmarkName('dev.perflab.experiments.ch09.pi.PiMonteCarlo.estimate'), 'estimate');
  assert.equal(shortBenchmarkName(undefined), '');
});
