#!/usr/bin/env python3
"""The lab's server under load: pages at a fixed request rate, and many viewers of one live run.

Usage:
  python3 docs/perf/server_load.py URL pages RUN_ID [--rate 200] [--seconds 30]
  python3 docs/perf/server_load.py URL viewers [--viewers 1000] [--iterations 40]

pages: GETs of `/` and of the finished run's page, taking turns, started at RATE per second
whatever the answers' pace (an open loop, as independent users arrive), each on a new connection.
Prints per page the time to first byte (connect → first byte of the status line): p50, p99, max.

viewers: starts one run (ch08.crawler, serial requests that mostly wait, 200 ms iterations), and
docs/perf/SseViewers.java (run by JDK 25's source launcher) connects VIEWERS event streams to it
and notes when each `id:` line arrives: one selector thread, so the client's own delay stays small. Afterwards it
reads every event's `at` (when the lab published it) from /runs/ID.json and prints the delivery
latency (arrival − at, same machine clock) over the live events (those published once every
viewer's stream was open: earlier ones came as a replay or queued behind the streams opening): p50, p99, max, plus events
each viewer got against those stored and the server's heap (peak while streaming, and after).
All viewers come from one address: start the lab with --lab.viewers-per-client above VIEWERS.
"""
import argparse
import asyncio
import json
import os
import re
import statistics
import subprocess
import threading
import time
import urllib.parse
import urllib.request
from datetime import datetime

HEAP = re.compile(r'^jvm_memory_used_bytes\{area="heap".*\} (\S+)$', re.M)
CPU = re.compile(r"^process_cpu_time_ns_total (\S+)$", re.M)
GC_COUNT = re.compile(r"^jvm_gc_pause_seconds_count\{.*\} (\S+)$", re.M)
GC_SUM = re.compile(r"^jvm_gc_pause_seconds_sum\{.*\} (\S+)$", re.M)
GC_MAX = re.compile(r"^jvm_gc_pause_seconds_max\{.*\} (\S+)$", re.M)


def call(base, path, body=None):
    request = urllib.request.Request(base + path, data=None if body is None else json.dumps(body).encode(),
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=60) as response:
        return response.read().decode()


def heap_bytes(base):
    return sum(float(v) for v in HEAP.findall(call(base, "/actuator/prometheus")))


def cpu_seconds(base):
    """The lab JVM's CPU time so far: a steadier figure than latency on a shared 2-core machine."""
    return float(CPU.search(call(base, "/actuator/prometheus")).group(1)) / 1e9


def gc_pauses(base):
    """The lab's stop-the-world GC pauses so far (count, seconds) and the longest of the last minutes."""
    text = call(base, "/actuator/prometheus")
    return (sum(float(v) for v in GC_COUNT.findall(text)), sum(float(v) for v in GC_SUM.findall(text)),
            max((float(v) for v in GC_MAX.findall(text)), default=0.0))


def percentile(sorted_values, p):
    return sorted_values[min(len(sorted_values) - 1, int(len(sorted_values) * p))]


def describe(values):
    values = sorted(values)
    return (f"p50 {statistics.median(values) * 1000:.2f} ms, p99 {percentile(values, 0.99) * 1000:.2f} ms, "
            f"max {values[-1] * 1000:.2f} ms (n={len(values)})")


async def first_byte(host, port, path):
    """One GET on a new connection: (status, seconds to the first byte of the answer)."""
    began = time.perf_counter()
    reader, writer = await asyncio.open_connection(host, port)
    writer.write(f"GET {path} HTTP/1.1\r\nHost: {host}\r\nAccept-Encoding: gzip\r\nConnection: close\r\n\r\n"
                 .encode())
    await writer.drain()
    status_line = await reader.readline()
    ttfb = time.perf_counter() - began
    await reader.read()
    writer.close()
    return int(status_line.split()[1]), ttfb


async def pages(host, port, run_id, rate, seconds):
    paths = ["/", f"/runs/{run_id}"]
    for path in paths:  # the JIT's first compilations are not what a steady server costs
        for _ in range(200):
            await first_byte(host, port, path)
    tasks, interval, start, n = [], 1.0 / rate, time.perf_counter(), 0
    while time.perf_counter() - start < seconds:
        path = paths[n % len(paths)]
        tasks.append((path, asyncio.create_task(first_byte(host, port, path))))
        n += 1
        await asyncio.sleep(max(0.0, start + n * interval - time.perf_counter()))
    elapsed = time.perf_counter() - start
    print(f"{n} requests in {elapsed:.1f} s ({n / elapsed:.0f}/s)")
    for path in paths:
        results = [await task for p, task in tasks if p == path]
        errors = sum(1 for status, _ in results if status != 200)
        print(f"{path:24} TTFB {describe([t for _, t in results])}, errors {errors}")


def viewers(base, host, port, count, iterations, java):
    # A run whose fork mostly waits (serial requests to a loopback server that answers after 10 ms):
    # the cores stay free for the server and the viewers, whose delivery is what is measured.
    queued = json.loads(call(base, "/api/runs", {
        "experiment": "ch08.crawler",
        "params": {"requests": [10], "delayMillis": [10], "concurrency": [1], "variant": ["serial"]},
        "options": {"forks": 1, "warmupIterations": 1, "measurementIterations": iterations,
                    "iterationMillis": 200, "profiler": "none"}}))
    run_id = queued["id"]
    cpu_before = cpu_seconds(base)
    gc_before = gc_pauses(base)
    peak, stop = [0.0], threading.Event()

    def sample():
        while not stop.is_set():
            peak[0] = max(peak[0], heap_bytes(base))
            time.sleep(1)

    sampler = threading.Thread(target=sample)
    sampler.start()
    client = os.path.join(os.path.dirname(os.path.abspath(__file__)), "SseViewers.java")
    output = subprocess.run([java, client, host, str(port), run_id, str(count)],
                            check=True, capture_output=True, text=True).stdout
    stop.set()
    sampler.join()
    asked, arrivals, refused = {}, [], 0
    for line in output.splitlines():
        fields = line.split()
        if fields[0] == "viewer":
            asked[int(fields[1])] = int(fields[2]) / 1e6
        elif fields[0] == "refused":
            refused += 1
        else:
            arrivals.append((int(fields[1]), int(fields[2]), int(fields[3]) / 1e6))
    stored = json.loads(call(base, f"/runs/{run_id}.json"))["events"]
    published = {event["id"]: datetime.fromisoformat(event["at"].replace("Z", "+00:00")).timestamp()
                 for event in stored}
    types = {event["id"]: event["type"] for event in stored}
    status = json.loads(call(base, f"/api/runs/{run_id}"))["status"]
    got = [0] * count
    for viewer, _, _ in arrivals:
        got[viewer] += 1
    # Live events are those published once every viewer's stream was open (each had received its
    # first event): earlier ones came as a replay, or queued behind 1,000 streams opening at once.
    first_arrival = {}
    for viewer, _, now in arrivals:
        first_arrival[viewer] = min(now, first_arrival.get(viewer, now))
    all_open = max(first_arrival.values())
    live = [(seq, now - published[seq]) for viewer, seq, now in arrivals if published[seq] > all_open]
    print(f"run {run_id}: {status}, {len(published)} events stored, {len(asked)} viewers connected")
    if refused:
        print(f"streams the lab refused: {refused} (start it with --lab.viewers-per-client={count} or more)")
    print(f"viewers that got every event: {sum(1 for n in got if n == len(published))} of {count}")
    print(f"delivery latency, publish → arrival, every live event: {describe([t for _, t in live])}")
    for kind in sorted(set(types.values())):
        of_kind = [t for seq, t in live if types[seq] == kind]
        if of_kind:
            print(f"  {kind:12} {describe(of_kind)}")
    by_event = {}
    for seq, t in live:
        by_event.setdefault(seq, []).append(t)
    slowest = sorted(by_event, key=lambda seq: percentile(sorted(by_event[seq]), 0.99), reverse=True)[:6]
    print("slowest events: " + ", ".join(
        f"#{seq} {types[seq]} p99 {percentile(sorted(by_event[seq]), 0.99) * 1000:.0f} ms" for seq in sorted(slowest)))
    # Where a slow event's time went: published late in a burst, stored and handed out late (even
    # its first viewer got it late), or sent late to most viewers (the spread from first to p99).
    arrived = {}
    for viewer, seq, now in arrivals:
        arrived.setdefault(seq, []).append(now)
    for seq in sorted(slowest):
        times = sorted(arrived[seq])
        print(f"  #{seq} {types[seq]}: first viewer {(times[0] - published[seq]) * 1000:.0f} ms after publishing,"
              f" p50 {(percentile(times, 0.5) - published[seq]) * 1000:.0f} ms,"
              f" p99 {(percentile(times, 0.99) - published[seq]) * 1000:.0f} ms")
    print(f"server heap used: peak {peak[0] / 2**20:.0f} MiB while streaming, "
          f"{heap_bytes(base) / 2**20:.0f} MiB after")
    print(f"server CPU from POST to the last viewer's end: {cpu_seconds(base) - cpu_before:.2f} s")
    # A pause stops every event loop: one during the end-of-run burst adds to every viewer's wait.
    gc_after = gc_pauses(base)
    print(f"server GC pauses meanwhile: {gc_after[0] - gc_before[0]:.0f}, {(gc_after[1] - gc_before[1]) * 1000:.0f} ms"
          f" in all, the longest of the last minutes {gc_after[2] * 1000:.0f} ms")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("base")
    sub = parser.add_subparsers(dest="mode", required=True)
    page_args = sub.add_parser("pages")
    page_args.add_argument("run_id")
    page_args.add_argument("--rate", type=int, default=200)
    page_args.add_argument("--seconds", type=int, default=30)
    viewer_args = sub.add_parser("viewers")
    viewer_args.add_argument("--viewers", type=int, default=1000)
    viewer_args.add_argument("--iterations", type=int, default=40)
    viewer_args.add_argument("--java", default="/usr/lib/jvm/temurin-25-jdk-amd64/bin/java")
    args = parser.parse_args()
    base = args.base.rstrip("/")
    url = urllib.parse.urlparse(base)
    if args.mode == "pages":
        asyncio.run(pages(url.hostname, url.port, args.run_id, args.rate, args.seconds))
    else:
        viewers(base, url.hostname, url.port, args.viewers, args.iterations, args.java)


if __name__ == "__main__":
    main()
