import { test } from 'node:test';
import assert from 'node:assert/strict';
import { verdictSentences } from '../src/verdict.js';
import { plain } from './load.js';

const KiB = 1024;
const MiB = 1024 * KiB;
const EPYC = [
  { level: 1, type: 'Data', bytes: 32 * KiB },
  { level: 1, type: 'Instruction', bytes: 32 * KiB },
  { level: 2, type: 'Unified', bytes: 1 * MiB },
  { level: 3, type: 'Unified', bytes: 32 * MiB },
];
const params = [{ name: 'workingSetKiB' }, { name: 'variant' }];
const rule = {
  rule: 'cache-levels',
  x: 'workingSetKiB',
  series: 'variant',
  xBytes: 1024,
  where: { variant: 'random-chase' },
  text: '{series}: {levels}; {last} cost {ratio}× {first}, the smallest step {stepFrom} → {stepTo} {step}×.',
  above: 1.5,
  otherwise: 'no step from {stepFrom} to {stepTo}: {step}×.',
};

function sweep(variant, scores) {
  return Object.entries(scores).map(([kib, score]) => ({
    benchmark: 'a.B.load',
    params: { workingSetKiB: kib, variant },
    score,
    scoreError: score * 0.01,
    scoreUnit: 'ns/op',
    secondary: {},
  }));
}

const say = (rules, results, environment) =>
  verdictSentences({ params, verdict: rules }, results, environment).map(({ text, expected }) => ({ text: plain(text), expected }));

const steps = sweep('random-chase', { 16: 1.4, 64: 2.5, 256: 3.9, 1024: 9, 4096: 15, 16384: 60, 65536: 180, 262144: 210 });
const flat = sweep('sequential-chase', { 16: 1.3, 64: 1.3, 256: 1.3, 1024: 1.3, 4096: 1.4, 16384: 1.4, 65536: 1.5, 262144: 1.5 });

test('cacheLevelsReadsEachLevelAtThePointFarthestInsideIt', () => {
  // L1d: 16 KiB; L2 (32 KiB–1 MiB]: 256 KiB; L3 (1–32 MiB]: 4 MiB; RAM: 256 MiB.
  assert.deepEqual(say([rule], [...steps, ...flat], { caches: EPYC }), [
    {
      text:
        'random-chase: L1d (16 KiB) 1.40 ns/op, L2 (256 KiB) 3.90 ns/op, L3 (4 MiB) 15.0 ns/op, RAM (256 MiB) 210 ns/op; ' +
        'RAM cost 150× L1d, the smallest step L1d → L2 2.8×.',
      expected: true,
    },
  ]);
});

test('cacheLevelsSaysSoWhenAStepDoesNotShow', () => {
  const noL3Step = steps.map((point) => (point.params.workingSetKiB === '4096' ? { ...point, score: 4.2 } : point));
  assert.deepEqual(say([rule], noL3Step, { caches: EPYC }), [{ text: 'no step from L2 to L3: 1.1×.', expected: false }]);
  const flatRule = { ...rule, where: { variant: 'sequential-chase' } };
  assert.deepEqual(say([flatRule], flat, { caches: EPYC }).map((sentence) => sentence.expected), [false]);
});

test('cacheLevelsUsesOnlyTheLevelsTheSweepReaches', () => {
  const inCaches = steps.filter((point) => Number(point.params.workingSetKiB) <= 16384);
  const [sentence] = say([rule], inCaches, { caches: EPYC });
  assert.match(sentence.text, /^random-chase: L1d \(16 KiB\) 1\.40 ns\/op, L2 \(256 KiB\) 3\.90 ns\/op, L3 \(4 MiB\) 15\.0 ns\/op; L3 cost/);
  const oneLevel = steps.filter((point) => Number(point.params.workingSetKiB) <= 16);
  assert.deepEqual(say([rule], oneLevel, { caches: EPYC }), []);
});

test('cacheLevelsWithoutRecordedCachesComparesTheEndsOfTheSweep', () => {
  assert.deepEqual(say([rule], steps, { cores: 2 }), [
    { text: 'random-chase: 16 KiB 1.40 ns/op, 256 MiB 210 ns/op; 256 MiB cost 150× 16 KiB, the smallest step 16 KiB → 256 MiB 150×.', expected: true },
  ]);
  assert.equal(say([rule], steps, null).length, 1);
});

test('whereKeepsOnlyThePointsWithThoseParamValues', () => {
  const everyVariant = { ...rule, where: undefined, above: undefined, text: '{series}: {ratio}×' };
  assert.deepEqual(say([everyVariant], [...steps, ...flat], { caches: EPYC }).map((sentence) => sentence.text), [
    'random-chase: 150×',
    'sequential-chase: 1.2×',
  ]);
  const compare = { rule: 'compare', param: 'variant', baseline: 'random-chase', other: 'sequential-chase', x: 'workingSetKiB', where: { workingSetKiB: '16' }, text: '{ratio}× at {at}' };
  assert.deepEqual(say([compare], [...steps, ...flat]).map((sentence) => sentence.text), ['1.1× at 16']);
});
