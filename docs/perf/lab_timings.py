#!/usr/bin/env python3
"""Times the packaged lab: start-up to healthy, and POST /api/runs to the first `iteration` event.

Usage: python3 docs/perf/lab_timings.py [--java PATH] [--jar PATH] [--aot-cache PATH] [--starts N] [--runs N]
                                        [--no-class-caches] [--jvm-option OPTION ...] [--restarts]

Each start uses a fresh data directory and a free port; prints every sample and the median. With
--restarts, one untimed start first prepares a data directory (database, class caches) and every
timed start reuses it, as a lab started again does. On the
first start, one untimed run goes first: it waits while the lab trains its class caches (unless
--no-class-caches), as only the first run of a new build does. The time to the first result is
printed as measured and minus the first iteration's own 100 ms.
"""
import argparse
import http.client
import json
import os
import shutil
import socket
import statistics
import subprocess
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
RUN = {"experiment": "ch09.pi-monte-carlo",
       "params": {"workers": [1], "variant": "thread-local-random"},
       "options": {"profile": "smoke"}}


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def healthy(port):
    try:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=1)
        conn.request("GET", "/actuator/health")
        return conn.getresponse().status == 200
    except OSError:
        return False


def start(java, jar, port, data, extra, jvm_options=()):
    began = time.monotonic()
    proc = subprocess.Popen([java, *jvm_options, "-jar", jar] + extra, cwd=data, env={**os.environ, "PORT": str(port)},
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    while not healthy(port):
        if proc.poll() is not None or time.monotonic() - began > 60:
            raise SystemExit("the lab did not become healthy")
        time.sleep(0.02)
    proc.port = port
    return proc, time.monotonic() - began


def first_iteration(port):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    began = time.monotonic()
    conn.request("POST", "/api/runs", json.dumps(RUN), {"Content-Type": "application/json"})
    run = json.loads(conn.getresponse().read())
    events = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    events.request("GET", f"/api/runs/{run['id']}/events", headers={"Accept": "text/event-stream"})
    stream = events.getresponse()
    first = None
    for raw in stream:
        line = raw.decode().strip()
        if line == "event:iteration" and first is None:
            first = time.monotonic() - began
        if line in ("event:finished", "event:failed", "event:cancelled"):
            break
    return first


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--java", default="/usr/lib/jvm/temurin-25-jdk-amd64/bin/java")
    parser.add_argument("--jar", default=os.path.join(ROOT, "src/target/perflab.jar"))
    parser.add_argument("--starts", type=int, default=5)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--no-class-caches", action="store_true")
    parser.add_argument("--jvm-option", action="append", default=[], help="an option for the lab's JVM")
    parser.add_argument("--restarts", action="store_true", help="time starts on a prepared data directory")
    parser.add_argument("--aot-cache", help="the lab's own AOT cache, as the start profile trains it:"
                        " with --jar src/target/lab/perflab.jar --aot-cache src/target/lab/perflab.aot")
    args = parser.parse_args()
    extra = ["--lab.class-caches=false"] if args.no_class_caches else []

    jvm_options = ([f"-XX:AOTCache={args.aot_cache}"] if args.aot_cache else []) + args.jvm_option
    prepared = None
    if args.restarts:
        prepared = tempfile.mkdtemp(prefix="perflab-timing-")
        proc, seconds = start(args.java, args.jar, free_port(), prepared, extra, jvm_options)
        print(f"preparing start: healthy after {seconds:.2f} s; waiting for its class caches")
        first_iteration(proc.port)
        proc.terminate()
        proc.wait(30)
    starts, firsts = [], []
    for i in range(args.starts):
        data = prepared or tempfile.mkdtemp(prefix="perflab-timing-")
        port = free_port()
        proc, seconds = start(args.java, args.jar, port, data, extra, jvm_options)
        starts.append(seconds)
        print(f"start {i + 1}: healthy after {seconds:.2f} s")
        if i == 0:
            print(f"  untimed first run (class caches trained before it starts): {first_iteration(port):.3f} s")
            for r in range(args.runs):
                firsts.append(first_iteration(port))
                print(f"  run {r + 1}: first iteration event {firsts[-1]:.3f} s after POST")
        proc.terminate()
        proc.wait(30)
        if not prepared:
            shutil.rmtree(data, ignore_errors=True)
    if prepared:
        shutil.rmtree(prepared, ignore_errors=True)

    print(f"median start-up to healthy: {statistics.median(starts):.2f} s of {len(starts)}")
    if firsts:
        median = statistics.median(firsts)
        print(f"median POST to first iteration event (smoke): {median:.3f} s of {len(firsts)};"
              f" minus the iteration's own 100 ms: {median - 0.1:.3f} s")
    for name in ("src/target/perflab.jar", "experiments/target/perflab-benchmarks.jar"):
        print(f"{name}: {os.path.getsize(os.path.join(ROOT, name)) / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
