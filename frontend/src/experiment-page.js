// Glue for /experiments/{id}: as the form changes, asks the server what the run would cost and
// whether it is valid, and shows the answer by the Run button and by each field.
import { describePreview, errorsByField, requestFromForm } from './form-preview.js';

const DEBOUNCE_MILLIS = 250;
const form = document.getElementById('run-form');
if (form) watch(form);

function watch(form) {
  const paramNames = (form.dataset.paramNames ?? '').split(',').filter(Boolean);
  let timer = null;
  let latest = 0;
  const refresh = () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const asked = ++latest;
      const request = requestFromForm(form.dataset.experimentId, new FormData(form).entries(), paramNames);
      try {
        const response = await fetch('/api/runs/preview', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(request),
        });
        // A slower answer to an older question must not overwrite a newer one.
        if (asked === latest && response.ok) show(form, paramNames, await response.json());
      } catch {
        // Offline or the lab restarting: the server checks again on submit.
      }
    }, DEBOUNCE_MILLIS);
  };
  form.addEventListener('input', refresh);
  form.addEventListener('change', refresh);
}

function show(form, paramNames, preview) {
  const described = describePreview(preview);
  setText('predicted-duration', described.summary);
  const refusal = document.getElementById('prediction-refusal');
  if (refusal) {
    refusal.textContent = described.refusal ?? '';
    refusal.hidden = !described.refusal;
  }
  const same = document.getElementById('same-settings');
  if (same) {
    same.hidden = !preview.sameSettingsRunId;
    const link = document.getElementById('same-settings-link');
    if (link && preview.sameSettingsRunId) link.href = `/runs/${encodeURIComponent(preview.sameSettingsRunId)}`;
  }
  const errors = errorsByField(preview.errors);
  for (const element of form.querySelectorAll('small.error[id^="error-"]')) {
    const name = element.id.slice('error-'.length);
    element.textContent = errors[name] ?? '';
    element.hidden = !errors[name];
    const input = form.querySelector(`[name="${CSS.escape(name)}"]`);
    if (input && paramNames.includes(name)) input.setAttribute('aria-invalid', String(Boolean(errors[name])));
    element.closest('.field')?.classList.toggle('invalid', Boolean(errors[name]));
  }
}

function setText(id, text) {
  const element = document.getElementById(id);
  if (element) element.textContent = text;
}
