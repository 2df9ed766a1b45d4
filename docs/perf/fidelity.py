#!/usr/bin/env python3
"""Fidelity: the lab's score against plain JMH on the same benchmarks jar, alternated.

Usage: python3 docs/perf/fidelity.py URL [--pairs N] [--java PATH] [--jar PATH] [--case NAME ...]

For each case, N pairs: one run through the lab at URL (POST /api/runs, then poll until it ends),
then one plain `java -cp perflab-benchmarks.jar org.openjdk.jmh.Main` run of the same benchmark,
params, forks, iterations and iteration time, with JMH's defaults for everything else. The order
inside a pair alternates, so a drift of the machine does not favour one side. Prints each pair's
scores and the ratio lab ÷ plain, then per case the median ratio and its spread (min–max).
The lab must run on this machine, quiet otherwise: both sides share its cores.
"""
import argparse
import json
import os
import statistics
import subprocess
import tempfile
import time
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

# name → (experiment id, benchmark class, one point's params, forks, warm-up, measurement, ms)
CASES = {
    "pi": ("ch09.pi-monte-carlo", "dev.perflab.experiments.ch09.pi.PiMonteCarlo",
           {"workers": "1", "variant": "thread-local-random", "samples": "20000000"}, 1, 2, 3, 1000),
    "pi-2": ("ch09.pi-monte-carlo", "dev.perflab.experiments.ch09.pi.PiMonteCarlo",
             {"workers": "2", "variant": "thread-local-random", "samples": "20000000"}, 1, 2, 3, 1000),
    "pi-splittable": ("ch09.pi-monte-carlo", "dev.perflab.experiments.ch09.pi.PiMonteCarlo",
                      {"workers": "1", "variant": "splittable-random", "samples": "20000000"}, 1, 2, 3, 1000),
    # Under a nanosecond per call: what the lab adds around a fork would show here first.
    "static-call": ("ch04.lookup-scope", "dev.perflab.experiments.ch04.lookupscope.LookupScope",
                    {"access": "static"}, 2, 3, 5, 500),
    "julia": ("ch07.boxed-vs-primitive", "dev.perflab.experiments.ch07.boxedvsprimitive.BoxedVsPrimitive",
              {"size": "400", "maxIterations": "300", "variant": "primitive-expanded"}, 1, 3, 5, 500),
    # Allocates a Complex per step unless escape analysis removes them: the heap's settings matter.
    "julia-objects": ("ch07.boxed-vs-primitive", "dev.perflab.experiments.ch07.boxedvsprimitive.BoxedVsPrimitive",
                      {"size": "400", "maxIterations": "300", "variant": "complex-object"}, 1, 3, 5, 500),
    # Memory-bound and laid out anew by every fork: scores differ by ±20 % from fork to fork.
    "search": ("ch03.search", "dev.perflab.experiments.ch03.search.Lookups",
               {"n": "1000000", "variant": "binary", "outcome": "hit"}, 3, 3, 5, 500),
}


def call(base, path, body=None):
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(base + path, data=data, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=60) as resp:
        return json.load(resp)


def lab_score(base, case):
    experiment, _, params, forks, warmup, measurement, millis = case
    run = call(base, "/api/runs", {
        "experiment": experiment,
        "params": {name: [value] for name, value in params.items()},
        "options": {"forks": forks, "warmupIterations": warmup, "measurementIterations": measurement,
                    "iterationMillis": millis, "profiler": "none"}})
    while True:
        run = call(base, f"/api/runs/{run['id']}")
        if run["status"] not in ("QUEUED", "RUNNING"):
            break
        time.sleep(0.5)
    if run["status"] != "SUCCEEDED" or len(run["results"]) != 1:
        raise SystemExit(f"lab run {run['id']} ended {run['status']}: {run.get('error')}")
    return run["results"][0]["score"], run["id"]


def plain_score(java, jar, case):
    _, benchmark, params, forks, warmup, measurement, millis = case
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "result.json")
        command = [java, "-cp", jar, "org.openjdk.jmh.Main", "^" + benchmark.replace(".", "\\.") + "\\.",
                   "-f", str(forks), "-wi", str(warmup), "-i", str(measurement),
                   "-w", f"{millis}ms", "-r", f"{millis}ms", "-rf", "json", "-rff", out]
        for name, value in params.items():
            command += ["-p", f"{name}={value}"]
        subprocess.run(command, cwd=tmp, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        with open(out) as f:
            results = json.load(f)
    if len(results) != 1:
        raise SystemExit(f"plain JMH gave {len(results)} results for {benchmark}")
    return results[0]["primaryMetric"]["score"]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("url")
    parser.add_argument("--pairs", type=int, default=5)
    parser.add_argument("--java", default="/usr/lib/jvm/temurin-25-jdk-amd64/bin/java")
    parser.add_argument("--jar", default=os.path.join(ROOT, "experiments/target/perflab-benchmarks.jar"))
    parser.add_argument("--case", action="append", choices=sorted(CASES))
    args = parser.parse_args()
    base = args.url.rstrip("/")
    summary = []
    for name in args.case or ["pi", "static-call", "julia"]:
        case = CASES[name]
        ratios = []
        for pair in range(args.pairs):
            if pair % 2 == 0:
                lab, run_id = lab_score(base, case)
                plain = plain_score(args.java, args.jar, case)
            else:
                plain = plain_score(args.java, args.jar, case)
                lab, run_id = lab_score(base, case)
            ratios.append(lab / plain)
            load = os.getloadavg()[0]
            print(f"{name:12} pair {pair + 1}: lab {lab:10.4g} (run {run_id})  plain {plain:10.4g}"
                  f"  lab/plain {lab / plain:.4f}  load {load:.2f}", flush=True)
        summary.append((name, statistics.median(ratios), min(ratios), max(ratios)))
    print()
    for name, median, low, high in summary:
        print(f"{name:12} lab/plain median {median:.4f}  spread {low:.4f}–{high:.4f}  ({args.pairs} pairs)")


if __name__ == "__main__":
    main()
