// Glue for /compare: draws the chart from the comparison the server embedded, and says above it
// what cannot be compared. The table beside it is server-rendered and is the chart's text
// alternative.
import { compareChartConfig } from './compare-chart.js';
import { compareNotices, experimentsTitle, listedRuns } from './compare-notices.js';

const script = document.getElementById('comparison-data');
if (script) start(JSON.parse(script.textContent));

function start(comparison) {
  const canvas = document.getElementById('compare-chart');
  if (canvas && window.Chart) {
    const chart = new window.Chart(canvas, compareChartConfig(comparison));
    document.body.dataset.compareBars = String(chart.data.datasets.reduce((sum, set) => sum + set.data.filter((bar) => bar.y != null).length, 0));
  }
  // The server lists each run once: only the address still shows a run listed twice.
  const listed = listedRuns(new URLSearchParams(window.location.search).get('runs'));
  experimentsOf(comparison.runs ?? []).then((experiments) => {
    showNotices(compareNotices(comparison, { listed, experiments }));
    const title = experimentsTitle(comparison.runs ?? [], experiments);
    const lead = document.getElementById('compare-experiment');
    if (title && lead) lead.textContent = title;
  });
}

/**
 * Each run's experiment as `{id, title}`, from the JSON API: the embedded comparison does not say,
 * and the server titles the page by the first run's alone. Empty when the API cannot be read, so
 * the page keeps what it knows without the experiments.
 */
async function experimentsOf(runIds) {
  try {
    const runs = await Promise.all(runIds.map((id) => readJson(`/api/runs/${encodeURIComponent(id)}`)));
    const ids = [...new Set(runs.map((run) => run.experiment))];
    const titles = new Map();
    if (ids.length > 1) {
      const definitions = await Promise.all(ids.map((id) => readJson(`/api/experiments/${encodeURIComponent(id)}`).catch(() => ({ id }))));
      for (const [at, id] of ids.entries()) titles.set(id, definitions[at].title ?? id);
    }
    return Object.fromEntries(runIds.map((runId, at) => [runId, { id: runs[at].experiment, title: titles.get(runs[at].experiment) ?? runs[at].experiment }]));
  } catch {
    return {};
  }
}

async function readJson(url) {
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json();
}

function showNotices(notices) {
  document.body.dataset.compareNotices = String(notices.length);
  if (notices.length === 0) return;
  const box = document.createElement('div');
  box.id = 'compare-notices';
  box.className = 'card warning';
  box.setAttribute('role', 'status');
  for (const notice of notices) {
    const paragraph = document.createElement('p');
    paragraph.textContent = notice;
    box.append(paragraph);
  }
  const lead = document.querySelector('#compare-page .lead');
  if (lead) lead.after(box);
  else document.getElementById('compare-page')?.append(box);
}
