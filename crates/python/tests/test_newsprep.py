"""Tests of the newsprep Python module (build it first: see ../README.md).

The texts here are written for these tests. Tests that compare with the
`newsprep` binary read its path from NEWSPREP_BIN; without it they skip,
except in CI (CI=true), where they fail.
"""

import json
import os
import random
import subprocess
import sys
import textwrap
import threading

import pytest

import newsprep

ARTICLE = (
    "Council Approves Harbor Ferry Plan - Reuters\n\n"
    "March 3, 2024\n\n"
    "Photo: Staff photographer\n\n"
    "The city council approved a new ferry line on Sunday. Boats will run every "
    "twenty minutes from the north pier.\n\n"
    "Officials said the first crossing is planned for June. Tickets cost two dollars.\n\n"
    "Original url:\n\nhttps://www.example-news.com/2024/03/council-approves harbor-ferry-plan\n"
)

PLAIN = "Dr. Reyes arrived at 9 a.m. on Monday. She left soon after! Did anyone see her? Yes."

URL_TEXT = "Read more at http: //www.example.org/a b?utm_source=x and see www.example.com/page."

TEXTS = [
    ARTICLE,
    PLAIN,
    URL_TEXT,
    "",
    "   \n\n  ",
    "Ünïcödé tëxt — with “quotes” and emoji 🙂. Second sentence here.",
    "No punctuation at all just words",
    "A line\nbroken in\nthe middle. And another one.",
]

COMMANDS = ["article", "sentences", "tokens", "urls", "entities"]


def single(command, text, words=False, **kw):
    if command == "tokens":
        return newsprep.tokens(text, words=words, **kw)
    return getattr(newsprep, command)(text, **kw)


def batch(command, texts, words=False, **kw):
    if command == "tokens":
        return newsprep.tokens_batch(texts, words=words, **kw)
    return getattr(newsprep, command + "_batch")(texts, **kw)


def as_json_body(command, result):
    """What the command's JSON line holds besides "id" for a result."""
    return result if command == "article" else {command: result}


def check_spans(text, spans):
    data = text.encode("utf-8")
    for s in spans:
        assert 0 <= s["start"] <= s["end"] <= len(data)
        assert data[s["start"] : s["end"]].decode("utf-8") == s["text"]


def run_python(code, env=None, timeout=120):
    """Runs code in a fresh interpreter; fails on a hang (deadlock) or error."""
    full_env = dict(os.environ)
    full_env.update(env or {})
    r = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        env=full_env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    assert r.returncode == 0, r.stdout + r.stderr
    return r.stdout


# ---- shape and values -------------------------------------------------------


def test_article_fields_and_values():
    a = newsprep.article(ARTICLE)
    assert isinstance(a, dict)
    for key in [
        "headline",
        "attribution",
        "published",
        "published_time",
        "authors",
        "credit",
        "url",
        "url_fixes",
        "publisher",
        "paragraphs",
        "related",
        "links",
        "sentences",
        "entities",
        "notes",
    ]:
        assert key in a, key
    assert a["attribution"] == "Reuters"
    assert a["published"] == "2024-03-03"
    assert a["paragraphs"], a
    assert all(isinstance(p, str) for p in a["paragraphs"])
    for s in a["sentences"]:
        para = a["paragraphs"][s["paragraph"]]
        assert para[s["start"] : s["end"]] == s["text"]


@pytest.mark.parametrize("command", COMMANDS)
def test_same_fields_and_values_as_json_output(command):
    """Each function returns what the command's JSON line holds (minus id),
    with offsets="byte" (the command reports UTF-8 byte offsets)."""
    lines = [json.dumps({"id": i, "text": t}) for i, t in enumerate(TEXTS)]
    out = newsprep.jsonl(lines, command=command)
    assert len(out) == len(TEXTS)
    for i, (t, line) in enumerate(zip(TEXTS, out)):
        record = json.loads(line)
        assert record.pop("id") == i
        assert record == as_json_body(command, single(command, t, offsets="byte"))


def test_byte_offsets_on_request():
    for t in TEXTS:
        check_spans(t, newsprep.sentences(t, offsets="byte"))
        check_spans(t, newsprep.tokens(t, offsets="byte"))
        check_spans(t, newsprep.tokens(t, words=True, offsets="byte"))
        for e in newsprep.entities(t, offsets="byte"):
            check_spans(t, e["mentions"])
        for u in newsprep.urls(t, offsets="byte"):
            assert t.encode()[u["start"] : u["end"]].decode() == u["raw"]


# Non-ASCII in every place an offset can point past: accents, a dash, curly
# quotes, an emoji (one code point, four UTF-8 bytes) and a damaged URL.
NON_ASCII = (
    "Zürich Café Opens – Reuters\n\nMay 2, 2024\n\n"
    "Émilie Dupont opened a café in Zürich on Friday. “It’s a dream,” she said 🙂. "
    "Officials in Genève and São Paulo watched. See https://www.exämple.com/zürich café "
    "and www.example.org/a b for more.\n"
)


def check_code_points(text, spans, key="text"):
    for s in spans:
        assert 0 <= s["start"] <= s["end"] <= len(text)
        assert text[s["start"] : s["end"]] == s[key], (s, text[s["start"] : s["end"]])


@pytest.mark.parametrize("batched", [False, True])
def test_offsets_index_python_strings_by_default(batched):
    """text[start:end] is the reported text, for every function."""
    texts = [NON_ASCII, TEXTS[5], "Ünïcödé only"]

    def run(command, **kw):
        if batched:
            return batch(command, texts, **kw)
        return [single(command, t, **kw) for t in texts]

    seen = {"sentences": 0, "tokens": 0, "mentions": 0, "urls": 0, "article": 0}
    for t, spans in zip(texts, run("sentences")):
        check_code_points(t, spans)
        seen["sentences"] += len(spans)
    for words in (False, True):
        for t, spans in zip(texts, run("tokens", words=words)):
            check_code_points(t, spans)
            seen["tokens"] += len(spans)
    for t, ents in zip(texts, run("entities")):
        for e in ents:
            check_code_points(t, e["mentions"])
            seen["mentions"] += len(e["mentions"])
    for t, urls in zip(texts, run("urls")):
        check_code_points(t, urls, key="raw")
        seen["urls"] += len(urls)
    for a in run("article"):
        for s in a["sentences"]:
            assert a["paragraphs"][s["paragraph"]][s["start"] : s["end"]] == s["text"]
            seen["article"] += 1
        for e in a["entities"]:
            for m in e["mentions"]:
                seg = a["headline"] if m["paragraph"] is None else a["paragraphs"][m["paragraph"]]
                assert seg[m["start"] : m["end"]] == m["text"]
    # The checks ran on real output, not on empty lists.
    assert all(n > 0 for n in seen.values()), seen


def test_bad_offsets_argument():
    with pytest.raises(ValueError, match="offsets must be"):
        newsprep.tokens("x", offsets="utf16")


def test_tokens_cover_the_text_and_words_are_a_subset():
    for t in TEXTS:
        toks = newsprep.tokens(t)
        assert "".join(s["text"] for s in toks) == t
        words = newsprep.tokens(t, words=True)
        assert {(w["start"], w["end"]) for w in words} <= {(s["start"], s["end"]) for s in toks}
        assert all(any(c.isalnum() for c in w["text"]) for w in words)


def test_urls_are_repaired_and_confidence_is_the_json_float():
    us = newsprep.urls(URL_TEXT)
    assert us, us
    for u in us:
        assert u["url"].startswith(("http://", "https://"))
        assert 0.0 <= u["confidence"] <= 1.0
        assert isinstance(u["fixes"], list)
        # Same float as the command's JSON: the shortest decimal, not a widened f32.
        assert repr(u["confidence"]) == repr(float(repr(u["confidence"])))
        assert len(repr(u["confidence"])) <= 10, u["confidence"]


# ---- batches ------------------------------------------------------------------


@pytest.mark.parametrize("command", COMMANDS)
def test_batch_equals_single(command):
    texts = TEXTS * 5
    assert batch(command, texts) == [single(command, t) for t in texts]
    assert batch(command, tuple(texts)) == [single(command, t) for t in texts]
    assert batch(command, iter(texts)) == [single(command, t) for t in texts]
    assert batch(command, []) == []


def test_tokens_batch_words():
    assert newsprep.tokens_batch(TEXTS, words=True) == [newsprep.tokens(t, words=True) for t in TEXTS]


def test_batch_sequential_when_parallelism_is_off():
    out = run_python(
        """
        import json, newsprep
        assert not newsprep.parallelism()
        assert newsprep.num_threads() == 1
        print(json.dumps(newsprep.article_batch(%r)))
        """
        % (TEXTS * 3,),
        env={"NEWSPREP_PARALLELISM": "false"},
    )
    assert json.loads(out) == [newsprep.article(t) for t in TEXTS * 3]


def test_num_threads_env():
    out = run_python(
        "import newsprep; print(newsprep.num_threads(), newsprep.parallelism())",
        env={"NEWSPREP_NUM_THREADS": "3", "NEWSPREP_PARALLELISM": "1"},
    )
    assert out.split() == ["3", "True"]


def test_batch_releases_the_gil():
    texts = [ARTICLE * 20] * 400
    ticks = 0
    done = threading.Event()
    result = []

    def work():
        result.append(newsprep.article_batch(texts))
        done.set()

    t = threading.Thread(target=work)
    t.start()
    while not done.is_set():
        ticks += 1
        done.wait(0.001)
    t.join()
    assert len(result[0]) == len(texts)
    # With the GIL held for the whole call the loop could not have run.
    assert ticks > 5, ticks


# ---- fork -------------------------------------------------------------------

FORK_CHILD = """
import os, sys, json, newsprep
texts = %r
want = [newsprep.article(t) for t in texts]
assert newsprep.article_batch(texts) == want   # starts the pool in the parent
assert newsprep.parallelism()
pid = os.fork()
if pid == 0:
    try:
        ok = (not newsprep.parallelism()) and newsprep.article_batch(texts) == want
        ok = ok and newsprep.jsonl(['{"id":1,"text":"x"}'] * 8) == newsprep.jsonl(['{"id":1,"text":"x"}'] * 8)
        os._exit(0 if ok else 3)
    except BaseException:
        os._exit(4)
_, status = os.waitpid(pid, 0)
assert os.waitstatus_to_exitcode(status) == 0, status
print("ok")
"""


def test_fork_after_pool_started_does_not_deadlock():
    assert run_python(FORK_CHILD % (TEXTS * 4,), timeout=120).strip() == "ok"


def test_multiprocessing_fork_pool():
    code = """
    import multiprocessing as mp, newsprep
    texts = %r
    want = newsprep.article_batch(texts)
    def work(chunk):
        return newsprep.article_batch(chunk)
    if __name__ == "__main__":
        with mp.get_context("fork").Pool(2) as pool:
            got = pool.map(work, [texts, texts, texts])
        assert got == [want] * 3
        print("ok")
    """ % (TEXTS * 2,)
    assert run_python(code, timeout=120).strip() == "ok"


def test_child_forked_before_pool_gets_its_own_pool():
    code = """
    import os, newsprep
    pid = os.fork()
    if pid == 0:
        ok = newsprep.parallelism() and len(newsprep.article_batch(["a. b."] * 16)) == 16
        os._exit(0 if ok and newsprep.parallelism() else 3)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    print("ok")
    """
    assert run_python(code).strip() == "ok"


# ---- bad input ---------------------------------------------------------------


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("bad", [None, 42, 3.5, b"bytes", ["list"], {"text": "x"}, object()])
def test_non_str_raises_type_error(command, bad):
    with pytest.raises(TypeError) as e:
        single(command, bad)
    assert f"newsprep.{command}" in str(e.value)
    assert "must be str" in str(e.value)


def test_bytes_error_says_decode():
    with pytest.raises(TypeError, match="decode"):
        newsprep.article(b"Headline")


@pytest.mark.parametrize("command", COMMANDS)
def test_lone_surrogate_raises_value_error(command):
    with pytest.raises(ValueError, match="not valid Unicode"):
        single(command, "bad \ud800 text")
    with pytest.raises(ValueError, match=r"texts\[1\]"):
        batch(command, ["fine", "bad \udfff"])


@pytest.mark.parametrize("command", COMMANDS)
def test_batch_bad_arguments(command):
    with pytest.raises(TypeError, match="not a single str"):
        batch(command, "a text, not a list")
    with pytest.raises(TypeError, match="iterable"):
        batch(command, 5)
    with pytest.raises(TypeError, match=r"texts\[2\] must be str, not int"):
        batch(command, ["a", "b", 7])
    with pytest.raises(TypeError):
        batch(command, None)


def test_jsonl_bad_arguments():
    with pytest.raises(ValueError, match="unknown command"):
        newsprep.jsonl(["{}"], command="summarize")
    with pytest.raises(TypeError, match="not a single str"):
        newsprep.jsonl('{"id": 1, "text": "x"}')
    with pytest.raises(TypeError, match=r"lines\[1\] must be str, bytes or bytearray"):
        newsprep.jsonl(["{}", 5])


def test_jsonl_bad_lines_give_error_records():
    lines = [
        b'{"id": 1, "text": "Fine. Text."}\n',
        b'{"id": 2, "text": "bad byte \xff"}',
        '{"id": "cut", "text": "no end',
        '{"id": 4}\r\n',
        '{"id": 5, "text": 17}',
        "[1, 2]",
        bytearray(b'{"id": 7, "text": "Also fine."}'),
    ]
    out = [json.loads(line) for line in newsprep.jsonl(lines, command="sentences", first_line=10)]
    assert len(out) == len(lines)
    assert out[0]["id"] == 1 and len(out[0]["sentences"]) == 2
    at = lines[1].index(b"\xff")
    # The id is kept when it can be read, as in the command.
    assert out[1] == {"id": 2, "line": 11, "error": f"invalid UTF-8 at byte {at}"}
    assert out[2]["id"] is None and out[2]["line"] == 12 and out[2]["error"].startswith("not JSON")
    assert out[3] == {"id": 4, "line": 13, "error": 'no "text" field'}
    assert out[4] == {"id": 5, "line": 14, "error": '"text" is not a string'}
    assert out[5] == {"id": None, "line": 15, "error": "not a JSON object"}
    assert out[6]["id"] == 7 and "error" not in out[6]


def test_jsonl_lone_surrogate_is_one_error_record():
    """A str line that cannot be UTF-8 is an error record, not an exception
    for the whole call."""
    lines = ['{"id": 1, "text": "Fine."}', '{"id": 2, "text": "bad \ud800 text"}', '{"id": 3, "text": "Also fine."}']
    out = [json.loads(line) for line in newsprep.jsonl(lines, command="sentences")]
    assert len(out) == 3
    assert "error" not in out[0] and "error" not in out[2]
    assert out[1]["line"] == 2 and "UTF-8" in out[1]["error"]


def test_random_text_never_crashes():
    rng = random.Random(8)
    alphabet = "ab .,!?:/\n\t-\"'()[]0123456789éß中🙂\u200b\u00a0Www.httpcom@#&=%"
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 300))) for _ in range(300)]
    for command in COMMANDS:
        results = batch(command, texts)
        assert len(results) == len(texts)
    for t in texts:
        check_spans(t, newsprep.sentences(t, offsets="byte"))
        check_code_points(t, newsprep.sentences(t))
        check_code_points(t, newsprep.tokens(t))
        for u in newsprep.urls(t):
            assert t[u["start"] : u["end"]] == u["raw"]
    out = newsprep.jsonl([json.dumps({"id": i, "text": t}) for i, t in enumerate(texts)])
    assert all(json.loads(line)["id"] == i for i, line in enumerate(out))


# ---- against the binary -------------------------------------------------------


def binary():
    path = os.environ.get("NEWSPREP_BIN")
    if path and os.path.exists(path):
        return path
    if os.environ.get("CI") == "true":
        pytest.fail("NEWSPREP_BIN (the newsprep binary) is required in CI")
    pytest.skip("set NEWSPREP_BIN to the newsprep binary to compare with it")


@pytest.mark.parametrize("command", ["article", "sentences", "tokens", "urls", "entities", "words"])
def test_jsonl_equals_the_binary_byte_for_byte(tmp_path, command):
    exe = binary()
    lines = [json.dumps({"id": i, "text": t}).encode() for i, t in enumerate(TEXTS * 3)]
    lines[4] = b'{"id": "broken", "text": "cut'
    lines[7] = b'{"id": 7, "text": "bad \xfe byte"}'
    lines[9] = b'{"id": 9}'
    lines[11] = b'{"id": {"nested": [1, 2]}, "text": "Objects as ids work. Yes."}'
    path = tmp_path / "in.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    args = ["tokens", "--words"] if command == "words" else [command]
    r = subprocess.run([exe, *args, "--jsonl", str(path)], capture_output=True, timeout=120)
    assert r.returncode == 1, r.stderr  # some lines failed
    want = r.stdout.decode("utf-8").splitlines()
    if command == "words":
        got = newsprep.jsonl(lines, command="tokens", words=True)
    else:
        got = newsprep.jsonl(lines, command=command)
    assert got == want


def test_module_docstring_example():
    import doctest

    failures, tried = doctest.testmod(newsprep, verbose=False)
    assert tried > 0 and failures == 0


def test_docstrings_and_version():
    assert newsprep.__version__
    for name in newsprep.__all__:
        obj = getattr(newsprep, name)
        if callable(obj):
            assert obj.__doc__, name
