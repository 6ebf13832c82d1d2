"""ontology/narcokg.ttl parses, documents every term and defines the fact files' words."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest
import yaml

from narcokg import paths
from narcokg.namespaces import NK, NKC, OWL, RDF, RDFS, SKOS

ROOT = Path(__file__).resolve().parent.parent
FACT_FILES = sorted((ROOT / "graph" / "facts").glob("*.yaml"))
TERM_TYPES = (
    "Class",
    "ObjectProperty",
    "DatatypeProperty",
    "AnnotationProperty",
)
#: Individuals the model names too (typing them owl:NamedIndividual makes pyshacl clone them).
QB_STRUCTURE = "http://purl.org/linked-data/cube#DataStructureDefinition"


@cache
def _ontology() -> object:
    import rdflib

    return rdflib.Graph().parse(paths.ontology_file(), format="turtle")


def _select(query: str) -> set[str]:
    from narcokg.namespaces import sparql_prologue

    rows = _ontology().query(sparql_prologue() + query)  # type: ignore[attr-defined]
    return {str(row[0]) for row in rows}


def _nk_terms() -> list[str]:
    from rdflib import URIRef

    graph = _ontology()
    terms = {
        str(s)
        for kind in TERM_TYPES
        for s in graph.subjects(URIRef(RDF + "type"), URIRef(OWL + kind))  # type: ignore[attr-defined]
        if str(s).startswith(NK)
    }
    terms |= {
        str(s)
        for s in graph.subjects(URIRef(RDF + "type"), URIRef(QB_STRUCTURE))  # type: ignore[attr-defined]
        if str(s).startswith(NK)
    }
    return sorted(terms)


def _scheme(scheme: str) -> set[str]:
    return _select(f"SELECT ?n WHERE {{ ?c skos:inScheme <{NKC}{scheme}> ; skos:notation ?n }}")


def _unit_labels() -> set[str]:
    return _select("SELECT ?l WHERE { ?u a qudt:Unit ; rdfs:label ?l }")


def _facts() -> list[dict[str, object]]:
    return [yaml.safe_load(path.read_text(encoding="utf-8")) for path in FACT_FILES]


def _fact_words(field: str) -> set[str]:
    words = set()
    for facts in _facts():
        measurements = facts.get("measurements") or {}
        assert isinstance(measurements, dict)
        for fact in measurements.values():
            if field == "repair":
                if fact.get("repair"):
                    words.add(fact["repair"]["rule"])
            elif fact.get(field) is not None:
                words.add(str(fact[field]))
    return words


def test_ontology_parses_without_blank_nodes() -> None:
    from rdflib import BNode

    graph = _ontology()
    assert len(graph) > 300  # type: ignore[arg-type]
    assert not [t for t in graph if any(isinstance(x, BNode) for x in t)]  # type: ignore[attr-defined]


def test_header() -> None:
    header = _select(
        "SELECT ?o WHERE { ?o a owl:Ontology ; dcterms:title ?t ; dcterms:description ?d ;"
        " dcterms:license ?l ; owl:versionInfo ?v ; rdfs:comment ?c }"
    )
    assert header == {"https://w3id.org/narcokg/ontology"}


def test_there_are_terms() -> None:
    assert len(_nk_terms()) > 40


@pytest.mark.parametrize("term", _nk_terms())
def test_every_class_and_property_has_label_and_definition(term: str) -> None:
    from rdflib import URIRef

    graph = _ontology()
    assert graph.value(URIRef(term), URIRef(RDFS + "label")), f"{term} has no rdfs:label"  # type: ignore[attr-defined]
    assert graph.value(URIRef(term), URIRef(SKOS + "definition")), f"{term} has no skos:definition"  # type: ignore[attr-defined]


def test_every_nk_term_of_the_model_is_declared() -> None:
    model = (ROOT / "docs" / "model.md").read_text(encoding="utf-8")
    used = {NK + name for name in re.findall(r"`nk:([A-Za-z0-9]+)`", model)}
    used |= {NK + name for name in re.findall(r"\bnk:([A-Za-z][A-Za-z0-9]*)", model)}
    missing = used - set(_nk_terms())
    assert not missing, f"declare these in ontology/narcokg.ttl: {sorted(missing)}"


def test_every_concept_is_documented_and_notated() -> None:
    undocumented = _select(
        "SELECT ?c WHERE { ?c a skos:Concept . FILTER NOT EXISTS { ?c skos:prefLabel ?l ;"
        " skos:definition ?d ; skos:notation ?n ; skos:inScheme ?s } }"
    )
    assert not undocumented


def test_measures_are_exactly_the_seed_ones_plus_later_ones() -> None:
    seed = {
        "drug-crime-cases-cracked", "suspects-arrested", "drugs-seized",
        "fugitives-in-reward-notice", "drug-production-cases-cracked",
        "drug-production-materials-seized", "provinces-participating",
        "major-cross-regional-cases-cracked", "substances-newly-listed",
        "students-taught-anti-drug-knowledge",
    }  # fmt: skip
    measures = _scheme("measures")
    assert seed <= measures
    assert {"drug-users-registered", "drug-users-in-treatment", "trafficking-arrests"} <= measures
    concept_ids = _select("SELECT ?c WHERE { ?c skos:inScheme nkc:measures }")
    assert concept_ids == {NKC + slug for slug in measures}


def test_every_measure_has_one_unit_kind() -> None:
    missing = _select(
        "SELECT ?c WHERE { ?c skos:inScheme nkc:measures ."
        " FILTER NOT EXISTS { ?c nk:unitKind ?k } }"
    )
    assert not missing
    kinds = _select("SELECT ?k WHERE { ?c skos:inScheme nkc:measures ; nk:unitKind ?k }")
    # round 15: crops' areas and money have kinds of their own
    known = ("MassUnit", "VolumeUnit", "CountUnit", "DimensionlessUnit", "AreaUnit", "MoneyUnit")
    assert kinds <= {NK + kind for kind in known}


def test_narrower_measures() -> None:
    narrower = _select("SELECT ?c WHERE { ?c skos:broader nkc:drug-crime-cases-cracked }")
    assert {
        NKC + "drug-production-cases-cracked",
        NKC + "major-cross-regional-cases-cracked",
    } <= narrower


def test_qualifiers_and_repair_rules() -> None:
    assert _scheme("qualifiers") == {
        "exact", "more-than", "at-least", "about", "nearly", "less-than", "up-to", "between"
    }  # fmt: skip
    assert _scheme("repair-rules") == {"split-wan-decimal", "lost-decimal-point"}


def test_units() -> None:
    labels = _select("SELECT ?l WHERE { ?u a nk:MassUnit ; a qudt:Unit ; rdfs:label ?l }")
    assert {"tonne", "kilogram", "gram", "pound"} <= labels
    counts = _select(
        "SELECT ?l WHERE { ?u a nk:CountUnit ; a qudt:Unit ; rdfs:label ?l ; skos:notation ?n }"
    )
    assert {"case", "person", "kind", "province", "plant"} <= counts


def test_unit_labels_are_unique() -> None:
    rows = _ontology().query(  # type: ignore[attr-defined]
        "SELECT ?l (COUNT(?u) AS ?n) WHERE { ?u a <http://qudt.org/schema/qudt/Unit> ;"
        f" <{RDFS}label> ?l }} GROUP BY ?l HAVING (COUNT(?u) > 1)"
    )
    assert not list(rows)


@pytest.mark.parametrize(
    ("field", "known"),
    [("measure", _scheme), ("qualifier", lambda: _scheme("qualifiers")), ("unit", _unit_labels)],
    ids=["measure", "qualifier", "unit"],
)
def test_fact_file_words_exist_in_the_ontology(field: str, known: object) -> None:
    assert FACT_FILES, "no fact files under graph/facts"
    lookup = known("measures") if field == "measure" else known()  # type: ignore[operator]
    missing = _fact_words(field) - lookup
    assert not missing, f"add to ontology/narcokg.ttl: {sorted(missing)}"


def test_fact_file_repair_rules_exist_in_the_ontology() -> None:
    assert _fact_words("repair") <= _scheme("repair-rules")
