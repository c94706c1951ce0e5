"""newsprep: scraped news text to clean structured data.

The functions mirror the ``newsprep`` command and return plain dicts and
lists with the fields of its JSON output:

>>> import newsprep
>>> a = newsprep.article("Harbor Tunnel Reopens - Reuters\\n\\nMarch 3, 2024\\n\\nThe tunnel reopened on Sunday.\\n")
>>> a["attribution"], a["published"]
('Reuters', '2024-03-03')

Offsets index the Python ``str`` (code points: ``text[start:end]`` is the
span's text); ``offsets="byte"`` gives UTF-8 byte offsets, as the command
reports them. The ``*_batch`` forms take a list of texts, release the GIL and run the
documents in parallel (Rayon). After ``fork`` (multiprocessing, Spark and
Dask workers) a batch call runs sequentially in the child when the parent
had started the pool; ``NEWSPREP_PARALLELISM=false`` turns parallelism off
everywhere and ``NEWSPREP_NUM_THREADS=N`` sizes the pool.
"""

from ._native import (
    LEXICON_DATA_VERSION,
    __version__,
    article,
    article_batch,
    entities,
    entities_batch,
    jsonl,
    num_threads,
    parallelism,
    sentences,
    sentences_batch,
    tokens,
    tokens_batch,
    urls,
    urls_batch,
)

__all__ = [
    "LEXICON_DATA_VERSION",
    "__version__",
    "article",
    "article_batch",
    "entities",
    "entities_batch",
    "jsonl",
    "num_threads",
    "parallelism",
    "sentences",
    "sentences_batch",
    "tokens",
    "tokens_batch",
    "urls",
    "urls_batch",
]
