"""Run newsprep over a JSON Lines dataset with Dask, using the wheel.

Each partition of a ``dask.bag`` of lines goes to one ``newsprep.jsonl``
call, which releases the GIL: the output equals ``newsprep article --jsonl``
line for line. Lines are read with ``errors="surrogateescape"`` and encoded
back before the call, so a line with invalid UTF-8 reaches newsprep as the
bytes it was and gets the binary's error record.

    python examples/dask/dask_job.py --input corpus.jsonl --output out/ --scheduler processes

``--scheduler threads`` runs the partitions in threads of one process (the
work runs without the GIL); ``processes`` forks worker processes (newsprep's
pool is fork-safe, and each task uses ``--threads`` threads, default 1).
"""

import argparse
import json
import os
import sys
import time

import dask
import dask.bag as db


def run_partition(lines, first_line=1, command="article", words=False, threads=1):
    """One partition: lines (str, with surrogate escapes) in, JSON lines out."""
    os.environ.setdefault("NEWSPREP_NUM_THREADS", str(threads))
    import newsprep

    raw = [line.encode("utf-8", "surrogateescape") for line in lines]
    return newsprep.jsonl(raw, command=command, words=words, first_line=first_line)


def newsprep_bag(path, command="article", words=False, blocksize="8MiB", file_line_numbers=False, threads=1):
    """A bag of output lines (str), in input order."""
    lines = db.read_text(path, blocksize=blocksize, encoding="utf-8", errors="surrogateescape")
    parts = lines.to_delayed()
    firsts = [1] * len(parts)
    if file_line_numbers:
        # One more pass: the number of lines before each partition.
        counts = dask.compute(*[dask.delayed(len)(p) for p in parts])
        firsts = [1 + sum(counts[:i]) for i in range(len(counts))]
    out = [
        dask.delayed(run_partition)(p, first, command, words, threads) for p, first in zip(parts, firsts)
    ]
    return db.from_delayed(out)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--input", required=True)
    ap.add_argument("--output", help="output directory; without it only count the lines")
    ap.add_argument("--command", default="article", choices=["article", "sentences", "tokens", "urls", "entities"])
    ap.add_argument("--words", action="store_true")
    ap.add_argument("--blocksize", default="8MiB")
    ap.add_argument("--scheduler", default="processes", choices=["processes", "threads", "sync"])
    ap.add_argument("--workers", type=int, default=os.cpu_count())
    ap.add_argument("--threads", type=int, default=1, help="newsprep threads per task")
    ap.add_argument("--file-line-numbers", action="store_true")
    a = ap.parse_args(argv)

    started = time.time()
    bag = newsprep_bag(a.input, a.command, a.words, a.blocksize, a.file_line_numbers, a.threads)
    with dask.config.set(scheduler=a.scheduler, num_workers=a.workers):
        if a.output:
            os.makedirs(a.output, exist_ok=True)
            bag.to_textfiles(os.path.join(a.output, "part-*.jsonl"), encoding="utf-8", last_endline=True)
            n = None
        else:
            n = bag.count().compute()
    print(json.dumps({"engine": f"dask-{a.scheduler}", "lines": n, "seconds": round(time.time() - started, 3)}), file=sys.stderr)


if __name__ == "__main__":
    main()
