"""Throughput of the Spark jobs on one machine (not run in CI).

    python examples/spark/bench_local.py --input /tmp/corpus.jsonl \\
        --binary target/release/newsprep --master 'local[2]' --runs 3

Each variant counts its output lines (no output files); the time is the
best of ``--runs`` after one warm-up run, the session already started. The
engine floor is ``RDD.pipe("cat")``, and ``TRANSFORM`` through ``cat``.
"""

import argparse
import json
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import pipe_job  # noqa: E402
import wheel_job  # noqa: E402


def variants(spark, path, binary, partitions):
    sc = spark.sparkContext

    def pipe_cat():
        return sc.textFile(path, minPartitions=partitions).pipe("cat").count()

    def sql_cat():
        pipe_job.read_text(spark, path, partitions).createOrReplaceTempView("bench_input")
        return spark.sql("SELECT TRANSFORM(value) USING 'cat' AS (json STRING) FROM bench_input").count()

    return {
        "rdd-pipe-cat": pipe_cat,
        "rdd-pipe-newsprep": lambda: pipe_job.pipe_rdd(spark, path, binary, partitions=partitions).count(),
        "sql-transform-cat": sql_cat,
        "sql-transform-newsprep": lambda: pipe_job.pipe_sql(spark, path, binary, partitions=partitions).count(),
        "wheel-mapPartitions": lambda: wheel_job.wheel_rdd(spark, path, partitions=partitions).count(),
    }


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--input", required=True)
    ap.add_argument("--binary", required=True)
    ap.add_argument("--master", default="local[2]")
    ap.add_argument("--partitions", type=int, default=4)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--only", nargs="*", help="variant names to run")
    a = ap.parse_args(argv)

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    spark = pipe_job.local_session(a.master, "newsprep-bench")
    spark.sparkContext.setLogLevel("ERROR")
    here = os.path.dirname(os.path.abspath(__file__))
    spark.sparkContext.addPyFile(os.path.join(here, "pipe_job.py"))
    spark.sparkContext.addPyFile(os.path.join(here, "wheel_job.py"))
    mb = os.path.getsize(a.input) / 1e6
    for name, run in variants(spark, a.input, os.path.abspath(a.binary), a.partitions).items():
        if a.only and name not in a.only:
            continue
        n = run()  # warm-up
        best = float("inf")
        for _ in range(a.runs):
            t = time.perf_counter()
            assert run() == n
            best = min(best, time.perf_counter() - t)
        print(json.dumps({"variant": name, "lines": n, "mb": round(mb, 1), "seconds": round(best, 2), "mb_per_s": round(mb / best, 1)}))
        sys.stdout.flush()
    spark.stop()


if __name__ == "__main__":
    main()
