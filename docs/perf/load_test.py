#!/usr/bin/env python3
"""Load on a running lab: many SSE viewers of one live run plus a steady page load.

Usage: python3 docs/perf/load_test.py http://127.0.0.1:8080 [--viewers 200] [--rate 50] [--seconds 60]

All viewers come from one address: start the lab with a per-client stream cap above VIEWERS,
e.g. `java -jar src/target/perflab.jar --lab.viewers-per-client=1000` (the default is 50).

Starts a run long enough to outlast the load, connects VIEWERS server-sent-event streams to it,
requests `/` and the run's page at RATE requests/s in total for SECONDS, then waits for the run to
end. Prints page requests, errors and p50/p99 latency, events each viewer got against the events
the run stored, and the server's peak heap (from /actuator/prometheus, sampled every second).
"""
import argparse
import asyncio
import json
import re
import statistics
import time
import urllib.parse
import urllib.request

HEAP = re.compile(r'^jvm_memory_used_bytes\{area="heap".*\} (\S+)$', re.M)


def call(base, path, body=None):
    request = urllib.request.Request(base + path, data=None if body is None else json.dumps(body).encode(),
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.read().decode()


async def http_get(host, port, path):
    """One GET on its own connection; returns (status, seconds to the whole body)."""
    began = time.perf_counter()
    reader, writer = await asyncio.open_connection(host, port)
    writer.write(f"GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n".encode())
    await writer.drain()
    status_line = await reader.readline()
    await reader.read()
    writer.close()
    return int(status_line.split()[1]), time.perf_counter() - began


async def viewer(host, port, run_id, counts, index):
    reader, writer = await asyncio.open_connection(host, port)
    writer.write(f"GET /api/runs/{run_id}/events HTTP/1.0\r\nHost: {host}\r\nAccept: text/event-stream\r\n\r\n".encode())
    await writer.drain()
    events = 0
    while True:
        line = await reader.readline()
        if not line:
            break
        text = line.decode().strip()
        if text.startswith("id:"):
            events += 1
        if text in ("event:finished", "event:failed", "event:cancelled"):
            break
    writer.close()
    counts[index] = events


async def page_load(host, port, paths, rate, seconds, latencies, errors):
    tasks, interval, start = [], 1.0 / rate, time.perf_counter()
    n = 0
    while time.perf_counter() - start < seconds:
        path = paths[n % len(paths)]
        tasks.append(asyncio.create_task(http_get(host, port, path)))
        n += 1
        await asyncio.sleep(max(0.0, start + n * interval - time.perf_counter()))
    for result in await asyncio.gather(*tasks, return_exceptions=True):
        if isinstance(result, Exception) or result[0] >= 400:
            errors.append(result)
        else:
            latencies.append(result[1])


async def heap_sampler(base, peak, stop):
    loop = asyncio.get_running_loop()
    while not stop.is_set():
        text = await loop.run_in_executor(None, call, base, "/actuator/prometheus")
        peak[0] = max(peak[0], sum(float(v) for v in HEAP.findall(text)))
        await asyncio.sleep(1)


async def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("base")
    parser.add_argument("--viewers", type=int, default=200)
    parser.add_argument("--rate", type=int, default=50)
    parser.add_argument("--seconds", type=int, default=60)
    args = parser.parse_args()
    url = urllib.parse.urlparse(args.base)
    host, port = url.hostname, url.port

    # One iteration per second for longer than the load lasts: viewers watch a live run throughout.
    run = json.loads(call(args.base, "/api/runs", {
        "experiment": "ch09.pi-monte-carlo", "params": {"workers": [1, 2], "variant": "thread-local-random"},
        "options": {"profile": "standard", "warmupIterations": 2,
                    "measurementIterations": max(4, args.seconds // 2 + 5)}}))
    run_id = run["id"]
    counts = [None] * args.viewers
    latencies, errors, peak, stop = [], [], [0.0], asyncio.Event()
    sampler = asyncio.create_task(heap_sampler(args.base, peak, stop))
    viewers = [asyncio.create_task(viewer(host, port, run_id, counts, i)) for i in range(args.viewers)]
    await page_load(host, port, ["/", f"/runs/{run_id}"], args.rate, args.seconds, latencies, errors)
    await asyncio.gather(*viewers, return_exceptions=True)
    stop.set()
    await sampler

    stored = len(json.loads(call(args.base, f"/runs/{run_id}.json"))["events"])
    status = json.loads(call(args.base, f"/api/runs/{run_id}"))["status"]
    latencies.sort()
    print(f"run {run_id}: {status}, {stored} events stored")
    print(f"page requests: {len(latencies) + len(errors)}, errors: {len(errors)}, "
          f"p50 {statistics.median(latencies) * 1000:.1f} ms, "
          f"p99 {latencies[int(len(latencies) * 0.99) - 1] * 1000:.1f} ms")
    complete = sum(1 for c in counts if c == stored)
    print(f"viewers: {args.viewers}, got every event: {complete}, "
          f"events delivered {sum(c or 0 for c in counts)} of {stored * args.viewers} sent")
    print(f"peak heap used: {peak[0] / 2**20:.0f} MiB")


if __name__ == "__main__":
    asyncio.run(main())
