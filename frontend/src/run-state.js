// The state of one run as the page knows it, folded from the run's server events.
// applyEvent never mutates the state it is given: it returns a new state, or the same object
// when the event changes nothing (an id already seen), so callers can compare by identity.

export const MAX_LOG_LINES = 500;

const TERMINAL_STATUSES = new Set(['SUCCEEDED', 'FAILED', 'CANCELLED', 'TIMED_OUT', 'INTERRUPTED']);

export function isTerminal(status) {
  return TERMINAL_STATUSES.has(status);
}

export function initialState(definition) {
  return {
    // Param names in the definition's order, so labels and columns read as the form does.
    paramOrder: (definition?.params ?? []).map((param) => param.name),
    status: 'QUEUED',
    queuePosition: null,
    plan: null,
    environment: null,
    forksStarted: 0,
    iterations: [],
    results: [],
    profiles: [],
    scoreUnit: null,
    error: null,
    log: [],
    progress: { done: 0, total: 0 },
    lastEventId: 0,
  };
}

export function applyEvent(state, { id, type, data }) {
  // The stream replays from the first event on every (re)connect.
  if (id != null && id <= state.lastEventId) return state;
  const next = { ...state, lastEventId: id ?? state.lastEventId };
  const reduce = Object.hasOwn(REDUCERS, type) ? REDUCERS[type] : null;
  return reduce ? reduce(next, data ?? {}, type) : next;
}

export function fromEvents(definition, events) {
  return events.reduce(applyEvent, initialState(definition));
}

/** One key per measured point: a run may sweep several benchmarks over the same params. */
/**
 * Where a queued run stands, in words. The queue's position counts the run being measured as the
 * first, so position 2 is the next run to start.
 */
export function queueText(position) {
  if (position == null) return '';
  const ahead = Math.max(0, position - 1);
  if (ahead === 0) return 'next to start';
  return `waiting for ${ahead} run${ahead === 1 ? '' : 's'} ahead of it`;
}

export function pointKey(benchmark, params) {
  const entries = Object.entries(params ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify([benchmark ?? '', entries]);
}

export function plannedIterations(plan) {
  if (!plan) return 0;
  return plan.points * plan.forks * (plan.warmupIterations + plan.measurementIterations);
}

export function forksLeft(state) {
  if (!state.plan) return 0;
  return Math.max(0, state.plan.points * state.plan.forks - state.forksStarted);
}

const REDUCERS = {
  queued: (state, data) => ({ ...state, status: 'QUEUED', queuePosition: data.position ?? null }),
  started: (state, data) => ({
    ...state,
    status: 'RUNNING',
    queuePosition: null,
    plan: data.plan ?? null,
    progress: { done: state.progress.done, total: plannedIterations(data.plan) },
  }),
  environment: (state, data) => ({ ...state, environment: data }),
  fork: (state) => ({ ...state, forksStarted: state.forksStarted + 1 }),
  iteration: addIteration,
  result: putResult,
  profile: putProfile,
  log: (state, data) => ({ ...state, log: [...state.log, String(data.line ?? '')].slice(-MAX_LOG_LINES) }),
  finished: endRun,
  failed: endRun,
  cancelled: endRun,
};

function addIteration(state, data) {
  const iteration = {
    index: state.iterations.length + 1,
    key: pointKey(data.benchmark, data.params),
    benchmark: data.benchmark,
    params: data.params ?? {},
    fork: data.fork,
    phase: data.phase,
    iteration: data.iteration,
    score: data.score,
    scoreUnit: data.scoreUnit,
    secondary: data.secondary ?? {},
  };
  return {
    ...state,
    iterations: [...state.iterations, iteration],
    scoreUnit: state.scoreUnit ?? data.scoreUnit ?? null,
    progress: { ...state.progress, done: state.progress.done + 1 },
  };
}

function putResult(state, data) {
  const result = {
    key: pointKey(data.benchmark, data.params),
    benchmark: data.benchmark,
    params: data.params ?? {},
    score: data.score,
    scoreError: data.scoreError ?? null,
    scoreConfidence: data.scoreConfidence ?? [null, null],
    scoreUnit: data.scoreUnit,
    samples: data.samples,
    secondary: data.secondary ?? {},
  };
  const at = state.results.findIndex((existing) => existing.key === result.key);
  const results = at < 0 ? [...state.results, result] : state.results.with(at, result);
  return { ...state, results, scoreUnit: state.scoreUnit ?? data.scoreUnit ?? null };
}

function putProfile(state, data) {
  const profile = { ...data, key: pointKey(data.benchmark, data.params), params: data.params ?? {} };
  const at = state.profiles.findIndex((existing) => existing.key === profile.key);
  return { ...state, profiles: at < 0 ? [...state.profiles, profile] : state.profiles.with(at, profile) };
}

const DEFAULT_TERMINAL_STATUS = { finished: 'SUCCEEDED', failed: 'FAILED', cancelled: 'CANCELLED' };

function endRun(state, data, type) {
  const status = data.status ?? DEFAULT_TERMINAL_STATUS[type];
  const error = type === 'finished' ? null : { reason: data.reason ?? '', stderrTail: data.stderrTail ?? [] };
  return { ...state, status, queuePosition: null, error };
}
