#!/usr/bin/env python3
"""Noise floor: the same run N times through the lab, and the run-to-run spread of each point.

Usage: python3 docs/perf/noise_floor.py URL [--experiment ch09.pi-monte-carlo] [--profile standard]
                                            [--runs 5] [--params JSON]

Posts the run N times back to back (each waits for the one before to end), then prints for each
point of the grid the mean score, the coefficient of variation of the N scores (sample standard
deviation ÷ mean) and the cores other processes took during its iterations (`cpu.others`, the
highest of the N runs), so a noisy point can be told from a busy machine.
"""
import argparse
import json
import statistics
import time
import urllib.request


def call(base, path, body=None):
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(base + path, data=data, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=60) as resp:
        return json.load(resp)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("url")
    parser.add_argument("--experiment", default="ch09.pi-monte-carlo")
    parser.add_argument("--profile", default="standard")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--params", default="{}", help='e.g. \'{"workers": [1]}\'')
    args = parser.parse_args()
    base = args.url.rstrip("/")
    runs = []
    for _ in range(args.runs):
        run = call(base, "/api/runs", {"experiment": args.experiment, "params": json.loads(args.params),
                                       "options": {"profile": args.profile}})
        while run["status"] in ("QUEUED", "RUNNING"):
            time.sleep(2)
            run = call(base, f"/api/runs/{run['id']}")
        if run["status"] != "SUCCEEDED":
            raise SystemExit(f"run {run['id']} ended {run['status']}: {run.get('error')}")
        runs.append(run)
        print(f"run {run['id']}: load average before it {run['environment']['loadAverage']:.2f}", flush=True)
    points = {}
    for run in runs:
        for result in run["results"]:
            key = json.dumps(result["params"], sort_keys=True)
            others = result["secondary"].get("cpu.others", {}).get("score", float("nan"))
            points.setdefault(key, []).append((result["score"], others, result["unit"]))
    print()
    for key, values in points.items():
        scores = [v[0] for v in values]
        mean = statistics.mean(scores)
        cv = statistics.stdev(scores) / mean if len(scores) > 1 else float("nan")
        print(f"{key:70} mean {mean:10.4g} {values[0][2]:8}  CV {cv * 100:5.1f} %"
              f"  cpu.others max {max(v[1] for v in values):.2f} cores")


if __name__ == "__main__":
    main()
