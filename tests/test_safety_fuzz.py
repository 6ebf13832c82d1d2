"""A differential fuzzer: what the safety check lets through makes no request on the real engine.

Hypothesis builds queries full of the lexical corners (the four string forms with escaped quotes,
comments ending at LF or CR, escaped local names, IRIs holding '#', ``\\u`` escapes, mixed-case
keywords, '<' comparisons with strings) and splices a ``SERVICE`` clause naming a canary on
127.0.0.1 into them: between items (where it runs) or at any character (where a string or
comment may hide it). pyoxigraph, which follows SERVICE, then runs every query the checker
passes; the canary must count zero requests.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import pyoxigraph
import pytest
from hypothesis import HealthCheck, find, given, settings
from hypothesis import strategies as st

from narcokg.errors import NarcoKGError
from narcokg.queries.safety import check_query
from tests.test_safety import Canary

_TEXT = st.lists(
    st.sampled_from(["a", " ", "#", "}", "{", "SERVICE", "<", ">", "'", '"', "\\u0022", "\\u0027"]),
    max_size=6,
).map("".join)


def _escape(text: str, quote: str) -> str:
    return text.replace("\\", "\\\\").replace(quote, "\\" + quote)


@st.composite
def strings(draw: st.DrawFn) -> str:
    """A string literal in one of the four forms, its quotes escaped."""
    body = draw(_TEXT)
    quote = draw(st.sampled_from(["'", '"', "'''", '"""']))
    if len(quote) == 3:
        body = draw(st.sampled_from(["", "\n", "\r\n"])) + body
        return quote + _escape(body, quote[0]) + quote
    return quote + _escape(body.replace("\\u", "u"), quote) + quote


def _case(word: str) -> st.SearchStrategy[str]:
    return st.lists(st.booleans(), min_size=len(word), max_size=len(word)).map(
        lambda flags: "".join(c.lower() if f else c for c, f in zip(word, flags, strict=True))
    )


@st.composite
def items(draw: st.DrawFn) -> str:
    """One element of a group graph pattern that is valid SPARQL on its own."""
    bind = draw(_case("BIND"))
    name = f"?v{draw(st.integers(0, 99))}"
    value = draw(
        st.one_of(
            strings(),
            st.sampled_from(["ex:a\\#b", "ex:a\\.b\\~c", "ex:\\'q", "ex:a%23b", "<http://x/#f>",
                             "<http://x/'#'>", "'a\\u0022b'", '"\\u0027"', "1", "ex:1"]),
        )
    )  # fmt: skip
    comment = "#" + draw(_TEXT).replace("\n", "") + draw(st.sampled_from(["\n", "\r"]))
    filters = [f"{draw(_case('FILTER'))}(?start<{value} || true)", f"FILTER(?start<?{name[1:]})"]
    return draw(st.sampled_from([f"{bind}({value} AS {name})", comment, *filters]))


def service_clause(url: str) -> st.SearchStrategy[str]:
    forms = [f"SERVICE <{url}> {{ ?cs ?cp ?co }}", f"SERVICE SILENT <{url}> {{ ?cs ?cp ?co }}",
             f"SERVICE<{url}>{{?cs ?cp ?co}}", f"\\u0053ERVICE <{url}> {{ ?cs ?cp ?co }}",
             "SERVICE canary:c { ?cs ?cp ?co }"]  # fmt: skip
    return st.tuples(st.sampled_from(forms), _case("SERVICE")).map(
        lambda pair: pair[0].replace("SERVICE", pair[1], 1)
    )


@st.composite
def queries(draw: st.DrawFn, url: str) -> str:
    parts = draw(st.lists(items(), max_size=6))
    clause = draw(service_clause(url))
    body = " ".join(parts)
    if draw(st.booleans()):
        at = draw(st.integers(0, len(parts)))
        body = " ".join([*parts[:at], clause, *parts[at:]])
    else:
        at = draw(st.integers(0, len(body)))
        body = body[:at] + clause + body[at:]
    select = draw(_case("SELECT"))
    return (f"PREFIX ex: <http://e/> PREFIX canary: <{url.removesuffix('sparql')}> "
            f"{select} * WHERE {{ BIND(1 AS ?start) {body} }}")  # fmt: skip


@pytest.fixture(scope="module")
def canary() -> Iterator[Canary]:
    server = Canary()
    yield server
    server.close()


def _run(text: str) -> None:
    with contextlib.suppress(SyntaxError, OSError, ValueError):
        list(pyoxigraph.Store().query(text))  # type: ignore[arg-type]


def test_the_generator_does_reach_the_canary_without_the_check(canary: Canary) -> None:
    """The fuzzer can fail: unchecked, some generated query hides nothing and calls out."""

    def calls_out(text: str) -> bool:
        before = canary.requests
        _run(text)
        return canary.requests > before

    found = find(queries(canary.url), calls_out, settings=settings(database=None))
    assert "ERVICE" in found.upper()


_SLOW_OK = [HealthCheck.function_scoped_fixture, HealthCheck.too_slow]


@settings(max_examples=400, deadline=None, database=None, suppress_health_check=_SLOW_OK)
@given(data=st.data())
def test_what_the_check_passes_makes_no_request(canary: Canary, data: st.DataObject) -> None:
    text = data.draw(queries(canary.url))
    try:
        check_query(text)
    except NarcoKGError:
        return
    before = canary.requests
    _run(text)
    assert canary.requests == before, f"the engine called the canary for {text!r}"
