"""Quotes, offsets and sentences on the seed document and on small texts."""

from __future__ import annotations

import pytest

from narcokg.errors import SpanError
from narcokg.model.spans import Span, find_quote, sentence_around, verify_span

TEXT = "Police seized 5 tons. Customs seized 5 tons in U.S. ports. Done"


def test_find_quote_gives_half_open_code_point_offsets() -> None:
    span = find_quote("naïve 🙂 42 cases", "42 cases")
    assert (span.start, span.end) == (8, 16)
    assert "naïve 🙂 42 cases"[span.start : span.end] == "42 cases"


def test_missing_quote_is_refused_with_a_fix() -> None:
    with pytest.raises(SpanError, match="does not occur in the document: copy it exactly"):
        find_quote(TEXT, "6 tons")


def test_ambiguous_quote_is_refused_with_a_fix() -> None:
    with pytest.raises(SpanError, match=r"occurs 2 times .* add `within:`"):
        find_quote(TEXT, "seized 5 tons")


def test_within_disambiguates() -> None:
    span = find_quote(TEXT, "seized 5 tons", within="Customs seized 5 tons")
    assert span.start == TEXT.index("Customs") + len("Customs ")


def test_within_must_itself_be_unique() -> None:
    with pytest.raises(SpanError, match="occurs 2 times"):
        find_quote(TEXT, "5", within="seized 5")


def test_sentence_skips_abbreviations() -> None:
    span = find_quote(TEXT, "Customs seized 5 tons")
    assert sentence_around(TEXT, span).exact == "Customs seized 5 tons in U.S. ports."


def test_last_sentence_without_full_stop() -> None:
    assert sentence_around(TEXT, find_quote(TEXT, "Done")).exact == "Done"


def test_decimal_points_do_not_end_sentences() -> None:
    text = "First. We seized 25.9 tons. Next."
    assert sentence_around(text, find_quote(text, "25.9")).exact == "We seized 25.9 tons."


@pytest.mark.parametrize(
    ("span", "ok"),
    [
        (Span(0, 6, "Police"), True),
        (Span(1, 7, "olice "), True),
        (Span(0, 6, "police"), False),
        (Span(len(TEXT) - 4, len(TEXT) - 4 + 5, "Done!"), False),
    ],
)
def test_verify_span(span: Span, ok: bool) -> None:
    assert verify_span(TEXT, span) is ok


def test_inconsistent_span_cannot_be_made() -> None:
    with pytest.raises(ValueError):
        Span(3, 2, "")
