// Marks at this machine's cache sizes on a size chart: a dotted vertical line per data cache,
// labelled "L1d 32 KiB", and "RAM beyond" after the largest, drawn by a small inline plugin.
import { cacheMarks } from './caches.js';
import { NEUTRAL } from './chart-parts.js';

export const RAM_BEYOND = 'RAM beyond';

/**
 * The marks of the environment's caches that fall on an x axis from `axis.min` to `axis.max`, for
 * a working set of `xBytes` × x^`xPower` bytes; `ramBeyond` on the largest cache, when shown.
 */
export function cacheMarksOn(caches, xBytes, axis, xPower = 1) {
  const all = cacheMarks(caches, xBytes, xPower);
  return all
    .map((mark, index) => ({ ...mark, ramBeyond: index === all.length - 1 }))
    .filter((mark) => mark.x >= axis.min && mark.x <= axis.max);
}

/** The caption's sentence about the marks: what they are, or why there are none. */
export function cacheMarksText(caches, marks) {
  if (caches == null) return 'This run recorded no cache sizes, so none are marked.';
  if (marks.length === 0) return 'No cache size of this machine falls within the sizes measured.';
  const ram = marks.at(-1).ramBeyond ? '; working sets beyond the last live in RAM' : '';
  return `Dotted lines: this machine's caches, ${marks.map((mark) => mark.label).join(', ')}${ram}.`;
}

/**
 * A log axis' top with room for the marks' labels above every point: four times the highest value,
 * some 0.6 of a decade, so the labels never sit on the data.
 */
export function topWithRoomForLabels(values) {
  const highest = Math.max(...values.filter((value) => Number.isFinite(value) && value > 0));
  return Number.isFinite(highest) ? highest * 4 : undefined;
}

/** Where each mark goes on the chart: its pixel on the x scale and the lines of text beside it. */
export function placeMarks(marks, scale) {
  return marks
    .filter((mark) => mark.x >= scale.min && mark.x <= scale.max)
    .map((mark) => ({ pixel: scale.getPixelForValue(mark.x), lines: mark.ramBeyond ? [mark.label, `${RAM_BEYOND} →`] : [mark.label] }));
}

const LINE_HEIGHT = 14;

/** Inline Chart.js plugin: `options.marks` from {@link cacheMarksOn}, drawn as dotted lines. */
export const cacheMarker = {
  id: 'cacheMarker',
  afterDatasetsDraw(chart, _args, options) {
    const scale = chart.scales.x;
    if (!scale) return;
    const { top, bottom } = chart.chartArea;
    const { ctx } = chart;
    ctx.save();
    ctx.strokeStyle = ctx.fillStyle = options?.color ?? NEUTRAL;
    ctx.textAlign = 'left';
    for (const { pixel, lines } of placeMarks(options?.marks ?? [], scale)) {
      ctx.setLineDash([2, 3]);
      ctx.beginPath();
      ctx.moveTo(pixel, top);
      ctx.lineTo(pixel, bottom);
      ctx.stroke();
      lines.forEach((line, index) => ctx.fillText(line, pixel + 4, top + LINE_HEIGHT * (index + 1)));
    }
    ctx.restore();
  },
};
