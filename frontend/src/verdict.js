// The run's results in words: the definition's verdict rules (scaling, compare, best, amdahl,
// growth, each, cache-levels, warmup) turned into sentences, and warnings when the numbers are too noisy
// to carry them.
import { fitAmdahl, predictedSpeedup, serialFractionOf, withinCores } from './amdahl.js';
import { formatAmount, formatNumber, formatParamValue, formatPercent, formatRatio, formatScore } from './format.js';
import {
  distinctValues,
  groupBy,
  isNumeric,
  pointLabel,
  pointsAlong,
  resultsOf,
  seriesAlong,
  timesBetter,
  varyingNames,
  withoutParam,
} from './points.js';
import { pointKey } from './run-state.js';
import { growth } from './verdict-growth.js';
import { each } from './verdict-each.js';
import { cacheLevels } from './verdict-levels.js';
import { warmup } from './verdict-warmup.js';

/** A confidence interval wider than this share of the score makes a point too noisy to read. */
export const NOISY_ERROR_SHARE = 0.05;
/** Other processes keeping more than this share of the cores busy while a run measured make it unreliable. */
export const CONTENDED_CORES_SHARE = 0.1;
/** The harness's figure, per point: cores other processes kept busy during its measurement iterations. */
export const OTHERS_METRIC = 'cpu.others';

/**
 * One `{text, expected}` per sentence the rules say, in the rules' order. `expected` is null for
 * a rule without `above`/`below`, else whether its figure met them (then `text` is `otherwise`).
 * A rule whose points the run lacks (a param not swept) says nothing. `environment` is the run's
 * (`cores` for the amdahl rule, the forks' JVM arguments for `jvmOptions`). A rule's `where` keeps
 * only the points with those param values; its `jvmOptions` lets it speak only for runs whose
 * environment shows exactly those allowed options. `cache-levels` reads the run's caches
 * from it; `warmup` reads the run's `iterations`.
 */
export function verdictSentences(definition, results, environment = null, iterations = []) {
  const points = resultsOf(results).filter((result) => Number.isFinite(result.score));
  const paramOrder = (definition?.params ?? []).map((param) => param.name);
  const rules = (definition?.verdict ?? []).filter((rule) => ranWithOptions(definition, rule.jvmOptions, environment));
  return rules.flatMap((rule) => {
    const chosen = points.filter((point) => matchesWhere(point, rule.where));
    const findings = Object.hasOwn(RULES, rule.rule) ? RULES[rule.rule](rule, chosen, paramOrder, environment, iterations) : [];
    return findings.map(({ figure, values, fixed }) => (fixed ? { text: fill(fixed, values), expected: null } : say(rule, figure, values)));
  });
}

const RULES = {
  scaling,
  compare,
  best,
  amdahl,
  growth: (rule, points, paramOrder) => growth(rule, sweptSeries(rule, points, paramOrder)),
  each,
  'cache-levels': (rule, points, paramOrder, environment) => cacheLevels(rule, sweptSeries(rule, points, paramOrder), environment),
  warmup: (rule, points, paramOrder, environment, iterations) => warmup(rule, points, paramOrder, iterations),
};

/**
 * Why a run with results gets no verdict at all, or null: every rule of the definition speaks only
 * for runs with other JVM options than this run's (compiler tiers change what a lesson expects).
 */
export function noVerdictReason(definition, environment) {
  const rules = definition?.verdict ?? [];
  if (rules.length === 0 || !Array.isArray(environment?.jvmArgs)) return null;
  if (rules.some((rule) => ranWithOptions(definition, rule.jvmOptions, environment))) return null;
  const label = (id) => (definition.jvmOptions ?? []).find((option) => option.id === id)?.label ?? id;
  const sets = [...new Set(rules.map((rule) => (rule.jvmOptions.length === 0 ? 'no JVM option' : rule.jvmOptions.map(label).join(' and '))))];
  return (
    `This experiment's verdicts speak for runs with ${sets.join(' or with ')}: this run's JVM options change what ` +
    'the lesson expects, so no verdict is drawn. The table and charts hold its measurements.'
  );
}

// Each allowed option counts as used when all its arguments are among the forks' JVM arguments;
// the rule's list must name exactly the used ones. Without a recorded environment it cannot tell.
function ranWithOptions(definition, wanted, environment) {
  if (wanted == null) return true;
  const args = environment?.jvmArgs;
  if (!Array.isArray(args)) return false;
  return (definition?.jvmOptions ?? []).every((option) => {
    const used = (option.args ?? []).every((arg) => args.includes(arg));
    return used === wanted.includes(option.id);
  });
}

function matchesWhere(point, where) {
  return Object.entries(where ?? {}).every(([name, value]) => String(point.params?.[name]) === String(value));
}

function say(rule, figure, values) {
  const hasExpectation = rule.above != null || rule.below != null;
  if (!hasExpectation) return { text: fill(rule.text, values), expected: null };
  const met = (rule.above == null || figure > rule.above) && (rule.below == null || figure < rule.below);
  return { text: fill(met ? rule.text : (rule.otherwise ?? rule.text), values), expected: met };
}

/** Replaces `{name}` by its value; an unknown placeholder stays as written, so a typo shows. */
export function fill(text, values) {
  return String(text ?? '').replace(/\{(\w+)\}/g, (whole, name) => (Object.hasOwn(values, name) ? values[name] : whole));
}

// ---- scaling: speedup (and efficiency) from the fewest to the most x, per series --------------------------------

function scaling(rule, points, paramOrder, environment) {
  const cores = Number.isFinite(environment?.cores) ? environment.cores : null;
  const onCores = (x) => (cores == null ? x : Math.min(x, cores));
  return sweptSeries(rule, points, paramOrder).map(({ label, points: along }) => {
    const [first, last] = [along[0], along.at(-1)];
    const speedup = timesBetter(last.score, first.score, last.scoreUnit);
    // Efficiency: the speedup as a share of the ideal one, x times as many workers x times as fast
    // as long as each has a core of its own: workers beyond the machine's cores take turns.
    const ideal = onCores(last.x) / onCores(first.x);
    const values = {
      cores: cores == null ? '—' : String(cores),
      series: label,
      x: rule.x,
      from: formatParamValue(first.params[rule.x]),
      to: formatParamValue(last.params[rule.x]),
      speedup: formatRatio(speedup),
      ideal: formatRatio(ideal),
      efficiency: formatPercent(speedup / ideal),
    };
    return { figure: speedup, values };
  });
}

// Series along x with at least two x values: one x is no sweep, so there is nothing to say.
function sweptSeries(rule, points, paramOrder) {
  return seriesAlong(pointsAlong(points, rule.x), rule.x, rule.series, paramOrder).filter(
    (series) => new Set(series.points.map((point) => point.x)).size >= 2,
  );
}

// ---- amdahl: measured speedup at the most x against Amdahl's prediction, per series -------------

/** Said once after the amdahl rule's sentences when the run had more workers than cores. */
export const BEYOND_CORES =
  'This machine has {cores} cores: {to} {x} take turns on them, so no speedup here can pass {cores}×, ' +
  "whatever Amdahl's law predicts for {to} cores.";

// The figure for above/below is measured ÷ predicted on the cores the machine has: 1 when the run
// did what the law allows here. Amdahl's law gives each worker a core, so with more workers than
// cores the machine can at best run `cores` of them at once.
function amdahl(rule, points, paramOrder, environment) {
  const cores = Number.isFinite(environment?.cores) && environment.cores >= 1 ? environment.cores : null;
  const series = sweptSeries({ x: rule.x, series: rule.param }, points, paramOrder);
  const findings = series.flatMap(({ label, points: along }) => {
    const fraction = serialFractionOf(along, rule.param);
    return fraction == null ? [] : [amdahlFinding(rule, label, along, fraction, cores)];
  });
  const most = Math.max(...findings.map((finding) => finding.most));
  if (findings.length > 0 && cores != null && most > cores) {
    const values = { x: rule.x, to: formatParamValue(most), cores: String(cores) };
    findings.push({ fixed: rule.beyondCores ?? BEYOND_CORES, values });
  }
  return findings;
}

function amdahlFinding(rule, label, along, fraction, cores) {
  const [first, last] = [along[0], along.at(-1)];
  const unit = last.scoreUnit;
  const speedups = along.map((point) => ({ x: point.x, speedup: timesBetter(point.score, first.score, unit) }));
  const speedup = speedups.at(-1).speedup;
  const onCores = (x) => (cores == null ? x : Math.min(x, cores));
  const predictedHere = predictedSpeedup(fraction, onCores(last.x), onCores(first.x));
  const fit = fitAmdahl(withinCores(speedups, cores));
  const values = {
    series: label,
    fraction: formatPercent(fraction),
    x: rule.x,
    from: formatParamValue(first.x),
    to: formatParamValue(last.x),
    speedup: formatRatio(speedup),
    predicted: formatRatio(predictedSpeedup(fraction, last.x, first.x)),
    predictedHere: formatRatio(predictedHere),
    fitted: fit?.kind === 'fit' ? formatPercent(fit.serialFraction) : '—',
    cores: cores == null ? '—' : String(cores),
  };
  return { figure: speedup / predictedHere, values, most: last.x };
}

// ---- best: the best x per series, and how much worse the ends are ------------------------------

function best(rule, points, paramOrder) {
  return sweptSeries(rule, points, paramOrder).map(({ label, points: along }) => {
    const unit = along[0].scoreUnit;
    const top = along.reduce((winner, point) => (timesBetter(point.score, winner.score, unit) > 1 ? point : winner));
    const [lowest, highest] = [along[0], along.at(-1)];
    const lowestRatio = timesBetter(top.score, lowest.score, unit);
    const highestRatio = timesBetter(top.score, highest.score, unit);
    if (top === lowest || top === highest) return bestAtAnEnd(rule, label, top, top === lowest ? highest : lowest, unit);
    const values = {
      series: label,
      x: rule.x,
      best: formatParamValue(top.params[rule.x]),
      bestScore: formatScore(top.score, unit),
      lowest: formatParamValue(lowest.params[rule.x]),
      lowestRatio: formatRatio(lowestRatio),
      highest: formatParamValue(highest.params[rule.x]),
      highestRatio: formatRatio(highestRatio),
    };
    return { figure: Math.min(lowestRatio, highestRatio), values };
  });
}

/**
 * Said instead of a best rule's own text when the best x is the first or last one swept: the rule
 * judges how much worse both ends are than an optimum between them, which this sweep has not shown.
 */
export const BEST_AT_AN_END =
  'With {series}, {best} was fastest ({bestScore}), and it is the {end} value swept, so the sweep does not show ' +
  'the optimum: {other} took {otherRatio}× as long, and values {beyond} {best} may be faster still.';

function bestAtAnEnd(rule, label, top, other, unit) {
  const atLowest = top.x < other.x;
  const values = {
    series: label,
    best: formatParamValue(top.params[rule.x]),
    bestScore: formatScore(top.score, unit),
    end: atLowest ? 'smallest' : 'largest',
    other: formatParamValue(other.params[rule.x]),
    otherRatio: formatRatio(timesBetter(top.score, other.score, unit)),
    beyond: atLowest ? 'below' : 'above',
  };
  return { fixed: BEST_AT_AN_END, values };
}

// ---- compare: how many times better `other` is than `baseline` ----------------------------------

function compare(rule, points) {
  let pairs = matchedPairs(rule, points);
  let at = null;
  if (rule.x != null) {
    pairs = pairs.filter((pair) => isNumeric(pair.other.params[rule.x]));
    if (pairs.length === 0) return [];
    at = distinctValues(pairs.map((pair) => pair.other.params[rule.x])).at(-1);
    pairs = pairs.filter((pair) => String(pair.other.params[rule.x]) === at);
  }
  if (pairs.length === 0) return [];
  const ratio = geometricMean(pairs.map((pair) => timesBetter(pair.otherValue, pair.baselineValue, pair.unit)));
  const values = {
    param: rule.param,
    baseline: rule.baseline,
    other: rule.other,
    ratio: formatRatio(ratio),
    x: rule.x ?? '',
    at: at == null ? '' : formatParamValue(at),
    pairs: String(pairs.length),
  };
  return [{ figure: ratio, values }];
}

// A pair is a baseline and an other point equal in everything but `param`.
function matchedPairs(rule, points) {
  const side = (value) => points.filter((point) => String(point.params?.[rule.param]) === String(value));
  const restKey = (point) => pointKey(point.benchmark, withoutParam(point.params, rule.param));
  const baselines = groupBy(side(rule.baseline), restKey);
  return side(rule.other).flatMap((other) => {
    const baseline = baselines.get(restKey(other))?.[0];
    const otherMeasure = measureOf(other, rule.metric);
    const baselineMeasure = baseline && measureOf(baseline, rule.metric);
    if (!otherMeasure || !baselineMeasure) return [];
    return [{ other, baseline, otherValue: otherMeasure.value, baselineValue: baselineMeasure.value, unit: otherMeasure.unit }];
  });
}

// A ratio needs two positive numbers; a metric the point lacks leaves the pair out.
function measureOf(point, metric) {
  const measured = metric ? point.secondary?.[metric] : { score: point.score, scoreUnit: point.scoreUnit };
  if (!measured || !(measured.score > 0)) return null;
  return { value: measured.score, unit: measured.scoreUnit };
}

export function geometricMean(values) {
  return Math.exp(values.reduce((sum, value) => sum + Math.log(value), 0) / values.length);
}

// ---- precision ----------------------------------------------------------------------------------

/**
 * Sentences saying how far to trust the results: points whose 99.9 % interval is wider than 5 %
 * of their score, points without an interval at all, and a machine already busy before the run.
 * `paramOrder` (the definition's) orders the names in a point's label, as the charts do.
 */
export function precisionWarnings(results, environment, paramOrder = []) {
  const points = resultsOf(results).filter((result) => Number.isFinite(result.score));
  const names = varyingNames(points, paramOrder);
  const warnings = [];
  const noisy = points.filter((point) => hasError(point) && Math.abs(point.scoreError) > NOISY_ERROR_SHARE * Math.abs(point.score));
  if (noisy.length > 0) {
    const list = noisy.map((point) => `${pointLabel(point, names)}: ±${formatPercent(Math.abs(point.scoreError / point.score))}`);
    warnings.push(
      `Noisy: the 99.9 % confidence interval is wider than ±${formatPercent(NOISY_ERROR_SHARE)} of the score at ${list.join('; ')}. ` +
        'Differences smaller than that are not measured; run more iterations or forks, on a quieter machine.',
    );
  }
  const bare = points.filter((point) => !hasError(point));
  if (bare.length > 0) {
    const where = bare.length === points.length ? 'any point' : bare.map((point) => pointLabel(point, names)).join('; ');
    warnings.push(
      `No confidence interval for ${where}: too few measurement iterations for one (JMH needs at least three). ` +
        'Without it nobody can tell a difference from noise.',
    );
  }
  const contention = contentionWarning(points, environment, names);
  if (contention !== undefined) {
    if (contention) warnings.push(contention);
    return warnings;
  }
  const load = environment?.loadAverage;
  const cores = environment?.cores;
  if (Number.isFinite(load) && Number.isFinite(cores) && load > cores) {
    warnings.push(
      `The machine was busy before the run: load average ${formatNumber(load)} on ${cores} cores. ` +
        'Other work competed for the cores, so times may be longer and noisier than the code alone makes them.',
    );
  }
  return warnings;
}

/**
 * What the harness measured during the run (cores others kept busy, per point), which says more
 * than the load before it: a sentence when others took more than CONTENDED_CORES_SHARE of the
 * cores at some point, null when they did not, undefined when the run has no such figure.
 */
function contentionWarning(points, environment, names) {
  const measured = points.filter((point) => Number.isFinite(point.secondary?.[OTHERS_METRIC]?.score));
  if (measured.length === 0) return undefined;
  const cores = Number.isFinite(environment?.cores) ? environment.cores : null;
  const limit = CONTENDED_CORES_SHARE * (cores ?? 1);
  const busiest = measured.reduce((most, point) => (others(point) > others(most) ? point : most));
  if (others(busiest) <= limit) return null;
  const mean = measured.reduce((sum, point) => sum + others(point), 0) / measured.length;
  const ofCores = cores == null ? '' : ` of the ${cores} cores`;
  const where = measured.length > 1 ? ` (most at ${pointLabel(busiest, names)}: ${formatAmount(others(busiest))})` : '';
  return (
    `Other processes kept ${formatAmount(mean)}${ofCores} busy on average while this run measured${where}. ` +
    'The code had less of the machine than the figures assume, so times may be longer and noisier than the code alone makes them.'
  );
}

function others(point) {
  return point.secondary[OTHERS_METRIC].score;
}

function hasError(point) {
  return point.scoreError != null && Number.isFinite(point.scoreError);
}
