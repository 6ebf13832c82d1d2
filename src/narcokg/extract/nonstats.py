"""Digits that are not statistics: years and dates, section and list numbers, ordinals and
anniversaries, names with digits (COVID-19, H5N1, 3,4-MDMA, 4-ANPP), durations and ages used as
criteria ("clean for more than two years", "aged 16 to 59"), times of day.

:func:`reason_not_statistic` says why a figure is not a statistic, or returns ``None``.
"""

from __future__ import annotations

import re

from narcokg.extract.lang.en import patterns as en
from narcokg.extract.lang.en.words import DURATIONS, MONTHS, SECTION_WORDS

_ORDINAL = re.compile(r"(?:st|nd|rd|th)\b", re.IGNORECASE)
#: A plural noun after a number word ("five pills", "Twenty-two people").
_PLURAL_NOUN = re.compile(
    r"\s+(?:[a-z][a-z-]*\s+){0,2}?(?:[a-z-]*[a-rt-z]?s|people|men|women|children)\b"
)


def reason_not_statistic(text: str, match: re.Match[str]) -> str | None:
    """Why the figure ``match`` of ``text`` (a sentence) is not a statistic, if it is not."""
    num_start, num_end = match.span("num")
    before, after = text[:num_start], text[num_end:]
    checks = (
        _rate_base(before),
        _identifier(before, after),
        _date_or_year(match, before, after),
        _section(before, after),
        _duration(match, after),
        _age(before),
        _word_number(match, after),
        _criterion(match, before, after),
    )
    return next((reason for reason in checks if reason), None)


def _rate_base(before: str) -> str | None:
    if re.search(r"\bper\s*$", before, re.IGNORECASE):
        return "the base of a rate ('26.4 per 100,000 residents')"
    if re.search(r"\b(?:threshold|limit|cut-?off)\s+(?:of\s+)?$", before, re.IGNORECASE):
        return "a threshold or limit ('a threshold of 5 grams'), not a quantity"
    if re.search(
        r"\b(?:equivalent\s+of|enough\s+(?:for|to\s+make))\s+(?:about\s+|some\s+)?$", before, re.I
    ):
        return "a conversion ('the equivalent of 26 million doses'), not a count"
    return None


def _identifier(before: str, after: str) -> str | None:
    if re.search(r"[A-Za-z]-?$", before) or re.search(r"[A-Za-z]\($", before):
        return "part of a name with digits (e.g. COVID-19, H5N1)"
    if re.match(r",\d(?!\d\d)", after) or re.match(r"-(?!fold\b)[A-Za-z]", after):
        return "part of a chemical or other name (e.g. 3,4-MDMA, 4-ANPP)"
    if _ORDINAL.match(after):
        return "an ordinal (an anniversary, a rank or a date)"
    if (
        re.match(r":\d", after)
        or re.search(r"\d[:/\-\u2013\u2014]$", before)
        or re.match(r"[/\-\u2013\u2014]\d", after)
    ):
        return "a time, a date or a code"
    return None


def _date_or_year(match: re.Match[str], before: str, after: str) -> str | None:
    digits = match["num"]
    bare = not (match["unit"] or match["rate"] or match["scale"] or match["fold"])
    if bare and re.fullmatch(r"(?:19|20)\d\d", digits):
        return "a year"
    words_before = re.findall(r"[A-Za-z]+\.?", before[-12:])
    word_after = re.match(r"\s*([A-Za-z]+)", after)
    near = [w.lower().rstrip(".") for w in words_before[-1:]]
    if word_after:
        near.append(word_after[1].lower())
    if bare and digits.isdigit() and int(digits) <= 31 and any(w in MONTHS for w in near):
        return "a day of a date"
    return None


def _section(before: str, after: str) -> str | None:
    previous = re.search(r"([A-Za-z]+\.?)\s*$", before)
    if previous and previous[1].lower() in SECTION_WORDS:
        return f"a reference number ({previous[1]} …)"
    if re.search(r"(?:^|\n)\s*$", before) and re.match(r"[.)](?:\s|$)", after):
        return "a list or heading number"
    return None


def _duration(match: re.Match[str], after: str) -> str | None:
    rest = after[match.end() - match.end("num") :] if match.end() > match.end("num") else after
    word = re.match(r"[\s-]*([A-Za-z]+)", rest)
    if word and word[1].lower() in DURATIONS and not (match["unit"] or match["rate"]):
        return "a duration or criterion, not a count (e.g. 'for more than two years')"
    return None


def _age(before: str) -> str | None:
    if re.search(
        r"\b(?:aged|ages|age|over-)\s+(?:between\s+|under\s+|over\s+|below\s+|above\s+)?"
        r"(?:\d+\s+(?:to|and)\s+)?$",
        before,
        re.IGNORECASE,
    ):
        return "an age"
    return None


def _word_number(match: re.Match[str], after: str) -> str | None:
    if not match["num"][0].isalpha():
        return None
    if match["fold"] or match["mult"] or match["scale"] or match["unit"] or match["rate"]:
        return None
    if match["den"] and match["num"].lower() != "one":
        return None  # "six out of ten pills"; not "one of the 10 largest ports"
    rest = after[match.end() - match.end("num") :]
    if _PLURAL_NOUN.match(rest) and match["num"].lower() != "one":
        return None
    return "a number word that counts nothing in the text"


def _criterion(match: re.Match[str], before: str, after: str) -> str | None:
    """Thresholds, doses and classification counts: numbers a rule or a definition states."""
    rest = after[match.end() - match.end("num") :]
    if en.THRESHOLD_AFTER.match(rest):
        return "a threshold or criterion ('100 pounds or more'), not a count"
    if match["unit"] and (en.DOSE_BEFORE.search(before) or en.DOSE_AFTER.match(rest)):
        return "a dose ('a lethal dose of two milligrams'), not a quantity"
    if not (match["unit"] or match["rate"]) and en.CLASSIFICATION.match(rest):
        return "the parts of a classification ('11 categories'), not a count"
    return None
