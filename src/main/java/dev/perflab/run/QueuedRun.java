package dev.perflab.run;

/** A run the queue holds or runs, with the channel its events go through. */
record QueuedRun(String id, ValidatedRun run, EventChannel channel) {}
