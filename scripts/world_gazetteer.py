"""Regenerate src/narcokg/model/regions_world.csv, the world gazetteer, from local copies of its
sources (never read at run time; narcokg reads only the CSV).

    python scripts/world_gazetteer.py --csc-countries countries.csv --csc-states states.csv \
        --owid CountriesRegions.ts --ne-admin1 ne_50m_admin_1_states_provinces.geojson \
        --protomaps RegionInfos.java > src/narcokg/model/regions_world.csv

ISO names and codes come from pycountry (pip install pycountry). A Wikidata id is written only
when two independent sources give the same one; the `checked` column says which. The rows that
the extractor had before (the former regions_extra.csv) keep their ids (a disagreement is printed
on stderr for the lead).
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import unicodedata
from pathlib import Path

import pycountry

MODEL = Path(__file__).resolve().parents[1] / "src" / "narcokg" / "model"
#: Countries whose first-level divisions the table holds (the UK's nations: kept rows).
DIVIDED = ("US", "CA", "AU", "IN", "MX", "DE", "BR", "ZA", "PK")
#: ISO 3166-2 codes changed since Natural Earth's and protomaps' tables were made.
OLD_CODES = {
    "IN-TS": "IN-TG",
    "IN-OD": "IN-OR",
    "IN-UK": "IN-UT",
    "IN-CG": "IN-CT",
    "ZA-GP": "ZA-GT",
    "ZA-KZN": "ZA-NL",
    "MX-CMX": "MX-DIF",
}
#: English names where the ISO or source name is not the one English reports use, and names made
#: unique ("Georgia" the country; the US state is "Georgia, United States").
NAMES = {
    "HK": "Hong Kong",
    "MO": "Macau",
    "CZ": "Czechia",
    "TR": "Turkey",
    "CI": "Côte d'Ivoire",
    "CD": "Democratic Republic of the Congo",
    "CG": "Republic of the Congo",
    "CV": "Cape Verde",
    "FM": "Micronesia",
    "PS": "Palestine",
    "VA": "Vatican City",
    "VG": "British Virgin Islands",
    "VI": "United States Virgin Islands",
    "FK": "Falkland Islands",
    "SZ": "Eswatini",
    "BN": "Brunei",
    "RU": "Russia",
    "AX": "Åland Islands",
    "PN": "Pitcairn Islands",
    "US-GA": "Georgia, United States",
    "IN-PB": "Punjab, India",
    "PK-PB": "Punjab, Pakistan",
    "MX-CMX": "Mexico City",
    "MX-MEX": "State of Mexico",
    "MX-COA": "Coahuila",
    "MX-MIC": "Michoacán",
    "MX-VER": "Veracruz",
    "DE-HE": "Hesse",
    "PK-IS": "Islamabad Capital Territory",
    "PK-JK": "Azad Kashmir",
}
#: Common English aliases beyond the sources' names (a name two places share is left out).
ALIASES = {
    "CZ": ("Czech Republic",),
    "TR": ("Türkiye",),
    "CI": ("Ivory Coast",),
    "CD": ("DR Congo", "DRC", "Congo-Kinshasa"),
    "CG": ("Congo-Brazzaville",),
    "CV": ("Cabo Verde",),
    "SZ": ("Swaziland",),
    "TL": ("East Timor",),
    "MK": ("Macedonia",),
    "VA": ("Holy See",),
    "VI": ("U.S. Virgin Islands",),
    "NL": ("Holland",),
    "AE": ("UAE",),
    "MM": (),
    "KR": (),
    "KP": (),
    "US-GA": ("Georgia",),
    "IN-PB": ("Punjab",),
    "PK-PB": ("Punjab",),
    "IN-DL": ("New Delhi",),
    "US-DC": ("Washington, D.C.", "Washington D.C.", "Washington, DC", "Washington DC"),
    "US-WA": ("Washington State", "Washington state"),
    "MX-MEX": ("Estado de México",),
    "MX-CMX": ("CDMX",),
}
#: Source names left out as aliases: another place's name too ("Congo", "México" the country in
#: Spanish), not a name ("Palestinian Territory Occupied") or a common word ("Federal" in "Federal
#: Police", "Para", "North-West" of England).
DROP = {"Congo", "México", "Mexico", "Korea", "Palestinian Territory Occupied", "Federal", "Para"}
DROP |= {"North-West"}
KINDS = {
    "land": "state",
    "pakistan administered area": "administered area",
    "federal capital territory": "capital territory",
}
SKIP_TYPES = {"Outlying area"}  # US territories: ISO 3166-1 rows of their own


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    for name in ("csc-countries", "csc-states", "owid", "ne-admin1", "protomaps"):
        parser.add_argument(f"--{name}", type=Path, required=True)
    # the rows whose ids are kept as they were: the table's own "kept" rows (first made from
    # the former regions_extra.csv, whose every row was kept)
    parser.add_argument("--kept", type=Path, default=MODEL / "regions_world.csv")
    args = parser.parse_args()
    extra = _read(args.kept)
    rows = _countries(args, extra) + _divisions(args, extra)
    rows = _unshared(rows + _kept(extra, rows, args.csc_states))
    writer = csv.writer(sys.stdout, lineterminator="\n")
    sys.stdout.write(HEADER)
    writer.writerow(("name", "kind", "iso_3166", "wikidata", "part_of", "aliases", "checked"))
    for row in rows:
        writer.writerow(
            row[key]
            for key in ("name", "kind", "iso_3166", "wikidata", "part_of", "aliases", "checked")
        )


def _read(path: Path) -> dict[str, dict[str, str]]:
    with path.open(encoding="utf-8") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    rows = csv.DictReader(lines)
    return {r["name"]: r for r in rows if r.get("checked", "kept").startswith("kept")}


def _countries(args: argparse.Namespace, extra: dict[str, dict[str, str]]) -> list[dict[str, str]]:
    csc = {r["iso2"]: r for r in csv.DictReader(args.csc_countries.open(encoding="utf-8"))}
    table = args.owid.read_text(encoding="utf-8").split("`")[1]
    owid = {r["iso_alpha2"]: r for r in csv.DictReader(table.splitlines()) if r["iso_alpha2"]}
    by_code = {r["iso_3166"]: r for r in extra.values()}
    rows = []
    for country in sorted(pycountry.countries, key=lambda c: c.alpha_2):
        code = country.alpha_2
        name = _name(code, country, by_code)
        a = csc.get(code, {}).get("wikiDataId", "")
        b = owid.get(code, {}).get("wikidata_uri", "").rsplit("/", 1)[-1]
        wikidata, checked = _agree(a, b, "csc", "owid", by_code.get(code))
        others = (
            country.name,
            getattr(country, "official_name", ""),
            csc.get(code, {}).get("name", ""),
            owid.get(code, {}).get("name", ""),
        )
        rows.append(_row(name, "country", code, wikidata, "", code, others, checked))
    return rows


def _divisions(args: argparse.Namespace, extra: dict[str, dict[str, str]]) -> list[dict[str, str]]:
    csc = {r["iso3166_2"]: r for r in csv.DictReader(args.csc_states.open(encoding="utf-8"))}
    features = json.loads(args.ne_admin1.read_text(encoding="utf-8"))["features"]
    ne = {f["properties"]["iso_3166_2"]: f["properties"] for f in features}
    java = args.protomaps.read_text(encoding="utf-8")
    pm = {
        m[2]: m
        for m in re.finditer(
            r"^\s*([^|\n]+)\|([A-Z]{2}-[A-Z0-9]+)\|[^|]*\|[^|]*\|(Q\d+)$", java, re.M
        )
    }
    by_code = {r["iso_3166"]: r for r in extra.values()}
    rows = []
    for cc in DIVIDED:
        country = _name(cc, pycountry.countries.get(alpha_2=cc), by_code)
        for sub in sorted(pycountry.subdivisions.get(country_code=cc), key=lambda s: s.code):
            if sub.parent_code is not None or sub.type in SKIP_TYPES:
                continue
            code, old = sub.code, OLD_CODES.get(sub.code, sub.code)
            a = csc.get(code, csc.get(old, {})).get("wikiDataId", "")
            b = ne.get(code, ne.get(old, {})).get("wikidataid", "")
            c = pm[code][3] if code in pm else pm[old][3] if old in pm else ""
            wikidata, checked = (
                _agree(a, b, "csc", "ne", by_code.get(code))
                if b
                else _agree(a, c, "csc", "protomaps", by_code.get(code))
            )
            if b and c and c == wikidata:
                checked += "+protomaps"
            name = _name(code, sub, by_code, csc.get(code, csc.get(old, {})).get("name", ""))
            kind = KINDS.get(sub.type.lower(), sub.type.lower())
            others = (
                sub.name,
                csc.get(code, csc.get(old, {})).get("name", ""),
                ne.get(code, ne.get(old, {})).get("name_en", ""),
            )
            rows.append(_row(name, kind, code, wikidata, country, code, others, checked))
    return rows


def _name(code: str, entry: object, by_code: dict[str, dict[str, str]], source: str = "") -> str:
    if code in by_code:
        return by_code[code]["name"]
    if code in NAMES:
        return NAMES[code]
    common = str(getattr(entry, "common_name", ""))
    return common or source or str(getattr(entry, "name", ""))


def _agree(a: str, b: str, left: str, right: str, kept: dict[str, str] | None) -> tuple[str, str]:
    if kept is not None:
        if a == b == kept["wikidata"]:
            return a, f"{left}+{right}"
        said = f"{left} {a or '-'}, {right} {b or '-'}"
        print(f"{kept['name']}: kept {kept['wikidata']} ({said})", file=sys.stderr)
        return kept["wikidata"], f"kept from regions_extra.csv ({said})"
    if a and a == b:
        return a, f"{left}+{right}"
    return "", f"left out: {left} {a or '-'}, {right} {b or '-'}"


def _row(
    name: str,
    kind: str,
    code: str,
    wikidata: str,
    part_of: str,
    key: str,
    others: tuple[str, ...],
    checked: str,
) -> dict[str, str]:
    aliases = {o for o in others if o and "," not in o and "(" not in o} | set(ALIASES.get(key, ()))
    aliases |= {_ascii(a) for a in (*aliases, name)}
    aliases -= {name, ""}
    return {
        "name": name,
        "kind": kind,
        "iso_3166": code,
        "wikidata": wikidata,
        "part_of": part_of,
        "aliases": "|".join(sorted(aliases)),
        "checked": checked,
    }


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def _kept(
    extra: dict[str, dict[str, str]], rows: list[dict[str, str]], states: Path
) -> list[dict[str, str]]:
    """The kept rows the ISO tables do not give (the UK's nations, the World)."""
    csc = {r["iso3166_2"]: r["wikiDataId"] for r in csv.DictReader(states.open(encoding="utf-8"))}
    have = {r["name"] for r in rows}
    kept = []
    for row in (r for r in extra.values() if r["name"] not in have):
        said = csc.get(row["iso_3166"], "-") if row["iso_3166"] else "-"
        checked = "kept from regions_extra.csv" + (
            "; csc agrees" if said == row["wikidata"] else f" (csc {said})"
        )
        kept.append(
            {
                **{k: row[k] or "" for k in ("name", "kind", "iso_3166", "wikidata", "part_of")},
                "aliases": "",
                "checked": checked,
            }
        )
    return kept


def _unshared(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    """Aliases without the ones that are another row's name or that two rows share ("Congo"),
    unless ALIASES gives them on purpose ("Georgia", "Punjab": the extractor decides by context),
    and without official forms starting with "the"."""
    names = {r["name"] for r in rows}
    seen: dict[str, int] = {}
    for row in rows:
        for alias in filter(None, row["aliases"].split("|")):
            seen[alias] = seen.get(alias, 0) + 1
    wanted = {a for given in ALIASES.values() for a in given}
    for row in rows:
        keep = [
            a
            for a in filter(None, row["aliases"].split("|"))
            if a in wanted or (a not in names | DROP and seen[a] == 1 and not a.startswith("the "))
        ]
        row["aliases"] = "|".join(keep)
    return rows


HEADER = """\
# The world gazetteer: every ISO 3166-1 country and territory, and the first-level divisions
# (ISO 3166-2) of the United States, Canada, Australia, India, Mexico, Germany, Brazil, South Africa
# and Pakistan, each part_of its country. Read with the workspace's regions.csv (a name there wins).
# Columns: name (the English name reports use, unique: "Georgia" is the country, the US state
# "Georgia, United States"), kind, iso_3166, wikidata, part_of, aliases (other names a report may
# use, separated by |: ISO, source and accent-free spellings) and checked (how the id was checked).
# Generated by scripts/world_gazetteer.py (pycountry for ISO names and codes) from facts only,
# retrieved 2026-12-01: (csc) the GitHub repository dr5hn/countries-states-cities-database
# (csv/countries.csv, csv/states.csv, field wikiDataId); (owid) Our World in Data's country table
# (owid/owid-grapher, CountriesRegions.ts of 2022-11-19, field wikidata_uri); (ne) Natural Earth's
# 1:50m admin-1 table (field wikidataid: United States, Canada, Australia, India, Brazil, South
# Africa); (protomaps) the region table of protomaps/basemaps (RegionInfos.java of 2023-08-25, drawn
# from Natural Earth's 1:10m admin-1: Mexico, Germany, Pakistan).
# checked = csc+owid, csc+ne, csc+protomaps: both sources give this id (csc+ne+protomaps: all
#   three). "left out: ...": the sources disagree (ids shown) and no third independent source
#   settles it, so wikidata is empty. "kept from regions_extra.csv": a row the extractor had
#   before, its id unchanged (what the sources say is shown when they differ).
"""


if __name__ == "__main__":
    main()
