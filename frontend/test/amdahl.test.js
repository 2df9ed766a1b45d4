import { test } from 'node:test';
import assert from 'node:assert/strict';
import { amdahlCurve, amdahlSpeedup, fitAmdahl, predictedSpeedup, predictionCurve, serialFractionOf, withinCores } from '../src/amdahl.js';

const exact = (s, xs, baseX = xs[0]) => xs.map((x) => ({ x, speedup: amdahlSpeedup(s, x / baseX) }));

test('amdahlSpeedupIsLinearWithoutSerialWorkAndFlatWithOnlySerialWork', () => {
  assert.equal(amdahlSpeedup(0, 8), 8);
  assert.equal(amdahlSpeedup(1, 8), 1);
  assert.equal(amdahlSpeedup(0.5, 2), 1 / 0.75);
});

test('fitRecoversTheSerialFractionOfExactAmdahlSpeedups', () => {
  for (const s of [0, 0.05, 0.2, 0.6, 1]) {
    const fit = fitAmdahl(exact(s, [1, 2, 4, 8]));
    assert.equal(fit.kind, 'fit');
    assert.ok(Math.abs(fit.serialFraction - s) < 1e-12, `s=${s} fitted as ${fit.serialFraction}`);
    assert.equal(fit.fittedPoints, 3);
    assert.equal(fit.baseX, 1);
  }
});

test('fitIsRelativeToTheFewestWorkersMeasured', () => {
  const fit = fitAmdahl(exact(0.1, [2, 4, 16]).reverse());
  assert.equal(fit.baseX, 2);
  assert.ok(Math.abs(fit.serialFraction - 0.1) < 1e-12);
});

test('fitIsTheLeastSquaresLineThroughTheOrigin', () => {
  // 1/S − 1/n = s·(1 − 1/n): at n=2, S=1.6 → a=0.5, b=0.125; at n=4, S=2 → a=0.75, b=0.25.
  const fit = fitAmdahl([{ x: 1, speedup: 1 }, { x: 2, speedup: 1.6 }, { x: 4, speedup: 2 }]);
  const expected = (0.5 * 0.125 + 0.75 * 0.25) / (0.5 ** 2 + 0.75 ** 2);
  assert.ok(Math.abs(fit.serialFraction - expected) < 1e-12);
});

test('superlinearSpeedupIsClampedToNoSerialWork', () => {
  const fit = fitAmdahl([{ x: 1, speedup: 1 }, { x: 2, speedup: 2.5 }]);
  assert.equal(fit.serialFraction, 0);
  assert.ok(fit.unclamped < 0);
});

test('noSpeedupAtAllIsAWhollySerialFit', () => {
  const fit = fitAmdahl([{ x: 1, speedup: 1 }, { x: 4, speedup: 1 }]);
  assert.equal(fit.kind, 'fit');
  assert.equal(fit.serialFraction, 1);
});

test('aSlowdownIsReportedNotFitted', () => {
  assert.deepEqual(fitAmdahl([{ x: 1, speedup: 1 }, { x: 2, speedup: 0.53 }]), { kind: 'slowdown', x: 2, speedup: 0.53 });
  const rising = fitAmdahl([{ x: 1, speedup: 1 }, { x: 2, speedup: 1.8 }, { x: 4, speedup: 0.9 }, { x: 8, speedup: 0.95 }]);
  assert.deepEqual(rising, { kind: 'slowdown', x: 4, speedup: 0.9 });
});

test('twoWorkerCountsFitOnOnePoint', () => {
  const fit = fitAmdahl(exact(0.3, [1, 2]));
  assert.equal(fit.fittedPoints, 1);
  assert.ok(Math.abs(fit.serialFraction - 0.3) < 1e-12);
});

test('oneWorkerCountOrUnusablePointsGiveNoFit', () => {
  assert.equal(fitAmdahl([{ x: 2, speedup: 1 }]), null);
  assert.equal(fitAmdahl([]), null);
  assert.equal(fitAmdahl([{ x: 1, speedup: 1 }, { x: 2, speedup: Number.NaN }]), null);
});

test('curveRunsFromOneAtTheBaseToTheFittedSpeedupAtTheMost', () => {
  const fit = fitAmdahl(exact(0.25, [2, 4, 8]));
  const curve = amdahlCurve(fit, 2, 8, 10);
  assert.equal(curve.length, 10);
  assert.deepEqual([curve[0].x, curve.at(-1).x], [2, 8]);
  assert.ok(Math.abs(curve[0].y - 1) < 1e-12);
  assert.ok(Math.abs(curve.at(-1).y - amdahlSpeedup(0.25, 4)) < 1e-12);
  assert.ok(curve.every((point, i) => i === 0 || point.y > curve[i - 1].y), 'rises monotonically');
  assert.deepEqual(amdahlCurve({ kind: 'slowdown', x: 2, speedup: 0.5 }, 1, 2), []);
});

// ---- prediction from a known serial fraction ---------------------------------------------------

test('predictedSpeedupIsAmdahlsLawForTheGivenFraction', () => {
  const close = (actual, expected) => assert.ok(Math.abs(actual - expected) < 1e-12, `${actual} ≠ ${expected}`);
  close(predictedSpeedup(0.1, 2), 1 / 0.55); // 1.818…
  close(predictedSpeedup(0.2, 2), 1 / 0.6); // 1.667
  close(predictedSpeedup(0.2, 4), 2.5);
  close(predictedSpeedup(0.5, 4), 1.6);
  close(predictedSpeedup(0, 4), 4);
  close(predictedSpeedup(1, 4), 1);
  close(predictedSpeedup(0.5, 1e9), 2 - 2e-9 / (1 + 1e-9)); // never past 1/s
});

test('predictedSpeedupIsRelativeToTheFewestWorkers', () => {
  // s = 0.2: S(4) = 2.5, S(2) = 1/0.6, so 4 workers over 2 predict 2.5 · 0.6 = 1.5.
  assert.ok(Math.abs(predictedSpeedup(0.2, 4, 2) - 1.5) < 1e-12);
  assert.equal(predictedSpeedup(0.3, 3, 3), 1);
});

test('predictionCurvePassesThroughThePredictionAtEveryMeasuredCount', () => {
  const curve = predictionCurve(0.2, [4, 1, 3], 5);
  // Even samples 1, 1.75, 2.5, 3.25, 4 plus the measured 3.
  assert.deepEqual(curve.map((point) => point.x), [1, 1.75, 2.5, 3, 3.25, 4]);
  assert.deepEqual(curve.filter((point) => point.measured).map((point) => point.x), [1, 3, 4]);
  assert.equal(curve[0].y, 1);
  assert.ok(Math.abs(curve.find((point) => point.x === 3).y - 1 / (0.2 + 0.8 / 3)) < 1e-12);
  assert.ok(Math.abs(curve.at(-1).y - 2.5) < 1e-12);
  assert.ok(curve.every((point, i) => i === 0 || point.y > curve[i - 1].y), 'rises monotonically');
  assert.ok(Math.abs(predictionCurve(0.2, [2, 4], 3).at(-1).y - 1.5) < 1e-12, 'relative to the fewest');
});

test('serialFractionIsTheParamValueTheSeriesShares', () => {
  const at = (serial) => ({ params: { workers: '1', serial } });
  assert.equal(serialFractionOf([at('0.2'), at('0.2')], 'serial'), 0.2);
  assert.equal(serialFractionOf([at('0.0')], 'serial'), 0);
  assert.equal(serialFractionOf([at('1')], 'serial'), 1);
  assert.equal(serialFractionOf([at('0.2'), at('0.5')], 'serial'), null, 'points disagree');
  assert.equal(serialFractionOf([at('10')], 'serial'), null, 'a percentage is no fraction');
  assert.equal(serialFractionOf([at('-0.1')], 'serial'), null);
  assert.equal(serialFractionOf([at('half')], 'serial'), null);
  assert.equal(serialFractionOf([at('')], 'serial'), null);
  assert.equal(serialFractionOf([{ params: {} }], 'serial'), null);
  assert.equal(serialFractionOf([], 'serial'), null);
});

test('withinCoresKeepsTheCountsACoreEachCanRun', () => {
  const points = [1, 2, 4, 8].map((x) => ({ x, speedup: Math.min(x, 2) }));
  assert.deepEqual(withinCores(points, 2).map((point) => point.x), [1, 2]);
  assert.deepEqual(withinCores(points, 4).map((point) => point.x), [1, 2, 4]);
  assert.equal(withinCores(points, null), points, 'unknown cores');
  assert.equal(withinCores(points, 1), points, 'one count left is nothing to fit');
  // Fitted beyond the cores, a perfectly parallel job on 2 cores looks a quarter serial.
  assert.ok(fitAmdahl(points).serialFraction > 0.2);
  assert.equal(fitAmdahl(withinCores(points, 2)).serialFraction, 0);
});
