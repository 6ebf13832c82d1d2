"""(round 35) Quarters a fiscal year counts by ordinal: in a report whose own period is a fiscal
year that runs October to September (the US federal year), "the first
quarter" is that year's first three months. A list of figures shares the ordinals it names
("61, 74, 88 and 69 drug arrests in the first, second, third and fourth quarters of the fiscal
year, respectively"; "82 in the first quarter …, 61 in the second and 57 in the third, before …
brought the fourth quarter to 64"), so each figure takes its own ordinal, not the first one the
sentence names nor the year."""

from __future__ import annotations

import re

from narcokg.extract.drafts import DraftContext
from narcokg.extract.period_spans import quarter_of_fiscal_year
from narcokg.extract.period_twelve_months import twelve_months
from narcokg.extract.text import Sentence

_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
_ORDINAL = r"(?:first|second|third|fourth)"
#: "the fourth quarter", "the first, second, third and fourth quarters", not "of 2025"
_QUARTERS = re.compile(
    rf"\b(?P<ords>{_ORDINAL}(?:,?\s+(?:and\s+)?{_ORDINAL})*)\s+quarters?\b"
    r"(?!\s+of\s+(?:the\s+)?(?:calendar\s+|fiscal\s+|financial\s+)?(?:year\s+)?(?:FY\s*)?(?:19|20)\d\d)",
    re.IGNORECASE,
)
#: "61 in the second": an ordinal right after the figure, its noun left out
_AFTER = re.compile(
    rf"^(?:\s+[\w-]+){{0,3}}?\s+in\s+the\s+(?P<o>{_ORDINAL})"
    r"(?=\s+quarter|\s*[,;.)]|\s+and\b|\s*$)",
    re.IGNORECASE,
)
#: a list of figures ("61, 74, 88 and 69")
_RUN = re.compile(r"(?:\d[\d,.]*\d|\d)(?:(?:,\s+|,?\s+and\s+)(?:\d[\d,.]*\d|\d))+")
_NOUN = re.compile(r"\s+quarters?\b", re.IGNORECASE)
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
#: the quarter's months with their year right after it: the text said which months they are
_STATED = re.compile(
    r"(?:\s+of\s+the\s+(?:fiscal|financial)\s+year)?\s*[,(:]?\s*(?:from\s+)?"
    rf"{_MONTH}\s+(?:through|to|until|-|\u2013)\s+{_MONTH}\s+(?:19|20)\d\d",
    re.IGNORECASE,
)
_RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)


def fiscal_quarter(
    context: DraftContext, sentence: Sentence, start: int, end: int, label: str
) -> str:
    """The calendar quarter the ordinal governing the figure at ``start``-``end`` names in the
    report's fiscal year, when ``label`` is that year or a quarter inside it; else ``label``."""
    first = _first_month(context.default_period)
    if first is None or not _inside(label, context.default_period):
        return label
    ordinal = _ordinal(context, sentence, start, end)
    if ordinal is None:
        return label
    return quarter_of_fiscal_year(ordinal, first[0] + 1, first[1])  # October: calendar quarters


def _first_month(default: str) -> tuple[int, int] | None:
    """The start year and month of a fiscal year spelt as twelve months from October."""
    span = twelve_months(default)
    if span is None or span[1] != 10:
        return None  # (the US federal year) a July-June year's "first quarter" may be January's
    return span[0], span[1]


def _inside(label: str, default: str) -> bool:
    """``label`` is the fiscal year itself or one of its calendar quarters."""
    if label == default:
        return True
    quarter = re.fullmatch(r"(\d{4})-Q([1-4])", label)
    if quarter is None:
        return False
    start = f"{quarter[1]}-{3 * int(quarter[2]) - 2:02d}-01"
    return default[:10] <= start <= default[11:]


def _ordinal(context: DraftContext, sentence: Sentence, start: int, end: int) -> int | None:
    """The ordinal quarter the figure is counted in, or None when the sentence names none."""
    text = context.text
    named = [q for q in _QUARTERS.finditer(text, sentence.start, sentence.end)]
    if not named:
        return None
    listed = _respective(text, sentence, named, start)
    if listed is not None:
        return listed
    after = _AFTER.match(text[end : sentence.end])
    if after is not None:
        at = end + after.end()
        said = _NOUN.match(text, at)
        return None if said and _STATED.match(text, said.end()) else _ORDINALS[after["o"].lower()]
    before = [q for q in named if q.end() <= start]
    if not before or _STATED.match(text, before[-1].end()):
        return None  # "the first quarter (October through December 2025)": its months hold
    ords = re.findall(_ORDINAL, before[-1]["ords"], re.IGNORECASE)
    return _ORDINALS[ords[-1].lower()] if len(ords) == 1 else None


def _respective(
    text: str, sentence: Sentence, named: list[re.Match[str]], start: int
) -> int | None:
    """The figure's place in "61, 74, 88 and 69 … in the first, …, fourth quarters,
    respectively": the ordinal of the same place."""
    if not _RESPECTIVELY.search(text, sentence.start, sentence.end):
        return None
    many = next((q for q in named if q.start() > start and _several(q["ords"])), None)
    if many is None:
        return None
    ords = re.findall(_ORDINAL, many["ords"], re.IGNORECASE)
    for figures in _RUN.finditer(text, sentence.start, many.start()):
        spans = [
            figures.start() + m.start() for m in re.finditer(r"\d[\d.]*(?:,\d{3})*", figures[0])
        ]
        if start in spans and len(spans) == len(ords):
            return _ORDINALS[ords[spans.index(start)].lower()]
    return None


def _several(ords: str) -> bool:
    return len(re.findall(_ORDINAL, ords, re.IGNORECASE)) > 1
