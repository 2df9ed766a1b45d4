// JMH's score units and how to convert between them: a time per operation into another time per
// operation, a throughput into another throughput. Bytes, counts and a time against a rate do not
// convert: they measure different things.

const SECONDS = { ns: 1e-9, us: 1e-6, µs: 1e-6, ms: 1e-3, s: 1, min: 60, hr: 3600 };
const TIME_PER_OPERATION = /^(ns|us|µs|ms|s|min|hr)\/op$/;
const THROUGHPUT = /^ops\/(ns|us|µs|ms|s|min|hr)$/;

/**
 * The factor that turns a score in unit `from` into one in unit `to`, or null when no factor can:
 * 1500 ns/op × 0.001 = 1.5 us/op; 2 ops/ms × 1000 = 2000 ops/s.
 */
export function unitFactor(from, to) {
  const [a, b] = [String(from ?? '').trim(), String(to ?? '').trim()];
  if (a === b) return 1;
  const times = [a.match(TIME_PER_OPERATION), b.match(TIME_PER_OPERATION)];
  if (times[0] && times[1]) return SECONDS[times[0][1]] / SECONDS[times[1][1]];
  const rates = [a.match(THROUGHPUT), b.match(THROUGHPUT)];
  if (rates[0] && rates[1]) return SECONDS[rates[1][1]] / SECONDS[rates[0][1]];
  return null;
}
