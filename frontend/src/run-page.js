// Glue for the run page (/runs/{id}): the only module that touches the DOM, EventSource and
// window.Chart. It folds the run's event stream into a state (run-state.js) and draws that state.
import { applyEvent, forksLeft, initialState, isTerminal, queueText } from './run-state.js';
import { chartConfigsFor, liveChartConfig } from './charts.js';
import { eta, formatBytes, formatError, formatNumber, shortBenchmarkName } from './format.js';
import { allocationColumns } from './profile.js';
import { renderProfiles } from './profile-view.js';
import { formatCaches } from './caches.js';
import { noVerdictReason, precisionWarnings, verdictSentences } from './verdict.js';
import { repeatsSentence } from './verdict-repeats.js';

const EVENT_TYPES = ['queued', 'started', 'environment', 'fork', 'iteration', 'result', 'profile', 'log', 'finished', 'failed', 'cancelled'];
const TERMINAL_EVENTS = new Set(['finished', 'failed', 'cancelled']);
const LIVE_CHART = 'live';

const byId = (id) => document.getElementById(id);

const page = byId('run-page');
if (page) start(page);

function start(page) {
  const view = {
    page,
    definition: readDefinition(),
    cores: Number(page.dataset.cores) || null,
    charts: new Map(), // figure key → {chart, caption}
    drawn: {}, // the state parts last drawn, compared by identity (states are immutable)
    pace: null,
    renderPending: false,
    repeats: null, // the succeeded runs with this run's settings, once it has succeeded
  };
  view.state = initialState(view.definition);
  window.perflab = { get state() { return view.state; } };
  themeCharts();
  wireCancel(view);
  wireCopyLink();
  listen(view);
  // Between iterations no event arrives: the time left still counts down, and an iteration that
  // outlasts its plan says so instead of holding a figure that has gone stale.
  const clock = setInterval(() => {
    if (isTerminal(view.state.status)) clearInterval(clock);
    else if (view.state.status === 'RUNNING') renderProgress(view);
  }, 1000);
}

function readDefinition() {
  const script = byId('experiment-definition');
  // The page says `null` for a run of an experiment the catalog no longer has.
  const definition = script ? JSON.parse(script.textContent) : null;
  return definition ?? { params: [], charts: [], verdict: [] };
}

// ---- events -----------------------------------------------------------------------------------

function listen(view) {
  const source = new EventSource(view.page.dataset.eventsUrl);
  for (const type of EVENT_TYPES) {
    source.addEventListener(type, (message) => receive(view, source, type, message));
  }
  // The server closes the stream after the terminal event; without this EventSource reconnects.
  source.addEventListener('error', () => {
    if (isTerminal(view.state.status)) source.close();
  });
}

function receive(view, source, type, message) {
  if (TERMINAL_EVENTS.has(type)) source.close();
  const event = { id: Number(message.lastEventId) || null, type, data: JSON.parse(message.data || '{}') };
  const next = applyEvent(view.state, event);
  if (next === view.state) return;
  view.state = next;
  scheduleRender(view);
}

// A replay delivers hundreds of events at once: draw once per frame, not once per event.
function scheduleRender(view) {
  if (view.renderPending) return;
  view.renderPending = true;
  requestAnimationFrame(() => {
    view.renderPending = false;
    render(view);
  });
}

function render(view) {
  const { state, drawn } = view;
  renderStatus(state);
  renderProgress(view);
  if (drawn.iterations !== state.iterations) renderLiveChart(view);
  // Charts may mark the environment's caches: draw them again when it arrives.
  if (drawn.results !== state.results || drawn.environment !== state.environment) renderResults(view);
  if (drawn.results !== state.results || drawn.environment !== state.environment || drawn.status !== state.status) {
    renderVerdict(view);
    renderPrecision(view);
  }
  if (state.status === 'SUCCEEDED' && drawn.status !== 'SUCCEEDED') loadRepeats(view);
  if (drawn.environment !== state.environment) renderEnvironment(state.environment);
  if (drawn.profiles !== state.profiles) renderProfiles(view, state.profiles, state.paramOrder);
  if (drawn.error !== state.error) renderError(state);
  if (drawn.log !== state.log) renderLog(state.log);
  view.drawn = {
    iterations: state.iterations,
    results: state.results,
    profiles: state.profiles,
    environment: state.environment,
    error: state.error,
    log: state.log,
    status: state.status,
  };
  const drawnPoints = livePointsDrawn(view);
  document.body.dataset.liveIterations = String(drawnPoints);
  // Kept after the run ends: proof for a watcher that points arrived while it was live.
  if (state.status === 'RUNNING' && drawnPoints > 0) document.body.dataset.pointsWhileRunning = String(drawnPoints);
  document.body.dataset.results = String(state.results.length);
}

// ---- status and progress ----------------------------------------------------------------------

function renderStatus(state) {
  const badge = byId('run-status');
  if (badge) {
    badge.textContent = state.status;
    badge.classList.remove(...[...badge.classList].filter((name) => name.startsWith('status-')));
    badge.classList.add('status', `status-${state.status.toLowerCase()}`);
  }
  const position = byId('run-queue-position');
  if (position) {
    const waiting = state.status === 'QUEUED' && state.queuePosition != null;
    position.textContent = waiting ? queueText(state.queuePosition) : '';
  }
  const cancel = byId('cancel-run');
  if (cancel) cancel.hidden = isTerminal(state.status);
}

function renderProgress(view) {
  const { done, total } = view.state.progress;
  const bar = byId('run-progress');
  if (bar) {
    bar.value = view.state.status === 'SUCCEEDED' ? 1 : total ? Math.min(1, done / total) : 0;
    bar.setAttribute('aria-valuetext', total ? `${done} of ${total} iterations` : 'not started');
  }
  const left = byId('run-eta');
  if (left) left.textContent = view.state.status === 'RUNNING' ? eta(etaInput(view)) : '';
}

function etaInput(view) {
  const { state } = view;
  const now = performance.now();
  // Pace is measured from the first frame drawn while running, after any replay burst.
  if (!view.pace) view.pace = { done: state.progress.done, at: now };
  const measured = state.progress.done - view.pace.done;
  if (view.lastDone !== state.progress.done) {
    view.lastDone = state.progress.done;
    view.lastDoneAt = now;
  }
  return {
    ...state.progress,
    iterationMillis: state.plan?.iterationMillis ?? 0,
    forksLeft: forksLeft(state),
    observedMillisPerIteration: measured > 0 ? (now - view.pace.at) / measured : null,
    sinceLastMillis: now - view.lastDoneAt,
  };
}

// ---- charts -----------------------------------------------------------------------------------

function themeCharts() {
  if (!window.Chart) return;
  const style = getComputedStyle(document.documentElement);
  const text = style.getPropertyValue('--chart-text').trim();
  const grid = style.getPropertyValue('--chart-grid').trim();
  if (text) window.Chart.defaults.color = text;
  if (grid) window.Chart.defaults.borderColor = grid;
  window.Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
  // Each canvas sits in a .chart-box whose height the stylesheet sets: a fixed aspect ratio
  // squeezes the plot under its legend on a phone.
  window.Chart.defaults.maintainAspectRatio = false;
}

function renderLiveChart(view) {
  const canvas = byId('live-chart');
  if (!canvas || !window.Chart || view.state.iterations.length === 0) return;
  drawChart(view, LIVE_CHART, () => ({ figure: null, canvas, caption: null }), liveChartConfig(view.state), null);
}

function drawChart(view, key, place, config, captionText) {
  const existing = view.charts.get(key);
  if (existing && existing.type === config.type) {
    mergeDatasets(existing.chart.data.datasets, config.data.datasets);
    if (config.data.labels) existing.chart.data.labels = config.data.labels;
    existing.chart.options = config.options;
    existing.chart.update('none');
    describe(existing, captionText);
    return;
  }
  // A new chart type cannot be updated into place: draw it afresh on the same canvas.
  existing?.chart.destroy();
  const placed = existing ?? place();
  const entry = { ...placed, type: config.type, chart: new window.Chart(placed.canvas, withKnownType(config)) };
  view.charts.set(key, entry);
  describe(entry, captionText);
}

function describe(entry, captionText) {
  if (!entry.caption) return;
  entry.caption.textContent = captionText;
  entry.canvas.setAttribute('aria-label', captionText);
}

// Datasets are updated in place so a series hidden from the legend stays hidden; a property the
// fresh dataset no longer has (a marked optimum that moved) goes.
function mergeDatasets(shown, fresh) {
  fresh.forEach((dataset, index) => {
    if (!shown[index]) {
      shown.push(dataset);
      return;
    }
    for (const name of Object.keys(shown[index])) {
      if (!Object.hasOwn(dataset, name) && !name.startsWith('_')) delete shown[index][name];
    }
    Object.assign(shown[index], dataset);
  });
  shown.length = fresh.length;
}

// Without the error-bar plugin the points and bars are still worth drawing, just without bars.
function withKnownType(config) {
  const known = window.Chart.registry?.controllers?.get(config.type);
  return known ? config : { ...config, type: config.type.replace(/WithErrorBars$/, '') };
}

function livePointsDrawn(view) {
  const live = view.charts.get(LIVE_CHART);
  return live ? live.chart.data.datasets.reduce((sum, dataset) => sum + dataset.data.length, 0) : 0;
}

function renderResults(view) {
  renderResultsTable(view);
  const section = byId('result-charts');
  if (!section || !window.Chart) return;
  const cores = view.state.environment?.cores ?? view.cores;
  const figures = chartConfigsFor(view.definition, view.state, cores);
  const keys = new Set(figures.map((figure) => figure.key));
  for (const [key, entry] of view.charts) {
    if (key === LIVE_CHART || keys.has(key)) continue;
    entry.chart.destroy();
    entry.figure?.remove();
    view.charts.delete(key);
  }
  for (const figure of figures) {
    drawChart(view, figure.key, () => addFigure(section, figure), figure.config, figure.caption);
  }
}

function addFigure(section, figure) {
  const element = document.createElement('figure');
  const canvas = document.createElement('canvas');
  const caption = document.createElement('figcaption');
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', figure.caption);
  canvas.setAttribute('aria-describedby', 'results-table');
  caption.textContent = figure.caption;
  const box = document.createElement('div');
  box.className = 'chart-box';
  box.append(canvas);
  element.append(box, caption);
  section.append(element);
  return { figure: element, canvas, caption };
}

// ---- verdict and precision -------------------------------------------------------------------

function renderVerdict(view) {
  const section = byId('verdict');
  const list = byId('verdict-sentences');
  if (!section || !list) return;
  const { results, status } = view.state;
  // As for the charts: until the run's environment arrives, the serving machine's core count stands in.
  const environment = view.state.environment ?? { cores: view.cores };
  let sentences = results.length > 0 ? verdictSentences(view.definition, results, environment, view.state.iterations) : [];
  const silent = sentences.length === 0 && results.length > 0 ? noVerdictReason(view.definition, view.state.environment) : null;
  if (silent) sentences = [{ text: silent, expected: null }];
  section.hidden = sentences.length === 0;
  list.replaceChildren(...sentences.map(verdictItem));
  const note = byId('verdict-partial');
  if (note) note.hidden = isTerminal(status);
}

// An unmet expectation is marked in words, not by colour alone.
function verdictItem({ text, expected }) {
  const item = document.createElement('li');
  if (expected === true) {
    item.className = 'verdict-met';
    const tick = cell('span', '✓ ', 'verdict-mark');
    tick.setAttribute('aria-hidden', 'true');
    item.append(tick, cell('span', 'As expected: ', 'visually-hidden'));
  } else if (expected === false) {
    item.className = 'verdict-unexpected';
    item.append(cell('strong', 'Not as the lesson expects: ', 'verdict-mark'));
  }
  item.append(text);
  return item;
}

function renderPrecision(view) {
  const { state } = view;
  const box = byId('precision-warning');
  const list = byId('precision-sentences');
  if (!box || !list) return;
  const warnings = state.results.length > 0 ? precisionWarnings(state.results, state.environment, state.paramOrder) : [];
  const repeats = view.repeats && repeatsSentence(view.repeats, state.paramOrder);
  if (repeats) warnings.push(repeats);
  box.hidden = warnings.length === 0;
  list.replaceChildren(...warnings.map((warning) => cell('li', warning)));
}

// Once the run has succeeded: the runs with its settings, for the run-to-run noise floor.
async function loadRepeats(view) {
  const url = view.page.dataset.repeatsUrl;
  if (!url) return;
  try {
    const response = await fetch(url, { headers: { Accept: 'application/json' } });
    if (!response.ok) return;
    view.repeats = await response.json();
    renderPrecision(view);
  } catch {
    // Without the repeats the page still says everything else; the noise floor is extra.
  }
}

// ---- results table ----------------------------------------------------------------------------

function renderResultsTable(view) {
  const table = byId('results-table');
  const { results } = view.state;
  // Until the stream brings results, keep the rows the server rendered.
  if (!table || results.length === 0) return;
  const columns = paramColumns(view.definition, results);
  const severalBenchmarks = new Set(results.map((result) => result.benchmark)).size > 1;
  const allocation = allocationColumns(results);
  const head = table.tHead ?? table.createTHead();
  head.replaceChildren(headerRow(columns, severalBenchmarks, allocation));
  const body = table.tBodies[0] ?? table.createTBody();
  body.replaceChildren(...results.map((result) => resultRow(result, columns, severalBenchmarks, allocation)));
}

function paramColumns(definition, results) {
  const columns = (definition.params ?? []).map((param) => ({ name: param.name, label: param.label ?? param.name }));
  const known = new Set(columns.map((column) => column.name));
  const extra = [...new Set(results.flatMap((result) => Object.keys(result.params)))].filter((name) => !known.has(name));
  return [...columns, ...extra.sort().map((name) => ({ name, label: name }))];
}

function headerRow(columns, severalBenchmarks, allocation) {
  const row = document.createElement('tr');
  if (severalBenchmarks) row.append(cell('th', 'benchmark'));
  for (const column of columns) row.append(cell('th', column.label));
  row.append(cell('th', 'score', 'num'), cell('th', '± error (99.9 %)', 'num'), cell('th', 'unit'));
  for (const column of allocation) row.append(cell('th', column.label, 'num'));
  for (const header of row.cells) header.scope = 'col';
  return row;
}

function resultRow(result, columns, severalBenchmarks, allocation) {
  const row = document.createElement('tr');
  if (severalBenchmarks) row.append(cell('td', shortBenchmarkName(result.benchmark)));
  for (const column of columns) row.append(cell('td', result.params[column.name] ?? '', ''));
  const score = cell('td', formatNumber(result.score), 'num');
  score.title = String(result.score);
  row.append(score, cell('td', formatError(result.scoreError), 'num'), cell('td', result.scoreUnit ?? ''));
  for (const column of allocation) row.append(cell('td', column.value(result), 'num'));
  return row;
}

function cell(tag, text, className = '') {
  const element = document.createElement(tag);
  element.textContent = text;
  if (className) element.className = className;
  return element;
}

// ---- environment, error, log, cancel ----------------------------------------------------------

// Optional: filled only when the page has a <dl id="run-environment">.
function renderEnvironment(environment) {
  const list = byId('run-environment');
  if (!list || !environment) return;
  const load = environment.loadAverage == null ? 'not available' : formatNumber(environment.loadAverage);
  const rows = [
    ['JDK', `${environment.jdkVendor} ${environment.jdkVersion}`],
    ['VM', `${environment.vmName} ${environment.vmVersion}`],
    ['JVM flags', (environment.jvmArgs ?? []).join(' ') || 'none'],
    ['GC', environment.gc],
    ['CPU', `${environment.cpuModel}, ${environment.cores} cores`],
    ['caches', formatCaches(environment.caches)],
    ['memory', formatBytes(environment.memoryBytes)],
    ['OS', environment.os],
    ['load before the run', load],
    ['lab version', environment.labVersion],
  ];
  list.replaceChildren(...rows.flatMap(([term, value]) => [cell('dt', term), cell('dd', value ?? '—')]));
}

function renderError(state) {
  const box = byId('run-error');
  if (!box) return;
  box.hidden = !state.error;
  if (!state.error) return;
  const parts = [cell('p', state.error.reason || state.status, 'run-error-reason')];
  if (state.error.stderrTail.length > 0) parts.push(cell('pre', state.error.stderrTail.join('\n')));
  box.replaceChildren(...parts);
  box.dataset.status = state.status.toLowerCase();
}

function renderLog(lines) {
  const log = byId('run-log');
  if (log && lines.length > 0) log.textContent = lines.join('\n');
}

// Without JavaScript the button is a plain link to the run; with it, a click copies the URL.
function wireCopyLink() {
  const link = document.querySelector('[data-copy-link]');
  const status = byId('copy-status');
  if (!link || !navigator.clipboard) return;
  link.addEventListener('click', async (event) => {
    event.preventDefault();
    try {
      await navigator.clipboard.writeText(link.href);
      if (status) status.textContent = 'Link copied.';
    } catch {
      if (status) status.textContent = `Copy this link: ${link.href}`;
    }
  });
}

function wireCancel(view) {
  const button = byId('cancel-run');
  if (!button) return;
  button.addEventListener('click', async (event) => {
    event.preventDefault();
    button.disabled = true;
    try {
      const response = await fetch(`/api/runs/${encodeURIComponent(view.page.dataset.runId)}/cancel`, { method: 'POST' });
      if (!response.ok) throw new Error(`the server answered ${response.status}`);
      // The stream reports the cancellation and hides the button.
    } catch (error) {
      button.disabled = false;
      showCancelProblem(button, `Could not cancel: ${error.message}`);
    }
  });
}

function showCancelProblem(button, message) {
  let note = button.nextElementSibling;
  if (!note?.classList.contains('field-error')) {
    note = cell('span', '', 'field-error');
    note.setAttribute('role', 'alert');
    button.after(note);
  }
  note.textContent = message;
}
