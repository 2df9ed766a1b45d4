// The experiment form as a run request, and the server's preview of it in words. Pure: the page
// glue (experiment-page.js) reads the form and writes these strings into the page.
import { formatDuration } from './format.js';

const OPTION_FIELDS = new Set(['profile', 'forks', 'warmupIterations', 'measurementIterations', 'iterationMillis', 'profiler']);

/**
 * `entries` are the form's [name, value] pairs (FormData order); `paramNames` the experiment's
 * params. Text stays text: the server parses and bounds every value, exactly as for a submit.
 */
export function requestFromForm(experiment, entries, paramNames) {
  const params = {};
  const options = {};
  const jvmOptions = [];
  for (const [name, raw] of entries) {
    const value = String(raw).trim();
    if (paramNames.includes(name)) params[name] = value;
    else if (name === 'jvmOptions') jvmOptions.push(value);
    else if (OPTION_FIELDS.has(name) && value !== '') options[name] = value;
  }
  if (jvmOptions.length > 0) options.jvmOptions = jvmOptions;
  return { experiment, params, options };
}

/** Field errors by the form field's name: `params.workers` → `workers`, `options.forks` → `forks`. */
export function errorsByField(errors) {
  const byField = {};
  for (const { field, message } of errors ?? []) {
    const name = field.includes('.') ? field.slice(field.indexOf('.') + 1) : field;
    byField[name] = byField[name] ? `${byField[name]}; ${message}` : message;
  }
  return byField;
}

/**
 * `{summary, refusal, canRun}`: the plan in words, and why the lab would refuse it (over the
 * time limit, or invalid values: those are shown by their fields).
 */
export function describePreview(preview) {
  const { plan, errors = [] } = preview ?? {};
  const overLimit = errors.find((error) => error.field === 'options');
  if (!plan) {
    return { summary: 'Fix the marked fields to see what this run would cost.', refusal: overLimit?.message ?? null, canRun: false };
  }
  const points = `${plan.points} point${plan.points === 1 ? '' : 's'}`;
  const iterations = `${plan.warmupIterations} + ${plan.measurementIterations} iterations of ${formatDuration(plan.iterationMillis)}`;
  const summary = `${points} × ${plan.forks} fork${plan.forks === 1 ? '' : 's'} × (${iterations}) + JVM starts ≈ ${formatDuration(plan.predictedMillis)}`;
  if (overLimit) return { summary, refusal: `Refused: ${overLimit.message}.`, canRun: false };
  return { summary, refusal: null, canRun: errors.length === 0 };
}
