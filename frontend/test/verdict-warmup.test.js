import { test } from 'node:test';
import assert from 'node:assert/strict';
import { verdictSentences } from '../src/verdict.js';
import { fromEvents } from '../src/run-state.js';
import { plain } from './load.js';

const BENCHMARK = 'x.JitTiers.pass';

function pointEvents(params, forks, measuredScore) {
  const iteration = (fork, phase, number, score) => ({
    type: 'iteration',
    data: { benchmark: BENCHMARK, params, fork, phase, iteration: number, iterations: 2, score, scoreUnit: 'ms/op', secondary: {} },
  });
  return [
    ...forks.flatMap((scores, at) => [
      iteration(at + 1, 'warmup', 1, scores[0]),
      iteration(at + 1, 'warmup', 2, scores[1]),
      iteration(at + 1, 'measurement', 1, measuredScore),
    ]),
    { type: 'result', data: { benchmark: BENCHMARK, params, score: measuredScore, scoreError: null, scoreUnit: 'ms/op', samples: 1, secondary: {} } },
  ];
}

const definition = {
  params: [{ name: 'tier' }, { name: 'kernel' }],
  verdict: [
    {
      rule: 'warmup',
      where: { tier: 'tiered' },
      text: 'Cold {point}: first {first}, measured {measured}, {ratio}× ({tier}, {kernel}).',
      above: 1.5,
      otherwise: 'No warm-up for {point}: {ratio}×.',
    },
  ],
};

function sentences(...points) {
  const state = fromEvents(definition, points.flat().map((event, at) => ({ ...event, id: at + 1 })));
  return verdictSentences(definition, state.results, null, state.iterations);
}

test('warmupSetsEachPointsFirstIterationAgainstItsMeasuredScore', () => {
  const said = sentences(
    pointEvents({ tier: 'tiered', kernel: 'objects' }, [[80, 20]], 8),
    pointEvents({ tier: 'interpreter', kernel: 'objects' }, [[300, 310]], 300),
  );
  assert.deepEqual(said.map((s) => ({ ...s, text: plain(s.text) })), [{ text: 'Cold pass: first 80.0 ms/op, measured 8.00 ms/op, 10× (tiered, objects).', expected: true }]);
});

test('warmupAveragesTheFirstIterationsOfSeveralForksAndSaysOtherwiseWithoutAWarmUp', () => {
  const [said] = sentences(pointEvents({ tier: 'tiered', kernel: 'objects' }, [[10, 9], [12, 9]], 10));
  assert.equal(said.expected, false);
  assert.equal(plain(said.text), 'No warm-up for pass: 1.1×.');
});

test('warmupSaysNothingWithoutIterations', () => {
  const state = fromEvents(definition, pointEvents({ tier: 'tiered', kernel: 'objects' }, [[80, 20]], 8).map((event, at) => ({ ...event, id: at + 1 })));
  assert.deepEqual(verdictSentences(definition, state.results, null), []);
});
