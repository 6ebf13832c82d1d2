"""Remembered verdicts: the same answer as a fresh read, refusals read again, memory bounded."""

from __future__ import annotations

import pytest

from narcokg.errors import UnsafeQueryError
from narcokg.queries import safety
from narcokg.queries.lexer import Token

TEXTS = [
    "SELECT * WHERE { ?s ?p ?o }",
    "ASK { ?s ?p 'SERVICE' }",
    "PREFIX ex: <http://x/drop> CONSTRUCT { ?s ex:insert ?o } WHERE { ?s ?p ?o }",
    "DESCRIBE <http://x/load>",
]


@pytest.mark.parametrize("text", TEXTS)
def test_a_remembered_verdict_is_the_fresh_one(text: str) -> None:
    fresh = safety._verdict(text)
    assert safety.read_query(text) == fresh
    assert safety.read_query(text) == fresh  # the second read comes from memory


def test_a_refused_text_is_refused_every_time() -> None:
    text = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }"
    for _ in range(3):
        with pytest.raises(UnsafeQueryError):
            safety.check_query(text)


def test_long_texts_and_long_words_are_not_remembered() -> None:
    safety._remembered_verdict.cache_clear()
    safety._remembered_spelling.cache_clear()
    long_text = "SELECT * WHERE { ?s ?p ?o } #" + "x" * safety._REMEMBERED_CHARS
    safety.check_query(long_text)
    assert safety._remembered_verdict.cache_info().currsize == 0
    safety._remembered_spelling.cache_clear()  # its short words (SELECT, WHERE) are remembered
    word = "SERVICE" + "A" * 100
    assert safety._forbidden_in(Token("word", word, 0, 0)) == {"SERVICE"}
    assert safety._remembered_spelling.cache_info().currsize == 0
    assert safety._forbidden_in(Token("word", "SERVICE", 0, 0)) == {"SERVICE"}
    assert safety._remembered_spelling.cache_info().currsize == 1
