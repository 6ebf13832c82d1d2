"""Bringing a kept whole-table answer up to date after an incremental build, by parts.

A kept answer (queries/views.py) of two of the shipped whole-table queries also records, for
each row, the measurement ``?m`` it is about: the query is evaluated with ``?m`` projected first
(:func:`tagged`), which adds a column and changes nothing else. After an incremental build
(``.narcokg/changes.json`` lists every subject whose triples changed since an earlier graph,
build/lastbuild.py), only the rows of the measurements that can read a changed subject change:

- a changed measurement (new, edited or removed);
- one with a link to a changed node (its measure, unit, period, document, span, operation,
  agency, regions: the labels and offsets the columns read are one link away);
- one whose national figure (``nk:nationalFigure``) is changed or links to a changed node;
- one with a region at or inside (``nk:partOf*``) a changed region, directly or through its
  national figure (the region searched for and the country are found along ``nk:partOf``).

Those rows are dropped and evaluated again by the query's own text with ``VALUES ?m { ... }``
first in each group that binds ``?m`` (:func:`restricted`), and the table is sorted again by
its ``ORDER BY`` keys. The splice is used only for the query texts it was checked on
(:data:`CHECKED`: ``tests/test_view_splice.py`` compares the spliced answer with a fresh
evaluation after random sequences of added, changed and removed reports); any other text, an
``ORDER BY`` this module cannot compare, or a change touching most rows means a live evaluation.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from typing import TYPE_CHECKING, NamedTuple

from narcokg.namespaces import NK, XSD
from narcokg.queries.lexer import Scanner, Token
from narcokg.queries.results import SelectResult, Term

if TYPE_CHECKING:
    from narcokg.queries.engines import Engine

TAG = "?m"
#: The SHA-256 of each stored query's file text the splice was checked on (differential test).
CHECKED = {
    "seizures-by-operation": "366c7fe2c860461db7008d7ffa9de8c131c9b807416f998ea9d2d3bab5a2f75f",
    "measurements": "15b4dbbb479de48bcfe08f92a89165ac1c244a721b8c3e64f83b55fd5d27c0da",
    "share-of-national": "0d1a5b135f85097aa5e58469e7fd0b1e9cf3d31fc8bdd65ace1aa46d11871b84",
    "measurements-for-region": "744cce8c2657af25ef805e38124d2abb6389f49a88c3c533c2b3d56382a6f517",
}
#: Past this share of the rows, evaluating the whole table again is cheaper than by parts.
MOST = 0.25
#: Fewer fresh rows than one in this many of the kept ones go in by bisection, not a new sort.
FEW = 32
_NUMBERS = (XSD + "integer", XSD + "decimal")
_STRINGS = (None, XSD + "string")


class Tagged(NamedTuple):
    """An answer and, for each row, the IRI of the measurement it is about."""

    result: SelectResult
    tags: tuple[str, ...]


def spliceable(name: str, query_file_sha256: str) -> bool:
    return CHECKED.get(name) == query_file_sha256


def splice(old: Tagged, changed: Iterable[str], text: str, engine: Engine) -> Tagged | None:
    """``old`` (the tagged answer to ``text`` on an earlier graph) on ``engine``'s graph, which
    differs from that one only in the triples of the ``changed`` subjects; None when the
    splice cannot vouch for the answer (then evaluate the whole table)."""
    columns = order_columns(text, old.result.variables)
    if columns is None:
        return None
    gone = set(changed)
    affected: set[str] = set()
    if gone:
        found = engine.run(affected_query(gone))
        assert isinstance(found, SelectResult)
        affected = {row[0].value for row in found.rows if row[0] is not None}
    if len(affected) > MOST * max(len(old.result.rows), 1):
        return None
    fresh = Tagged(SelectResult(old.result.variables, ()), ())
    if affected:
        answer = engine.run(restricted(tagged(text), affected))
        if not isinstance(answer, SelectResult):
            return None
        fresh = split_tags(answer)
    if fresh.result.variables != old.result.variables:
        return None
    return merged(old, gone | affected, fresh, columns)


def tagged(text: str) -> str:
    """``text`` with ``?m`` projected first (after ``SELECT`` and any ``DISTINCT``)."""
    tokens = Scanner(text, escaped_iris=False).tokens()
    select = next(i for i, t in enumerate(tokens) if _word(t, "SELECT"))
    after = tokens[select + 1]
    at = after if _word(after, "DISTINCT") or _word(after, "REDUCED") else tokens[select]
    cut = at.start + len(at.text)
    return f"{text[:cut]} {TAG}{text[cut:]}"


def split_tags(answer: SelectResult) -> Tagged:
    """The answer of :func:`tagged`'s text as the plain text's answer and its row tags."""
    if answer.variables[:1] != (TAG[1:],):
        raise ValueError("the tagged answer has no ?m first")
    tags = tuple("" if row[0] is None else row[0].value for row in answer.rows)
    rows = tuple(row[1:] for row in answer.rows)
    return Tagged(SelectResult(answer.variables[1:], rows), tags)


def restricted(text: str, measurements: Iterable[str]) -> str:
    """``text`` with ``VALUES ?m { ... }`` first in every ``WHERE`` or ``OPTIONAL`` group that
    mentions ``?m``. In an ``OPTIONAL`` it changes no answer (the group around it is restricted
    the same way, so no row it joins has another ``?m``) but spares Oxigraph a join of the
    optional part over every measurement of the graph."""
    values = " ".join(f"<{iri}>" for iri in sorted(measurements))
    clause = f" VALUES {TAG} {{ {values} }} "
    tokens = Scanner(text, escaped_iris=False).tokens()
    cuts = []
    for i, token in enumerate(tokens[:-1]):
        if (_word(token, "WHERE") or _word(token, "OPTIONAL")) and tokens[i + 1].text == "{":
            opening = tokens[i + 1]
            inside = _group(tokens, i + 2, opening.depth + 1)
            if any(t.kind == "var" and t.text[1:] == TAG[1:] for t in inside):
                cuts.append(opening.start + 1)
    for cut in reversed(cuts):
        text = text[:cut] + clause + text[cut:]
    return text


def _group(tokens: list[Token], first: int, depth: int) -> list[Token]:
    """The tokens from ``first`` up to the ``}`` that closes the group at ``depth``."""
    for end in range(first, len(tokens)):
        if tokens[end].text == "}" and tokens[end].depth == depth:
            return tokens[first:end]
    raise ValueError("unclosed group")


class OrderKey(NamedTuple):
    """One key of the final ``ORDER BY``: a column, compared as it is or as ``STR()`` of it."""

    column: int
    as_text: bool


def order_columns(text: str, variables: tuple[str, ...]) -> list[OrderKey] | None:
    """The final ``ORDER BY``'s keys (all ascending, each a variable or ``STR(?variable)``),
    else None."""
    tokens = Scanner(text, escaped_iris=False).tokens()
    orders = [i for i, t in enumerate(tokens[:-1]) if _word(t, "ORDER") and t.depth == 0]
    if not orders:
        return None
    rest, keys = tokens[orders[-1] + 2 :], []
    while rest:
        shape = [t.text if t.kind == "punct" else t.kind for t in rest[1:4]]
        if _word(rest[0], "STR") and shape == ["(", "var", ")"]:
            name, as_text, rest = rest[2].text[1:], True, rest[4:]
        elif rest[0].kind == "var":
            name, as_text, rest = rest[0].text[1:], False, rest[1:]
        else:
            return None
        if name not in variables:
            return None
        keys.append(OrderKey(variables.index(name), as_text))
    return keys or None


def affected_query(changed: Iterable[str]) -> str:
    """The measurements whose rows can read one of the ``changed`` subjects (module docstring);
    each branch starts from the changed subjects, so that Oxigraph looks up only their links."""
    values = "VALUES ?x { " + " ".join(f"<{iri}>" for iri in sorted(changed)) + " }"
    measurement, region = f"<{NK}Measurement>", f"<{NK}region>"
    national, part_of = f"<{NK}nationalFigure>", f"<{NK}partOf>"
    branches = [
        f"?x a {measurement} . BIND(?x AS ?m)",
        f"?m ?link ?x . ?m a {measurement}",
        f"?m {national} ?x",
        f"?n ?link ?x . ?m {national} ?n",
        f"?r {part_of}* ?x . ?m {region} ?r . ?m a {measurement}",
        f"?r {part_of}* ?x . ?n {region} ?r . ?m {national} ?n",
    ]
    union = "\n  UNION ".join(f"{{ {values} {branch} }}" for branch in branches)
    return f"SELECT DISTINCT ?m WHERE {{\n  {union}\n}}"


def merged(kept: Tagged, drop: set[str], fresh: Tagged, columns: list[OrderKey]) -> Tagged | None:
    """``kept`` without the rows tagged in ``drop``, with ``fresh``'s rows, sorted by the
    ``ORDER BY`` ``columns`` (None when their values cannot be compared as SPARQL does)."""
    pairs = [(row, tag) for row, tag in zip(kept.result.rows, kept.tags, strict=True)
             if tag not in drop]  # fmt: skip
    new = list(zip(fresh.result.rows, fresh.tags, strict=True))
    known: dict[tuple[Term | None, bool], object] = {}  # a table repeats its terms: keys once

    def key(term: Term | None, as_text: bool) -> object:
        found = known.get((term, as_text), known)
        if found is known:
            found = known[term, as_text] = _text_key(term) if as_text else _term_key(term)
        return found

    def row_key(pair: tuple[tuple[Term | None, ...], str]) -> tuple[object, ...]:
        return tuple(key(pair[0][c], t) for c, t in columns)

    try:
        if len(new) * FEW < len(pairs):
            # a kept answer is in its ORDER BY order already: a few rows go in by bisection,
            # after the rows whose keys tie with theirs (as a stable sort puts them)
            for pair in new:
                pairs.insert(bisect.bisect_right(pairs, row_key(pair), key=row_key), pair)
        else:
            pairs += new
            pairs.sort(key=row_key)
    except (_Incomparable, TypeError):
        return None
    rows = tuple(row for row, _ in pairs)
    return Tagged(SelectResult(kept.result.variables, rows), tuple(tag for _, tag in pairs))


class _Incomparable(Exception):
    """An ``ORDER BY`` value this module does not order as SPARQL does."""


def _text_key(term: Term | None) -> object:
    """``STR()`` of an IRI or a literal (any language), ordered by code point."""
    if term is None or term.kind not in ("uri", "literal"):
        raise _Incomparable
    return term.value


def _term_key(term: Term | None) -> object:
    """A value orders as SPARQL orders it: plain strings by code point, numbers by value. A
    column mixing the two raises TypeError (Python compares neither with the other)."""
    if term is None or term.kind != "literal" or term.lang is not None:
        raise _Incomparable
    if term.datatype in _STRINGS:
        return term.value
    if term.datatype in _NUMBERS:
        from decimal import Decimal, InvalidOperation  # not at start-up: only a splice sorts

        try:
            return Decimal(term.value)
        except InvalidOperation as error:
            raise _Incomparable from error
    raise _Incomparable


def _word(token: Token, word: str) -> bool:
    return token.kind == "word" and token.text.upper() == word
