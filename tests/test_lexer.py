"""The lexer's cheap token pattern reads every text exactly as the grammar's own classes do.

:mod:`narcokg.queries.lexer` compiles a pattern whose name classes take any character above
ASCII, and falls back to the exact pattern (compiled on first need) when a name holds one.
"""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from narcokg.queries.lexer import Scanner, TokenError, exact_token, match_token

#: The first and last character of every non-ASCII range a name may hold, and the neighbours
#: just outside them (no lone surrogates: a query text cannot hold one).
EDGES = (
    "\x7f\x80\u00b6\u00b7\u00b8\u00bf\u00c0\u00d6\u00d7\u00d8\u00f6\u00f7\u00f8\u02ff\u0300"
    "\u036f\u0370\u037d\u037e\u037f\u1fff\u2000\u200b\u200c\u200d\u200e\u203e\u203f\u2040"
    "\u2041\u206f\u2070\u218f\u2190\u2bff\u2c00\u2fef\u2ff0\u3000\u3001\ud7ff\ue000\uf8ff"
    "\uf900\ufdcf\ufdd0\ufdef\ufdf0\ufffd\ufffe\U00010000\U000effff\U000f0000\U0010ffff云é"
)
ASCII = "aZ_9-.:?$%2F\\'\"#\n <>{}()@^|!=+e"
TEXTS = st.text(alphabet=st.sampled_from(list(ASCII + EDGES)), min_size=1, max_size=12)


def _read(match: re.Match[str] | None) -> tuple[tuple[int, int], str | None] | None:
    return None if match is None else (match.span(), match.lastgroup)


@settings(max_examples=3000, deadline=None)
@given(TEXTS)
def test_the_cheap_pattern_reads_as_the_exact_one(text: str) -> None:
    for position in range(len(text)):
        assert _read(match_token(text, position)) == _read(exact_token().match(text, position))


def test_names_stop_where_the_grammar_says() -> None:
    tokens = Scanner("?云南 ex:湖南 _:é\u00b7 ?a", escaped_iris=False).tokens()
    assert [(t.kind, t.text) for t in tokens] == [
        ("var", "?云南"),
        ("pname", "ex:湖南"),
        ("bnode", "_:é\u00b7"),
        ("var", "?a"),
    ]
    for text in ("?a\u037e", "ex:湖南\u00d7", "_:é\u00d7"):  # U+037E and U+00D7 are in no name
        with pytest.raises(TokenError) as caught:
            Scanner(text, escaped_iris=False).tokens()
        assert caught.value.position == len(text) - 1


def test_a_stored_query_is_read_without_the_exact_pattern() -> None:
    """The exact pattern costs ~20 ms to compile: a query whose names are ASCII never needs it
    (the stored query's comments hold Chinese, which the cheap pattern reads the same way)."""
    code = (
        "from narcokg import paths; from narcokg.queries.catalogue import load_catalogue, "
        "render_query; from narcokg.queries.safety import check_query; "
        "from narcokg.queries.lexer import exact_token; "
        "q = load_catalogue(paths.queries_dir()).get('operations-in-region'); "
        "check_query(render_query(q, {'region': '湖南'})); "
        "print(exact_token.cache_info().misses)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "0"
