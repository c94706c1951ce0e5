"""Run the `newsprep` binary over a JSON Lines dataset inside Spark.

Two engines, same output (one JSON line per input line, in input order):

- ``--engine rdd``: ``sc.textFile(...).pipe("newsprep article --jsonl")``;
- ``--engine sql``: ``SELECT TRANSFORM(value) USING 'newsprep article --jsonl' AS (json STRING)``.

Each partition starts one process of the binary, which numbers the lines of
its own input: the ``"line"`` of an error record counts from the start of the
partition. ``--file-line-numbers`` renumbers them to lines of the input file
(one input file; costs one more pass to count the lines of each partition).

Spark's text sources decode lines as UTF-8 and replace invalid bytes with
U+FFFD before any job code sees them, so a line with invalid UTF-8 reaches the
binary as valid text. The wheel job (wheel_job.py) reads the raw bytes.

Local run (from the repository root, after ``cargo build --release -p newsprep-cli``)::

    python examples/spark/pipe_job.py --input corpus.jsonl --output out/ \\
        --binary target/release/newsprep --master 'local[2]'

On a cluster, ship the binary with ``--files`` and run it from the task's
working directory (see README.md)::

    spark-submit --files /path/to/newsprep examples/spark/pipe_job.py \\
        --input s3://bucket/corpus.jsonl --output s3://bucket/out/ --binary ./newsprep
"""

import argparse
import json
import re
import shlex
import sys
import time

_LINE = re.compile(r',"line":(\d+),"error":')


def error_line_renumberer(offsets):
    """A mapPartitionsWithIndex function that adds the partition's first line
    number to the ``"line"`` of error records (``{"id","line","error"}``).

    In the binary's JSON output the key ``"error":`` appears only in error
    records (inside a JSON string a quote is always escaped), so the test is
    exact and costs one substring search per line.
    """

    def renumber(index, lines):
        offset = offsets[index]
        for line in lines:
            if offset and '"error":' in line:
                m = _LINE.search(line)
                if m:
                    n = int(m.group(1)) + offset
                    line = line[: m.start()] + f',"line":{n},"error":' + line[m.end() :]
            yield line

    return renumber


def partition_offsets(rdd):
    """The number of lines before each partition."""
    counts = rdd.mapPartitions(lambda it: [sum(1 for _ in it)]).collect()
    offsets, total = [], 0
    for c in counts:
        offsets.append(total)
        total += c
    return offsets


def read_text(spark, input_path, partitions=None):
    """``spark.read.text``, split into about ``partitions`` partitions (in
    input order) when the input is a local file; the values keep the raw
    bytes of each line."""
    import os

    if partitions and os.path.isfile(input_path):
        split = max(1, -(-os.path.getsize(input_path) // partitions))
        spark.conf.set("spark.sql.files.maxPartitionBytes", str(split))
        spark.conf.set("spark.sql.files.openCostInBytes", "0")
    return spark.read.text(input_path)


def command_line(binary, command, words=False):
    """A shell command that runs the binary over JSON Lines on stdin.

    The binary exits 1 when some lines were bad (they get error records) and
    2 on a fatal error: only the latter fails the task.
    """
    args = [binary, command] + (["--words"] if words else []) + ["--jsonl", "--progress", "never"]
    return " ".join(shlex.quote(a) for a in args) + " || [ $? -eq 1 ]"


def pipe_rdd(spark, input_path, binary, command="article", words=False, partitions=None, file_line_numbers=False):
    """The output lines (an RDD of str) of ``RDD.pipe`` through the binary."""
    sc = spark.sparkContext
    lines = sc.textFile(input_path, minPartitions=partitions)
    # RDD.pipe splits the command like a shell but runs no shell: sh -c does.
    cmd = "sh -c " + shlex.quote(command_line(binary, command, words))
    out = lines.pipe(cmd, checkCode=True)
    if file_line_numbers:
        out = out.mapPartitionsWithIndex(error_line_renumberer(partition_offsets(lines)), preservesPartitioning=True)
    return out


def pipe_sql(spark, input_path, binary, command="article", words=False, partitions=None, file_line_numbers=False):
    """The output lines (an RDD of str) of Spark SQL ``TRANSFORM`` through the binary."""
    df = read_text(spark, input_path, partitions)
    df.createOrReplaceTempView("newsprep_input")
    # TRANSFORM runs the command with /bin/bash -c.
    cmd = command_line(binary, command, words).replace("\\", "\\\\").replace("'", "\\'")
    out = spark.sql(f"SELECT TRANSFORM(value) USING '{cmd}' AS (json STRING) FROM newsprep_input").rdd.map(lambda r: r.json)
    if file_line_numbers:
        offsets = partition_offsets(df.rdd)
        out = out.mapPartitionsWithIndex(error_line_renumberer(offsets), preservesPartitioning=True)
    return out


def local_session(master="local[2]", app="newsprep-pipe"):
    """A local SparkSession that binds only the loopback address, UI off."""
    from pyspark.sql import SparkSession

    return (
        SparkSession.builder.master(master)
        .appName(app)
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate()
    )


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--input", required=True, help="JSON Lines: {\"id\": ..., \"text\": ...} per line")
    ap.add_argument("--output", help="output directory (text files); without it only count the lines")
    ap.add_argument("--binary", default="./newsprep", help="path of the newsprep binary on the workers")
    ap.add_argument("--engine", choices=["rdd", "sql"], default="rdd")
    ap.add_argument("--command", default="article", choices=["article", "sentences", "tokens", "urls", "entities"])
    ap.add_argument("--words", action="store_true", help="with --command tokens: word-like tokens only")
    ap.add_argument("--partitions", type=int, help="minimum number of partitions")
    ap.add_argument("--file-line-numbers", action="store_true", help="error records count lines of the input file")
    ap.add_argument("--master", help="e.g. local[2]; default: what spark-submit gives")
    a = ap.parse_args(argv)

    if a.master:
        spark = local_session(a.master)
    else:
        from pyspark.sql import SparkSession

        spark = SparkSession.builder.appName("newsprep-pipe").getOrCreate()
    run = pipe_rdd if a.engine == "rdd" else pipe_sql
    started = time.time()
    out = run(spark, a.input, a.binary, a.command, a.words, a.partitions, a.file_line_numbers)
    if a.output:
        out.saveAsTextFile(a.output)
        n = None
    else:
        n = out.count()
    secs = time.time() - started
    print(json.dumps({"engine": a.engine, "lines": n, "seconds": round(secs, 3)}), file=sys.stderr)
    spark.stop()


if __name__ == "__main__":
    main()
