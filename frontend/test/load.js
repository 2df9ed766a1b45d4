// Reads the golden fixtures: real run events (.ndjson) and result lists (.results.json) in the
// shape of `result` events' data.
import { readFileSync } from 'node:fs';
import { fromEvents } from '../src/run-state.js';

const read = (name) => readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8');

export function events(name) {
  return read(name).trim().split('\n').map((line) => JSON.parse(line));
}

export function results(name) {
  return JSON.parse(read(`${name}.results.json`));
}

/** A run state that received `resultData` as `result` events, as the page would fold them. */
export function stateWithResults(definition, resultData, environment = null) {
  const stream = resultData.map((data, index) => ({ id: index + 2, type: 'result', data }));
  const head = environment ? [{ id: 1, type: 'environment', data: environment }] : [];
  return fromEvents(definition, [...head, ...stream]);
}

// Output uses no-break and narrow no-break spaces; compare with plain spaces for readability.
export const plain = (text) => String(text).replace(/[\u00A0\u202F]/g, ' ');
