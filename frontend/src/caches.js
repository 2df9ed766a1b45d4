// The CPU caches a run's environment lists (level, type, bytes, as the OS reports them for one
// core): their names, the marks a size chart draws at them, and the level a working set fits in.
import { formatBinarySize } from './format.js';

/** "L1d", "L1i", "L2": the level, and d or i for a cache that holds only data or only code. */
export function cacheName(cache) {
  const suffix = cache.type === 'Data' ? 'd' : cache.type === 'Instruction' ? 'i' : '';
  return `L${cache.level}${suffix}`;
}

/** The caches data goes through (data and unified, not instruction), smallest first. */
export function dataCaches(caches) {
  return (caches ?? [])
    .filter((cache) => cache && cache.type !== 'Instruction' && Number.isFinite(cache.bytes) && cache.bytes > 0)
    .sort((a, b) => a.bytes - b.bytes || a.level - b.level);
}

/** "L1d 32 KiB, L2 1 MiB, L3 32 MiB"; says so when the run recorded none or the OS reported none. */
export function formatCaches(caches) {
  if (caches == null) return 'not recorded';
  const shown = dataCaches(caches);
  return shown.length === 0 ? 'not reported by the OS' : shown.map(cacheLabel).join(', ');
}

export function cacheLabel(cache) {
  return `${cacheName(cache)} ${formatBinarySize(cache.bytes)}`;
}

/**
 * Where a size chart marks each data cache: `x` in the chart's units and its label, for a working
 * set of `xBytes` × x^`xPower` bytes (`xPower` 2 when x is the side of a square grid). Memory beyond
 * the largest is RAM.
 */
export function cacheMarks(caches, xBytes = 1, xPower = 1) {
  return dataCaches(caches).map((cache) => ({ x: (cache.bytes / xBytes) ** (1 / xPower), label: cacheLabel(cache) }));
}

/**
 * The levels a working set can live in: one per data cache, holding sets larger than the cache
 * below it and no larger than itself, then RAM beyond the largest. Empty without caches.
 */
export function memoryLevels(caches) {
  const shown = dataCaches(caches);
  if (shown.length === 0) return [];
  const levels = shown.map((cache, index) => ({ name: cacheName(cache), low: index === 0 ? 0 : shown[index - 1].bytes, high: cache.bytes }));
  return [...levels, { name: 'RAM', low: shown.at(-1).bytes, high: Infinity }];
}

/**
 * How far inside its level a working set of `bytes` lies, in factors of two on either side: the
 * point that best stands for a level is the one farthest from both of its edges, since a set
 * just above a cache's size still hits it often and one just below it already misses.
 */
export function depthIn(level, bytes) {
  const below = level.low > 0 ? Math.log2(bytes / level.low) : Infinity;
  const above = Number.isFinite(level.high) ? Math.log2(level.high / bytes) : Infinity;
  return Math.min(below, above);
}

export function levelOf(levels, bytes) {
  return levels.find((level) => bytes > level.low && bytes <= level.high) ?? null;
}
