// Glue for /compare: draws the chart from the comparison the server embedded. The table beside it
// is server-rendered and is the chart's text alternative.
import { compareChartConfig } from './compare-chart.js';

const script = document.getElementById('comparison-data');
const canvas = document.getElementById('compare-chart');
if (script && canvas && window.Chart) {
  const chart = new window.Chart(canvas, compareChartConfig(JSON.parse(script.textContent)));
  document.body.dataset.compareBars = String(chart.data.datasets.reduce((sum, set) => sum + set.data.filter((bar) => bar.y != null).length, 0));
}
