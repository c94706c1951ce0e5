"""Throughput of the wheel vs the binary on one core (not run in CI).

    cargo build --release -p newsprep-cli
    maturin develop --release -m crates/python/Cargo.toml
    NEWSPREP_NUM_THREADS=1 python crates/python/bench/bench_wheel.py \\
        --input /tmp/corpus.jsonl --binary target/release/newsprep

Times, best of ``--runs``: ``newsprep.jsonl`` (JSON Lines in, JSON Lines
out, as the binary), ``newsprep.article_batch`` (texts in, dicts out; the
JSON parsing of the input is done before the clock starts) and the binary
with ``--threads 1`` reading the file (output to /dev/null). Wall and CPU
seconds (this process and its children); MB are bytes of the JSON Lines
input. Pin to one core with ``taskset -c 0``.
"""

import argparse
import json
import os
import resource
import subprocess
import sys
import time


def cpu_seconds():
    """CPU time of this process and its finished children."""
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def best_of(runs, f):
    """Best wall time and best CPU time of ``runs`` calls (CPU time is the
    figure to trust on a busy machine)."""
    best, best_cpu = float("inf"), float("inf")
    for _ in range(runs):
        t, c = time.perf_counter(), cpu_seconds()
        f()
        best = min(best, time.perf_counter() - t)
        best_cpu = min(best_cpu, cpu_seconds() - c)
    return best, best_cpu


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--input", required=True)
    ap.add_argument("--binary", required=True)
    ap.add_argument("--runs", type=int, default=3)
    a = ap.parse_args(argv)

    import newsprep

    if newsprep.num_threads() != 1:
        sys.exit("set NEWSPREP_NUM_THREADS=1 (one core)")
    with open(a.input, "rb") as f:
        data = f.read()
    mb = len(data) / 1e6
    lines = data.split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    texts = []
    for line in lines:
        try:
            texts.append(json.loads(line)["text"])
        except (ValueError, KeyError, TypeError):
            pass
    newsprep.jsonl(lines[:50])  # warm-up: builds the pipeline

    results = {}
    results["wheel-jsonl"] = best_of(a.runs, lambda: newsprep.jsonl(lines))
    results["wheel-article_batch"] = best_of(a.runs, lambda: newsprep.article_batch(texts))
    cmd = [a.binary, "article", "--jsonl", "--threads", "1", "--progress", "never", a.input]

    def binary():
        with open(os.devnull, "wb") as out:
            subprocess.run(cmd, stdout=out, stderr=subprocess.DEVNULL, check=False)

    results["binary-threads-1"] = best_of(a.runs, binary)
    for name, (secs, cpu) in results.items():
        print(
            json.dumps(
                {
                    "variant": name,
                    "mb": round(mb, 1),
                    "seconds": round(secs, 2),
                    "mb_per_s": round(mb / secs, 1),
                    "cpu_seconds": round(cpu, 2),
                    "mb_per_cpu_s": round(mb / cpu, 1),
                }
            )
        )


if __name__ == "__main__":
    main()
