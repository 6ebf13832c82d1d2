"""China's prefecture-level divisions (graph/reference/cities.csv): the file is consistent with
itself and with regions.csv, names resolve in Chinese and English, and a city named by a fact
joins the graph inside its province, where the stored queries find it by any of its names."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest

from narcokg.errors import InputError
from narcokg.extract import gazetteer
from narcokg.extract.lang import zh_places
from narcokg.model.regions import cities_file, load_gazetteer, with_cities
from narcokg.queries.catalogue import load_catalogue, render_query
from narcokg.queries.engines import LocalEngine
from narcokg.queries.results import format_result
from narcokg.validation.reference import validate_graph
from tests.drafted import drafted_workspace

ROOT = Path(__file__).resolve().parent.parent
REGIONS = ROOT / "graph" / "reference" / "regions.csv"
CITIES = ROOT / "graph" / "reference" / "cities.csv"


@pytest.fixture(scope="module")
def known() -> dict[str, gazetteer.Region]:
    return gazetteer.load_regions(REGIONS)


def test_every_city_has_a_unique_id_code_and_names() -> None:
    provinces = load_gazetteer(REGIONS)
    cities = with_cities(provinces, CITIES)
    rows = [r for r in cities.values() if r.code]
    assert len(rows) >= 300
    for field in ("wikidata", "code", "label_zh"):
        values = [getattr(r, field) for r in rows]
        assert len(set(values)) == len(values), field
    shorts = [r.short_zh for r in rows if r.short_zh]
    assert len(set(shorts)) == len(shorts)
    assert all(r.part_of in provinces and r.wikidata for r in rows)


def test_a_province_has_one_code_prefix() -> None:
    """GB/T 2260: a city's code starts with its province's two digits."""
    prefixes: dict[str, set[str]] = {}
    for city in with_cities(load_gazetteer(REGIONS), CITIES).values():
        if city.code and city.part_of:
            prefixes.setdefault(city.part_of, set()).add(city.code[:2])
    assert all(len(p) == 1 for p in prefixes.values()), prefixes
    flat = [next(iter(p)) for p in prefixes.values()]
    assert len(set(flat)) == len(flat)


def test_regions_csv_and_cities_csv_agree_on_shared_cities() -> None:
    regions = load_gazetteer(REGIONS)
    with CITIES.open(encoding="utf-8") as handle:
        rows = csv.DictReader(line for line in handle if not line.startswith("#"))
        cities = {row["name"]: row for row in rows}
    shared = set(regions) & set(cities)
    assert shared >= {"Guangzhou", "Shenzhen"}
    for name in shared:
        assert regions[name].wikidata == cities[name]["wikidata"], name
        assert regions[name].part_of == cities[name]["part_of"], name


def test_a_bad_code_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "cities.csv"
    bad.write_text(
        "# comment\nname,kind,iso_3166,wikidata,part_of,code\n"
        "X,prefecture-level city,,Q1,Hebei,13\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError, match="six-digit"):
        with_cities(load_gazetteer(REGIONS), bad)


def test_a_workspace_gazetteer_without_the_province_drops_its_cities(tmp_path: Path) -> None:
    own = tmp_path / "regions.csv"
    own.write_text("name,kind,iso_3166,wikidata,part_of\nChina,country,CN,Q148,\n", "utf-8")
    assert cities_file(own) == CITIES
    assert set(with_cities(load_gazetteer(own), cities_file(own))) == {"China"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("石家庄市公安局破获案件", ["Shijiazhuang"]),
        ("石家庄破获案件", ["Shijiazhuang"]),
        ("延边州和延边朝鲜族自治州", ["Yanbian Korean Autonomous Prefecture"] * 2),
        ("吉林省和吉林市", ["Jilin", "Jilin City"]),
        ("白银市缴获毒品", ["Baiyin"]),
        ("白银饰品", []),  # silver, not the city: a risky short name needs 市
        ("苏州市和宿州市", ["Suzhou, Jiangsu", "Suzhou, Anhui"]),
        ("喀什地区", ["Kashgar Prefecture"]),
    ],
)
def test_chinese_names_resolve(text: str, expected: list[str], known: dict) -> None:
    assert [m.key for m in zh_places.find_regions(text, known)] == expected


def test_a_city_lies_in_its_province(known: dict) -> None:
    city = known["Shijiazhuang"]
    assert (city.part_of, city.wikidata, city.code) == ("Hebei", "Q58401", "130100")
    assert known["Guangzhou"].part_of == "Guangdong"


def test_english_names_resolve(known: dict) -> None:
    text = "Police in Shijiazhuang and Jilin City and in Jilin province seized heroin."
    found = [m.key for m in gazetteer.find_regions(text, known, None)]
    assert found == ["Shijiazhuang", "Jilin City", "Jilin"]


def test_chinese_city_agency_is_the_citys() -> None:
    regions = gazetteer.load_regions(REGIONS)
    mentions, agencies = zh_places.find_agencies("石家庄市公安局通报", regions)
    assert [m.key for m in mentions] == ["shijiazhuang-public-security-bureau"]
    assert agencies["shijiazhuang-public-security-bureau"].jurisdiction == "Shijiazhuang"


TEXT = (
    "石家庄市2023年禁毒工作情况\n\n"
    "2023年，石家庄市公安机关共破获毒品犯罪案件312起，抓获犯罪嫌疑人405名。\n"
)


def _rows(graph: Path, name: str, **values: str) -> list[dict[str, str]]:
    query = load_catalogue(ROOT / "queries").get(name)
    result = LocalEngine([graph]).run(render_query(query, values))
    return list(csv.DictReader(io.StringIO(format_result(result, "csv"))))


def test_a_named_city_joins_the_graph_inside_its_province(tmp_path: Path) -> None:
    workspace = drafted_workspace(tmp_path, "sjz-2024-01-10-annual-2023", TEXT, date(2024, 1, 10))
    assert (workspace.root / "reference" / "cities.csv").is_file()
    assert validate_graph(workspace.graph_file).conforms
    graph = workspace.graph_file.read_text(encoding="utf-8")
    assert 'nk:divisionCode "130100"' in graph and "wd:Q58401" in graph
    assert "Tangshan" not in graph  # an unnamed city stays out
    for name in ("Shijiazhuang", "石家庄", "石家庄市", "Hebei", "河北", "China"):
        found = _rows(workspace.graph_file, "measurements-for-region", region=name)
        assert sorted(r["value"] for r in found) == ["312", "405"], name
    assert _rows(workspace.graph_file, "measurements-for-region", region="Guangdong") == []
