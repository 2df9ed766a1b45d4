/**
 * The chapter's delay server, shared by its experiments: a real HTTP server on loopback whose
 * every answer comes {@code delay} milliseconds after the request, as the book's Tornado server
 * sleeps before it answers. It counts the requests it serves and the most it held at once, so an
 * experiment can check that every request was answered and that the concurrency it asked for is
 * the one it got. This folder holds no {@code experiment.yaml}: it is code, not an experiment.
 */
package dev.perflab.experiments.ch08.delay;
