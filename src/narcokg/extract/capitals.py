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

#: (round 15) The seat of every national government whose name is no other well-known place or
#: word (not "Washington", "London", "Kingston", "Victoria", "Santiago", "San Jose", "Male",
#: "Tripoli"; not a seat named like its country, "Kuwait City", "Singapore"): a release datelined
#: there ("Amman, 26 June 2025", "BUENOS AIRES, 12 November 2025 - …") is that country's.
#: Checked against the ``capital`` column of dr5hn/countries-states-cities-database
#: (``csv/countries.csv``, retrieved 2026-12-02); accent-free and accented spellings both.
SEATS = {
    **dict.fromkeys(("Kabul",), "Afghanistan"),
    **dict.fromkeys(("Tirana",), "Albania"),
    **dict.fromkeys(("Algiers",), "Algeria"),
    **dict.fromkeys(("Luanda",), "Angola"),
    **dict.fromkeys(("Buenos Aires",), "Argentina"),
    **dict.fromkeys(("Yerevan",), "Armenia"),
    **dict.fromkeys(("Vienna",), "Austria"),
    **dict.fromkeys(("Baku",), "Azerbaijan"),
    **dict.fromkeys(("Nassau",), "Bahamas"),
    **dict.fromkeys(("Manama",), "Bahrain"),
    **dict.fromkeys(("Dhaka",), "Bangladesh"),
    **dict.fromkeys(("Bridgetown",), "Barbados"),
    **dict.fromkeys(("Minsk",), "Belarus"),
    **dict.fromkeys(("Brussels",), "Belgium"),
    **dict.fromkeys(("Belmopan",), "Belize"),
    **dict.fromkeys(("Porto-Novo",), "Benin"),
    **dict.fromkeys(("Thimphu",), "Bhutan"),
    **dict.fromkeys(("Sarajevo",), "Bosnia and Herzegovina"),
    **dict.fromkeys(("Gaborone",), "Botswana"),
    **dict.fromkeys(("Brasilia", "Brasília"), "Brazil"),
    **dict.fromkeys(("Bandar Seri Begawan",), "Brunei"),
    **dict.fromkeys(("Sofia",), "Bulgaria"),
    **dict.fromkeys(("Ouagadougou",), "Burkina Faso"),
    **dict.fromkeys(("Bujumbura",), "Burundi"),
    **dict.fromkeys(("Phnom Penh",), "Cambodia"),
    **dict.fromkeys(("Yaounde", "Yaoundé"), "Cameroon"),
    **dict.fromkeys(("Praia",), "Cape Verde"),
    **dict.fromkeys(("Bangui",), "Central African Republic"),
    **dict.fromkeys(("N'Djamena",), "Chad"),
    **dict.fromkeys(("Beijing",), "China"),
    **dict.fromkeys(("Bogota", "Bogotá"), "Colombia"),
    **dict.fromkeys(("Brazzaville",), "Republic of the Congo"),
    **dict.fromkeys(("Kinshasa",), "Democratic Republic of the Congo"),
    **dict.fromkeys(("Yamoussoukro",), "Côte d'Ivoire"),
    **dict.fromkeys(("Zagreb",), "Croatia"),
    **dict.fromkeys(("Havana",), "Cuba"),
    **dict.fromkeys(("Nicosia",), "Cyprus"),
    **dict.fromkeys(("Prague",), "Czechia"),
    **dict.fromkeys(("Copenhagen",), "Denmark"),
    **dict.fromkeys(("Santo Domingo",), "Dominican Republic"),
    **dict.fromkeys(("Quito",), "Ecuador"),
    **dict.fromkeys(("Cairo",), "Egypt"),
    **dict.fromkeys(("San Salvador",), "El Salvador"),
    **dict.fromkeys(("Malabo",), "Equatorial Guinea"),
    **dict.fromkeys(("Asmara",), "Eritrea"),
    **dict.fromkeys(("Tallinn",), "Estonia"),
    **dict.fromkeys(("Mbabane",), "Eswatini"),
    **dict.fromkeys(("Addis Ababa",), "Ethiopia"),
    **dict.fromkeys(("Suva",), "Fiji"),
    **dict.fromkeys(("Helsinki",), "Finland"),
    **dict.fromkeys(("Paris",), "France"),
    **dict.fromkeys(("Libreville",), "Gabon"),
    **dict.fromkeys(("Banjul",), "Gambia"),
    **dict.fromkeys(("Tbilisi",), "Georgia"),
    **dict.fromkeys(("Berlin",), "Germany"),
    **dict.fromkeys(("Accra",), "Ghana"),
    **dict.fromkeys(("Athens",), "Greece"),
    **dict.fromkeys(("Conakry",), "Guinea"),
    **dict.fromkeys(("Port-au-Prince",), "Haiti"),
    **dict.fromkeys(("Tegucigalpa",), "Honduras"),
    **dict.fromkeys(("Budapest",), "Hungary"),
    **dict.fromkeys(("Reykjavik",), "Iceland"),
    **dict.fromkeys(("Jakarta",), "Indonesia"),
    **dict.fromkeys(("Tehran",), "Iran"),
    **dict.fromkeys(("Baghdad",), "Iraq"),
    **dict.fromkeys(("Dublin",), "Ireland"),
    **dict.fromkeys(("Rome",), "Italy"),
    **dict.fromkeys(("Tokyo",), "Japan"),
    **dict.fromkeys(("Amman",), "Jordan"),
    **dict.fromkeys(("Astana",), "Kazakhstan"),
    **dict.fromkeys(("Nairobi",), "Kenya"),
    **dict.fromkeys(("Bishkek",), "Kyrgyzstan"),
    **dict.fromkeys(("Vientiane",), "Laos"),
    **dict.fromkeys(("Riga",), "Latvia"),
    **dict.fromkeys(("Beirut",), "Lebanon"),
    **dict.fromkeys(("Maseru",), "Lesotho"),
    **dict.fromkeys(("Monrovia",), "Liberia"),
    **dict.fromkeys(("Vilnius",), "Lithuania"),
    **dict.fromkeys(("Antananarivo",), "Madagascar"),
    **dict.fromkeys(("Lilongwe",), "Malawi"),
    **dict.fromkeys(("Kuala Lumpur",), "Malaysia"),
    **dict.fromkeys(("Bamako",), "Mali"),
    **dict.fromkeys(("Valletta",), "Malta"),
    **dict.fromkeys(("Nouakchott",), "Mauritania"),
    **dict.fromkeys(("Port Louis",), "Mauritius"),
    **dict.fromkeys(("Mexico City", "Ciudad de México"), "Mexico"),
    **dict.fromkeys(("Chisinau",), "Moldova"),
    **dict.fromkeys(("Ulaanbaatar", "Ulan Bator"), "Mongolia"),
    **dict.fromkeys(("Podgorica",), "Montenegro"),
    **dict.fromkeys(("Rabat",), "Morocco"),
    **dict.fromkeys(("Maputo",), "Mozambique"),
    **dict.fromkeys(("Nay Pyi Taw", "Naypyidaw", "Naypyitaw"), "Myanmar"),
    **dict.fromkeys(("Windhoek",), "Namibia"),
    **dict.fromkeys(("Kathmandu",), "Nepal"),
    **dict.fromkeys(("Amsterdam",), "Netherlands"),
    **dict.fromkeys(("Managua",), "Nicaragua"),
    **dict.fromkeys(("Niamey",), "Niger"),
    **dict.fromkeys(("Abuja",), "Nigeria"),
    **dict.fromkeys(("Pyongyang",), "North Korea"),
    **dict.fromkeys(("Skopje",), "North Macedonia"),
    **dict.fromkeys(("Oslo",), "Norway"),
    **dict.fromkeys(("Muscat",), "Oman"),
    **dict.fromkeys(("Islamabad",), "Pakistan"),
    **dict.fromkeys(("Port Moresby",), "Papua New Guinea"),
    **dict.fromkeys(("Asuncion", "Asunción"), "Paraguay"),
    **dict.fromkeys(("Lima",), "Peru"),
    **dict.fromkeys(("Manila",), "Philippines"),
    **dict.fromkeys(("Warsaw",), "Poland"),
    **dict.fromkeys(("Lisbon",), "Portugal"),
    **dict.fromkeys(("Doha",), "Qatar"),
    **dict.fromkeys(("Bucharest",), "Romania"),
    **dict.fromkeys(("Moscow",), "Russia"),
    **dict.fromkeys(("Kigali",), "Rwanda"),
    **dict.fromkeys(("Riyadh",), "Saudi Arabia"),
    **dict.fromkeys(("Dakar",), "Senegal"),
    **dict.fromkeys(("Belgrade",), "Serbia"),
    **dict.fromkeys(("Freetown",), "Sierra Leone"),
    **dict.fromkeys(("Bratislava",), "Slovakia"),
    **dict.fromkeys(("Ljubljana",), "Slovenia"),
    **dict.fromkeys(("Honiara",), "Solomon Islands"),
    **dict.fromkeys(("Mogadishu",), "Somalia"),
    **dict.fromkeys(("Seoul",), "South Korea"),
    **dict.fromkeys(("Juba",), "South Sudan"),
    **dict.fromkeys(("Madrid",), "Spain"),
    **dict.fromkeys(("Colombo",), "Sri Lanka"),
    **dict.fromkeys(("Khartoum",), "Sudan"),
    **dict.fromkeys(("Paramaribo",), "Suriname"),
    **dict.fromkeys(("Stockholm",), "Sweden"),
    **dict.fromkeys(("Bern",), "Switzerland"),
    **dict.fromkeys(("Damascus",), "Syria"),
    **dict.fromkeys(("Taipei",), "Taiwan"),
    **dict.fromkeys(("Dushanbe",), "Tajikistan"),
    **dict.fromkeys(("Dodoma",), "Tanzania"),
    **dict.fromkeys(("Bangkok",), "Thailand"),
    **dict.fromkeys(("Dili",), "Timor-Leste"),
    **dict.fromkeys(("Lome", "Lomé"), "Togo"),
    **dict.fromkeys(("Port of Spain",), "Trinidad and Tobago"),
    **dict.fromkeys(("Tunis",), "Tunisia"),
    **dict.fromkeys(("Ankara",), "Turkey"),
    **dict.fromkeys(("Ashgabat",), "Turkmenistan"),
    **dict.fromkeys(("Kampala",), "Uganda"),
    **dict.fromkeys(("Kyiv", "Kiev"), "Ukraine"),
    **dict.fromkeys(("Abu Dhabi",), "United Arab Emirates"),
    **dict.fromkeys(("Montevideo",), "Uruguay"),
    **dict.fromkeys(("Tashkent",), "Uzbekistan"),
    **dict.fromkeys(("Port Vila",), "Vanuatu"),
    **dict.fromkeys(("Caracas",), "Venezuela"),
    **dict.fromkeys(("Sanaa", "Sana'a"), "Yemen"),
    **dict.fromkeys(("Lusaka",), "Zambia"),
    **dict.fromkeys(("Harare",), "Zimbabwe"),
} | CAPITALS

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
