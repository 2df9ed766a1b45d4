#!/usr/bin/env python3
"""The JMH host and its fork with and without the lab's class caches, alternated.

Usage: python3 docs/perf/class_caches.py [--pairs N] [--jar PATH] [--java PATH]

Trains the two caches the way fork.ClassCaches does (record with the Training benchmark, then
create), then runs the harness on ch09.pi-monte-carlo's smoke point N times each way, alternating.
Prints, per run, the seconds from starting the host to its `hello` event, to the `fork` event, to
the first iteration's end, and the CPU seconds the host and fork used; then the medians. CPU
seconds say more than wall time on a shared machine: other work stretches the wall clock.
"""
import argparse
import json
import os
import resource
import statistics
import subprocess
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
QUIET = ["-Xlog:disable", "-Xlog:all=warning:stderr"]
HOST = ["-Xmx128m", "-XX:TieredStopAtLevel=1"]
FORK_HEAP = ["-Xms1g", "-Xmx1g"]
POINT = {"benchmark": "dev.perflab.experiments.ch09.pi.PiMonteCarlo",
         "params": {"workers": ["1"], "variant": ["thread-local-random"], "samples": ["1000000"]},
         "forks": 1, "warmupIterations": 1, "measurementIterations": 2, "iterationMillis": 100,
         "profilers": []}


def harness(java, jar, tmp, host_extra, fork_args, spec=POINT):
    spec = dict(spec, jvmArgs=FORK_HEAP + fork_args)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.monotonic()
    process = subprocess.Popen(
        [java] + HOST + ["-Djava.io.tmpdir=" + tmp] + QUIET + host_extra + ["-cp", jar, "dev.perflab.harness.HarnessMain"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    process.stdin.write(json.dumps(spec))
    process.stdin.close()
    marks = {}
    for line in process.stdout:
        if not line.startswith("{"):
            continue
        event = json.loads(line)
        kind = event["type"]
        if kind in ("hello", "fork") and kind not in marks:
            marks[kind] = time.monotonic() - start
        if kind == "iteration" and "first" not in marks:
            marks["first"] = time.monotonic() - start
    if process.wait() != 0:
        raise SystemExit("the harness failed")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    marks["cpu"] = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return marks


def train(java, jar, tmp, caches):
    host_conf, fork_conf = os.path.join(caches, "host.aotconf"), os.path.join(caches, "fork.aotconf")
    training = dict(POINT, benchmark="dev.perflab.harness.Training", params={})
    harness(java, jar, tmp, ["-XX:AOTMode=record", "-XX:AOTConfiguration=" + host_conf],
            QUIET + ["-XX:AOTMode=record", "-XX:AOTConfiguration=" + fork_conf], training)
    for conf, args, name in ((host_conf, HOST, "host.aot"), (fork_conf, FORK_HEAP, "fork.aot")):
        subprocess.run([java] + args + QUIET + ["-XX:AOTMode=create", "-XX:AOTConfiguration=" + conf,
                        "-XX:AOTCache=" + os.path.join(caches, name), "-cp", jar],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return (["-XX:AOTCache=" + os.path.join(caches, "host.aot")],
            QUIET + ["-XX:AOTCache=" + os.path.join(caches, "fork.aot"),
                     "-XX:+UnlockDiagnosticVMOptions", "-XX:-AOTReplayTraining"])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--pairs", type=int, default=7)
    parser.add_argument("--jar", default=os.path.join(ROOT, "experiments/target/perflab-benchmarks.jar"))
    parser.add_argument("--java", default="/usr/lib/jvm/temurin-25-jdk-amd64/bin/java")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        host_cache, fork_cache = train(args.java, args.jar, tmp, tmp)
        samples = {"without": [], "with": []}
        for _ in range(args.pairs):
            samples["without"].append(harness(args.java, args.jar, tmp, [], []))
            samples["with"].append(harness(args.java, args.jar, tmp, host_cache, fork_cache))
        print(f"load average before: {os.getloadavg()[0]:.2f}")
        for way, runs in samples.items():
            for run in runs:
                print(f"{way:8} hello {run['hello']:.3f}  fork {run['fork']:.3f}  first iteration {run['first']:.3f}  cpu {run['cpu']:.2f}")
        for way, runs in samples.items():
            print(f"median {way:8} " + "  ".join(
                f"{key} {statistics.median(run[key] for run in runs):.3f}" for key in ("hello", "fork", "first", "cpu")))


if __name__ == "__main__":
    main()
