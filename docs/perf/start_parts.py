#!/usr/bin/env python3
"""What an empty data directory adds to the lab's start: starts to healthy with parts of a prepared
data directory copied in beforehand (nothing; the benchmarks jar; the jar and the runs' class caches;
everything, the database included). Uses the start command's build (src/target/lab/).

Usage: python3 docs/perf/start_parts.py [--starts N]
"""
import argparse
import os
import shutil
import statistics
import tempfile

import lab_timings as lt

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
LAB = os.path.join(ROOT, "src/target/lab")
JAVA = "/usr/lib/jvm/temurin-25-jdk-amd64/bin/java"
JAR = os.path.join(LAB, "perflab-aot.jar")
OPTIONS = [f"-XX:AOTCache={LAB}/perflab.aot", "-Dspring.aot.enabled=true"]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--starts", type=int, default=5)
    args = parser.parse_args()
    prepared = tempfile.mkdtemp(prefix="perflab-parts-")
    proc, _ = lt.start(JAVA, JAR, lt.free_port(), prepared, [], OPTIONS)
    lt.first_iteration(proc.port)  # waits for the class caches the first run trains
    proc.terminate()
    proc.wait(30)
    data = os.path.join(prepared, "data")

    def copy(*parts):
        return lambda target: [shutil.copytree(os.path.join(data, part), os.path.join(target, "data", part))
                               for part in parts]

    def everything(target):
        shutil.rmtree(target)
        shutil.copytree(prepared, target)

    for label, setup in [("nothing", copy()), ("benchmarks jar", copy("benchmarks")),
                         ("jar and class caches", copy("benchmarks", "work")), ("everything", everything)]:
        seconds = []
        for _ in range(args.starts):
            target = tempfile.mkdtemp(prefix="perflab-parts-")
            setup(target)
            proc, took = lt.start(JAVA, JAR, lt.free_port(), target, [], OPTIONS)
            seconds.append(took)
            proc.terminate()
            proc.wait(30)
            shutil.rmtree(target, ignore_errors=True)
        print(f"{label:22} median {statistics.median(seconds):.2f} s: "
              + " ".join(f"{s:.2f}" for s in seconds), flush=True)
    shutil.rmtree(prepared, ignore_errors=True)


if __name__ == "__main__":
    main()
