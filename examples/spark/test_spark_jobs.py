"""The Spark jobs on local[2] give the output of `newsprep article --jsonl`
line for line, bad lines included.

Needs NEWSPREP_BIN (the release binary) and NEWSPREP_CORPUS (a JSON Lines
corpus with bad lines: `cargo run -p xtask -- corpus --mb 1 --out FILE
--bad-every 50`); .ci/python sets both. Without them the tests skip, except
in CI (CI=true), where they fail.
"""

import json
import os
import shutil
import subprocess
import sys

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import pipe_job  # noqa: E402
import wheel_job  # noqa: E402


def required_env(name):
    value = os.environ.get(name)
    if value and os.path.exists(value):
        return value
    if os.environ.get("CI") == "true":
        pytest.fail(f"{name} is required in CI")
    pytest.skip(f"set {name} to run the Spark tests")


@pytest.fixture(scope="module")
def binary():
    return required_env("NEWSPREP_BIN")


@pytest.fixture(scope="module")
def corpus():
    return required_env("NEWSPREP_CORPUS")


@pytest.fixture(scope="module")
def source_lines(corpus):
    with open(corpus, "rb") as f:
        lines = f.read().split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    return lines


def run_binary(binary, path):
    r = subprocess.run(
        [binary, "article", "--jsonl", "--progress", "never", path],
        capture_output=True,
        timeout=300,
    )
    assert r.returncode in (0, 1), r.stderr
    return r.stdout.decode("utf-8").splitlines()


@pytest.fixture(scope="module")
def direct(binary, corpus):
    return run_binary(binary, corpus)


@pytest.fixture(scope="module")
def decoded_by_spark(binary, source_lines, tmp_path_factory):
    """The binary's output on the lines as Spark's text readers decode them
    (invalid UTF-8 replaced by U+FFFD)."""
    path = tmp_path_factory.mktemp("spark-view") / "corpus.jsonl"
    text = b"\n".join(line.decode("utf-8", "replace").encode("utf-8") for line in source_lines) + b"\n"
    path.write_bytes(text)
    return run_binary(binary, str(path))


@pytest.fixture(scope="module")
def spark():
    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
    session = pipe_job.local_session("local[2]", "newsprep-test")
    session.sparkContext.setLogLevel("ERROR")
    session.sparkContext.addPyFile(os.path.join(HERE, "pipe_job.py"))
    session.sparkContext.addPyFile(os.path.join(HERE, "wheel_job.py"))
    yield session
    session.stop()


def is_utf8(b):
    try:
        b.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False


def test_corpus_has_every_kind_of_bad_line(source_lines, direct):
    assert len(direct) == len(source_lines)
    errors = [json.loads(line)["error"] for line in direct if '"error":' in line]
    assert any(e.startswith("invalid UTF-8") for e in errors), errors[:5]
    assert any(e.startswith("not JSON") for e in errors), errors[:5]
    assert any(e == 'no "text" field' for e in errors), errors[:5]


def check_piped(out, source_lines, direct, decoded_by_spark):
    assert len(out) == len(direct)
    for i, (got, line) in enumerate(zip(out, source_lines)):
        if is_utf8(line):
            assert got == direct[i], f"line {i + 1}"
        else:
            # Spark decoded the line before the binary saw it.
            assert json.loads(direct[i])["error"].startswith("invalid UTF-8")
            assert got == decoded_by_spark[i], f"line {i + 1}"


@pytest.mark.parametrize("engine", ["rdd", "sql"])
def test_pipe_equals_direct_output(spark, binary, corpus, source_lines, direct, decoded_by_spark, engine):
    run = pipe_job.pipe_rdd if engine == "rdd" else pipe_job.pipe_sql
    rdd = run(spark, corpus, binary, partitions=2, file_line_numbers=True)
    assert rdd.getNumPartitions() >= 2
    check_piped(rdd.collect(), source_lines, direct, decoded_by_spark)


def test_pipe_without_renumbering_differs_only_in_error_line_numbers(spark, binary, corpus, direct, decoded_by_spark):
    out = pipe_job.pipe_rdd(spark, corpus, binary, partitions=2).collect()
    assert len(out) == len(direct)
    renumbered = 0
    for got, want in zip(out, decoded_by_spark):
        if got != want:
            g, w = json.loads(got), json.loads(want)
            assert g["line"] < w["line"]
            g.pop("line"), w.pop("line")
            assert g == w
            renumbered += 1
    assert renumbered > 0  # the second partition's error records


def test_wheel_in_map_partitions_equals_direct_output(spark, corpus, direct):
    rdd = wheel_job.wheel_rdd(spark, corpus, partitions=2, file_line_numbers=True)
    assert rdd.getNumPartitions() >= 2
    out = rdd.collect()
    assert len(out) == len(direct)
    for i, (got, want) in enumerate(zip(out, direct)):
        assert got == want, f"line {i + 1}"


def test_wheel_shipped_as_archive(spark, corpus, direct, tmp_path_factory):
    wheel = required_env("NEWSPREP_WHEEL")
    archive = tmp_path_factory.mktemp("archive") / "newsprep-wheel.zip"
    shutil.copyfile(wheel, archive)
    spark.sparkContext.addArchive(f"{archive}#newsprep_wheel")

    def where(_):
        # A fresh interpreter: this worker may have imported newsprep already.
        import subprocess
        import sys

        from pyspark import SparkFiles

        code = "import sys; sys.path.insert(0, sys.argv[1]); import newsprep; print(newsprep.__file__)"
        path = SparkFiles.get("newsprep_wheel")
        return [subprocess.run([sys.executable, "-c", code, path], capture_output=True, text=True).stdout.strip()]

    (location,) = spark.sparkContext.parallelize([0], 1).mapPartitions(where).collect()
    assert "newsprep_wheel" in location, location
    out = wheel_job.wheel_rdd(spark, corpus, partitions=2, file_line_numbers=True, archive="newsprep_wheel").collect()
    assert out == direct
