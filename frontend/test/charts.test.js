import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import {
  PALETTE,
  chartConfigsFor,
  coreCountMarker,
  liveChartConfig,
  pointLabel,
  seriesColour,
  varyingNames,
  workerCountCharts,
} from '../src/charts.js';
import { fromEvents } from '../src/run-state.js';
import { plain } from './load.js';

const events = (name) =>
  readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8').trim().split('\n').map((line) => JSON.parse(line));

const workerCount = { kind: 'worker-count', x: 'workers', series: 'variant' };
const definition = {
  params: [{ name: 'workers', label: 'Workers' }, { name: 'samples' }, { name: 'variant' }],
  charts: [workerCount],
};
const finished = fromEvents(definition, events('pi-smoke.events.ndjson'));
const [time, speedup] = workerCountCharts(finished, workerCount, 2);
const byLabel = (config, label) => config.data.datasets.find((dataset) => dataset.label === label);

function result(params, score, scoreError = null, scoreUnit = 'ms/op') {
  return { benchmark: 'a.B.m', params, score, scoreError, scoreUnit };
}

test('liveChartHasOneDatasetPerPointAndEveryIteration', () => {
  const config = liveChartConfig(finished);
  const labels = config.data.datasets.map((dataset) => dataset.label);
  assert.deepEqual(labels, [
    'workers=1 · thread-local-random',
    'workers=2 · thread-local-random',
    'workers=1 · shared-random',
    'workers=2 · shared-random',
  ]);
  const xs = config.data.datasets.flatMap((dataset) => dataset.data.map((point) => point.x));
  assert.deepEqual(xs, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
});

test('liveChartNamesALoneSeriesByItsParamsNotItsMethod', () => {
  // Cancelled during the first point of a sweep: one series, nothing varies yet.
  const firstPoint = events('pi-smoke.events.ndjson').filter((event) => event.id <= 7);
  const cancelled = fromEvents(definition, [...firstPoint, { id: 8, type: 'cancelled', data: { status: 'CANCELLED' } }]);
  const [only, ...none] = liveChartConfig(cancelled).data.datasets;
  assert.deepEqual(none, []);
  assert.equal(only.label, 'workers=1 · samples=1000000 · thread-local-random');
});

test('liveChartKeepsThirteenSeriesApartByColourOrLine', () => {
  const iterations = Array.from({ length: 13 }, (_, at) => ({
    id: at + 1,
    type: 'iteration',
    data: { benchmark: 'a.B.m', params: { n: String(at + 1) }, fork: 1, phase: 'measurement', iteration: 1, score: at + 1, scoreUnit: 'ms/op' },
  }));
  const datasets = liveChartConfig(fromEvents({ params: [{ name: 'n' }] }, iterations)).data.datasets;
  const looks = datasets.map((dataset) => `${dataset.borderColor} ${JSON.stringify(dataset.borderDash)}`);
  assert.equal(new Set(looks).size, 13);
  assert.equal(new Set(datasets.slice(0, 12).map((dataset) => dataset.borderColor)).size, 12);
});

test('liveChartDrawsWarmupPointsHollow', () => {
  const [first] = liveChartConfig(finished).data.datasets;
  assert.deepEqual(first.data.map((point) => point.phase), ['warmup', 'measurement', 'measurement']);
  assert.equal(first.pointBackgroundColor[0], 'transparent');
  assert.equal(first.pointBackgroundColor[1], first.borderColor);
});

test('liveChartTitlesTheScoreAxisWithTheUnit', () => {
  const config = liveChartConfig(finished);
  assert.equal(config.options.scales.y.title.text, 'score (ms/op)');
  assert.equal(config.options.scales.x.type, 'linear');
});

test('liveChartOfAFreshRunIsEmpty', () => {
  const config = liveChartConfig(fromEvents(definition, []));
  assert.deepEqual(config.data.datasets, []);
});

test('timeChartHasOneSeriesPerVariantOverMeasuredWorkers', () => {
  assert.equal(time.config.type, 'scatterWithErrorBars');
  assert.deepEqual(time.config.data.datasets.map((dataset) => dataset.label), ['thread-local-random', 'shared-random']);
  for (const dataset of time.config.data.datasets) {
    assert.deepEqual(dataset.data.map((point) => point.x), [1, 2]);
  }
  assert.equal(byLabel(time.config, 'shared-random').data[1].y, 48.85295466666666);
});

test('timeChartTicksSitOnlyAtMeasuredWorkerCounts', () => {
  const scale = { ticks: [] };
  time.config.options.scales.x.afterBuildTicks(scale);
  assert.deepEqual(scale.ticks.map((tick) => tick.value), [1, 2]);
  assert.equal(time.config.options.scales.x.title.text, 'workers');
});

test('pointsWithoutErrorGetNoErrorBars', () => {
  const point = byLabel(time.config, 'thread-local-random').data[0];
  assert.deepEqual(Object.keys(point).sort(), ['x', 'y']);
  assert.equal(byLabel(time.config, 'thread-local-random').errorBarWhiskerSize, 0);
  assert.match(time.caption, /No error bars/);
});

test('errorBarsSpanScoreMinusAndPlusError', () => {
  const results = [result({ workers: '1' }, 10, 2), result({ workers: '4' }, 3, 0.5)];
  const [chart] = workerCountCharts(results, { kind: 'worker-count', x: 'workers', series: 'variant' }, 4);
  assert.deepEqual(chart.config.data.datasets[0].data, [
    { x: 1, y: 10, yMin: 8, yMax: 12 },
    { x: 4, y: 3, yMin: 2.5, yMax: 3.5 },
  ]);
  assert.ok(chart.config.data.datasets[0].errorBarLineWidth > 0);
});

test('anIntervalReachingBelowZeroDoesNotStretchTheAxisBelowZero', () => {
  const results = [result({ workers: '1' }, 16.4, 5.3), result({ workers: '2' }, 52.1, 402)];
  const [chart, speed] = workerCountCharts(results, workerCount, 2);
  assert.equal(chart.config.data.datasets[0].data[1].yMin, 52.1 - 402);
  assert.equal(chart.config.options.scales.y.min, 0);
  assert.equal(speed.config.options.scales.y.min, 0);
});

test('speedupStartsAtOneAgainstTheIdealLine', () => {
  for (const label of ['thread-local-random', 'shared-random']) {
    assert.equal(byLabel(speedup.config, label).data[0].y, 1);
  }
  assert.deepEqual(byLabel(speedup.config, 'ideal').data.map((point) => point.y), [1, 2]);
  assert.ok(byLabel(speedup.config, 'ideal').borderDash.length > 0);
});

test('sharedRandomSlowsDownWithTwoWorkersInTheFixture', () => {
  const sharedAtTwo = byLabel(speedup.config, 'shared-random').data[1];
  assert.equal(sharedAtTwo.x, 2);
  assert.ok(sharedAtTwo.y < 1, `speedup ${sharedAtTwo.y}`);
  assert.ok(byLabel(speedup.config, 'thread-local-random').data[1].y > 1.5);
});

test('speedupChartNamesAndMarksTheCoreCount', () => {
  assert.match(speedup.config.options.plugins.title.text, /\(2 cores\)/);
  assert.equal(speedup.config.options.plugins.coreCountMarker.cores, 2);
  assert.ok(speedup.config.plugins.includes(coreCountMarker));
});

test('speedupOfAThroughputIsScoreOverBaseScore', () => {
  const results = [result({ workers: '1' }, 100, null, 'ops/ms'), result({ workers: '2' }, 150, null, 'ops/ms')];
  const [, chart] = workerCountCharts(results, workerCount, 2);
  assert.deepEqual(chart.config.data.datasets[0].data.map((point) => point.y), [1, 1.5]);
});

test('otherVaryingParamsSplitSeriesInsteadOfMerging', () => {
  const results = [
    result({ workers: '1', variant: 'a', samples: '10' }, 1),
    result({ workers: '2', variant: 'a', samples: '10' }, 2),
    result({ workers: '1', variant: 'a', samples: '20' }, 3),
    result({ workers: '2', variant: 'a', samples: '20' }, 4),
  ];
  const [chart] = workerCountCharts(results, workerCount, 2);
  assert.deepEqual(chart.config.data.datasets.map((dataset) => dataset.label), ['a · samples=10', 'a · samples=20']);
  assert.deepEqual(chart.config.data.datasets[1].data.map((point) => point.y), [3, 4]);
});

test('runResourceResultsWithUnitWork', () => {
  const results = [
    { params: { workers: '2', variant: 'v' }, score: 5, scoreError: 1, unit: 'ms/op' },
    { params: { workers: '1', variant: 'v' }, score: 10, scoreError: null, unit: 'ms/op' },
  ];
  const [chart, speed] = workerCountCharts(results, workerCount, 2);
  assert.equal(chart.config.options.scales.y.title.text, 'score (ms/op)');
  assert.deepEqual(speed.config.data.datasets[0].data, [{ x: 1, y: 1 }, { x: 2, y: 2 }]);
});

test('speedupChartFitsAmdahlPerSeriesDashedInTheSeriesColour', () => {
  const fit = byLabel(speedup.config, 'thread-local-random: Amdahl fit');
  const measured = byLabel(speedup.config, 'thread-local-random');
  assert.equal(fit.borderColor, measured.borderColor);
  assert.ok(fit.borderDash.length > 0);
  assert.equal(fit.pointRadius, 0);
  assert.equal(fit.data[0].y, 1);
  // With one point beyond the base, the fitted curve passes through it.
  assert.ok(Math.abs(fit.data.at(-1).y - measured.data[1].y) < 1e-9);
  assert.match(plain(speedup.caption), /thread-local-random: serial fraction ≈ 17 % \(the fit rests on one point\)/);
});

test('aSlowdownGetsNoFitButAWordOnContention', () => {
  assert.equal(byLabel(speedup.config, 'shared-random: Amdahl fit'), undefined);
  assert.match(speedup.caption, /shared-random: slower with more workers \(0\.53× at 2\)/);
  assert.match(speedup.caption, /Amdahl's law cannot explain a slowdown/);
  assert.doesNotMatch(speedup.caption, /shared-random: serial fraction/);
});

test('exactAmdahlResultsShowTheirSerialFraction', () => {
  // s = 0.25: T(n) = 100 · (0.25 + 0.75 / n).
  const results = [1, 2, 4].map((n) => result({ workers: String(n), variant: 'v' }, 100 * (0.25 + 0.75 / n)));
  const [, chart] = workerCountCharts(results, workerCount, 4);
  assert.match(plain(chart.caption), /v: serial fraction ≈ 25 %\./);
  assert.doesNotMatch(chart.caption, /rests on one point/);
  const fit = byLabel(chart.config, 'v: Amdahl fit');
  assert.ok(Math.abs(fit.data.at(-1).y - 100 / 43.75) < 1e-9);
});

test('aFitFromMoreThanOneWorkerSaysWhatItIsAFractionOf', () => {
  const results = [2, 4].map((n) => result({ workers: String(n), variant: 'v' }, 100 / n));
  const [, chart] = workerCountCharts(results, workerCount, 4);
  assert.match(plain(chart.caption), /serial fraction ≈ 0 % of the time at 2 workers/);
});

test('resultsWithoutANumericXAreLeftOut', () => {
  assert.deepEqual(workerCountCharts([result({ variant: 'a' }, 1)], workerCount, 2), []);
  assert.deepEqual(workerCountCharts([result({ workers: 'many' }, 1)], workerCount, 2), []);
});

test('chartConfigsForDispatchesOnKindFromTheDefinition', () => {
  const figures = chartConfigsFor(definition, finished, 2);
  assert.deepEqual(figures.map((figure) => figure.key), ['0-worker-count-time', '0-worker-count-speedup', '0-worker-count-efficiency']);
  assert.equal(figures[0].config.options.scales.x.title.text, 'Workers');
  assert.ok(figures.every((figure) => figure.caption.length > 20));
});

test('unknownChartKindsGiveNothing', () => {
  const strange = { ...definition, charts: [{ kind: 'flame-graph' }, { kind: 'constructor' }, workerCount] };
  const figures = chartConfigsFor(strange, finished, 2);
  assert.deepEqual(figures.map((figure) => figure.key), ['2-worker-count-time', '2-worker-count-speedup', '2-worker-count-efficiency']);
  assert.deepEqual(chartConfigsFor({ charts: [{ kind: 'chunk-size' }] }, finished, 2), []);
  assert.deepEqual(chartConfigsFor({}, finished, 2), []);
});

test('noResultsYetGivesNoFigures', () => {
  const running = fromEvents(definition, events('pi-failed.events.ndjson'));
  assert.deepEqual(chartConfigsFor(definition, running, 2), []);
});

test('coreCountMarkerDrawsOnlyInsideTheAxis', () => {
  const calls = [];
  const ctx = new Proxy({}, { get: (target, name) => (name in target ? target[name] : (...args) => calls.push([name, ...args])) });
  const chart = {
    ctx,
    chartArea: { top: 10, bottom: 110 },
    scales: { x: { min: 0.5, max: 2.5, getPixelForValue: (value) => value * 100 } },
  };
  coreCountMarker.afterDatasetsDraw(chart, {}, { cores: 2, color: '#888' });
  assert.deepEqual(calls.find(([name]) => name === 'moveTo'), ['moveTo', 200, 10]);
  calls.length = 0;
  coreCountMarker.afterDatasetsDraw(chart, {}, { cores: 8, color: '#888' });
  assert.equal(calls.length, 0);
});

test('labelsShowNumbersWithTheirNameAndChoicesAlone', () => {
  const point = { benchmark: 'a.B.m', params: { workers: '2', variant: 'shared-random' } };
  assert.equal(pointLabel(point, ['workers', 'variant']), 'workers=2 · shared-random');
  assert.equal(pointLabel(point, []), 'm');
});

test('labelsLeaveOutParamsAPointDoesNotHave', () => {
  const points = [
    { benchmark: 'a.B.build', params: { size: '10' } },
    { benchmark: 'a.B.build', params: { size: '20' } },
    { benchmark: 'a.B.sum', params: { method: 'loop' } },
    { benchmark: 'a.B.sum', params: { method: 'stream' } },
  ];
  const names = varyingNames(points);
  assert.deepEqual(points.map((point) => pointLabel(point, names)), ['build · size=10', 'build · size=20', 'sum · loop', 'sum · stream']);
});

test('severalBenchmarksAreToldApartByMethodName', () => {
  const points = [
    { benchmark: 'a.B.slow', params: { n: '1' } },
    { benchmark: 'a.B.fast', params: { n: '1' } },
  ];
  const names = varyingNames(points);
  assert.deepEqual(points.map((point) => pointLabel(point, names)), ['slow', 'fast']);
});

test('paletteColoursAreDistinct', () => {
  assert.equal(new Set(PALETTE).size, PALETTE.length);
  assert.ok(PALETTE.length >= 6);
});

// Distinct strings are not enough: two blues side by side read as one series. Mid-tones closer than
// about 20 in CIE76 ΔE read as one hue at a glance; the palette's closest pairs are 24 apart.
test('aDozenSeriesGetColoursAReaderCanTellApart', () => {
  const colours = Array.from({ length: 12 }, (_, index) => seriesColour(index));
  for (const [at, colour] of colours.entries()) {
    for (const other of colours.slice(at + 1)) {
      assert.ok(deltaE(colour, other) >= 20, `${colour} and ${other} are ${deltaE(colour, other).toFixed(1)} apart`);
    }
  }
});

function deltaE(a, b) {
  const [p, q] = [lab(a), lab(b)];
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

// sRGB hex → CIELAB under D65.
function lab(hex) {
  const [r, g, b] = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  const f = (t) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const [x, y, z] = [(0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047, 0.2126 * r + 0.7152 * g + 0.0722 * b, (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883].map(f);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}

test('sourceNamesNoExperiment', () => {
  const src = new URL('../src/', import.meta.url);
  for (const file of readdirSync(src)) {
    const text = readFileSync(new URL(file, src), 'utf8');
    assert.doesNotMatch(text, /\bch\d{2}[._-]|PiMonteCarlo|monte-carlo/i, file);
  }
});

// ---- Amdahl's prediction (amdahlParam) ---------------------------------------------------------

const byPlainLabel = (config, label) => config.data.datasets.find((dataset) => plain(dataset.label) === label);
const amdahlChart = { kind: 'worker-count', x: 'workers', series: 'serial', amdahlParam: 'serial' };
// Measured on a 2-core machine: s = 0 doubles on 2 workers and stays there on 4.
const amdahlResults = [
  result({ workers: '1', serial: '0.0' }, 100),
  result({ workers: '2', serial: '0.0' }, 50),
  result({ workers: '4', serial: '0.0' }, 50),
  result({ workers: '1', serial: '0.5' }, 100),
  result({ workers: '2', serial: '0.5' }, 75),
  result({ workers: '4', serial: '0.5' }, 75),
];

test('predictionIsDrawnPerSeriesFromItsSerialFraction', () => {
  const [, chart] = workerCountCharts(amdahlResults, amdahlChart, 2);
  const none = byPlainLabel(chart.config, "serial=0.0: Amdahl's law for 0 % serial");
  const half = byPlainLabel(chart.config, "serial=0.5: Amdahl's law for 50 % serial");
  assert.deepEqual([none.data[0], none.data.at(-1)], [{ x: 1, y: 1, measured: true }, { x: 4, y: 4, measured: true }]);
  assert.equal(half.data[0].y, 1);
  assert.ok(Math.abs(half.data.at(-1).y - 1.6) < 1e-12, `${half.data.at(-1).y}`);
  const atTwo = half.data.find((point) => point.x === 2);
  assert.ok(atTwo && Math.abs(atTwo.y - 4 / 3) < 1e-12, 'passes through S(2) = 1.33');
  assert.equal(half.borderColor, byLabel(chart.config, 'serial=0.5').borderColor);
  assert.notDeepEqual(half.borderDash, byLabel(chart.config, 'serial=0.5: Amdahl fit').borderDash);
  assert.deepEqual(half.data.filter((point) => point.measured).map((point) => point.x), [1, 2, 4]);
  assert.deepEqual(half.pointRadius.filter((radius) => radius > 0).length, 3, 'markers only at measured counts');
});

test('captionSetsEachPredictionBesideTheMeasuredSpeedup', () => {
  const [, chart] = workerCountCharts(amdahlResults, amdahlChart, 2);
  const caption = plain(chart.caption);
  assert.match(caption, /coloured dots: Amdahl's law for each series' serial;/);
  assert.match(caption, /serial=0\.0: 2\.0× at 4 workers, Amdahl's law predicts 4\.0× for 0 % serial work\./);
  assert.match(caption, /serial=0\.5: 1\.3× at 4 workers, Amdahl's law predicts 1\.6× for 50 % serial work\./);
});

test('pointsBeyondTheCoresAreLeftOutOfTheFitAndTheCaptionSaysWhy', () => {
  const [, chart] = workerCountCharts(amdahlResults, amdahlChart, 2);
  // Fitted on 1 and 2 workers only: 2× on 2 is no serial work, 1.33× is half.
  assert.match(plain(chart.caption), /serial=0\.0: serial fraction ≈ 0 %/);
  assert.match(plain(chart.caption), /serial=0\.5: serial fraction ≈ 50 %/);
  assert.match(plain(chart.caption), /This machine has 2 cores: beyond 2 workers the workers take turns on them, so the speedup over one worker cannot grow past 2× here/);
  assert.match(plain(chart.caption), /The fits use the points up to 2 workers\./);
  const [, roomy] = workerCountCharts(amdahlResults, amdahlChart, 4);
  assert.doesNotMatch(roomy.caption, /This machine has/);
  assert.match(plain(roomy.caption), /serial=0\.0: serial fraction ≈ 23 %/, 'on 4 cores the flat point counts as serial work');
});

test('noPredictionWithoutAmdahlParamOrWithoutAFraction', () => {
  const [, plainChart] = workerCountCharts(amdahlResults, { ...amdahlChart, amdahlParam: undefined }, 2);
  assert.ok(plainChart.config.data.datasets.every((dataset) => !dataset.label.includes("Amdahl's law for")));
  assert.doesNotMatch(plainChart.caption, /coloured dots/);
  const percents = amdahlResults.map((r) => ({ ...r, params: { ...r.params, serial: r.params.serial === '0.0' ? '0' : '50' } }));
  const [, chart] = workerCountCharts(percents, amdahlChart, 2);
  const predictions = chart.config.data.datasets.filter((dataset) => dataset.label.includes("Amdahl's law for"));
  assert.deepEqual(predictions.map((dataset) => plain(dataset.label)), ["serial=0: Amdahl's law for 0 % serial"], '50 is no fraction');
});

test('chartConfigsForPassesAmdahlParamThrough', () => {
  const figures = chartConfigsFor({ params: [{ name: 'workers' }, { name: 'serial' }], charts: [amdahlChart] }, amdahlResults, 2);
  assert.ok(figures[1].config.data.datasets.some((dataset) => plain(dataset.label) === "serial=0.5: Amdahl's law for 50 % serial"));
});
