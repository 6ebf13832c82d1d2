"""The gazetteer of regions: names, kinds, ISO 3166 codes, Wikidata ids and containment."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

from narcokg.errors import InputError

# Countries and states that reports name beyond the shipped gazetteer (Wikidata ids checked by
# hand): the extractor recognises them, and `narcokg init` copies them into a new workspace.
EXTRA_REGIONS = Path(__file__).with_name("regions_extra.csv")


@dataclass(frozen=True)
class Region:
    name: str
    kind: str
    iso_3166: str
    wikidata: str
    part_of: str | None
    label_zh: str = ""  # the Chinese name (optional column ``label_zh``)

    @property
    def slug(self) -> str:
        return region_slug(self.name)


def region_slug(name: str) -> str:
    """The IRI-safe form of a region name.

    >>> region_slug("Inner Mongolia")
    'inner-mongolia'
    """
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def load_gazetteer(path: Path) -> dict[str, Region]:
    """Regions by name, from a CSV with columns name, kind, iso_3166, wikidata, part_of and an
    optional label_zh; iso_3166 and wikidata may be empty where no id could be verified."""
    regions: dict[str, Region] = {}
    with path.open(newline="", encoding="utf-8") as handle:
        for line, row in enumerate(csv.DictReader(handle), start=2):
            try:
                region = Region(
                    row["name"], row["kind"], row["iso_3166"], row["wikidata"],
                    row["part_of"] or None, row.get("label_zh") or "",
                )  # fmt: skip
            except KeyError as missing:
                raise InputError(f"{path}:{line}: column {missing} is missing") from None
            if region.wikidata and not re.fullmatch(r"Q\d+", region.wikidata):
                raise InputError(f"{path}:{line}: {region.wikidata!r} is not a Wikidata id (Q…)")
            regions[region.name] = region
    for region in regions.values():
        if region.part_of is not None and region.part_of not in regions:
            raise InputError(f"{path}: {region.name} is part of unknown region {region.part_of}")
    return regions
