"""Run newsprep inside the Python workers of Spark with the wheel, in
``mapPartitions``: no subprocess, and the raw bytes of each line reach
newsprep, so a line with invalid UTF-8 gives the same error record as the
binary does.

The output equals ``newsprep article --jsonl`` line for line (with
``--file-line-numbers`` the error records count lines of the input file, as
the binary does on the whole file).

Local run (after ``pip install`` of the wheel, see crates/python/README.md)::

    python examples/spark/wheel_job.py --input corpus.jsonl --output out/ --master 'local[2]'

On a cluster, ship the wheel itself: a wheel is a zip file, and Spark
unpacks a ``.zip`` archive on every node (see README.md)::

    cp newsprep-0.1.0-cp39-abi3-*.whl newsprep-wheel.zip
    spark-submit --archives newsprep-wheel.zip#newsprep_wheel --py-files examples/spark/pipe_job.py \\
        examples/spark/wheel_job.py --archive newsprep_wheel \\
        --input s3://bucket/corpus.jsonl --output s3://bucket/out/
"""

import argparse
import itertools
import json
import os
import sys
import time

CHUNK = 1024  # lines per call into newsprep


def import_newsprep(archive=None):
    """The newsprep module; from the unpacked wheel shipped as
    ``--archives newsprep-wheel.zip#ARCHIVE`` when ``archive`` is given."""
    if archive:
        from pyspark import SparkFiles

        path = SparkFiles.get(archive)
        if path not in sys.path:
            sys.path.insert(0, path)
    import newsprep

    return newsprep


def newsprep_partitions(command="article", words=False, offsets=None, threads=1, archive=None):
    """A mapPartitionsWithIndex function: rows with a binary column ``b`` in,
    JSON lines (str) out, ``CHUNK`` lines per call."""

    def run(index, rows):
        # Spark already runs one task per core: one thread per task unless
        # told otherwise. Read when the pool of this worker process starts.
        os.environ.setdefault("NEWSPREP_NUM_THREADS", str(threads))
        newsprep = import_newsprep(archive)

        line = 1 + (offsets[index] if offsets else 0)
        rows = iter(rows)
        while True:
            chunk = [bytes(r.b) for r in itertools.islice(rows, CHUNK)]
            if not chunk:
                return
            yield from newsprep.jsonl(chunk, command=command, words=words, first_line=line)
            line += len(chunk)

    return run


def wheel_rdd(
    spark, input_path, command="article", words=False, partitions=None, file_line_numbers=False, threads=1, archive=None
):
    """The output lines (an RDD of str)."""
    # spark.read.text keeps each line's bytes as they are; the cast hands them
    # to Python as bytes (sc.textFile would decode them, replacing bad bytes).
    from pipe_job import read_text

    rows = read_text(spark, input_path, partitions).selectExpr("CAST(value AS BINARY) AS b").rdd
    offsets = None
    if file_line_numbers:
        counts = rows.mapPartitions(lambda it: [sum(1 for _ in it)]).collect()
        offsets = [sum(counts[:i]) for i in range(len(counts))]
    return rows.mapPartitionsWithIndex(newsprep_partitions(command, words, offsets, threads, archive))


def main(argv=None):
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--input", required=True)
    ap.add_argument("--output", help="output directory (text files); without it only count the lines")
    ap.add_argument("--command", default="article", choices=["article", "sentences", "tokens", "urls", "entities"])
    ap.add_argument("--words", action="store_true")
    ap.add_argument("--partitions", type=int)
    ap.add_argument("--file-line-numbers", action="store_true")
    ap.add_argument("--threads", type=int, default=1, help="newsprep threads per Spark task (default 1)")
    ap.add_argument("--archive", help="the #NAME of a newsprep wheel shipped with --archives WHEEL.zip#NAME")
    ap.add_argument("--master", help="e.g. local[2]; default: what spark-submit gives")
    a = ap.parse_args(argv)

    if a.master:
        from pipe_job import local_session

        spark = local_session(a.master, "newsprep-wheel")
    else:
        from pyspark.sql import SparkSession

        spark = SparkSession.builder.appName("newsprep-wheel").getOrCreate()
    started = time.time()
    out = wheel_rdd(spark, a.input, a.command, a.words, a.partitions, a.file_line_numbers, a.threads, a.archive)
    if a.output:
        out.saveAsTextFile(a.output)
        n = None
    else:
        n = out.count()
    print(json.dumps({"engine": "wheel", "lines": n, "seconds": round(time.time() - started, 3)}), file=sys.stderr)
    spark.stop()


if __name__ == "__main__":
    main()
