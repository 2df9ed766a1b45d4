// The run page's profile section: the glue between a run's `profile` events and the DOM. The
// figures come from profile.js; this module only builds elements (no inline styles in markup: the
// flame graph places its cells through the CSSOM, which the page's CSP allows).
import { formatBytes, formatCount, formatPercent } from './format.js';
import { pointLabel } from './points.js';
import {
  allocationRows,
  flameCells,
  frameColour,
  gcSentences,
  lineRows,
  methodRows,
  ownMethods,
  recordingSummary,
  stackTree,
} from './profile.js';

const FLAME_COLOURS = 6;
const ROW_REM = 1.5;
const byId = (id) => document.getElementById(id);

/** Draws the profiles of a run; keeps the chosen point, sort order and zoom between calls. */
export function renderProfiles(view, profiles, paramOrder) {
  const section = byId('profile');
  if (!section) return;
  section.hidden = profiles.length === 0;
  if (profiles.length === 0) return;
  const ui = (view.profileUi ??= { point: null, order: 'self', focus: [] });
  if (!profiles.some((profile) => profile.key === ui.point)) ui.point = profiles[0].key;
  renderPointChoice(view, profiles, paramOrder);
  renderProfile(view, profiles.find((profile) => profile.key === ui.point));
}

function renderPointChoice(view, profiles, paramOrder) {
  const field = byId('profile-point-field');
  const select = byId('profile-point');
  field.hidden = profiles.length < 2;
  const names = paramOrder.filter((name) => new Set(profiles.map((p) => p.params[name])).size > 1);
  select.replaceChildren(
    ...profiles.map((profile) => {
      const option = new Option(pointLabel(profile, names), profile.key);
      option.selected = profile.key === view.profileUi.point;
      return option;
    }),
  );
  select.onchange = () => {
    view.profileUi = { ...view.profileUi, point: select.value, focus: [] };
    renderProfile(view, profiles.find((profile) => profile.key === select.value));
  };
}

function renderProfile(view, profile) {
  byId('profile-summary').textContent = recordingSummary(profile);
  renderMethods(view, profile);
  fillTable('profile-lines', lineRows(profile), (row) => [
    text('td', row.line, 'code'),
    text('td', formatPercent(row.share), 'number'),
  ]);
  renderFlame(view, profile);
  fillTable(
    'profile-allocations',
    allocationRows(profile),
    (row) => [text('td', row.className, 'code'), text('td', formatBytes(row.bytes), 'number'), text('td', formatPercent(row.share), 'number')],
    'JFR sampled no allocation during the measurement: the benchmark allocates (next to) nothing.',
  );
  byId('profile-gc').replaceChildren(...gcSentences(profile).map((sentence) => text('li', sentence)));
}

function renderMethods(view, profile) {
  const rows = methodRows(profile, view.profileUi.order);
  fillTable('profile-methods', rows, (row) => {
    const name = text('td', row.method, row.own ? 'code own' : 'code');
    name.title = row.qualified;
    return [name, text('td', formatPercent(row.selfShare), 'number'), text('td', formatPercent(row.totalShare), 'number')];
  });
  for (const button of document.querySelectorAll('[data-profile-order]')) {
    button.setAttribute('aria-pressed', String(button.dataset.profileOrder === view.profileUi.order));
    button.onclick = () => {
      view.profileUi.order = button.dataset.profileOrder;
      renderMethods(view, profile);
    };
  }
}

function fillTable(id, rows, cellsOf, whenEmpty = '') {
  const body = byId(id).tBodies[0];
  if (rows.length === 0 && whenEmpty) {
    const empty = text('td', whenEmpty, 'muted');
    empty.colSpan = byId(id).tHead.rows[0].cells.length;
    const tr = document.createElement('tr');
    tr.append(empty);
    body.replaceChildren(tr);
    return;
  }
  body.replaceChildren(
    ...rows.map((row) => {
      const tr = document.createElement('tr');
      tr.append(...cellsOf(row));
      return tr;
    }),
  );
}

function renderFlame(view, profile) {
  const graph = byId('profile-flame');
  const tree = stackTree(profile.stacks);
  const own = ownMethods(profile);
  const cells = flameCells(tree, view.profileUi.focus);
  const depth = cells.reduce((deepest, cell) => Math.max(deepest, cell.depth), 0);
  graph.style.height = `${(depth + 1) * ROW_REM}rem`;
  graph.replaceChildren(
    ...cells.map((cell) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = own.has(cell.name) ? 'flame-cell own' : `flame-cell flame-${frameColour(cell.name, FLAME_COLOURS)}`;
      button.style.left = `${cell.x * 100}%`;
      button.style.width = `${cell.width * 100}%`;
      button.style.top = `${cell.depth * ROW_REM}rem`;
      button.textContent = cell.name;
      button.title = `${cell.name}: ${formatCount(cell.samples)} samples, ${formatPercent(cell.share)} of all`;
      button.setAttribute('aria-label', button.title);
      button.onclick = () => {
        view.profileUi.focus = cell.path;
        renderFlame(view, profile);
      };
      return button;
    }),
  );
  const reset = byId('profile-flame-reset');
  reset.hidden = view.profileUi.focus.length === 0;
  reset.onclick = () => {
    view.profileUi.focus = [];
    renderFlame(view, profile);
  };
}

function text(tag, content, className = '') {
  const element = document.createElement(tag);
  element.textContent = content;
  if (className) element.className = className;
  return element;
}
