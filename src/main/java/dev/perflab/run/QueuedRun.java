package dev.perflab.run;

/**
 * A run the queue holds or runs, with the channel its events go through and the client (address)
 * that asked for it, whose waiting runs are capped.
 */
record QueuedRun(String id, ValidatedRun run, EventChannel channel, String client) {}
