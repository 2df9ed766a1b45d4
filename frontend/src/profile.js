// A profiled point's `profile` event, turned into what the run page shows: the hot methods and
// lines as shares of the samples (cProfile's tottime / cumtime, line_profiler's lines), allocation
// by class, garbage collection in a sentence, and the cells of a flame graph. Pure: no DOM.
import { formatBytes, formatCount, formatNumber, formatPercent } from './format.js';

/** Cells narrower than this share of the focused width are left out of the flame graph. */
export const MIN_CELL_WIDTH = 0.002;
/** The lab's own benchmark code, coloured apart from the JDK's and JMH's frames. */
export const OWN_CODE = 'dev.perflab.experiments.';

/**
 * The gc profiler's figures as extra columns of the results table, beside the score: bytes
 * allocated per operation and the allocation rate. None when no result carries them.
 */
export function allocationColumns(results) {
  const has = (metric) => results.some((result) => result.secondary?.[metric]);
  const columns = [];
  if (has('gc.alloc.rate.norm')) {
    columns.push({
      label: 'allocated per op',
      value: (result) => formatBytes(result.secondary?.['gc.alloc.rate.norm']?.score),
    });
  }
  if (has('gc.alloc.rate')) {
    columns.push({
      label: 'allocation rate',
      value: (result) => {
        const rate = result.secondary?.['gc.alloc.rate'];
        return rate ? `${formatNumber(rate.score)} ${rate.scoreUnit === 'MB/sec' ? 'MB/s' : (rate.scoreUnit ?? '')}` : '—';
      },
    });
  }
  return columns;
}

/** Hot methods with their shares; `order` is 'self' (time in the method) or 'total' (with callees). */
export function methodRows(profile, order = 'self') {
  const samples = profile.samples || 1;
  const rows = (profile.hotMethods ?? []).map((method) => ({
    method: method.method,
    qualified: method.qualified ?? method.method,
    self: method.self,
    total: method.total,
    selfShare: method.self / samples,
    totalShare: method.total / samples,
    own: String(method.qualified ?? '').startsWith(OWN_CODE),
  }));
  const other = order === 'self' ? 'total' : 'self';
  // Stable: among ties the harness's order stands (deepest frame first).
  return rows.sort((a, b) => b[order] - a[order] || b[other] - a[other]);
}

export function lineRows(profile) {
  const samples = profile.samples || 1;
  return (profile.hotLines ?? []).map((line) => ({ line: line.line, self: line.self, share: line.self / samples }));
}

export function allocationRows(profile) {
  const total = profile.allocatedBytes || 1;
  return (profile.allocations ?? []).map((allocation) => ({
    className: allocation.className,
    bytes: allocation.bytes,
    share: allocation.bytes / total,
  }));
}

/** What the recording covers, in one sentence. */
export function recordingSummary(profile) {
  const forks = profile.forks === 1 ? '1 fork' : `${profile.forks} forks`;
  return `${formatCount(profile.samples)} execution samples over ${formatNumber(profile.seconds)} s of measurement in ${forks}; ${formatBytes(profile.allocatedBytes)} allocated (JFR's estimate from its allocation samples).`;
}

/** Garbage collection during the recording, in sentences. */
export function gcSentences(profile) {
  const collectors = profile.gcPauses ?? [];
  if (collectors.length === 0) {
    return [`No garbage collection ran during the ${formatNumber(profile.seconds)} s recorded.`];
  }
  const recordedMillis = profile.seconds * 1000;
  return collectors.map((gc) => {
    const times = gc.collections === 1 ? 'once' : `${gc.collections} times`;
    const share = recordedMillis > 0 ? ` (${formatPercent(gc.totalMillis / recordedMillis)} of the time recorded)` : '';
    return `${gc.collector} ran ${times}: ${formatNumber(gc.totalMillis)} ms of pauses in all${share}, the longest ${formatNumber(gc.longestMillis)} ms.`;
  });
}

/** The sampled stacks as a tree: {name, samples, children: Map}. */
export function stackTree(stacks) {
  const root = { name: 'all', samples: 0, children: new Map() };
  for (const stack of stacks ?? []) {
    root.samples += stack.samples;
    let node = root;
    for (const frame of stack.frames) {
      let child = node.children.get(frame);
      if (!child) {
        child = { name: frame, samples: 0, children: new Map() };
        node.children.set(frame, child);
      }
      child.samples += stack.samples;
      node = child;
    }
  }
  return root;
}

/**
 * The flame graph's cells, root on top, for the subtree at `focus` (a list of frame names from the
 * root; empty for the whole tree). The focused frame's ancestors span the full width above it.
 * x and width are fractions of the graph's width; `path` identifies a cell for zooming.
 */
export function flameCells(tree, focus = []) {
  const cells = [];
  let node = tree;
  const path = [];
  cells.push(cell(tree, 0, [], 0, 1, tree.samples));
  for (const name of focus) {
    const child = node.children.get(name);
    if (!child) break;
    path.push(name);
    node = child;
    cells.push(cell(node, path.length, [...path], 0, 1, tree.samples));
  }
  addChildren(cells, node, path, 0, 1, tree.samples);
  return cells;
}

function addChildren(cells, node, path, x, width, allSamples) {
  let offset = x;
  const children = [...node.children.values()].sort((a, b) => b.samples - a.samples || a.name.localeCompare(b.name));
  for (const child of children) {
    const childWidth = node.samples > 0 ? (width * child.samples) / node.samples : 0;
    if (childWidth >= MIN_CELL_WIDTH) {
      const childPath = [...path, child.name];
      cells.push(cell(child, childPath.length, childPath, offset, childWidth, allSamples));
      addChildren(cells, child, childPath, offset, childWidth, allSamples);
    }
    offset += childWidth;
  }
}

function cell(node, depth, path, x, width, allSamples) {
  return { name: node.name, depth, path, x, width, samples: node.samples, share: node.samples / (allSamples || 1) };
}

/** The simple names (`Class.method`) of hot methods that are the lab's benchmark code. */
export function ownMethods(profile) {
  return new Set(methodRows(profile).filter((row) => row.own).map((row) => row.method));
}

/** A stable colour index for a frame, so a method keeps its colour across points and zooms. */
export function frameColour(name, paletteSize) {
  let hash = 0;
  for (const char of String(name)) hash = (hash * 31 + char.codePointAt(0)) >>> 0;
  return hash % paletteSize;
}
