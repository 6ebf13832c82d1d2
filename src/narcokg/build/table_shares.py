"""``queries/share-of-national.rq`` read from a built graph's triples by hand (build/tables.py):
each part (a measurement inside a country, with an operation or a region other than the country)
against each of its national figures (``nk:nationalFigure``).

As the query: the parts are measurements with a region at or below the given region (without
one: a region that is part of no other); each national figure ``n`` (not the part itself)
shares the part's measure, period and unit and has a country region and no operation; the
part's region lies at or below that country and has an English label; the shares are
``ROUND(low / high * 1000000) / 1000000`` in decimal arithmetic (rounding half up), empty when
the divisor is not above zero or a bound is missing. Rows are distinct (with the part's IRI,
as the tagged text projects it).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal, InvalidOperation, localcontext
from itertools import product

from narcokg import namespaces as ns
from narcokg.build.table_rows import (
    LABEL,
    NATIONAL,
    PREF,
    Cell,
    Keyed,
    Reader,
    by_predicate,
    cell,
)
from narcokg.build.triples import Term

_ID = ns.DCTERMS + "identifier"
_DECIMALS = (ns.XSD + "decimal", ns.XSD + "integer")


def share_rows(reader: Reader, region: str | None) -> list[Keyed]:
    """The answer's rows for the parameter value ``region`` (None: every part, found from the
    regions that are part of no other)."""
    from narcokg.build.table_regions import regions_of

    scan = reader.scan()
    if region is None:
        tops = {s for s in scan.regions if s not in scan.parents}
    else:
        tops = regions_of(reader).given(region)
    answers = reader.extra.setdefault("shares", {})  # one list for a country's spellings
    assert isinstance(answers, dict)
    key = frozenset(tops)
    if key not in answers:
        found: dict[Keyed, None] = {}  # distinct, in the order found
        for reach, rows in _every_part(reader):
            if reach & key:
                found.update(dict.fromkeys(rows))
        rows = list(found)
        # no region and the only country give the same rows: one list, so one file and a pointer
        seen = set(rows)  # (a list may have been sorted since: compare as sets)
        answers[key] = next((same for same in answers.values() if set(same) == seen), rows)
    answer: list[Keyed] = answers[key]
    return answer


def _every_part(reader: Reader) -> list[tuple[frozenset[str], list[Keyed]]]:
    """Each subject with a national figure: every node its regions are at or below, and its rows
    (which do not depend on the region asked for, only whether it is asked for); made once."""
    known = reader.extra.get("share-parts")
    if isinstance(known, list):
        return known
    scan = reader.scan()
    parts = []
    for subject in scan.national:
        own = by_predicate(reader.subjects[subject])
        regions = [r[1] for r in own.get(ns.NK + "region", ()) if r[0] == "iri"]
        reach = frozenset().union(*(reader.above(r) for r in regions))
        if reach:
            parts.append((reach, _pairs(reader, subject, own, regions)))
    reader.extra["share-parts"] = parts
    return parts


def _pairs(
    reader: Reader,
    subject: str,
    own: Mapping[str, Sequence[Term]],
    regions: list[str],
) -> list[Keyed]:
    parents = reader.scan().parents
    rows: list[Keyed] = []
    operations = _operations(reader, own)
    for national in own[NATIONAL]:
        if national[0] != "iri" or national[1] == subject:
            continue
        theirs = by_predicate(reader.subjects.get(national[1], ()))
        if ns.NK + "operation" in theirs:
            continue
        countries = [c[1] for c in theirs.get(ns.NK + "region", ())
                     if c[0] == "iri" and c[1] not in parents]  # fmt: skip
        shared = [
            [x for x in own.get(p, ()) if x in theirs.get(p, ()) and x[0] == "iri"]
            for p in (ns.NK + "measure", ns.NK + "period", ns.QUDT + "unit")
        ]
        for (concept, period, unit), country, part_region in product(
            product(*shared), countries, regions
        ):
            if country not in reader.above(part_region):
                continue
            for operation in operations:
                if operation is None and part_region == country:
                    continue
                labels = (
                    reader.objects(concept[1], PREF, english=True),
                    reader.objects(period[1], LABEL),
                    reader.objects(unit[1], LABEL, english=True),
                    reader.objects(part_region, LABEL, english=True),
                )
                documents = reader.via(own, ns.NK + "document", _ID)
                rows += _rows(subject, (own, theirs), (*labels, documents), operation)
    return rows


def _rows(
    subject: str,
    facts: tuple[Mapping[str, Sequence[Term]], Mapping[str, Sequence[Term]]],
    labels: tuple[Sequence[Cell], ...],
    operation: Cell,
) -> list[Keyed]:
    """The part's rows against one national figure (``facts``: the two's triples), for each
    combination of their labels (measure, period, unit, region, document) and bounds."""
    own, theirs = facts
    rows: list[Keyed] = []
    mine = [_values(own, name) for name in ("value", "minValue", "maxValue")]
    national = [_values(theirs, name) for name in ("value", "minValue", "maxValue")]
    for measure, period, unit, region, document in product(*labels):
        for measurement, national_measurement in product(_ids(own), _ids(theirs)):
            for (m_value, m_min, m_max), (n_value, n_min, n_max) in product(
                product(*mine), product(*national)
            ):
                part_low, part_high = m_value or m_min, m_value or m_max
                national_low, national_high = n_value or n_min, n_value or n_max
                row = (measurement, measure, period, region, operation, unit, part_low,
                       part_high, national_measurement, national_low, national_high,
                       _share(part_low, national_high), _share(part_high, national_low),
                       document)  # fmt: skip
                key = (_text(document), _text(measurement), _text(national_measurement))
                rows.append((key, row, subject))
    return rows


def _operations(reader: Reader, own: Mapping[str, Sequence[Term]]) -> list[Cell]:
    """``OPTIONAL { ?m nk:operation ?op . ?op rdfs:label ?operation }``: each label, else one
    row without an operation (an operation without a label binds neither)."""
    found = [c for op in own.get(ns.NK + "operation", ()) if op[0] == "iri"
             for c in reader.objects(op[1], LABEL)]  # fmt: skip
    return found or [None]


def _values(own: Mapping[str, Sequence[Term]], name: str) -> list[Cell]:
    return [cell(t) for t in own.get(ns.SCHEMA + name, ())] or [None]


def _ids(own: Mapping[str, Sequence[Term]]) -> list[Cell]:
    return [cell(t) for t in own.get(_ID, ())]


def _share(part: Cell, whole: Cell) -> Cell:
    """``IF(?whole > 0, ROUND(?part / ?whole * 1000000) / 1000000, ?unset)`` on decimals."""
    a, b = _decimal(part), _decimal(whole)
    if a is None or b is None or b <= 0:
        return None
    with localcontext() as context:
        context.prec = 80
        scaled = (a / b * 1000000 + Decimal("0.5")).to_integral_value(rounding="ROUND_FLOOR")
        share = (scaled / 1000000).normalize()
    text = format(share, "f")
    return ("literal", "0" if text in ("-0", "0E-6") else text, ns.XSD + "decimal", None)


def _decimal(found: Cell) -> Decimal | None:
    if found is None or found[0] != "literal" or found[2] not in _DECIMALS:
        return None
    try:
        return Decimal(found[1])
    except InvalidOperation:
        return None


def _text(found: Cell) -> str:
    return "" if found is None else found[1]
