"""Writing a fact file: the one writer of the format :mod:`narcokg.model.facts` reads.

``narcokg extract`` (drafts) and ``narcokg synth`` (synthetic corpora) both write through
:func:`fact_file_text`; what it writes, :func:`~narcokg.model.facts.parse_facts` reads back to an
equal :class:`~narcokg.model.facts.FactFile` (``tests/test_fact_writer.py``). A :class:`Layout`
holds the few choices that change the bytes but not the facts, so that each writer's files stay
as they were. Keys without a value are left out; the reader's defaults fill them in again.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Any

from narcokg.model.facts import (
    DRAFT_KEYS,
    AgencyFact,
    DocumentFacts,
    FactFile,
    MeasurementFact,
    OperationFact,
    RepairFact,
)
from narcokg.model.numbers import decimal_text

#: What a reviewer's notes on a drafted measurement may hold (the build ignores them).
NOTE_KEYS = DRAFT_KEYS - {"change_of"}
_BREAKS = frozenset("\r\x85\u2028\u2029")
_Pairs = list[tuple[str, Any]]  # keys and values, in the order the file shows them


@dataclass(frozen=True)
class Layout:
    """The choices that change a fact file's bytes, not what it says."""

    header: str = ""  # comment lines written above the YAML
    inline_single_region: bool = False  # ``region: China`` rather than a one-item list
    quote_last: bool = False  # an operation's ``quote``/``within`` after its other keys
    date_as_text: bool = False  # ``published: '2024-01-31'`` (a quoted string), not a bare date
    #: libyaml's emitter: much faster, for generated corpora; it escapes characters beyond the
    #: BMP (rare CJK, emoji) as ``\U…`` and breaks some odd texts differently, so files a person
    #: reviews go through PyYAML's own emitter.
    libyaml: bool = False


def fact_file_text(
    facts: FactFile,
    layout: Layout | None = None,
    notes: Mapping[str, Mapping[str, Any]] | None = None,
) -> str:
    """The YAML text of ``facts``; ``notes`` adds reviewer keys (:data:`NOTE_KEYS`) by
    measurement id.

    >>> from datetime import date
    >>> from pathlib import Path
    >>> doc = DocumentFacts("d", "d.txt", "A report", date(2024, 1, 31))
    >>> print(fact_file_text(FactFile(Path("d.yaml"), doc, (), (), ())), end="")
    document:
      id: d
      file: d.txt
      title: A report
      published: 2024-01-31
      language: en
    agencies: {}
    operations: {}
    measurements: {}
    """
    import yaml

    layout = layout or Layout()
    data = fact_file_data(facts, layout, notes or {})
    body = yaml.dump(data, Dumper=_dumper(layout.libyaml), sort_keys=False, allow_unicode=True,
                     width=100)  # fmt: skip
    return layout.header + body


@lru_cache(maxsize=2)
def _dumper(libyaml: bool) -> Any:
    """A safe dumper that writes a text holding a line break other than ``\\n`` in double
    quotes: PyYAML's emitter leaves a NEL (U+0085) or U+2028 bare, and the reader folds it."""
    import yaml

    base = getattr(yaml, "CSafeDumper", yaml.SafeDumper) if libyaml else yaml.SafeDumper

    def text(dumper: Any, value: str) -> Any:
        style = '"' if any(c in _BREAKS for c in value) else None
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)

    dumper: Any = type("FactDumper", (base,), {})
    dumper.add_representer(str, text)
    return dumper


def fact_file_data(
    facts: FactFile, layout: Layout, notes: Mapping[str, Mapping[str, Any]]
) -> dict[str, Any]:
    """The mapping :func:`fact_file_text` dumps, keys in the order the file shows them."""
    unknown = {key for note in notes.values() for key in note} - NOTE_KEYS
    if unknown:
        raise ValueError(f"notes may hold only {sorted(NOTE_KEYS)}, not {sorted(unknown)}")
    return {
        "document": _document(facts.document, layout),
        "agencies": {a.slug: _agency(a) for a in facts.agencies},
        "operations": {op.slug: _operation(op, layout) for op in facts.operations},
        "measurements": {
            m.id: _measurement(m, layout) | dict(notes.get(m.id, {})) for m in facts.measurements
        },
    }


def number_value(number: Decimal) -> int | float | str:
    """A YAML number that reads back as ``number``: an int, a float, else its decimal text.

    >>> number_value(Decimal("42000")), number_value(Decimal("2.5")), number_value(Decimal("0.1"))
    (42000, 2.5, 0.1)
    >>> number_value(Decimal("1.00000000000000000001"))
    '1.00000000000000000001'
    """
    if number == number.to_integral_value():
        return int(number)
    value = float(decimal_text(number))
    return value if Decimal(repr(value)) == number else decimal_text(number)


def _present(pairs: _Pairs) -> dict[str, Any]:
    """The pairs that hold a value (not None, not empty)."""
    return {key: value for key, value in pairs if value not in (None, "", [], {})}


def _document(doc: DocumentFacts, layout: Layout) -> dict[str, Any]:
    published = doc.published.isoformat() if layout.date_as_text else doc.published
    entry = _present(
        [("id", doc.id), ("file", doc.file), ("title", doc.title), ("published", published),
         ("publisher", doc.publisher), ("reporters", list(doc.reporters))]
    )  # fmt: skip
    entry["language"] = doc.language
    return entry | _present(
        [("translated_from", doc.translated_from), ("note", doc.note),
         ("translation_of", doc.translation_of)]
    )  # fmt: skip


def _labels(alt_labels: tuple[tuple[str, str], ...]) -> dict[str, list[str]]:
    """``(tag, label)`` pairs grouped by tag, tags in their first order."""
    tags = dict.fromkeys(tag for tag, _ in alt_labels)
    return {tag: [label for t, label in alt_labels if t == tag] for tag in tags}


def _agency(agency: AgencyFact) -> dict[str, Any]:
    return _present(
        [("label", agency.label), ("jurisdiction", agency.jurisdiction),
         ("part_of", agency.part_of), ("alt_labels", _labels(agency.alt_labels))]
    )  # fmt: skip


def _operation(op: OperationFact, layout: Layout) -> dict[str, Any]:
    quote: _Pairs = [("quote", op.quote), ("within", op.within)]
    pairs: _Pairs = [("label", op.label), *([] if layout.quote_last else quote)]
    pairs += [("comment", op.comment), ("organised_by", op.organised_by),
              ("conducted_by", list(op.conducted_by)), ("regions", list(op.regions))]  # fmt: skip
    if op.regions or not op.regions_complete:
        pairs.append(("regions_complete", op.regions_complete))
    pairs += [("period", op.period), *(quote if layout.quote_last else [])]
    return _present([*pairs, ("alt_labels", _labels(op.alt_labels))])


def _measurement(m: MeasurementFact, layout: Layout) -> dict[str, Any]:
    one = layout.inline_single_region and len(m.regions) == 1
    pairs: _Pairs = [("quote", m.quote), ("within", m.within), ("measure", m.measure),
             ("number", number_value(m.number))]  # fmt: skip
    if m.qualifier != "exact":
        pairs.append(("qualifier", m.qualifier))
    if m.lower is not None:
        pairs.append(("lower", number_value(m.lower)))
    if m.denominator is not None:
        pairs.append(("denominator", number_value(m.denominator)))
    pairs += [("unit", m.unit), ("period", m.period),
              ("region", m.regions[0] if one else list(m.regions)), ("agency", m.agency),
              ("operation", m.operation), ("change_of", m.change_of)]  # fmt: skip
    repair = None if m.repair is None else _repair(m.repair)
    return _present([*pairs, ("repair", repair), ("renders", m.renders)])


def _repair(repair: RepairFact) -> dict[str, Any]:
    entry = {"rule": repair.rule, "naive": [number_value(n) for n in repair.naive]}
    return entry | _present([("note", repair.note), ("corroboration", repair.corroboration)])
