"""China's county-level divisions (graph/reference/counties.csv): the file is consistent with
itself and with cities.csv, full names resolve in Chinese (shared or short ones only when their
city or province qualifies them) and English, and a county named by a fact joins the graph inside
its city and province, where the stored queries find it on both engines."""

from __future__ import annotations

import csv
import io
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from narcokg.extract import gazetteer
from narcokg.extract.lang import zh_places
from narcokg.model.regions import COUNTY_KINDS, Region, load_gazetteer, with_divisions
from narcokg.queries.catalogue import load_catalogue, render_query
from narcokg.queries.engines import Engine, LocalEngine, RdflibEngine
from narcokg.queries.results import format_result
from narcokg.validation.reference import validate_graph
from tests.drafted import drafted_workspace

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT / "graph" / "reference"
SUFFIXES = {"county": "县", "district": "区", "county-level city": "市", "banner": "旗",
            "autonomous county": "自治县", "autonomous banner": "自治旗",
            "special district": "特区", "forestry district": "林区"}  # fmt: skip


def _rows(name: str) -> list[dict[str, str]]:
    with (REFERENCE / name).open(encoding="utf-8") as handle:
        return list(csv.DictReader(line for line in handle if not line.startswith("#")))


@pytest.fixture(scope="module")
def known() -> dict[str, Region]:
    return gazetteer.load_regions(REFERENCE / "regions.csv")


def test_every_county_has_a_unique_name_id_and_code() -> None:
    rows = _rows("counties.csv")
    assert len(rows) >= 2600
    for field in ("name", "wikidata", "code"):
        values = [r[field] for r in rows]
        assert len(set(values)) == len(values), field
    others = {r["wikidata"] for r in _rows("cities.csv") + _rows("regions.csv")}
    assert not others & {r["wikidata"] for r in rows}
    assert {r["checked"] for r in rows} == {"p442+gb2260", "p442"}
    for row in rows:
        assert row["kind"] in COUNTY_KINDS and row["label_zh"].endswith(SUFFIXES[row["kind"]])


def test_a_county_lies_in_a_known_city_or_province_with_its_code_prefix() -> None:
    cities = {r["name"]: r for r in _rows("cities.csv")}
    provinces = {r["name"] for r in _rows("regions.csv")}
    prefixes: dict[str, set[str]] = {}
    for row in _rows("counties.csv"):
        parent = row["part_of"]
        assert parent in cities or parent in provinces, row["name"]
        if parent in cities:  # GB/T 2260: a county's code starts with its city's four digits
            assert row["code"][:4] == cities[parent]["code"][:4], row["name"]
        prefixes.setdefault(parent, set()).add(row["code"][:2])
    for parent, found in prefixes.items():
        assert len(found) == 1, parent
        city_prefixes = {c["code"][:2] for c in cities.values() if c["part_of"] == parent}
        assert not city_prefixes or city_prefixes == found, parent


def test_a_shared_chinese_name_is_qualified_in_english() -> None:
    rows = _rows("counties.csv")
    shared = Counter(r["label_zh"] for r in rows)
    for row in rows:
        if shared[row["label_zh"]] > 1:
            assert row["name"].endswith(", " + row["part_of"]), row["name"]


def test_counties_join_only_below_a_known_region(tmp_path: Path) -> None:
    regions = load_gazetteer(REFERENCE / "regions.csv")
    everything = with_divisions(regions, REFERENCE / "regions.csv")
    county = everything["Bao'an District"]
    assert (county.part_of, county.wikidata, county.code) == ("Shenzhen", "Q807049", "440306")
    assert everything["Xiantao City"].part_of == "Hubei"  # administered by the province
    own = tmp_path / "regions.csv"
    own.write_text("name,kind,iso_3166,wikidata,part_of\nChina,country,CN,Q148,\n", "utf-8")
    assert set(with_divisions(load_gazetteer(own), own)) == {"China"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("宝安区破获毒品案件", ["Bao'an District"]),
        ("深圳市宝安区破获毒品案件", ["Shenzhen", "Bao'an District"]),
        ("义乌市和勐海县", ["Yiwu City", "Menghai County"]),
        ("宝安破获毒品案件", []),  # a short name alone is never a county
        ("朝阳区破获毒品案件", []),  # Beijing's or Changchun's: refused unqualified
        ("北京市朝阳区", ["Beijing", "Chaoyang District, Beijing"]),
        ("吉林省长春市朝阳区", ["Jilin", "Changchun", "Chaoyang District, Changchun"]),
        ("长春市，朝阳区", ["Changchun"]),  # the qualifier must be in the same phrase
        ("南县缴获", []),  # two characters: a word too often
        ("湖南省益阳市南县缴获", ["Hunan", "Yiyang", "Nan County"]),
        ("华东区域和主城区", []),
        ("天津市河北区", ["Tianjin", "Hebei District"]),
        ("河北区域和河北区县", ["Hebei", "Hebei"]),  # the province's area, not Tianjin's 河北区
        ("大理市", ["Dali City"]),  # the county-level city, not Dali Prefecture
    ],
)
def test_chinese_county_names_resolve(text: str, expected: list[str], known: dict) -> None:
    assert [m.key for m in zh_places.find_regions(text, known)] == expected


def test_english_county_names_resolve_only_when_unambiguous(known: dict) -> None:
    text = "Police in Bao'an District, in Chaoyang District and in Chaoyang District, Beijing."
    found = [m.key for m in gazetteer.find_regions(text, known, None)]
    counties = [key for key in found if known[key].kind in COUNTY_KINDS]
    assert counties == ["Bao'an District", "Chaoyang District, Beijing"]


def test_a_county_sets_the_documents_city_for_quanshi(known: dict) -> None:
    found = [m.key for m in zh_places.find_regions("宝安区通报：全市破获毒品案件", known)]
    assert found == ["Bao'an District", "Shenzhen"]


TEXT = (
    "石家庄市正定县2023年禁毒工作情况\n\n"
    "2023年，正定县公安机关共破获毒品犯罪案件312起，抓获犯罪嫌疑人405名。\n"
)


def _query(engine: Engine, name: str, **values: str) -> list[dict[str, str]]:
    query = load_catalogue(ROOT / "queries").get(name)
    result = engine.run(render_query(query, values))
    return list(csv.DictReader(io.StringIO(format_result(result, "csv"))))


@pytest.fixture(scope="module")
def county_graph(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp_path = tmp_path_factory.mktemp("county")
    workspace = drafted_workspace(
        tmp_path, "zhengding-2024-01-10-annual-2023", TEXT, date(2024, 1, 10)
    )
    assert (workspace.root / "reference" / "counties.csv").is_file()
    return workspace.graph_file


def test_a_named_county_joins_the_graph_inside_its_city(county_graph: Path) -> None:
    assert validate_graph(county_graph).conforms
    graph = county_graph.read_text(encoding="utf-8")
    assert 'nk:divisionCode "130123"' in graph and "wd:Q197678" in graph
    assert 'nk:divisionCode "130100"' in graph  # its city comes with it, from cities.csv
    assert "Xinji City" not in graph and "Tangshan" not in graph  # unnamed divisions stay out


@pytest.mark.parametrize("engine_class", [LocalEngine, RdflibEngine])
def test_a_province_query_finds_its_counties(county_graph: Path, engine_class: type) -> None:
    engine = engine_class([county_graph])
    names = ("Zhengding County", "正定县", "正定", "Shijiazhuang", "石家庄市", "Hebei", "河北")
    for name in (*names, "China"):
        found = _query(engine, "measurements-for-region", region=name)
        assert sorted(r["value"] for r in found) == ["312", "405"], name
        assert {r["region"] for r in found} == {"Zhengding County"}
    assert _query(engine, "measurements-for-region", region="Guangdong") == []
    assert _query(engine, "measurements-for-region", region="Xinji City") == []
