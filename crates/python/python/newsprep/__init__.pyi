"""Type stubs of newsprep (the PyO3 module ``newsprep._native``)."""

from typing import Iterable, List, Literal, Optional, TypedDict, Union

Offsets = Literal["codepoint", "byte"]
"""``"codepoint"`` (default): offsets index the Python ``str``
(``text[start:end]``); ``"byte"``: UTF-8 byte offsets, as the command
reports them (``text.encode()[start:end]``)."""

__version__: str
LEXICON_DATA_VERSION: str

class Span(TypedDict):
    """A piece of a text: ``text[start:end]`` (code points by default)."""

    start: int
    end: int
    text: str

class SentenceOut(TypedDict):
    """A sentence of an article, with offsets into its paragraph."""

    paragraph: int
    start: int
    end: int
    text: str

class LinkOut(TypedDict):
    """An inline link of an article."""

    text: str
    href: Optional[str]
    paragraph: int

class MentionOut(TypedDict):
    """One mention of an entity; ``paragraph`` is None for the headline or a plain text."""

    paragraph: Optional[int]
    start: int
    end: int
    text: str
    rule: str

class EntityOut(TypedDict):
    """An entity with its mentions in document order."""

    kind: str
    name: str
    id: str
    mentions: List[MentionOut]

class UrlOut(TypedDict):
    """A URL found in a text, repaired and normalized."""

    start: int
    end: int
    raw: str
    url: str
    fixes: List[str]
    confidence: float

class ArticleOutput(TypedDict):
    """Everything ``article`` extracts from one scraped article."""

    headline: Optional[str]
    attribution: Optional[str]
    published: Optional[str]
    published_time: Optional[str]
    authors: List[str]
    credit: Optional[str]
    url: Optional[str]
    url_fixes: List[str]
    publisher: Optional[str]
    paragraphs: List[str]
    related: List[str]
    links: List[LinkOut]
    sentences: List[SentenceOut]
    entities: List[EntityOut]
    notes: List[str]

def article(text: str, *, offsets: Offsets = "codepoint") -> ArticleOutput:
    """Parse one scraped article (the fields of ``newsprep article``)."""

def sentences(text: str, *, offsets: Offsets = "codepoint") -> List[Span]:
    """The sentences of a plain text."""

def tokens(text: str, words: bool = False, *, offsets: Offsets = "codepoint") -> List[Span]:
    """The tokens of a text; ``words=True`` keeps only word-like tokens."""

def urls(text: str, *, offsets: Offsets = "codepoint") -> List[UrlOut]:
    """Every URL in a text, repaired."""

def entities(text: str, *, offsets: Offsets = "codepoint") -> List[EntityOut]:
    """The entities of a text, with mentions."""

def article_batch(texts: Iterable[str], *, offsets: Offsets = "codepoint") -> List[ArticleOutput]:
    """``article`` over many texts, in parallel without the GIL."""

def sentences_batch(texts: Iterable[str], *, offsets: Offsets = "codepoint") -> List[List[Span]]:
    """``sentences`` over many texts, in parallel without the GIL."""

def tokens_batch(
    texts: Iterable[str], words: bool = False, *, offsets: Offsets = "codepoint"
) -> List[List[Span]]:
    """``tokens`` over many texts, in parallel without the GIL."""

def urls_batch(texts: Iterable[str], *, offsets: Offsets = "codepoint") -> List[List[UrlOut]]:
    """``urls`` over many texts, in parallel without the GIL."""

def entities_batch(texts: Iterable[str], *, offsets: Offsets = "codepoint") -> List[List[EntityOut]]:
    """``entities`` over many texts, in parallel without the GIL."""

def jsonl(
    lines: Iterable[Union[str, bytes, bytearray]],
    command: str = "article",
    words: bool = False,
    first_line: int = 1,
) -> List[str]:
    """``newsprep COMMAND --jsonl`` in process: one output line (without
    newline) per input line, in order; bad lines (including a ``str`` line with
    a lone surrogate) give ``{"id", "line", "error"}``. Offsets in the JSON are
    UTF-8 byte offsets, as the command writes them."""

def parallelism() -> bool:
    """Whether a batch call made now would run in parallel."""

def num_threads() -> int:
    """Threads of the batch pool in this process (1 when sequential)."""
