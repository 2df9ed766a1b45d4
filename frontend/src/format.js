// Text for numbers the lab shows: scores, errors, durations, sizes, time left.
// Thousands are grouped with a narrow no-break space (U+202F), the SI thin space that never wraps.

const THIN = '\u202F';
const NO_BREAK = '\u00A0';
const SIGNIFICANT_DIGITS = 3;
const MISSING = '—';
// A forked JVM takes about this long to start before its first iteration.
export const FORK_START_MILLIS = 500;

function groupThousands(digits) {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, THIN);
}

export function formatNumber(value) {
  if (value == null || !Number.isFinite(value)) return MISSING;
  if (value === 0) return '0';
  const rounded = Number(value.toPrecision(SIGNIFICANT_DIGITS));
  const magnitude = Math.floor(Math.log10(Math.abs(rounded)));
  if (magnitude < -3) return rounded.toPrecision(SIGNIFICANT_DIGITS);
  const decimals = Math.max(0, SIGNIFICANT_DIGITS - 1 - magnitude);
  const [whole, fraction] = Math.abs(rounded).toFixed(decimals).split('.');
  const sign = rounded < 0 ? '−' : '';
  return sign + groupThousands(whole) + (fraction ? `.${fraction}` : '');
}

/** A whole count, grouped by thousands: 12 345. */
export function formatCount(value) {
  if (value == null || !Number.isFinite(value)) return MISSING;
  return (value < 0 ? '−' : '') + groupThousands(String(Math.round(Math.abs(value))));
}

/** A ratio to two significant digits, for "1.9× as fast" and "0.42×"; the × is the caller's. */
export function formatRatio(ratio) {
  if (ratio == null || !Number.isFinite(ratio)) return MISSING;
  if (Math.abs(ratio) >= 10) return groupThousands(String(Math.round(ratio)));
  return Number(ratio).toPrecision(2);
}

/** A fraction as a percentage: "12 %", "3.4 %", "0.42 %". */
export function formatPercent(fraction) {
  if (fraction == null || !Number.isFinite(fraction)) return MISSING;
  const percent = fraction * 100;
  if (percent === 0) return `0${NO_BREAK}%`;
  // "5 %", not "5.0 %": a percentage's trailing zero claims a precision nobody asked for.
  const text = Math.abs(percent) >= 10 ? groupThousands(String(Math.round(percent))) : percent.toPrecision(2).replace(/\.0$/, '');
  return `${text}${NO_BREAK}%`;
}

/** A param value as the user gave it, integers grouped (1048576 → "1 048 576"), never rounded. */
export function formatParamValue(value) {
  const number = Number(value);
  if (value === '' || value == null || !Number.isFinite(number)) return String(value ?? MISSING);
  if (Number.isInteger(number)) return (number < 0 ? '−' : '') + groupThousands(String(Math.abs(number)));
  return String(number);
}

/** An axis tick: up to three significant digits without padding zeros ("2", "0.005", "1 500"). */
export function formatTick(value) {
  if (value == null || !Number.isFinite(value)) return '';
  const rounded = Number(value.toPrecision(SIGNIFICANT_DIGITS));
  if (Number.isInteger(rounded) && Math.abs(rounded) < 1e15) return formatParamValue(rounded);
  return String(rounded).replace('-', '−');
}

/**
 * A measured amount that is not a score (cores others kept busy, a fraction of a byte): up to three
 * significant digits without padding zeros, "0.08" rather than "0.0800", which claims a precision
 * the figure does not have.
 */
export function formatAmount(value) {
  if (value == null || !Number.isFinite(value)) return MISSING;
  return formatTick(value);
}

// JMH's unit for a count (an `@AuxCounters` EVENTS result) is `#`: a count reads as a bare number.
export function formatScore(score, unit) {
  const number = formatNumber(score);
  return unit && unit !== '#' && number !== MISSING ? `${number}${NO_BREAK}${unit}` : number;
}

// JMH gives no error when a point has fewer than two measurement iterations.
export function formatError(scoreError, unit) {
  if (scoreError == null || !Number.isFinite(scoreError)) return MISSING;
  return `±${NO_BREAK}${formatScore(scoreError, unit)}`;
}

export function formatDuration(millis) {
  if (millis == null || !Number.isFinite(millis) || millis < 0) return MISSING;
  if (Math.round(millis) < 1000) return `${Math.round(millis)}${NO_BREAK}ms`;
  if (millis < 9950) return `${(millis / 1000).toFixed(1)}${NO_BREAK}s`;
  const seconds = Math.round(millis / 1000);
  if (seconds < 60) return `${seconds}${NO_BREAK}s`;
  if (seconds < 3600) return `${Math.floor(seconds / 60)}${NO_BREAK}min ${pad2(seconds % 60)}${NO_BREAK}s`;
  const minutes = Math.round(seconds / 60);
  return `${Math.floor(minutes / 60)}${NO_BREAK}h ${pad2(minutes % 60)}${NO_BREAK}min`;
}

function pad2(n) {
  return String(n).padStart(2, '0');
}

const BYTE_UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];

export function formatBytes(bytes) {
  if (bytes == null || !Number.isFinite(bytes) || bytes < 0) return MISSING;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < BYTE_UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  // Whole bytes read as counted; a fraction of one is an average (gc profiler's B/op), rounded.
  return `${unit === 0 ? formatAmount(value) : formatNumber(value)}${NO_BREAK}${BYTE_UNITS[unit]}`;
}

/** Whole binary units where exact ("32 KiB", "1 MiB"), else up to two decimals ("1.25 MiB"): sizes as set, not measured. */
export function formatBinarySize(bytes) {
  if (bytes == null || !Number.isFinite(bytes) || bytes < 0) return MISSING;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < BYTE_UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${groupThousands(String(Number(value.toFixed(2))))}${NO_BREAK}${BYTE_UNITS[unit]}`;
}

/**
 * Milliseconds a run still needs. The plan alone ignores per-iteration overhead (setup, GC,
 * result processing), so it runs early; the pace observed so far includes JVM start-up, so it
 * runs late at first. Trust the observed pace in proportion to how much of the run is done.
 */
export function remainingMillis({
  done,
  total,
  iterationMillis,
  forksLeft = 0,
  observedMillisPerIteration = null,
  sinceLastMillis = 0,
}) {
  if (!total || done >= total) return 0;
  const left = total - done;
  const planned = left * (iterationMillis ?? 0) + forksLeft * FORK_START_MILLIS;
  const trust = observedMillisPerIteration == null || done === 0 ? 0 : done / total;
  const expected = planned * (1 - trust) + left * (observedMillisPerIteration ?? 0) * trust;
  // The iteration under way has run sinceLastMillis already. When it has run well past its plan,
  // one operation outlasts an iteration, and that time is the best figure for each one left.
  const atLeast = overrunning({ iterationMillis, sinceLastMillis }) ? left * sinceLastMillis : 0;
  return Math.max(0, Math.max(expected, atLeast) - sinceLastMillis);
}

/**
 * Room past an iteration's planned time before it counts as overrunning: a new fork's JVM start and
 * JMH's set-up come before its first iteration, and take a second or more on a busy machine.
 */
const OVERRUN_SLACK_MILLIS = 3000;

/**
 * True when the iteration under way has run well past its planned time: one operation then
 * outlasts an iteration, and no figure can say how long the rest will take.
 */
export function overrunning({ iterationMillis, sinceLastMillis = 0 }) {
  return sinceLastMillis > 2 * (iterationMillis ?? 0) + OVERRUN_SLACK_MILLIS;
}

export function eta(progress) {
  if (!progress.total || progress.done >= progress.total) return '';
  const left = formatDuration(remainingMillis(progress));
  if (!overrunning(progress)) return `about ${left} left`;
  return `at least ${left} left: this iteration has run ${formatDuration(progress.sinceLastMillis)}, longer than planned`;
}

// "org.example.Sorting.quickSort" → "quickSort"
export function shortBenchmarkName(benchmark) {
  return String(benchmark ?? '').split('.').pop();
}
