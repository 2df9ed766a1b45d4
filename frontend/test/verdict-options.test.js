import { test } from 'node:test';
import assert from 'node:assert/strict';
import { noVerdictReason, verdictSentences } from '../src/verdict.js';

const definition = {
  params: [{ name: 'access' }],
  jvmOptions: [
    { id: 'xint', args: ['-Xint'] },
    { id: 'c1-only', args: ['-XX:TieredStopAtLevel=1'] },
  ],
};
const results = [
  { benchmark: 'a.L.call', params: { access: 'field' }, score: 2, scoreError: 0.01, scoreUnit: 'ns/op' },
  { benchmark: 'a.L.call', params: { access: 'local' }, score: 1, scoreError: 0.01, scoreUnit: 'ns/op' },
];
const rule = (text, jvmOptions) => ({ rule: 'compare', param: 'access', baseline: 'field', other: 'local', text, jvmOptions });
const rules = [rule('always {ratio}'), rule('interpreted {ratio}', ['xint']), rule('compiled {ratio}', []), rule('both', ['xint', 'c1-only'])];
const say = (environment) => verdictSentences({ ...definition, verdict: rules }, results, environment).map((sentence) => sentence.text);
const environment = (jvmArgs) => ({ jvmArgs, cores: 2 });

test('aRuleWithJvmOptionsSpeaksOnlyForRunsWithExactlyThoseOptions', () => {
  assert.deepEqual(say(environment(['-Xms1g', '-Xmx1g'])), ['always 2.0', 'compiled 2.0']);
  assert.deepEqual(say(environment(['-Xms1g', '-Xmx1g', '-Xint'])), ['always 2.0', 'interpreted 2.0']);
  assert.deepEqual(say(environment(['-Xint', '-XX:TieredStopAtLevel=1'])), ['always 2.0', 'both']);
  assert.deepEqual(say(environment(['-XX:TieredStopAtLevel=1'])), ['always 2.0']);
});

test('withoutARecordedEnvironmentOnlyRulesWithoutJvmOptionsSpeak', () => {
  assert.deepEqual(say(null), ['always 2.0']);
  assert.deepEqual(say({ cores: 2 }), ['always 2.0']);
});

test('anOptionCountsOnlyWhenAllItsArgumentsWereGiven', () => {
  const twoArgs = { ...definition, jvmOptions: [{ id: 'pretouch-no-coops', args: ['-XX:+AlwaysPreTouch', '-XX:-UseCompressedOops'] }] };
  const only = [rule('with {ratio}', ['pretouch-no-coops']), rule('without', [])];
  const speak = (args) => verdictSentences({ ...twoArgs, verdict: only }, results, environment(args)).map((sentence) => sentence.text);
  assert.deepEqual(speak(['-XX:+AlwaysPreTouch']), ['without']);
  assert.deepEqual(speak(['-XX:-UseCompressedOops', '-XX:+AlwaysPreTouch']), ['with 2.0']);
});

test('aRunNoRuleSpeaksForIsToldWhy', () => {
  const labelled = {
    ...definition,
    jvmOptions: [
      { id: 'xint', label: 'Interpreter only (-Xint)', args: ['-Xint'] },
      { id: 'c1-only', label: 'C1 only', args: ['-XX:TieredStopAtLevel=1'] },
    ],
    verdict: [rule('compiled', []), rule('interpreted', ['xint'])],
  };
  assert.equal(
    noVerdictReason(labelled, environment(['-XX:TieredStopAtLevel=1'])),
    "This experiment's verdicts speak for runs with no JVM option or with Interpreter only (-Xint): this run's JVM " +
      'options change what the lesson expects, so no verdict is drawn. The table and charts hold its measurements.',
  );
  assert.equal(noVerdictReason(labelled, environment(['-Xint'])), null);
  assert.equal(noVerdictReason(labelled, null), null);
  assert.equal(noVerdictReason({ ...labelled, verdict: [rule('always')] }, environment(['-XX:TieredStopAtLevel=1'])), null);
});
