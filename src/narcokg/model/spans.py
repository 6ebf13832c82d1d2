"""Half-open ``[start, end)`` spans of a text, counted in code points (Python ``str`` indices).

Finds quotes in a document and the sentence around a span. No RDF here.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

from narcokg.errors import SpanError

# Abbreviations whose final full stop does not end a sentence.
_ABBREVIATIONS = (
    "U.S.", "U.K.", "U.N.", "E.U.", "No.", "Nos.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "Inc.",
    "Ltd.", "Co.", "Corp.", "vs.", "etc.", "e.g.", "i.e.", "approx.", "Jan.", "Feb.", "Mar.",
    "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.", "Gov.", "Dept.",
    " ext.",  # round 22: a phone number's extension, "1-888-579-1520 ext. 5800"
    "U.S.C.",  # round 23: a statute's title, "21 U.S.C. 331"
)  # fmt: skip
_SENTENCE_END = re.compile(r"[.!?][\"')\]]*(?=\s|$)|\n")


@dataclass(frozen=True, order=True)
class Span:
    """The text ``text[start:end]`` of a document."""

    start: int
    end: int
    exact: str

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end or self.end - self.start != len(self.exact):
            raise ValueError(f"inconsistent span {self.start}-{self.end} for {self.exact!r}")


def find_quote(text: str, quote: str, *, within: str | None = None) -> Span:
    """The one place ``quote`` occurs in ``text`` (inside the one place ``within`` occurs).

    >>> find_quote("cats and dogs", "dogs")
    Span(start=9, end=13, exact='dogs')
    """
    if not quote:
        raise SpanError("the quote is empty: copy the figure's words from the document")
    offset = 0
    region = text
    if within is not None:
        outer = find_quote(text, within)
        offset, region = outer.start, outer.exact
    starts = _occurrences(region, quote)
    where = f"inside {within!r}" if within is not None else "in the document"
    if not starts:
        raise SpanError(
            f"{quote!r} does not occur {where}: copy it exactly from the source "
            "(spacing, punctuation and garbles included)"
        )
    if len(starts) > 1:
        raise SpanError(
            f"{quote!r} occurs {len(starts)} times {where}: quote more words, "
            "or add `within:` with a longer quote that occurs once"
        )
    start = offset + starts[0]
    return Span(start, start + len(quote), quote)


def _occurrences(text: str, quote: str) -> list[int]:
    found = []
    index = text.find(quote)
    while index != -1:
        found.append(index)
        index = text.find(quote, index + 1)
    return found


def sentence_around(text: str, span: Span) -> Span:
    """The sentence that contains ``span``, without its surrounding white space.

    >>> sentence_around("One. Two 2 here. Three.", Span(9, 10, "2"))
    Span(start=5, end=16, exact='Two 2 here.')
    """
    ends = _cached_ends(text)
    # the first sentence end at or after the span's end; the sentence starts at the last end
    # before the span's start (a span crossing a sentence end widens to the next one)
    after = bisect_left(ends, span.end)
    before = min(bisect_right(ends, span.start), after) - 1
    start = ends[before] if before >= 0 else 0
    return _strip(text, start, ends[after] if after < len(ends) else len(text))


@lru_cache(maxsize=4)
def _cached_ends(text: str) -> tuple[int, ...]:
    """A document's sentence ends, found once for all the figures of that document."""
    return tuple(sentence_ends(text))


def sentence_ends(text: str) -> list[int]:
    """Offsets just after each sentence end (full stop and closing quotes, or a newline)."""
    ends = []
    for match in _SENTENCE_END.finditer(text):
        if match.group() != "\n" and _ends_with_abbreviation(text, match.start() + 1):
            continue
        ends.append(match.end())
    return ends


def _ends_with_abbreviation(text: str, stop: int) -> bool:
    return text.endswith(_ABBREVIATIONS, 0, stop)  # one call for the whole tuple


def _strip(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end, text[start:end])


def verify_span(text: str, span: Span) -> bool:
    """Whether ``span`` is a valid half-open span of ``text`` holding exactly its quoted text."""
    return 0 <= span.start <= span.end <= len(text) and text[span.start : span.end] == span.exact
