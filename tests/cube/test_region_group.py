"""A figure covering several regions is one region group, labelled as its regions are."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from narcokg.build import cube
from narcokg.model.facts import MeasurementFact
from narcokg.model.regions import Region, load_gazetteer

ROOT = Path(__file__).resolve().parents[2]
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"


class Recorder:
    """A TripleSink keeping every literal it is given."""

    def __init__(self) -> None:
        self.texts: list[tuple[str, str, str, str | None]] = []

    def link(self, subject: str, predicate: str, obj: str) -> None:
        pass

    def text(self, subject: str, predicate: str, value: str, lang: str | None = None) -> None:
        self.texts.append((subject, predicate, value, lang))

    def typed(self, subject: str, predicate: str, value: str, datatype: str) -> None:
        pass

    def kind(self, subject: str, *classes: str) -> None:
        pass


def _group_labels(regions: list[Region]) -> dict[str | None, str]:
    fact = MeasurementFact("m", "5", "drugs-seized", Decimal(5), "kilogram", "2023",
                           tuple(r.name for r in regions))  # fmt: skip
    sink = Recorder()
    pairs = [(f"https://example.org/region/{r.slug}", r) for r in regions]
    cube.add_observation(sink, "https://example.org/m", fact, pairs, "5",
                         mint=lambda *parts: "/".join(parts))  # fmt: skip
    return {lang: value for s, p, value, lang in sink.texts if p == LABEL and "group" in s}


def test_a_group_of_regions_with_chinese_names_is_labelled_in_both_languages() -> None:
    gazetteer = load_gazetteer(ROOT / "graph" / "reference" / "regions.csv")
    labels = _group_labels([gazetteer["Yunnan"], gazetteer["Hunan"]])
    assert labels == {
        "en": "Hunan; Yunnan",
        "zh-Hans": f"{gazetteer['Hunan'].label_zh}、{gazetteer['Yunnan'].label_zh}",
    }


def test_a_group_with_a_region_without_a_chinese_name_is_labelled_in_english_only() -> None:
    nowhere = Region("Nowhere", "province", "XX-NW", "Q0", None)
    gazetteer = load_gazetteer(ROOT / "graph" / "reference" / "regions.csv")
    assert _group_labels([gazetteer["Hunan"], nowhere]) == {"en": "Hunan; Nowhere"}
