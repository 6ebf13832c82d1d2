"""The world gazetteer (src/narcokg/model/regions_world.csv): every ISO 3166-1 code once, the
required first-level divisions, ids checked or left empty, and the former regions_extra.csv ids
unchanged. pycountry is the independent reference for ISO codes."""

from __future__ import annotations

import csv
import re
from collections import Counter

import pycountry
import pytest

from narcokg.model.regions import WORLD_REGIONS, load_gazetteer, unknown_region

ROWS = [
    row
    for row in csv.DictReader(
        line for line in WORLD_REGIONS.read_text(encoding="utf-8").splitlines()
        if not line.startswith("#")
    )
]  # fmt: skip
REGIONS = load_gazetteer(WORLD_REGIONS)
#: The rows regions_extra.csv had before the world gazetteer replaced it (name, ISO code, id).
FORMER = """United States US Q30|United Kingdom GB Q145|Canada CA Q16|Australia AU Q408
|Mexico MX Q96
|Colombia CO Q739|Peru PE Q419|Bolivia BO Q750|Ecuador EC Q736|Afghanistan AF Q889|Pakistan PK Q843
|Iran IR Q794|India IN Q668|Cambodia KH Q424|Malaysia MY Q833|Philippines PH Q928|Indonesia ID Q252
|Japan JP Q17|South Korea KR Q884|Netherlands NL Q55|Belgium BE Q31|Spain ES Q29|Germany DE Q183
|France FR Q142|Brazil BR Q155|New Zealand NZ Q664|England GB-ENG Q21|Scotland GB-SCT Q22
|Wales GB-WLS Q25|Northern Ireland GB-NIR Q26|New South Wales AU-NSW Q3224|Queensland AU-QLD Q36074
|Western Australia AU-WA Q3206|British Columbia CA-BC Q1974|Ontario CA-ON Q1904|Quebec CA-QC Q176
|Alberta CA-AB Q1951|California US-CA Q99|Texas US-TX Q1439|Arizona US-AZ Q816|Florida US-FL Q812
|Ohio US-OH Q1397|Kentucky US-KY Q1603|Indiana US-IN Q1415|Victoria AU-VIC Q36687
|Manitoba CA-MB Q1948|World - Q16502"""


def test_every_iso_3166_1_code_has_one_country_row() -> None:
    codes = Counter(r["iso_3166"] for r in ROWS if r["part_of"] == "" and r["kind"] == "country")
    assert set(codes) == {c.alpha_2 for c in pycountry.countries}
    assert max(codes.values()) == 1


@pytest.mark.parametrize(
    ("country", "count"),
    [("United States", 51), ("Canada", 13), ("Australia", 8), ("India", 36), ("Mexico", 32),
     ("Germany", 16), ("United Kingdom", 4)],
)  # fmt: skip
def test_first_level_divisions_of_the_required_countries(country: str, count: int) -> None:
    parts = [r for r in REGIONS.values() if r.part_of == country]
    assert len(parts) == count
    prefix = REGIONS[country].iso_3166 + "-"
    assert all(p.iso_3166.startswith(prefix) for p in parts)
    iso = {s.code for s in pycountry.subdivisions.get(country_code=prefix[:2])}
    assert {p.iso_3166 for p in parts} <= iso


def test_names_unique_ids_well_formed_and_each_id_checked() -> None:
    assert len({r["name"] for r in ROWS}) == len(ROWS)
    ids = [r["wikidata"] for r in ROWS if r["wikidata"]]
    assert all(re.fullmatch(r"Q\d+", i) for i in ids)
    assert len(set(ids)) == len(ids)
    sources = r"(?:csc\+owid|csc\+ne(?:\+protomaps)?|csc\+protomaps|kept from regions_extra\.csv.*)"
    for row in ROWS:
        assert re.fullmatch(sources if row["wikidata"] else r"left out: .+", row["checked"]), row


def test_the_former_rows_keep_their_names_and_ids() -> None:
    for entry in FORMER.replace("\n", "").split("|"):
        name, code, wikidata = entry.rsplit(" ", 2)
        assert (REGIONS[name].iso_3166 or "-", REGIONS[name].wikidata) == (code, wikidata)


def test_aliases_name_one_region_except_the_ones_decided_by_context() -> None:
    bearers = Counter(a for r in REGIONS.values() for a in (r.name, *r.aliases))
    assert {a for a, n in bearers.items() if n > 1} == {"Georgia", "Punjab"}


def test_an_unknown_region_names_the_world_row_to_copy() -> None:
    shipped = {"India": REGIONS["India"]}
    assert unknown_region("Kerala", shipped).endswith(
        "the world gazetteer has it: Kerala,state,IN-KL,Q1186,India"
    )
    assert "world gazetteer" not in unknown_region("Atlantis", shipped)
