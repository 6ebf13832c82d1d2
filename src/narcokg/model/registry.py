"""The measure registry: each measure concept of ``ontology/narcokg.ttl`` with what the extractor
and the synthetic generator need to know of it — unit kind, count unit, flow or stock, trigger
phrases per language, and how synthetic reports write it. Adding a measure means adding its
concept (and these properties) to the ontology; nothing else changes.

Read once per process (parsing and querying the ontology with pyoxigraph takes about 30 ms) and
cached.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from narcokg.namespaces import NKC, sparql_prologue

_KINDS = {
    "MassUnit": "mass",
    "VolumeUnit": "volume",
    "CountUnit": "count",
    "DimensionlessUnit": "dimensionless",
    "AreaUnit": "area",  # round 15: crops' areas
    "MoneyUnit": "money",  # round 15: cash, assets, the value of drugs
}


@dataclass(frozen=True)
class Rule:
    """One way of recognising a measure: words of the noun phrase (or, for a sentence trigger,
    of the sentence), optional words the sentence must also hold, and its precedence."""

    order: int
    measure: str
    kind: str
    noun: str | None  # None: a sentence trigger, any noun phrase
    sentence: str | None


@dataclass(frozen=True)
class MeasureEntry:
    notation: str
    label: str
    kind: str  # mass, volume, count, dimensionless, area or money
    nature: str | None  # flow or stock
    count_unit: str | None  # a unit label
    example_phrase: str | None
    example_verb: str | None


@dataclass(frozen=True)
class Registry:
    measures: dict[str, MeasureEntry]
    rules: tuple[Rule, ...]  # by precedence


_QUERY = """
SELECT ?n ?label ?kind ?nature ?unit ?phrase ?verb ?trigger ?cue ?order ?strigger ?sorder WHERE {
  ?c skos:inScheme <%(scheme)s> ; skos:notation ?n ; skos:prefLabel ?label ; nk:unitKind ?kind .
  FILTER(LANG(?label) IN ('', 'en'))
  OPTIONAL { ?c nk:measureNature ?nature }
  OPTIONAL { ?c nk:countUnit/rdfs:label ?unit }
  OPTIONAL { ?c nk:examplePhrase ?phrase FILTER(LANGMATCHES(LANG(?phrase), '%(lang)s')) }
  OPTIONAL { ?c nk:exampleVerb ?verb FILTER(LANGMATCHES(LANG(?verb), '%(lang)s')) }
  OPTIONAL { ?c nk:triggerPhrase ?trigger ; nk:ruleOrder ?order
             FILTER(LANGMATCHES(LANG(?trigger), '%(lang)s'))
             OPTIONAL { ?c nk:sentenceCue ?cue FILTER(LANGMATCHES(LANG(?cue), '%(lang)s')) } }
  OPTIONAL { ?c nk:sentenceTrigger ?strigger ; nk:sentenceRuleOrder ?sorder
             FILTER(LANGMATCHES(LANG(?strigger), '%(lang)s')) }
}
"""


@lru_cache(maxsize=8)
def load_registry(ontology: Path, language: str = "en") -> Registry:
    """The registry of ``ontology`` for one language's trigger phrases (``en``, ``zh``)."""
    import pyoxigraph

    store = pyoxigraph.Store()
    store.load(path=str(ontology), format=pyoxigraph.RdfFormat.TURTLE)
    query = sparql_prologue() + _QUERY % {"scheme": f"{NKC}measures", "lang": language}
    measures: dict[str, MeasureEntry] = {}
    rules: set[Rule] = set()
    for row in store.query(query):  # type: ignore[union-attr]
        value = {name: (row[name].value if row[name] is not None else None) for name in _NAMES}
        notation, kind = str(value["n"]), _KINDS[str(value["kind"]).rsplit("#", 1)[-1]]
        measures[notation] = MeasureEntry(
            notation,
            str(value["label"]),
            kind,
            value["nature"],
            value["unit"],
            value["phrase"],
            value["verb"],
        )
        if value["trigger"] is not None:
            rules.add(
                Rule(int(str(value["order"])), notation, kind, value["trigger"], value["cue"])
            )
        if value["strigger"] is not None:
            rules.add(Rule(int(str(value["sorder"])), notation, kind, None, value["strigger"]))
    return Registry(measures, tuple(sorted(rules, key=lambda r: (r.order, r.measure))))


_NAMES = ("n", "label", "kind", "nature", "unit", "phrase", "verb", "trigger", "cue", "order",
          "strigger", "sorder")  # fmt: skip


def registry(language: str = "en") -> Registry:
    """The registry of the installed ontology."""
    from narcokg import paths

    return load_registry(paths.ontology_file(), language)
