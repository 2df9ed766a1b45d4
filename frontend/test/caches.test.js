import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cacheMarks, cacheName, depthIn, formatCaches, levelOf, memoryLevels } from '../src/caches.js';
import { cacheMarker, cacheMarksOn, cacheMarksText, placeMarks, topWithRoomForLabels } from '../src/chart-caches.js';
import { sizeSweepCharts } from '../src/charts.js';
import { formatBinarySize } from '../src/format.js';
import { plain, stateWithResults } from './load.js';

const KiB = 1024;
const MiB = 1024 * KiB;
// As /sys lists them on the AMD EPYC this lab was written on, in the OS's order.
const EPYC = [
  { level: 1, type: 'Data', bytes: 32 * KiB },
  { level: 1, type: 'Instruction', bytes: 32 * KiB },
  { level: 2, type: 'Unified', bytes: 1 * MiB },
  { level: 3, type: 'Unified', bytes: 32 * MiB },
];

test('namesCachesByLevelAndWhatTheyHold', () => {
  assert.deepEqual(EPYC.map(cacheName), ['L1d', 'L1i', 'L2', 'L3']);
  assert.equal(plain(formatCaches(EPYC)), 'L1d 32 KiB, L2 1 MiB, L3 32 MiB');
  assert.equal(formatCaches(null), 'not recorded');
  assert.equal(formatCaches([]), 'not reported by the OS');
});

test('formatsBinarySizesExactly', () => {
  assert.deepEqual([32 * KiB, MiB, 1.25 * MiB, 48 * KiB, 512, 262144 * KiB].map(formatBinarySize).map(plain), [
    '32 KiB',
    '1 MiB',
    '1.25 MiB',
    '48 KiB',
    '512 B',
    '256 MiB',
  ]);
});

test('marksEveryDataCacheAtItsSizeInTheUnitsOfX', () => {
  const inKiB = cacheMarks(EPYC, KiB);
  assert.deepEqual(inKiB.map((mark) => mark.x), [32, 1024, 32768]);
  assert.deepEqual(inKiB.map((mark) => plain(mark.label)), ['L1d 32 KiB', 'L2 1 MiB', 'L3 32 MiB']);
  assert.deepEqual(cacheMarks(EPYC).map((mark) => mark.x), [32 * KiB, MiB, 32 * MiB]);
  assert.deepEqual(cacheMarks([...EPYC].reverse(), MiB).map((mark) => mark.x), [1 / 32, 1, 32]);
  assert.deepEqual(cacheMarks(null, KiB), []);
});

test('levelsRunFromEachCacheToTheNextThenRam', () => {
  const levels = memoryLevels(EPYC);
  assert.deepEqual(levels.map((level) => level.name), ['L1d', 'L2', 'L3', 'RAM']);
  assert.equal(levelOf(levels, 32 * KiB).name, 'L1d');
  assert.equal(levelOf(levels, 32 * KiB + 1).name, 'L2');
  assert.equal(levelOf(levels, 32 * MiB).name, 'L3');
  assert.equal(levelOf(levels, 256 * MiB).name, 'RAM');
  assert.deepEqual(memoryLevels([]), []);
  // 256 KiB is 8× above L1d and 4× below L2: two factors of two deep; 1 MiB sits on L2's edge.
  assert.equal(depthIn(levels[1], 256 * KiB), 2);
  assert.equal(depthIn(levels[1], MiB), 0);
  assert.equal(depthIn(levels[0], 4 * KiB), 3);
  assert.equal(depthIn(levels[3], 256 * MiB), 3);
});

// ---- on the size-sweep chart ----------------------------------------------------------------------

const definition = { params: [{ name: 'workingSetKiB', label: 'Working set (KiB)' }, { name: 'variant' }] };
const chartDef = { kind: 'size-sweep', x: 'workingSetKiB', series: 'variant', xBytes: 1024, markCaches: true };
const sizes = [16, 256, 4096, 65536, 262144];
const sweepResults = sizes.map((kib, index) => ({
  benchmark: 'a.B.load',
  params: { workingSetKiB: String(kib), variant: 'random-chase' },
  score: [1.4, 3.9, 15, 150, 210][index],
  scoreError: 0.1,
  scoreUnit: 'ns/op',
  secondary: {},
}));
const environment = { cores: 2, caches: EPYC };

test('sizeSweepLabelsItsAxisInBytesAndMarksTheCachesInside', () => {
  const [figure] = sizeSweepCharts(stateWithResults(definition, sweepResults, environment), chartDef);
  const { x } = figure.config.options.scales;
  assert.deepEqual(sizes.map((kib) => plain(x.ticks.callback(kib))), ['16 KiB', '256 KiB', '4 MiB', '64 MiB', '256 MiB']);
  const { marks } = figure.config.options.plugins.cacheMarker;
  assert.deepEqual(marks.map((mark) => [mark.x, plain(mark.label), mark.ramBeyond]), [
    [32, 'L1d 32 KiB', false],
    [1024, 'L2 1 MiB', false],
    [32768, 'L3 32 MiB', true],
  ]);
  assert.deepEqual(figure.config.plugins, [cacheMarker]);
  // The highest interval ends at 210.1 ns: the axis goes up to four times that, room for the labels.
  assert.equal(figure.config.options.scales.y.max, 210.1 * 4);
  assert.match(plain(figure.caption), /Dotted lines: this machine's caches, L1d 32 KiB, L2 1 MiB, L3 32 MiB; working sets beyond the last live in RAM\./);
  const tooltip = figure.config.options.plugins.tooltip.callbacks.label({ dataset: { label: 'random-chase' }, raw: { x: 4096, y: 15 } });
  assert.match(plain(tooltip), /at workingSetKiB = 4 096 \(4 MiB\)$/);
});

test('marksEachCacheAtTheSideOfASquareGridWhoseCellsFillIt', () => {
  // Two grids of doubles, 16 bytes a cell, side² cells: L2 (1 MiB) holds side 256, L3 (32 MiB) side 1448.
  const marks = cacheMarks(EPYC, 16, 2);
  assert.deepEqual(marks.map((mark) => Math.round(mark.x)), [45, 256, 1448]);
  assert.equal(marks[1].x, 256);
});

test('sizeSweepOfASquareGridKeepsItsSideOnTheAxisAndMarksTheCachesBySide', () => {
  const sides = [128, 512, 2048];
  const grid = sides.map((side, index) => ({
    benchmark: 'a.B.run',
    params: { side: String(side), variant: 'flat' },
    score: [1, 2, 8][index],
    scoreError: 0.1,
    scoreUnit: 'ns/op',
    secondary: {},
  }));
  const squares = { params: [{ name: 'side' }, { name: 'variant' }] };
  const [figure] = sizeSweepCharts(stateWithResults(squares, grid, environment), {
    kind: 'size-sweep', x: 'side', series: 'variant', xBytes: 16, xPower: 2, markCaches: true,
  });
  assert.equal(plain(figure.config.options.scales.x.ticks.callback(512)), '512');
  const { marks } = figure.config.options.plugins.cacheMarker;
  assert.deepEqual(marks.map((mark) => [Math.round(mark.x), plain(mark.label), mark.ramBeyond]), [
    [256, 'L2 1 MiB', false],
    [1448, 'L3 32 MiB', true],
  ]);
  const tooltip = figure.config.options.plugins.tooltip.callbacks.label({ dataset: { label: 'flat' }, raw: { x: 2048, y: 8 } });
  assert.match(plain(tooltip), /at side = 2 048 \(64 MiB\)$/);
});

test('sizeSweepLeavesOutMarksBeyondTheMeasuredSizes', () => {
  const small = sweepResults.slice(0, 2);
  const [figure] = sizeSweepCharts(stateWithResults(definition, small, environment), chartDef);
  assert.deepEqual(figure.config.options.plugins.cacheMarker.marks.map((mark) => mark.x), [32]);
  assert.doesNotMatch(figure.caption, /RAM/);
});

test('sizeSweepSaysWhenTheRunRecordedNoCaches', () => {
  const [figure] = sizeSweepCharts(stateWithResults(definition, sweepResults, { cores: 2 }), chartDef);
  assert.deepEqual(figure.config.options.plugins.cacheMarker.marks, []);
  assert.match(figure.caption, /recorded no cache sizes/);
  const [unmarked] = sizeSweepCharts(stateWithResults(definition, sweepResults, environment), { ...chartDef, markCaches: false, xBytes: null });
  assert.equal(unmarked.config.plugins, undefined);
  assert.equal(unmarked.config.options.scales.y.max, undefined);
  assert.equal(plain(unmarked.config.options.scales.x.ticks.callback(4096)), '4 096');
});

test('cacheMarkerDrawsEachLineAtItsPixelOnTheLogScale', () => {
  // A log x scale from 10 to 1 000 000 across 500 pixels, starting at pixel 50.
  const scale = { min: 10, max: 1e6, getPixelForValue: (value) => 50 + (100 * Math.log10(value / 10)) };
  const marks = cacheMarksOn(EPYC, KiB, scale);
  const placed = placeMarks(marks, scale);
  assert.deepEqual(placed.map((mark) => Math.round(mark.pixel)), [50 + 51, 50 + 201, 50 + 352]);
  assert.deepEqual(placed.at(-1).lines.map(plain), ['L3 32 MiB', 'RAM beyond →']);

  const drawn = { moves: [], texts: [] };
  const ctx = {
    save() {},
    restore() {},
    setLineDash() {},
    beginPath() {},
    stroke() {},
    lineTo() {},
    moveTo(x, y) {
      drawn.moves.push([Math.round(x), y]);
    },
    fillText(text, x) {
      drawn.texts.push([plain(text), Math.round(x)]);
    },
  };
  cacheMarker.afterDatasetsDraw({ scales: { x: scale }, chartArea: { top: 20, bottom: 300 }, ctx }, {}, { marks });
  assert.deepEqual(drawn.moves, [[101, 20], [251, 20], [402, 20]]);
  assert.deepEqual(drawn.texts, [['L1d 32 KiB', 105], ['L2 1 MiB', 255], ['L3 32 MiB', 406], ['RAM beyond →', 406]]);
});

test('roomForLabelsIsFourTimesTheHighestValue', () => {
  assert.equal(topWithRoomForLabels([1.4, 264, 539]), 2156);
  assert.equal(topWithRoomForLabels([0.05, Number.NaN, 0.3]), 1.2);
  assert.equal(topWithRoomForLabels([]), undefined);
});

test('cacheMarksTextSaysWhyThereAreNone', () => {
  assert.match(cacheMarksText(EPYC, []), /No cache size/);
  assert.match(cacheMarksText(null, []), /recorded no cache sizes/);
});
