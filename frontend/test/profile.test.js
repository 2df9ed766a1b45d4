import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  MIN_CELL_WIDTH,
  allocationColumns,
  allocationRows,
  flameCells,
  frameColour,
  gcSentences,
  lineRows,
  methodRows,
  ownMethods,
  recordingSummary,
  stackTree,
} from '../src/profile.js';
import { fromEvents } from '../src/run-state.js';
import { events, plain } from './load.js';

const params = [{ name: 'workers' }, { name: 'samples' }, { name: 'variant' }];
const run = fromEvents({ params }, events('pi-jfr.events.ndjson'));
const profile = run.profiles[0];

test('a jfr run keeps one profile per point, keyed like its result', () => {
  assert.equal(run.profiles.length, 4);
  assert.deepEqual(
    run.profiles.map((p) => p.key),
    run.results.map((r) => r.key),
  );
});

test('hot methods by self put the sampled top frame first, with shares of all samples', () => {
  const rows = methodRows(profile, 'self');
  assert.ok(rows[0].self >= rows[1].self);
  assert.ok(rows.every((row) => row.selfShare <= row.totalShare && row.totalShare <= 1));
  assert.ok(rows.some((row) => row.method === 'PiEstimator.countHits' && row.own));
  assert.ok(rows.some((row) => row.method === 'Random.nextDouble' && !row.own));
});

test('hot methods by total put the frames every sample passes through first', () => {
  const rows = methodRows(profile, 'total');
  assert.equal(rows[0].total, Math.max(...rows.map((row) => row.total)));
  assert.deepEqual([...ownMethods(profile)].sort(), [
    'PiEstimator$$Lambda.call',
    'PiEstimator.countHits',
    'PiEstimator.lambda$estimate$0',
  ]);
});

test('hot lines name Class.method:line with their share', () => {
  const rows = lineRows(profile);
  assert.match(rows[0].line, /^[\w$]+\.[\w$]+:\d+$/);
  assert.ok(rows.reduce((sum, row) => sum + row.share, 0) <= 1 + 1e-9);
});

test('the stack tree counts every sample once at its root', () => {
  const tree = stackTree(profile.stacks);
  assert.equal(tree.samples, profile.samples);
  const childSamples = [...tree.children.values()].reduce((sum, child) => sum + child.samples, 0);
  assert.equal(childSamples, profile.samples);
});

test('flame cells nest inside their parents and leave out slivers', () => {
  const stacks = [
    { frames: ['main', 'work', 'hot'], samples: 900 },
    { frames: ['main', 'work', 'cold'], samples: 99 },
    { frames: ['main', 'tiny'], samples: 1 },
  ];
  const cells = flameCells(stackTree(stacks));
  const byName = Object.fromEntries(cells.map((cell) => [cell.name, cell]));
  assert.deepEqual(byName.all, { name: 'all', depth: 0, path: [], x: 0, width: 1, samples: 1000, share: 1 });
  assert.equal(byName.work.width, 0.999);
  assert.equal(byName.hot.x, 0);
  assert.equal(byName.hot.width, 0.9);
  assert.ok(Math.abs(byName.cold.x - 0.9) < 1e-12);
  assert.equal(byName.cold.depth, 3);
  assert.equal(byName.tiny, undefined, `cells narrower than ${MIN_CELL_WIDTH} are left out`);
});

test('zooming into a frame spreads it over the full width under its ancestors', () => {
  const stacks = [
    { frames: ['main', 'work', 'hot'], samples: 900 },
    { frames: ['main', 'work', 'cold'], samples: 100 },
    { frames: ['main', 'other'], samples: 1000 },
  ];
  const cells = flameCells(stackTree(stacks), ['main', 'work']);
  const byName = Object.fromEntries(cells.map((cell) => [cell.name, cell]));
  assert.equal(byName.work.width, 1);
  assert.equal(byName.work.share, 0.5);
  assert.equal(byName.hot.width, 0.9);
  assert.equal(byName.other, undefined);
  assert.deepEqual(byName.hot.path, ['main', 'work', 'hot']);
});

test('allocation shares are of all allocated bytes', () => {
  const rows = allocationRows({ allocatedBytes: 1000, allocations: [{ className: 'long[]', bytes: 600 }] });
  assert.deepEqual(rows, [{ className: 'long[]', bytes: 600, share: 0.6 }]);
  assert.deepEqual(allocationRows(profile), []);
});

test('garbage collection reads as sentences, or says none ran', () => {
  assert.match(plain(gcSentences(profile)[0]), /^No garbage collection ran during the .* s recorded\.$/);
  const sentences = gcSentences({
    seconds: 2,
    gcPauses: [{ collector: 'G1New', collections: 3, totalMillis: 20, longestMillis: 9 }],
  });
  assert.equal(plain(sentences[0]), 'G1New ran 3 times: 20.0 ms of pauses in all (1 % of the time recorded), the longest 9.00 ms.');
});

test('the summary says what was recorded', () => {
  assert.match(plain(recordingSummary(profile)), /^\d+ execution samples over [\d.]+ s of measurement in 1 fork; 0 B allocated/);
});

test('a frame keeps its colour', () => {
  assert.equal(frameColour('Random.next', 6), frameColour('Random.next', 6));
  assert.ok(frameColour('Random.next', 6) < 6);
});

test('the gc profiler adds bytes per operation and the allocation rate beside the score', () => {
  const results = [
    { secondary: { 'gc.alloc.rate.norm': { score: 2048, scoreUnit: 'B/op' }, 'gc.alloc.rate': { score: 512.3, scoreUnit: 'MB/sec' } } },
    { secondary: {} },
  ];
  const columns = allocationColumns(results);
  assert.deepEqual(
    columns.map((column) => column.label),
    ['allocated per op', 'allocation rate'],
  );
  assert.equal(plain(columns[0].value(results[0])), '2.00 KiB');
  assert.equal(columns[1].value(results[0]), '512 MB/s');
  assert.equal(columns[1].value(results[1]), '—');
  assert.deepEqual(allocationColumns([{ secondary: {} }]), []);
  const nothing = [{ secondary: { 'gc.alloc.rate.norm': { score: 0.0001493461435358483, scoreUnit: 'B/op' } } }];
  assert.equal(plain(allocationColumns(nothing)[0].value(nothing[0])), '0.000149 B');
});
