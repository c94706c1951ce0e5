"""The Dask example gives the output of newsprep.jsonl (and so of
`newsprep article --jsonl`) line for line, bad lines included."""

import json
import os
import sys

import dask
import pytest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import dask_job  # noqa: E402
import newsprep  # noqa: E402

DOCS = [
    "Ferry Service Resumes - AP\n\nApril 9, 2023\n\nThe ferry ran again on Monday. Riders were pleased.\n",
    "Plain text with a link http: //example.org/x y. And a second sentence.",
    "Ünïcödé and emoji 🙂 in a short note.",
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    lines = []
    for i in range(300):
        if i % 37 == 5:
            lines.append(b'{"id": %d, "text": "bad byte \xff here"}' % i)
        elif i % 41 == 7:
            lines.append(b'{"id": "cut", "text": "no end')
        elif i % 43 == 9:
            lines.append(b'{"id": %d}' % i)
        else:
            lines.append(json.dumps({"id": i, "text": DOCS[i % len(DOCS)] * (1 + i % 5)}).encode())
    path = tmp_path_factory.mktemp("dask") / "corpus.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    return str(path), lines


@pytest.mark.parametrize("scheduler", ["threads", "processes", "sync"])
def test_dask_equals_jsonl(corpus, scheduler):
    path, lines = corpus
    want = newsprep.jsonl(lines)  # starts the pool here: forked workers must not hang
    bag = dask_job.newsprep_bag(path, blocksize=8000, file_line_numbers=True)
    assert bag.npartitions > 2
    with dask.config.set(scheduler=scheduler, num_workers=2):
        got = bag.compute()
    assert got == want
    errors = [json.loads(line) for line in got if '"error":' in line]
    assert {e["error"].split(" ")[0] for e in errors} == {"invalid", "not", "no"}


def test_dask_job_writes_files(corpus, tmp_path):
    path, lines = corpus
    dask_job.main(["--input", path, "--output", str(tmp_path / "out"), "--scheduler", "threads", "--blocksize", "8000"])
    parts = sorted((tmp_path / "out").iterdir())
    assert len(parts) > 1
    got = b"".join(p.read_bytes() for p in parts).decode().splitlines()
    want = newsprep.jsonl(lines)
    # Without --file-line-numbers error records count lines of their partition.
    assert len(got) == len(want)
    for g, w in zip(got, want):
        if g != w:
            g, w = json.loads(g), json.loads(w)
            assert g.pop("line") < w.pop("line") and g == w
