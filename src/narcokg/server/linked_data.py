"""Entity IRIs served as pages: ``<base>id/X`` at ``/id/X`` (and ``<base>concept/X`` likewise).

An RDF client gets the entity's description (every triple it is the subject or the object of) in
Turtle, N-Triples, JSON-LD or RDF/XML; a browser gets an HTML page: its label, its facts as links,
what refers to it, and for a measurement the source sentence with the figure's exact span in
``<mark>`` and the number repair explained. Lookups are bounded pattern matches on the dataset's
store (no user query text), so they need no worker.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from narcokg.namespaces import DCTERMS, NK, OA, RDF, RDFS, SKOS
from narcokg.queries.results import shorten_iri
from narcokg.server.dataset import Dataset
from narcokg.server.protocol import GRAPH_OFFERS, HTTPProblem, negotiate, single, url_pairs
from narcokg.server.state import state_of

SERVED_FOLDERS = ("id/", "concept/")
LABELS = (RDFS + "label", SKOS + "prefLabel", DCTERMS + "title")


@dataclass(frozen=True)
class Value:
    """One object of a fact, ready to show: text, and a link when it names something."""

    text: str
    href: str | None = None
    note: str = ""


@dataclass
class Evidence:
    """A measurement's sentence split around the figure span, and the repair if any."""

    before: str
    figure: str
    after: str
    start: int
    end: int
    repair: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class EntityView:
    iri: str
    label: str
    types: list[Value]
    facts: list[tuple[Value, list[Value]]]
    referrers: list[tuple[Value, Value]]
    evidence: Evidence | None


def local_path(iri: str, base_iri: str) -> str | None:
    """The server path of ``iri`` when the server answers for it.

    >>> local_path("https://w3id.org/narcokg/id/region/hunan", "https://w3id.org/narcokg/")
    '/id/region/hunan'
    """
    if not iri.startswith(base_iri):
        return None
    rest = iri[len(base_iri) :]
    return "/" + rest if rest.startswith(SERVED_FOLDERS) else None


class Describer:
    """Reads one entity out of the dataset's store."""

    def __init__(self, dataset: Dataset, base_iri: str) -> None:
        import pyoxigraph as ox

        self.ox = ox
        self.dataset = dataset
        self.base_iri = base_iri

    def triples(self, iri: str) -> list[Any]:
        node = self.ox.NamedNode(iri)
        store = self.dataset.store
        out = [q.triple for q in store.quads_for_pattern(node, None, None)]
        out += [q.triple for q in store.quads_for_pattern(None, None, node)]
        return out

    def label(self, iri: str) -> str:
        for predicate in LABELS:
            found = self.dataset.objects(iri, predicate)
            if found:
                return str(found[0].value)
        return shorten_iri(iri)

    def value(self, term: Any) -> Value:
        kind = type(term).__name__
        if kind == "NamedNode":
            href = local_path(term.value, self.base_iri) or term.value
            return Value(self.label(term.value), href, shorten_iri(term.value))
        if kind == "BlankNode":
            return Value(f"_:{term.value}")
        note = term.language or shorten_iri(term.datatype.value)
        return Value(term.value, None, "" if note == "xsd:string" else note)

    def first(self, iri: str, predicate: str) -> str | None:
        found = self.dataset.objects(iri, predicate)
        return str(found[0].value) if found else None

    def view(self, iri: str) -> EntityView:
        facts: dict[str, list[Value]] = {}
        referrers: list[tuple[Value, Value]] = []
        for triple in sorted(self.triples(iri), key=str):
            if triple.subject.value == iri:
                facts.setdefault(triple.predicate.value, []).append(self.value(triple.object))
            else:
                referrers.append((self.value(triple.predicate), self.value(triple.subject)))
        types = facts.pop(RDF + "type", [])
        rows = [(self.value(self.ox.NamedNode(p)), values) for p, values in sorted(facts.items())]
        return EntityView(iri, self.label(iri), types, rows, referrers, self.evidence(iri))

    def evidence(self, iri: str) -> Evidence | None:
        """The sentence with the figure span, for a measurement; None otherwise."""
        sentence_span = self.first(iri, NK + "sentenceSpan")
        figure_span = self.first(iri, NK + "figureSpan")
        if sentence_span is None or figure_span is None:
            return None
        sentence = self.first(sentence_span, OA + "exact") or ""
        offset = int(self.first(sentence_span, OA + "start") or 0)
        start = int(self.first(figure_span, OA + "start") or 0)
        end = int(self.first(figure_span, OA + "end") or 0)
        cut, stop = start - offset, end - offset
        found = Evidence(sentence[:cut], sentence[cut:stop], sentence[stop:], start, end)
        repair = self.first(iri, NK + "repair")
        if repair is not None:
            found.repair = self.repair_lines(repair)
        return found

    def repair_lines(self, repair: str) -> list[tuple[str, str]]:
        rule = self.first(repair, NK + "repairRule")
        lines = [("rule", self.label(rule) if rule else "")]
        lines.append(("surface text", self.first(repair, NK + "surfaceText") or ""))
        naive = sorted(str(o.value) for o in self.dataset.objects(repair, NK + "naiveReading"))
        lines.append(("a literal reading gives", ", ".join(naive)))
        lines.append(("explanation", self.first(repair, RDFS + "comment") or ""))
        corroboration = self.first(repair, NK + "corroboration")
        if corroboration:
            lines.append(("corroborated by", corroboration))
        return lines


async def resource(request: Request) -> Response:
    """An entity IRI: HTML for browsers, RDF by content negotiation; 404 when unknown."""
    state = state_of(request)
    path = request.url.path.lstrip("/")
    iri = state.config.base_iri + path
    describer = Describer(state.dataset, state.config.base_iri)
    try:
        triples = describer.triples(iri)
    except (ValueError, UnicodeError):  # the path makes no IRI (a NUL, bytes that are not UTF-8)
        triples = []
    if not triples:
        raise HTTPProblem(404, f"nothing in the graph is called <{iri}>")
    pairs = url_pairs(request, state.config.max_request_bytes)
    offers = [("text/html", "html"), *GRAPH_OFFERS]
    fmt = single(pairs, "format") or negotiate(request.headers.get("accept"), offers)
    if fmt == "html":
        from narcokg.server.pages import entity_page

        return entity_page(request, describer.view(iri))
    from narcokg.server.endpoints import rdf_response

    return rdf_response(request, triples, fmt)
