"""Parameters that name an entity, and the error when the name matches none.

A stored query's parameter may say what kind of entity it names (``entity: region`` in its
``#+ params`` entry). When such a query answers nothing, narcokg asks the graph for the names that
kind has (one small SELECT, :func:`names_query`); if the given value is none of them, the empty
answer was a typo, not a fact, and :func:`check_names` raises a :class:`ParameterError` (exit 2,
HTTP 404) that lists the closest names instead of printing "(0 rows)". Names are matched the way
the stored queries match them: region labels and ISO codes ignoring case, identifiers exactly.

Only an empty answer costs the extra query, so an answer with rows is as fast as before.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import NamedTuple

from narcokg.errors import ParameterError
from narcokg.namespaces import DCTERMS, NK, NKC, RDFS, SKOS


class EntityKind(NamedTuple):
    """A kind of entity a parameter can name: the query listing its names, how they match."""

    name: str
    query: str  # SELECT ?name: every name a value may match
    ignore_case: bool


_KINDS = (
    EntityKind(
        "region",
        f"SELECT DISTINCT ?name WHERE {{ ?r a <{NK}Region> . "
        f"{{ ?r <{RDFS}label>|<{SKOS}altLabel> ?name }} UNION {{ ?r <{NK}iso3166Code> ?name }} }}",
        ignore_case=True,
    ),
    EntityKind(
        "measurement",
        f"SELECT DISTINCT ?name WHERE {{ {{ ?m a <{NK}Measurement> ; <{DCTERMS}identifier> ?name }}"
        f" UNION {{ ?m a <{NK}Measurement> . BIND(STR(?m) AS ?name) }} }}",
        ignore_case=False,
    ),
    EntityKind(
        "measure",
        f"SELECT DISTINCT ?name WHERE {{ ?c <{SKOS}inScheme> <{NKC}measures> ; "
        f"<{SKOS}notation> ?name }}",
        ignore_case=False,
    ),
    EntityKind(
        "operation",
        f"SELECT DISTINCT ?name WHERE {{ ?o a <{NK}Operation> ; <{RDFS}label> ?name }}",
        ignore_case=True,
    ),
)
ENTITY_KINDS: Mapping[str, EntityKind] = {kind.name: kind for kind in _KINDS}


def entity_kind(name: str) -> EntityKind | None:
    """The kind called ``name`` (``None`` if there is none)."""
    return ENTITY_KINDS.get(name)


def check_names(kind: EntityKind, value: str, names: Iterable[str]) -> None:
    """A :class:`ParameterError` naming the closest names when ``value`` matches none of ``names``.

    >>> check_names(ENTITY_KINDS["region"], "hunan", ["Hunan", "Yunnan", "CN-HN"])
    >>> check_names(ENTITY_KINDS["region"], "Hunann", ["Hunan", "Yunnan", "CN-HN"])
    Traceback (most recent call last):
    ...
    narcokg.errors.ParameterError: no region is called 'Hunann'; closest names: Hunan, Yunnan, CN-HN
    """
    known = sorted(set(names))
    fold = str.casefold if kind.ignore_case else str
    if fold(value) in {fold(name) for name in known}:
        return
    # Suggest names of the form given: an IRI for an IRI, else the labels and identifiers.
    by_key = {fold(name): name for name in known if ("://" in name) == ("://" in value)}
    import difflib  # only for this message: imports cost start-up (benchmarks/README.md)

    close = difflib.get_close_matches(fold(value), list(by_key), n=5, cutoff=0.0)
    hint = "closest names: " + ", ".join(by_key[key] for key in close) if close else "it has none"
    raise ParameterError(f"no {kind.name} is called {value!r}; {hint}")
