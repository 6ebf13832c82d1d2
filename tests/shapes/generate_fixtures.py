"""Write the shape fixtures: tests/shapes/<shape>/{conforms,violates}*.ttl.

Run from the repository root: ``python tests/shapes/generate_fixtures.py``. The files are committed;
rerun this after changing it and review the diff.

Each fixture is a small valid "world" (one document, span, measurement, repair, agency, operation,
region, period) with at most one change that breaks exactly the shape under test. The seed
scenarios use the real seed text to show that the naive readings of its garbled figures are caught.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SEED_TEXT = (ROOT / "graph/sources/mps-2024-01-31-anti-drug-2023.txt").read_text(encoding="utf-8")

NKID = "https://w3id.org/narcokg/id/"
HEADER = """\
@prefix nk: <https://w3id.org/narcokg/ontology#> .
@prefix nkc: <https://w3id.org/narcokg/concept/> .
@prefix nkid: <https://w3id.org/narcokg/id/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix oa: <http://www.w3.org/ns/oa#> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix schema: <https://schema.org/> .
@prefix qudt: <http://qudt.org/schema/qudt/> .
@prefix unit: <http://qudt.org/vocab/unit/> .
@prefix wd: <http://www.wikidata.org/entity/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
"""

World = dict[str, list[tuple[str, str]]]


def lit(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def dec(number: str) -> str:
    return f'"{number}"^^xsd:decimal'


def integer(number: int) -> str:
    return f'"{number}"^^xsd:integer'


DOC = "nkid:document/d"
TEXT = "In 2023, Yunnan police seized 12 tons of drugs."
FIG_START = TEXT.index("12 tons")
FIGURE = f"nkid:span/d/{FIG_START}-{FIG_START + 7}"
SENTENCE = f"nkid:span/d/0-{len(TEXT)}"
M = "nkid:measurement/d/yunnan-seized"
R = "nkid:repair/d/other"
MPS, YPSO = "nkid:agency/mps", "nkid:agency/yunnan-pso"
CHINA, YUNNAN = "nkid:region/china", "nkid:region/yunnan"
P2023, OP = "nkid:period/2023", "nkid:operation/border"


def span(uri: str, doc: str, start: int, end: int, exact: str) -> list[tuple[str, str]]:
    return [
        ("a", "nk:SourceSpan"),
        ("nk:inDocument", doc),
        ("oa:start", integer(start)),
        ("oa:end", integer(end)),
        ("oa:exact", lit(exact)),
    ]


def document(text: str) -> list[tuple[str, str]]:
    return [
        ("a", "nk:SourceDocument"),
        ("dcterms:identifier", lit("d")),
        ("dcterms:title", lit("Anti-drug results") + "@en"),
        ("dcterms:issued", '"2024-01-31"^^xsd:date'),
        ("dcterms:publisher", MPS),
        ("dcterms:creator", lit("Xiong Feng")),
        ("dcterms:language", lit("en")),
        ("nk:translatedFrom", lit("zh")),
        ("nk:text", lit(text)),
        ("nk:sha256", lit("0" * 64)),
        ("nk:fileName", lit("d.txt")),
    ]


def common() -> World:
    """Agencies, regions, period and operation that every world shares."""
    return {
        MPS: [
            ("a", "nk:Agency"),
            ("rdfs:label", lit("Ministry") + "@en"),
            ("nk:jurisdiction", CHINA),
        ],
        YPSO: [
            ("a", "nk:Agency"),
            ("rdfs:label", lit("Yunnan police") + "@en"),
            ("nk:jurisdiction", YUNNAN),
            ("org:subOrganizationOf", MPS),
        ],
        CHINA: region("China", "Q148", "CN", "country", None),
        YUNNAN: region("Yunnan", "Q43194", "CN-YN", "province", CHINA),
        "nkid:region/myanmar": region("Myanmar", "Q836", "MM", "country", None),
        P2023: [
            ("a", "nk:Period"),
            ("rdfs:label", lit("2023")),
            ("nk:startDate", '"2023-01-01"^^xsd:date'),
            ("nk:endDate", '"2023-12-31"^^xsd:date'),
            ("nk:periodKind", lit("flow")),
        ],
        OP: [
            ("a", "nk:Operation"),
            ("rdfs:label", lit("Border interdiction") + "@en"),
            ("rdfs:comment", lit("Work against drug infiltration.") + "@en"),
            ("nk:organisedBy", MPS),
            ("nk:conductedBy", YPSO),
            ("nk:participatingRegion", YUNNAN),
            ("nk:regionListComplete", '"true"^^xsd:boolean'),
            ("nk:period", P2023),
            ("nk:document", DOC),
            ("nk:mentionSpan", SENTENCE),
        ],
    }


def region(label: str, qid: str, iso: str, kind: str, part_of: str | None) -> list[tuple[str, str]]:
    pairs = [
        ("a", "nk:Region"),
        ("rdfs:label", lit(label) + "@en"),
        ("owl:sameAs", f"wd:{qid}"),
        ("nk:iso3166Code", lit(iso)),
        ("nk:regionType", lit(kind)),
    ]
    return pairs + ([("nk:partOf", part_of)] if part_of else [])


def measurement(
    doc: str,
    figure: str,
    sentence: str,
    *,
    measure: str = "nkc:drugs-seized",
    bounds: tuple[str, ...] = ("exact", "12"),
    unit: str = "unit:TONNE",
    regions: tuple[str, ...] = (YUNNAN,),
    operation: str | None = OP,
    agency: str = YPSO,
    repair: str | None = None,
) -> list[tuple[str, str]]:
    pairs = [
        ("a", "nk:Measurement"),
        ("rdfs:label", lit("a figure") + "@en"),
        ("nk:measure", measure),
        ("nk:qualifier", f"nkc:{bounds[0]}"),
        *bound_pairs(bounds),
        ("qudt:unit", unit),
        ("nk:period", P2023),
        *[("nk:region", r) for r in regions],
        ("nk:agency", agency),
        ("nk:document", doc),
        ("nk:figureSpan", figure),
        ("nk:sentenceSpan", sentence),
        ("prov:wasDerivedFrom", figure),
    ]
    if operation:
        pairs.append(("nk:operation", operation))
    if repair:
        pairs += [("nk:repair", repair), ("prov:wasGeneratedBy", repair)]
    return pairs


def bound_pairs(bounds: tuple[str, ...]) -> list[tuple[str, str]]:
    if bounds[0] == "between":  # ("between", lower, upper): a range, both ends inclusive
        true = '"true"^^xsd:boolean'
        return [("schema:minValue", dec(bounds[1])), ("nk:minInclusive", true),
                ("schema:maxValue", dec(bounds[2])), ("nk:maxInclusive", true)]  # fmt: skip
    qualifier, number = bounds
    if qualifier in ("exact", "about"):
        return [("schema:value", dec(number))]
    inclusive = (
        '"true"^^xsd:boolean' if qualifier in ("at-least", "up-to") else '"false"^^xsd:boolean'
    )
    if qualifier in ("more-than", "at-least"):
        return [("schema:minValue", dec(number)), ("nk:minInclusive", inclusive)]
    return [("schema:maxValue", dec(number)), ("nk:maxInclusive", inclusive)]


def repair_entity(
    figure: str, surface: str, rule: str, naive: tuple[str, ...]
) -> list[tuple[str, str]]:
    return [
        ("a", "nk:NumberRepair"),
        ("nk:repairRule", f"nkc:{rule}"),
        ("nk:surfaceText", lit(surface)),
        *[("nk:naiveReading", dec(n)) for n in naive],
        ("rdfs:comment", lit("The decimal point was lost.") + "@en"),
        ("nk:corroboration", lit("Another report") + "@en"),
        ("prov:used", figure),
    ]


def world() -> World:
    """The small valid world every structure fixture starts from."""
    result = common()
    result[DOC] = document(TEXT)
    result[FIGURE] = span(FIGURE, DOC, FIG_START, FIG_START + 7, "12 tons")
    result[SENTENCE] = span(SENTENCE, DOC, 0, len(TEXT), TEXT)
    result[M] = measurement(DOC, FIGURE, SENTENCE)
    result[R] = repair_entity(FIGURE, "12 tons", "lost-decimal-point", ("12",))
    return result


# -------------------------------------------------------------------------------------------------
# Mutations: (subject, action, predicate, object); action is drop (every object), set or add.
# -------------------------------------------------------------------------------------------------

Change = tuple[str, str, str, str]
UNTYPED = "nkid:thing/untyped"


def mutate(base: World, changes: list[Change]) -> World:
    result = {s: list(p) for s, p in base.items()}
    for subject, action, pred, obj in changes:
        pairs = result.setdefault(subject, [])
        if action in ("drop", "set"):
            pairs[:] = [(p, o) for p, o in pairs if p != pred]
        if action in ("set", "add"):
            pairs.append((pred, obj))
    return result


STRUCTURE: dict[str, list[Change]] = {
    "SourceDocument-identifier": [(DOC, "drop", "dcterms:identifier", "")],
    "SourceDocument-title": [(DOC, "drop", "dcterms:title", "")],
    "SourceDocument-issued": [(DOC, "set", "dcterms:issued", lit("2024-01-31"))],
    "SourceDocument-publisher": [(DOC, "set", "dcterms:publisher", UNTYPED)],
    "SourceDocument-creator": [(DOC, "set", "dcterms:creator", UNTYPED)],
    "SourceDocument-language": [(DOC, "add", "dcterms:language", lit("fr"))],
    "SourceDocument-translatedFrom": [(DOC, "add", "nk:translatedFrom", lit("ja"))],
    "SourceDocument-text": [(DOC, "drop", "nk:text", "")],
    "SourceDocument-sha256": [(DOC, "set", "nk:sha256", lit("ABC123"))],
    "SourceDocument-fileName": [(DOC, "set", "nk:fileName", UNTYPED)],
    "SourceSpan-inDocument": [(FIGURE, "drop", "nk:inDocument", "")],
    "SourceSpan-start": [(FIGURE, "set", "oa:start", lit(str(FIG_START)))],
    "SourceSpan-end": [(FIGURE, "drop", "oa:end", "")],
    "SourceSpan-exact": [(FIGURE, "set", "oa:exact", lit("12 tons") + "@en")],
    "Measurement-label": [(M, "drop", "rdfs:label", "")],
    "Measurement-measure": [(M, "drop", "nk:measure", "")],
    "Measurement-value": [(M, "set", "schema:value", lit("12"))],
    "Measurement-minValue": [(M, "add", "schema:minValue", lit("12"))],
    "Measurement-minInclusive": [(M, "add", "nk:minInclusive", lit("yes"))],
    "Measurement-maxValue": [(M, "add", "schema:maxValue", lit("12"))],
    "Measurement-maxInclusive": [(M, "add", "nk:maxInclusive", lit("no"))],
    "Measurement-qualifier": [(M, "drop", "nk:qualifier", "")],
    "Measurement-unit": [(M, "set", "qudt:unit", UNTYPED)],
    "Measurement-period": [(M, "drop", "nk:period", "")],
    "Measurement-region": [(M, "drop", "nk:region", "")],
    "Measurement-operation": [(M, "set", "nk:operation", UNTYPED)],
    "Measurement-agency": [(M, "add", "nk:agency", MPS)],
    "Measurement-document": [(M, "drop", "nk:document", "")],
    "Measurement-figureSpan": [(M, "drop", "nk:figureSpan", "")],
    "Measurement-sentenceSpan": [(M, "add", "nk:sentenceSpan", FIGURE)],
    "Measurement-wasDerivedFrom": [(M, "set", "prov:wasDerivedFrom", SENTENCE)],
    "Measurement-repair": [
        (M, "add", "nk:repair", UNTYPED),
        (M, "add", "prov:wasGeneratedBy", UNTYPED),
    ],
    "Measurement-wasGeneratedBy": [(M, "add", "prov:wasGeneratedBy", R)],
    "Measurement-changeOf": [(M, "add", "nk:changeOf", UNTYPED)],
    "Measurement-denominator": [(M, "add", "nk:denominator", dec("-5"))],
    "MeasureConcept-inScheme": [(M, "set", "nk:measure", "nkc:exact")],
    "MeasureConcept-unitKind": [
        (M, "set", "nk:measure", "nkid:measure/ad-hoc"),
        ("nkid:measure/ad-hoc", "add", "skos:inScheme", "nkc:measures"),
    ],
    "QualifierConcept-inScheme": [(M, "set", "nk:qualifier", "nkc:drugs-seized")],
    "RepairRuleConcept-inScheme": [(R, "set", "nk:repairRule", "nkc:exact")],
    "Unit-label": [
        (M, "set", "qudt:unit", "nkid:unit/unlabelled"),
        ("nkid:unit/unlabelled", "add", "a", "qudt:Unit"),
    ],
    "NumberRepair-repairRule": [(R, "drop", "nk:repairRule", "")],
    "NumberRepair-surfaceText": [(R, "set", "nk:surfaceText", lit("12 tons") + "@en")],
    "NumberRepair-naiveReading": [(R, "drop", "nk:naiveReading", "")],
    "NumberRepair-comment": [(R, "drop", "rdfs:comment", "")],
    "NumberRepair-corroboration": [(R, "set", "nk:corroboration", UNTYPED)],
    "NumberRepair-used": [(R, "drop", "prov:used", "")],
    "Agency-label": [(MPS, "drop", "rdfs:label", "")],
    "Agency-jurisdiction": [(YPSO, "add", "nk:jurisdiction", CHINA)],
    "Agency-subOrganizationOf": [(YPSO, "set", "org:subOrganizationOf", UNTYPED)],
    "Operation-label": [(OP, "drop", "rdfs:label", "")],
    "Operation-comment": [(OP, "set", "rdfs:comment", UNTYPED)],
    "Operation-organisedBy": [(OP, "set", "nk:organisedBy", UNTYPED)],
    "Operation-conductedBy": [(OP, "set", "nk:conductedBy", UNTYPED)],
    "Operation-participatingRegion": [(OP, "set", "nk:participatingRegion", UNTYPED)],
    "Operation-regionListComplete": [(OP, "set", "nk:regionListComplete", lit("true"))],
    "Operation-period": [(OP, "set", "nk:period", UNTYPED)],
    "Operation-document": [(OP, "drop", "nk:document", "")],
    "Operation-mentionSpan": [(OP, "set", "nk:mentionSpan", UNTYPED)],
    "Region-label": [(YUNNAN, "drop", "rdfs:label", "")],
    "Region-sameAs": [(YUNNAN, "set", "owl:sameAs", "<http://example.org/yunnan>")],
    "Region-iso3166Code": [(YUNNAN, "set", "nk:iso3166Code", lit("Yunnan"))],
    "Region-regionType": [(YUNNAN, "add", "nk:regionType", lit("city"))],
    "Region-partOf": [(YUNNAN, "set", "nk:partOf", UNTYPED)],
    "Region-divisionCode": [(YUNNAN, "set", "nk:divisionCode", lit("5300"))],
    "Period-label": [(P2023, "drop", "rdfs:label", "")],
    "Period-startDate": [(P2023, "set", "nk:startDate", lit("2023-01-01"))],
    "Period-endDate": [(P2023, "drop", "nk:endDate", "")],
    "Period-periodKind": [(P2023, "set", "nk:periodKind", lit("annual"))],
    # SPARQL shapes that a single change to the small world breaks
    "MeasurementHasFigureShape": [(M, "drop", "schema:value", "")],
    "MinBoundFlagShape": [(M, "add", "schema:minValue", dec("12"))],
    "MaxBoundFlagShape": [(M, "add", "nk:maxInclusive", '"true"^^xsd:boolean')],
    "QualifierMatchesBoundsShape": [(M, "set", "nk:qualifier", "nkc:more-than")],
    "UnitFitsMeasureShape": [(M, "set", "qudt:unit", "nkc:unit-case")],
    "StockAtADateShape": [("nkc:drugs-seized", "add", "nk:measureNature", lit("stock"))],
    "RepairSurfaceTextShape": [(R, "set", "nk:surfaceText", lit("12 tonnes"))],
    "FigureInSentenceShape": [
        (M, "set", "nk:sentenceSpan", "nkid:span/d/0-8"),
        *[("nkid:span/d/0-8", "add", p, o) for p, o in span("", DOC, 0, 8, TEXT[:8])],
    ],
    "PeriodOrderShape": [(P2023, "set", "nk:endDate", '"2022-12-31"^^xsd:date')],
    "SpanExactShape": [(FIGURE, "set", "oa:exact", lit("13 tons"))],
}


def iri(term: str) -> str:
    """Full IRIs for nkid: names, whose slashes a Turtle prefixed name cannot hold."""
    return f"<{NKID}{term[5:]}>" if term.startswith("nkid:") else term


def write(path: Path, graph: World, comment: str) -> None:
    lines = [
        f"# {comment}",
        "# Generated by tests/shapes/generate_fixtures.py; do not edit by hand.",
        HEADER,
    ]
    for subject in sorted(graph):
        pairs = graph[subject]
        if not pairs:
            continue
        body = " ;\n    ".join(f"{p} {iri(o)}" for p, o in pairs)
        lines.append(f"{iri(subject)}\n    {body} .\n")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines), encoding="utf-8")


# -------------------------------------------------------------------------------------------------
# Scenarios on the real seed text
# -------------------------------------------------------------------------------------------------

SEED = "nkid:document/seed"


def seed_span(quote: str) -> tuple[str, list[tuple[str, str]]]:
    assert SEED_TEXT.count(quote) == 1, quote
    start = SEED_TEXT.index(quote)
    uri = f"nkid:span/seed/{start}-{start + len(quote)}"
    return uri, span(uri, SEED, start, start + len(quote), quote)


def seed_sentence(quote: str) -> tuple[str, list[tuple[str, str]]]:
    """The line (paragraph) around a quote: enough for the sentence-containment shape."""
    start = SEED_TEXT.index(quote)
    begin = SEED_TEXT.rfind("\n", 0, start) + 1
    end = SEED_TEXT.find("\n", start)
    end = len(SEED_TEXT) if end < 0 else end
    uri = f"nkid:span/seed/{begin}-{end}"
    return uri, span(uri, SEED, begin, end, SEED_TEXT[begin:end])


SeedFact = tuple[str, str, dict[str, object], tuple[str, tuple[str, ...]] | None]

NATIONAL = {"regions": (CHINA,), "operation": None, "agency": MPS}
YUNNAN_OP = {"regions": (YUNNAN,), "operation": OP, "agency": YPSO}
HUNTING = {"regions": (CHINA,), "operation": "nkid:operation/hunting", "agency": MPS}
CASES = "nkc:drug-crime-cases-cracked"
SEIZED = "nkc:drugs-seized"

REPAIRED_FACTS: list[SeedFact] = [
    (
        "national-cases",
        "4 drug crime cases will be cracked across the countryMore than 20,000 cases",
        {**NATIONAL, "measure": CASES, "bounds": ("more-than", "42000"), "unit": "nkc:unit-case"},
        ("split-wan-decimal", ("4", "20000")),
    ),
    (
        "national-seized",
        "25 drugs of various types were seized9 tons",
        {**NATIONAL, "measure": SEIZED, "bounds": ("exact", "25.9")},
        ("lost-decimal-point", ("25", "9")),
    ),
    (
        "yunnan-seized",
        "12 drugs were seized2 tons",
        {**YUNNAN_OP, "measure": SEIZED, "bounds": ("exact", "12.2")},
        ("lost-decimal-point", ("12", "2")),
    ),
]
CLEAN_FACTS: list[SeedFact] = [
    (
        "yunnan-cases",
        "more than 2,900 related cases",
        {**YUNNAN_OP, "measure": CASES, "bounds": ("more-than", "2900"), "unit": "nkc:unit-case"},
        None,
    ),
    (
        "hunting-cases",
        "more than 320 major cross-regional drug crime cases",
        {
            **HUNTING,
            "measure": "nkc:major-cross-regional-cases-cracked",
            "bounds": ("more-than", "320"),
            "unit": "nkc:unit-case",
        },
        None,
    ),
    (
        "hunting-seized",
        "7 drugs of various types8 tons",
        {**HUNTING, "measure": SEIZED, "bounds": ("exact", "7.8")},
        ("lost-decimal-point", ("7", "8")),
    ),
]


def seed_world(facts: list[SeedFact]) -> World:
    result = common()
    result[SEED] = document(SEED_TEXT)
    result[OP] = [
        (p, SEED if p == "nk:document" else o) for p, o in result[OP] if p != "nk:mentionSpan"
    ]
    result["nkid:operation/hunting"] = [
        *[(p, o) for p, o in result[OP] if p != "nk:participatingRegion"],
        ("nk:participatingRegion", "nkid:region/hunan"),
    ]
    result["nkid:region/hunan"] = region("Hunan", "Q45761", "CN-HN", "province", CHINA)
    for fact_id, quote, options, repair in facts:
        figure, figure_pairs = seed_span(quote)
        sentence, sentence_pairs = seed_sentence(quote)
        result[figure], result[sentence] = figure_pairs, sentence_pairs
        repair_iri = f"nkid:repair/seed/{fact_id}" if repair else None
        result[f"nkid:measurement/seed/{fact_id}"] = measurement(
            SEED,
            figure,
            sentence,
            repair=repair_iri,
            **options,  # type: ignore[arg-type]
        )
        if repair_iri and repair:
            result[repair_iri] = repair_entity(figure, quote, repair[0], repair[1])
    return result


def naive(
    fact_id: str, quote: str, bounds: tuple[str, str], unit: str = "unit:TONNE"
) -> list[SeedFact]:
    """The seed facts with one repaired figure replaced by its naive, unrepaired reading."""
    kept = [f for f in REPAIRED_FACTS + CLEAN_FACTS if f[0] != fact_id]
    original = next(f for f in REPAIRED_FACTS if f[0] == fact_id)
    options = {**original[2], "bounds": bounds, "unit": unit}
    return [*kept, (fact_id, quote, options, None)]


def small_pair(
    outer: tuple[str, ...],
    inner: tuple[str, ...],
    inner_unit: str = "unit:TONNE",
    *,
    measure: str = "nkc:drugs-seized",
    outer_unit: str = "unit:TONNE",
) -> World:
    """The small world plus a national figure; the Yunnan figure is the inner one."""
    result = world()
    result[M] = measurement(DOC, FIGURE, SENTENCE, bounds=inner, unit=inner_unit, measure=measure)
    result["nkid:measurement/d/national"] = measurement(
        DOC,
        FIGURE,
        SENTENCE,
        bounds=outer,
        regions=(CHINA,),
        operation=None,
        agency=MPS,
        measure=measure,
        unit=outer_unit,
    )
    return result


def aligned_pair(original: tuple[str, str], translation: tuple[str, str]) -> World:
    """The small world whose figure is a translation rendering another (original) figure."""
    result = world()
    result["nkid:measurement/d/original"] = measurement(DOC, FIGURE, SENTENCE, bounds=original)
    renders = ("nk:renders", "nkid:measurement/d/original")
    result[M] = [*measurement(DOC, FIGURE, SENTENCE, bounds=translation), renders]
    return result


def text_world(text: str, quote: str) -> World:
    """The small world with another text, its figure span on ``quote``."""
    start = text.index(quote)
    figure = f"nkid:span/d/{start}-{start + len(quote)}"
    result = world()
    del result[FIGURE]
    result[DOC] = document(text)
    result[SENTENCE] = span(SENTENCE, DOC, 0, len(text), text)
    result[figure] = span(figure, DOC, start, start + len(quote), quote)
    result[M] = measurement(DOC, figure, SENTENCE)
    result[R] = repair_entity(figure, quote, "lost-decimal-point", ("12",))
    return result


def span_world(start: int, end: int, exact: str) -> World:
    return mutate(
        world(),
        [
            (FIGURE, "set", "oa:start", integer(start)),
            (FIGURE, "set", "oa:end", integer(end)),
            (FIGURE, "set", "oa:exact", lit(exact)),
            (R, "set", "nk:surfaceText", lit(exact)),
        ],
    )


def ranged(bounds: tuple[str, ...]) -> World:
    """The small world with the Yunnan figure's bounds replaced."""
    result = world()
    result[M] = measurement(DOC, FIGURE, SENTENCE, bounds=bounds)
    return result


SCENARIOS: dict[str, dict[str, Callable[[], World]]] = {
    "QualifierMatchesBoundsShape": {
        "conforms-between": lambda: ranged(("between", "10", "12")),
        "violates-between-reversed": lambda: ranged(("between", "12", "10")),
    },
    "CrossLevelConsistencyShape": {
        "conforms-seed-repaired": lambda: seed_world(REPAIRED_FACTS + CLEAN_FACTS),
        "violates-naive-national-cases-exact-4": lambda: seed_world(
            naive("national-cases", "4 drug crime cases", ("exact", "4"), "nkc:unit-case")
        ),
        "violates-naive-national-seizure-9-tonnes": lambda: seed_world(
            naive("national-seized", "9 tons", ("exact", "9"))
        ),
        "conforms-more-than-inside-more-than": lambda: small_pair(
            ("more-than", "42000"), ("more-than", "2900")
        ),
        "conforms-up-to-equal": lambda: small_pair(("up-to", "100"), ("exact", "100")),
        "violates-nearly-equal": lambda: small_pair(("nearly", "100"), ("exact", "100")),
        "violates-more-than-equal": lambda: small_pair(("exact", "100"), ("more-than", "100")),
        "conforms-at-least-equal": lambda: small_pair(("exact", "100"), ("at-least", "100")),
        "violates-kilograms-above-tonnes": lambda: small_pair(
            ("exact", "25.9"), ("exact", "30000"), "unit:KiloGM"
        ),
        "conforms-kilograms-below-tonnes": lambda: small_pair(
            ("exact", "25.9"), ("exact", "12200"), "unit:KiloGM"
        ),
        "conforms-percent-rise-above-national-rise": lambda: small_pair(
            ("exact", "5"),
            ("exact", "20"),
            "unit:PERCENT",
            measure="nkc:percentage-increase",
            outer_unit="unit:PERCENT",
        ),
        "conforms-range-inside-national": lambda: small_pair(
            ("exact", "20"), ("between", "10", "12")
        ),
        "violates-range-above-national": lambda: small_pair(
            ("exact", "20"), ("between", "30", "40")
        ),
        "violates-count-above-national-count": lambda: small_pair(
            ("exact", "5"),
            ("exact", "20"),
            "nkc:unit-case",
            measure="nkc:drug-crime-cases-cracked",
            outer_unit="nkc:unit-case",
        ),
    },
    "UnrepairedGarbleShape": {
        "conforms-seed-repaired": lambda: seed_world(REPAIRED_FACTS + CLEAN_FACTS),
        "violates-naive-yunnan-2-tons": lambda: seed_world(
            naive("yunnan-seized", "2 tons", ("exact", "2"))
        ),
        "violates-naive-more-than-20000-cases": lambda: seed_world(
            naive(
                "national-cases", "More than 20,000 cases", ("more-than", "20000"), "nkc:unit-case"
            )
        ),
        "conforms-span-at-text-start": lambda: text_world("12 tons were seized.", "12 tons"),
        "violates-span-at-text-end": lambda: text_world("Police seized9", "9"),
    },
    "SpanExactShape": {
        "violates-negative-start": lambda: span_world(-1, FIG_START + 7, TEXT[: FIG_START + 7]),
        "violates-end-before-start": lambda: span_world(FIG_START + 7, FIG_START, ""),
        "violates-end-past-text": lambda: span_world(FIG_START, len(TEXT) + 3, TEXT[FIG_START:]),
        "conforms-empty-span-at-end": lambda: span_world(len(TEXT), len(TEXT), ""),
        "conforms-seed": lambda: seed_world(REPAIRED_FACTS + CLEAN_FACTS),
    },
    "RepairSurfaceTextShape": {
        "conforms-seed-repaired": lambda: seed_world(REPAIRED_FACTS + CLEAN_FACTS),
    },
    "AlignedFigureShape": {
        "conforms-same-bounds": lambda: aligned_pair(
            ("more-than", "42000"), ("more-than", "42000")
        ),
        "violates-garbled-value": lambda: aligned_pair(
            ("more-than", "42000"), ("more-than", "20000")
        ),
        "violates-qualifier-lost": lambda: aligned_pair(("more-than", "42000"), ("exact", "42000")),
    },
}


def main() -> None:
    for folder in HERE.iterdir():
        if folder.is_dir() and folder.name != "__pycache__":
            shutil.rmtree(folder)
    base = world()
    for shape, changes in STRUCTURE.items():
        write(
            HERE / shape / "conforms.ttl", base, f"Conforms to nksh:{shape}: the small valid world."
        )
        write(
            HERE / shape / "violates.ttl",
            mutate(base, changes),
            f"Violates nksh:{shape}: {changes[0][1]} {changes[0][2]}.",
        )
    for shape, scenarios in SCENARIOS.items():
        for name, make in scenarios.items():
            verdict = "Conforms to" if name.startswith("conforms") else "Violates"
            write(
                HERE / shape / f"{name}.ttl",
                make(),
                f"{verdict} nksh:{shape}: {name.split('-', 1)[1].replace('-', ' ')}.",
            )
    for shape in (
        "CrossLevelConsistencyShape",
        "UnrepairedGarbleShape",
        "RepairSurfaceTextShape",
        "AlignedFigureShape",
    ):
        write(
            HERE / shape / "conforms.ttl", base, f"Conforms to nksh:{shape}: the small valid world."
        )


if __name__ == "__main__":
    main()
