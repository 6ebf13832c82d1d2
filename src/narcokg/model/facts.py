"""The reviewable fact files: one YAML file per source document, edited by people.

Each fact quotes the text it comes from; :mod:`narcokg.build.graph` finds the quote's offsets. This
module only reads and checks the file's shape; cross-references are checked by the build.
The format is described in ``docs/facts.md``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path
from typing import Any

from narcokg.errors import FactError, InputError
from narcokg.files import read_text
from narcokg.model.numbers import QUALIFIERS
from narcokg.model.periods import canonical_label

_SLUG = re.compile(r"[a-z0-9][a-z0-9-]*")
#: Keys a drafted measurement may carry for its reviewer (see docs/extraction.md): the build
#: ignores ``confidence`` and ``review``; ``change_of`` names the measurement a change refers to.
DRAFT_KEYS = frozenset({"confidence", "review", "change_of"})


@dataclass(frozen=True)
class DocumentFacts:
    id: str
    file: str
    title: str
    published: date
    publisher: str | None = None
    reporters: tuple[str, ...] = ()
    language: str = "en"
    translated_from: str | None = None
    note: str | None = None
    translation_of: str | None = None  # the id of the original this document translates


@dataclass(frozen=True)
class AgencyFact:
    slug: str
    label: str
    jurisdiction: str | None = None
    part_of: str | None = None
    alt_labels: tuple[tuple[str, str], ...] = ()  # (language tag, label)


@dataclass(frozen=True)
class OperationFact:
    slug: str
    label: str
    quote: str | None = None
    within: str | None = None
    comment: str | None = None
    organised_by: str | None = None
    conducted_by: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    regions_complete: bool = True
    period: str | None = None
    alt_labels: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class RepairFact:
    rule: str
    note: str
    naive: tuple[Decimal, ...] = ()
    corroboration: str | None = None


@dataclass(frozen=True)
class MeasurementFact:
    id: str
    quote: str
    measure: str
    number: Decimal
    unit: str
    period: str
    regions: tuple[str, ...]
    qualifier: str = "exact"
    within: str | None = None
    agency: str | None = None
    operation: str | None = None
    repair: RepairFact | None = None
    change_of: str | None = None  # the measurement whose change this one states
    renders: str | None = None  # the figure of the original this translated figure renders
    lower: Decimal | None = None  # a range's lower end (qualifier between; number is the upper)
    denominator: Decimal | None = None  # a share's whole: 3 "out of 5" tested


@dataclass(frozen=True)
class FactFile:
    path: Path
    document: DocumentFacts
    agencies: tuple[AgencyFact, ...]
    operations: tuple[OperationFact, ...]
    measurements: tuple[MeasurementFact, ...]


def load_facts(path: Path) -> FactFile:
    """Read and check one fact file."""
    import yaml  # deferred: only the build needs it

    try:
        data = yaml.load(read_text(path, "fact file"), Loader=_safe_loader())
    except InputError as error:
        raise FactError(str(error)) from None
    except yaml.YAMLError as error:
        raise FactError(f"{path} is not valid YAML: {error}") from None
    return parse_facts(data, path)


@lru_cache(maxsize=1)
def _safe_loader() -> Any:
    """libyaml's safe loader (7x faster on large corpora), else PyYAML's pure-Python one, with
    two shortcuts for the commonest node, a plain string: the same objects, a third less time
    at 1M triples."""
    import yaml
    from yaml.nodes import ScalarNode

    base: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    implicit = base.yaml_implicit_resolvers  # first character -> (tag, pattern)
    exact = None not in implicit and not base.yaml_path_resolvers
    string = base.DEFAULT_SCALAR_TAG

    class Loader(base):  # type: ignore[misc]
        def resolve(self, kind: Any, value: str, flags: tuple[bool, bool]) -> Any:
            # no pattern can match a plain scalar whose first character starts none
            if exact and kind is ScalarNode and flags[0] and value and value[0] not in implicit:
                return string
            return super().resolve(kind, value, flags)

        def construct_object(self, node: Any, deep: bool = False) -> Any:
            if node.tag == string and type(node) is ScalarNode:
                return node.value  # what construct_yaml_str returns
            return super().construct_object(node, deep)

    return Loader


def parse_facts(data: Any, path: Path) -> FactFile:
    where = str(path)
    root = _mapping(data, where, {"document", "agencies", "operations", "measurements"})
    return FactFile(
        path=path,
        document=_document(root.get("document"), f"{where}: document"),
        agencies=tuple(
            _agency(slug, entry, f"{where}: agency {slug!r}")
            for slug, entry in _entries(root, "agencies", where)
        ),
        operations=tuple(
            _operation(slug, entry, f"{where}: operation {slug!r}")
            for slug, entry in _entries(root, "operations", where)
        ),
        measurements=tuple(
            _measurement(slug, entry, f"{where}: measurement {slug!r}")
            for slug, entry in _entries(root, "measurements", where)
        ),
    )


def _entries(root: Mapping[str, Any], key: str, where: str) -> list[tuple[str, Any]]:
    section = root.get(key) or {}
    if not isinstance(section, dict):
        raise FactError(f"{where}: `{key}` must map ids to entries")
    for slug in section:
        if not isinstance(slug, str) or not _SLUG.fullmatch(slug):
            raise FactError(
                f"{where}: {key} id {slug!r} must be lower-case letters, digits and hyphens"
            )
    return list(section.items())


def _mapping(value: Any, where: str, allowed: set[str]) -> Mapping[str, Any]:
    if not isinstance(value, dict):
        raise FactError(f"{where}: expected a mapping of keys to values")
    unknown = sorted(set(value) - allowed)
    if unknown:
        raise FactError(
            f"{where}: unknown key {unknown[0]!r}; allowed keys: {', '.join(sorted(allowed))}"
        )
    return value


def _text(entry: Mapping[str, Any], key: str, where: str, *, required: bool = True) -> Any:
    value = entry.get(key)
    if value is None:
        if required:
            raise FactError(f"{where}: `{key}` is missing")
        return None
    if not isinstance(value, str) or not value.strip():
        raise FactError(f"{where}: `{key}` must be non-empty text (quote it in YAML)")
    return value


def _texts(entry: Mapping[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = entry.get(key)
    if value is None:
        return ()
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not all(isinstance(i, str) and i for i in items):
        raise FactError(f"{where}: `{key}` must be text or a list of texts")
    return tuple(items)


def _decimal(value: Any, where: str) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise FactError(f"{where}: {value!r} is not a number")
    try:
        number = Decimal(str(value).replace(",", ""))
    except InvalidOperation:
        raise FactError(f"{where}: {value!r} is not a number") from None
    if not number.is_finite():
        raise FactError(f"{where}: {value!r} is not a finite number")
    return number


def _document(value: Any, where: str) -> DocumentFacts:
    allowed = {"id", "file", "title", "published", "publisher", "reporters", "language",
               "translated_from", "note", "translation_of"}  # fmt: skip
    entry = _mapping(value, where, allowed)
    doc_id = _text(entry, "id", where)
    if not _SLUG.fullmatch(doc_id):
        raise FactError(f"{where}: id {doc_id!r} must be lower-case letters, digits and hyphens")
    published = entry.get("published")
    if isinstance(published, str):
        try:
            published = date.fromisoformat(published)
        except ValueError:
            published = None
    if not isinstance(published, date):
        raise FactError(f"{where}: `published` must be a date such as 2024-01-31")
    return DocumentFacts(
        id=doc_id,
        file=_text(entry, "file", where),
        title=_text(entry, "title", where),
        published=published,
        publisher=_text(entry, "publisher", where, required=False),
        reporters=_texts(entry, "reporters", where),
        language=_language(entry, where),
        translated_from=_text(entry, "translated_from", where, required=False),
        note=_text(entry, "note", where, required=False),
        translation_of=_text(entry, "translation_of", where, required=False),
    )


def _language(entry: Mapping[str, Any], where: str) -> str:
    value = _text(entry, "language", where, required=False) or "en"
    if not re.fullmatch(r"[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*", value):
        raise FactError(f"{where}: language {value!r} is not a language tag such as en or zh-Hans")
    return str(value)


def _alt_labels(entry: Mapping[str, Any], where: str) -> tuple[tuple[str, str], ...]:
    """``alt_labels: {en: [Kingpin Hunt, hunting]}``: labels in other languages, by tag."""
    value = entry.get("alt_labels") or {}
    if not isinstance(value, dict):
        raise FactError(f"{where}: `alt_labels` must map language tags to labels")
    return tuple(
        (str(tag), label) for tag in value for label in _texts(value, tag, f"{where}: alt_labels")
    )


def _agency(slug: str, value: Any, where: str) -> AgencyFact:
    entry = _mapping(value, where, {"label", "jurisdiction", "part_of", "alt_labels"})
    return AgencyFact(
        slug=slug,
        label=_text(entry, "label", where),
        jurisdiction=_text(entry, "jurisdiction", where, required=False),
        part_of=_text(entry, "part_of", where, required=False),
        alt_labels=_alt_labels(entry, where),
    )


def _operation(slug: str, value: Any, where: str) -> OperationFact:
    allowed = {"label", "quote", "within", "comment", "organised_by", "conducted_by", "regions",
               "regions_complete", "period", "alt_labels"}  # fmt: skip
    entry = _mapping(value, where, allowed)
    complete = entry.get("regions_complete", True)
    if not isinstance(complete, bool):
        raise FactError(f"{where}: `regions_complete` must be true or false")
    return OperationFact(
        slug=slug,
        label=_text(entry, "label", where),
        quote=_text(entry, "quote", where, required=False),
        within=_text(entry, "within", where, required=False),
        comment=_text(entry, "comment", where, required=False),
        organised_by=_text(entry, "organised_by", where, required=False),
        conducted_by=_texts(entry, "conducted_by", where),
        regions=_texts(entry, "regions", where),
        regions_complete=complete,
        period=_period_label(entry, where, required=False),
        alt_labels=_alt_labels(entry, where),
    )


def _period_label(entry: Mapping[str, Any], where: str, *, required: bool) -> str | None:
    value = entry.get("period")
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)  # `period: 2023` unquoted
    if value is None and not required:
        return None
    if not isinstance(value, str):
        raise FactError(f'{where}: `period` is missing (e.g. "2023")')
    return canonical_label(value)  # one period node however a file spells it


def _measurement(slug: str, value: Any, where: str) -> MeasurementFact:
    allowed = {"quote", "within", "measure", "number", "qualifier", "unit", "period", "region",
               "regions", "agency", "operation", "repair", "renders", "lower",
               "denominator"}  # fmt: skip
    allowed |= DRAFT_KEYS
    entry = _mapping(value, where, allowed)
    if "number" not in entry:
        raise FactError(f"{where}: `number` is missing (the figure as a plain number)")
    qualifier = entry.get("qualifier", "exact")
    if qualifier not in QUALIFIERS:
        raise FactError(f"{where}: qualifier {qualifier!r} is not one of {', '.join(QUALIFIERS)}")
    regions = _texts(entry, "region", where) + _texts(entry, "regions", where)
    if not regions:
        raise FactError(f"{where}: `region` is missing (e.g. China)")
    if ("lower" in entry) != (qualifier == "between"):
        raise FactError(
            f"{where}: a range has qualifier `between`, its upper end as `number` and its lower "
            "end as `lower` (3至5吨: number 5, lower 3); give both or neither"
        )
    return MeasurementFact(
        id=slug,
        quote=_text(entry, "quote", where),
        within=_text(entry, "within", where, required=False),
        measure=_text(entry, "measure", where),
        number=_decimal(entry["number"], f"{where}: number"),
        qualifier=qualifier,
        unit=_text(entry, "unit", where),
        period=str(_period_label(entry, where, required=True)),
        regions=regions,
        agency=_text(entry, "agency", where, required=False),
        operation=_text(entry, "operation", where, required=False),
        repair=_repair(entry.get("repair"), f"{where}: repair"),
        change_of=_text(entry, "change_of", where, required=False),
        renders=_text(entry, "renders", where, required=False),
        lower=_decimal(entry["lower"], f"{where}: lower") if "lower" in entry else None,
        denominator=_denominator(entry, where),
    )


def _denominator(entry: Mapping[str, Any], where: str) -> Decimal | None:
    if entry.get("denominator") is None:
        return None
    whole = _decimal(entry["denominator"], f"{where}: denominator")
    if whole <= 0 or _decimal(entry["number"], f"{where}: number") > whole:
        raise FactError(
            f"{where}: `denominator` must be above 0 and at least `number` "
            "(a share's whole: 5 in 3 out of 5)"
        )
    return whole


def _repair(value: Any, where: str) -> RepairFact | None:
    if value is None:
        return None
    entry = _mapping(value, where, {"rule", "naive", "note", "corroboration"})
    naive = entry.get("naive", [])
    if not isinstance(naive, list):
        naive = [naive]
    return RepairFact(
        rule=_text(entry, "rule", where),
        note=" ".join(_text(entry, "note", where).split()),
        naive=tuple(_decimal(n, f"{where}: naive") for n in naive),
        corroboration=_text(entry, "corroboration", where, required=False),
    )
