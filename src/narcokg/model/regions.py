"""The gazetteer of regions: names, kinds, ISO 3166 codes, Wikidata ids and containment."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from narcokg import paths
from narcokg.errors import InputError

# The world gazetteer: every ISO 3166-1 country and territory and the first-level divisions of
# nine countries, Wikidata ids checked against two sources (scripts/world_gazetteer.py makes it).
# The extractor reads it under the workspace's regions; `narcokg init` copies it into a workspace.
WORLD_REGIONS = Path(__file__).with_name("regions_world.csv")


@dataclass(frozen=True)
class Region:
    name: str
    kind: str
    iso_3166: str
    wikidata: str
    part_of: str | None
    label_zh: str = ""  # the Chinese name (optional column ``label_zh``)
    short_zh: str = ""  # a shorter Chinese name (cities.csv: 广州 for 广州市), may be empty
    code: str = ""  # the GB/T 2260 administrative division code (cities.csv, counties.csv)
    aliases: tuple[str, ...] = ()  # other names reports use (column ``aliases``, split on |)

    @property
    def slug(self) -> str:
        return region_slug(self.name)


_NOT_SLUG = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=1 << 14)  # a build mints each region's IRI once per figure naming it
def region_slug(name: str) -> str:
    """The IRI-safe form of a region name.

    >>> region_slug("Inner Mongolia")
    'inner-mongolia'
    """
    return _NOT_SLUG.sub("-", name.lower()).strip("-")


def load_gazetteer(path: Path) -> dict[str, Region]:
    """Regions by name, from a CSV with columns name, kind, iso_3166, wikidata, part_of and the
    optional label_zh, short_zh, code and aliases; iso_3166 and wikidata may be empty where no id
    could be verified. Lines starting with ``#`` before the header say where the rows come from."""
    regions = _read_regions(path)
    for region in regions.values():
        if region.part_of is not None and region.part_of not in regions:
            raise InputError(f"{path}: {region.name} is part of unknown region {region.part_of}")
    return regions


def unknown_region(name: str, regions: dict[str, Region]) -> str:
    """Why a fact's region cannot be built, and the fix: its close names, and the world
    gazetteer's row for it to copy into a workspace made before the world gazetteer existed."""
    close = ", ".join(sorted(r for r in regions if r.lower()[:3] == name.lower()[:3])) or "none"
    message = (
        f"region {name!r} is not in the gazetteer (close names: {close}); add it to "
        "reference/regions.csv (or cities.csv, counties.csv) with its Wikidata id"
    )
    lines = WORLD_REGIONS.read_text(encoding="utf-8").splitlines()
    for row in csv.reader(line for line in lines if not line.startswith("#")):
        if row[0] == name:  # the columns every regions.csv has
            out = io.StringIO()
            csv.writer(out, lineterminator="").writerow(row[:5])
            return f"{message}; the world gazetteer has it: {out.getvalue()}"
    return message


#: Kinds of China's county-level divisions (counties.csv).
COUNTY_KINDS = frozenset({
    "district", "county", "county-level city", "banner", "autonomous county", "autonomous banner",
    "special district", "forestry district",
})  # fmt: skip


def cities_file(gazetteer: Path) -> Path:
    """The prefecture-level divisions read with a gazetteer: its sibling ``cities.csv``, else
    the shipped one (``graph/reference/cities.csv``)."""
    return _reference_file(gazetteer, "cities.csv")


def counties_file(gazetteer: Path) -> Path:
    """The county-level divisions read with a gazetteer: its sibling ``counties.csv``, else the
    shipped one."""
    return _reference_file(gazetteer, "counties.csv")


def _reference_file(gazetteer: Path, name: str) -> Path:
    own = gazetteer.with_name(name)
    return own if own.is_file() else paths.graph_dir() / "reference" / name


def with_divisions(regions: dict[str, Region], gazetteer: Path) -> dict[str, Region]:
    """``regions`` plus China's prefecture-level and then county-level divisions read with
    ``gazetteer`` (a county joins only when its city, or province, is there)."""
    cities = with_cities(regions, cities_file(gazetteer))
    return with_cities(cities, counties_file(gazetteer))


def with_cities(regions: dict[str, Region], cities: Path) -> dict[str, Region]:
    """``regions`` plus the divisions of ``cities`` (or of counties.csv) that lie in one of them
    (a name in ``regions`` wins: regions.csv may carry a city of its own)."""
    if not cities.is_file():
        return regions
    return {n: c for n, c in _read_regions(cities).items() if c.part_of in regions} | regions


def _read_regions(path: Path) -> dict[str, Region]:
    # Drafting reads the gazetteer's four files for every report: the rows of the same bytes are
    # parsed once (a copy each time, so that a caller's changes stay its own).
    return dict(_parse_regions(path, path.read_bytes()))


@lru_cache(maxsize=16)
def _parse_regions(path: Path, data: bytes) -> dict[str, Region]:
    lines = list(io.StringIO(data.decode("utf-8"), newline=""))
    skipped = next((n for n, text in enumerate(lines) if not text.startswith("#")), len(lines))
    regions: dict[str, Region] = {}
    for line, row in enumerate(csv.DictReader(lines[skipped:]), start=skipped + 2):
        try:
            region = Region(
                row["name"], row["kind"], row["iso_3166"], row["wikidata"], row["part_of"] or None,
                row.get("label_zh") or "", row.get("short_zh") or "", row.get("code") or "",
                tuple(filter(None, (row.get("aliases") or "").split("|"))),
            )  # fmt: skip
        except KeyError as missing:
            raise InputError(f"{path}:{line}: column {missing} is missing") from None
        if region.wikidata and not re.fullmatch(r"Q\d+", region.wikidata):
            raise InputError(f"{path}:{line}: {region.wikidata!r} is not a Wikidata id (Q…)")
        if region.code and not re.fullmatch(r"\d{6}", region.code):
            raise InputError(f"{path}:{line}: {region.code!r} is not a six-digit GB/T 2260 code")
        regions[region.name] = region
    return regions
