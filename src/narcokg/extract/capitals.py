"""Evidence of a report's country that names no country (issue 14, round 14): a national
capital, where a government's speeches and releases are given ("Speech to …, Wellington",
"Address by the Minister …, Pretoria"), and a country's people ("New Zealanders consumed …").
Used only to settle the report's frame, never as a figure's region: "in Pretoria" stays a
Gauteng figure, "three Mexicans were arrested" no Mexican one.

Each capital's country is a country row of the world gazetteer; that the city lies in it is
checked against the repository's city list (``lang/en/cities.py``: Pretoria in Gauteng, Canberra
in the Australian Capital Territory, New Delhi in Delhi, Hanoi in Vietnam) or, for the two it
lacks, against a development report its government issued there (``nzmoj-…``: Wellington,
``ppsc-…``: Ottawa). The people's names are the plurals of the demonyms the extractor already
lists (``DEMONYMS``), plus the one whose noun is no adjective ("New Zealanders")."""

from __future__ import annotations

import re

from narcokg.extract.gazetteer import Mention as Name
from narcokg.extract.lang.en.cities import MORE_DEMONYMS
from narcokg.extract.lang.en.names import DEMONYMS
from narcokg.model.regions import Region

#: A national capital -> its country (the seat of the government that issues the report).
CAPITALS = {
    "Wellington": "New Zealand",
    "Pretoria": "South Africa",
    "Canberra": "Australia",
    "New Delhi": "India",
    "Ottawa": "Canada",
    "Hanoi": "Vietnam",
    "Ha Noi": "Vietnam",  # the spelling of the country's own translations ("Viet Nam")
}

#: A country's people -> the country: "Canadians", "Nigerians" (an adjective in -an plus "s").
PEOPLE = {f"{adjective}s": country for adjective, country in (DEMONYMS | MORE_DEMONYMS).items()}
PEOPLE = {p: c for p, c in PEOPLE.items() if p.endswith("ans")} | {"New Zealanders": "New Zealand"}

_PATTERN = re.compile(
    r"(?<![\w.])("
    + "|".join(sorted(map(re.escape, CAPITALS | PEOPLE), key=len, reverse=True))
    + r")(?!\w)"
)


def evidence(text: str, regions: dict[str, Region]) -> list[Name]:
    """Mentions of the countries the text's capitals and peoples point to, in text order."""
    found = CAPITALS | PEOPLE
    return [
        Name(m.start(), m.end(), found[m[1]], m[1])
        for m in _PATTERN.finditer(text)
        if found[m[1]] in regions
    ]


def capital_of(name: Name, country: str | None) -> bool:
    """Whether ``name`` is the capital of ``country`` (its mention counts for the country)."""
    return country is not None and CAPITALS.get(name.text) == country
