"""The measure registry: one place defines a measure, and the extractor, the generator and the
shapes read it from there."""

from __future__ import annotations

from pathlib import Path

from narcokg import paths
from narcokg.extract.measures import classify
from narcokg.model.registry import load_registry, registry
from narcokg.model.vocabulary import load_vocabulary
from narcokg.synth.text import COUNT_UNITS, MEASURES, SYNTH_MEASURES, VERBS

# round 16: khat is in the registry now; kratom stands for a drug it still lacks
KRATOM = """
nkc:kratom-seized
    a skos:Concept ;
    skos:prefLabel "kratom seized"@en ;
    skos:notation "kratom-seized" ;
    nk:unitKind nk:MassUnit ;
    skos:inScheme nkc:measures ;
    nk:triggerPhrase "kratom"@en ;
    nk:ruleOrder 25 ;
    nk:measureNature "flow" .
"""


def test_every_rule_names_a_measure_of_the_vocabulary() -> None:
    known = load_vocabulary(paths.ontology_file()).measures
    found = registry()
    assert found.rules
    for rule in found.rules:
        assert rule.measure in known
        assert rule.kind == found.measures[rule.measure].kind
    assert list(found.rules) == sorted(found.rules, key=lambda r: (r.order, r.measure))


def test_a_measure_added_to_the_ontology_alone_is_recognised(tmp_path: Path) -> None:
    ontology = tmp_path / "narcokg.ttl"
    ontology.write_text(paths.ontology_file().read_text(encoding="utf-8") + KRATOM, "utf-8")
    before = classify("27.4 tons of kratom", "", "tonne", True)
    after = classify("27.4 tons of kratom", "", "tonne", True, rules=load_registry(ontology))
    assert before.measure == "drugs-seized"
    assert (after.measure, after.unit, after.known) == ("kratom-seized", "tonne", True)
    assert load_registry(ontology).measures["kratom-seized"].nature == "flow"


def test_the_generator_writes_what_the_registry_says() -> None:
    entries = registry().measures
    for slug in SYNTH_MEASURES:
        assert MEASURES[slug] == (entries[slug].kind, entries[slug].example_phrase)
        assert VERBS[slug] == entries[slug].example_verb
        assert COUNT_UNITS.get(slug) == entries[slug].count_unit


def test_stock_measures_are_marked_and_the_shapes_read_the_mark() -> None:
    stocks = {m for m, e in registry().measures.items() if e.nature == "stock"}
    assert "drug-users-registered" in stocks
    shapes = paths.shapes_file().read_text(encoding="utf-8")
    assert 'nk:measureNature "stock"' in shapes
