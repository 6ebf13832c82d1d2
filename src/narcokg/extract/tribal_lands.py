"""(round 36, issue 14) The state a tribal body's own nation or reservation lies in, for a text
that never names its state or names it only in passing (docs/facts.md "A local body's report": the
smallest gazetteer region holding the body, never the country).

A tribal police names its nation in its own name or its opening ("Menominee Tribal Police
Department", "the Red Lake Nation's fiscal year", "Browning, Blackfeet Nation", "Gila River Indian
Community"), and the town list holds none of their small seats (Keshena, Red Lake, Browning,
Sacaton). The nation's name is read only with a tribal word after it (Tribe, Tribal, Nation,
Reservation, Indian Community, Band, Agency), so a lake, river or namesake town is no nation. A
nation whose lands lie in several states (the Navajo Nation, Standing Rock) gives no one state;
(round 40) its body's area is all of them together (:func:`spanned_states`), as its keys take it.
"""

from __future__ import annotations

import re

#: How far into the text the body's name and lead are read (letterhead, title, lead).
_OPENING = 900

#: A nation's or reservation's name -> the states its lands lie in (federally recognised
#: nations whose lands lie in one state unless listed with several).
NATIONS: dict[str, tuple[str, ...]] = {
    "Menominee": ("Wisconsin",),
    "Ho-Chunk": ("Wisconsin",),
    "Lac du Flambeau": ("Wisconsin",),
    "Red Lake": ("Minnesota",),
    "Leech Lake": ("Minnesota",),
    "White Earth": ("Minnesota",),
    "Mille Lacs": ("Minnesota",),
    "Blackfeet": ("Montana",),
    "Crow": ("Montana",),
    "Northern Cheyenne": ("Montana",),
    "Fort Peck": ("Montana",),
    "Gila River": ("Arizona",),
    "Salt River Pima-Maricopa": ("Arizona",),
    "Tohono O'odham": ("Arizona",),
    "Hopi": ("Arizona",),
    "San Carlos Apache": ("Arizona",),
    "White Mountain Apache": ("Arizona",),
    "Oglala Sioux": ("South Dakota",),
    "Pine Ridge": ("South Dakota",),
    "Rosebud Sioux": ("South Dakota",),
    "Cheyenne River Sioux": ("South Dakota",),
    "Wind River": ("Wyoming",),
    "Cherokee Nation": ("Oklahoma",),
    "Muscogee": ("Oklahoma",),
    "Chickasaw": ("Oklahoma",),
    "Osage": ("Oklahoma",),
    "Eastern Band of Cherokee": ("North Carolina",),
    "Yakama": ("Washington",),
    "Colville": ("Washington",),
    "Tulalip": ("Washington",),
    # (round 37) more nations of one state, general knowledge: the Puget Sound and Columbia
    # Plateau nations beside the Yakama, Colville and Tulalip, and others whose police publish
    "Lummi": ("Washington",),
    "Swinomish": ("Washington",),
    "Puyallup": ("Washington",),
    "Muckleshoot": ("Washington",),
    "Suquamish": ("Washington",),
    "Makah": ("Washington",),
    "Quinault": ("Washington",),
    "Nisqually": ("Washington",),
    "Nooksack": ("Washington",),
    "Spokane": ("Washington",),
    "Warm Springs": ("Oregon",),
    "Umatilla": ("Oregon",),
    "Grand Ronde": ("Oregon",),
    "Siletz": ("Oregon",),
    "Hoopa Valley": ("California",),
    "Yurok": ("California",),
    "Pyramid Lake Paiute": ("Nevada",),
    "Walker River Paiute": ("Nevada",),
    "Uintah and Ouray": ("Utah",),
    "Southern Ute": ("Colorado",),
    "Pascua Yaqui": ("Arizona",),
    "Hualapai": ("Arizona",),
    "Zuni": ("New Mexico",),
    "Fort Berthold": ("North Dakota",),
    "Crow Creek": ("South Dakota",),
    "Lower Brule": ("South Dakota",),
    "Yankton Sioux": ("South Dakota",),
    "Fort Belknap": ("Montana",),
    "Flathead": ("Montana",),
    "Bois Forte": ("Minnesota",),
    "Grand Portage": ("Minnesota",),
    "Stockbridge-Munsee": ("Wisconsin",),
    "Bad River": ("Wisconsin",),
    "Lac Courte Oreilles": ("Wisconsin",),
    "Saginaw Chippewa": ("Michigan",),
    "Keweenaw Bay": ("Michigan",),
    "Seneca Nation": ("New York",),
    "St. Regis Mohawk": ("New York",),
    "Penobscot": ("Maine",),
    "Passamaquoddy": ("Maine",),
    "Miccosukee": ("Florida",),
    "Catawba": ("South Carolina",),
    "Omaha": ("Nebraska",),
    "Prairie Band Potawatomi": ("Kansas",),
    "Nez Perce": ("Idaho",),
    "Coeur d'Alene": ("Idaho",),
    "Shoshone-Bannock": ("Idaho",),
    "Jicarilla Apache": ("New Mexico",),
    "Mescalero Apache": ("New Mexico",),
    "Turtle Mountain": ("North Dakota",),
    "Spirit Lake": ("North Dakota",),
    "Navajo": ("Arizona", "New Mexico", "Utah"),
    "Standing Rock": ("North Dakota", "South Dakota"),
    # (round 40) more nations whose lands lie in several states, general knowledge
    "Ute Mountain Ute": ("Colorado", "New Mexico", "Utah"),
    "Fort Mojave": ("Arizona", "California", "Nevada"),
    "Duck Valley": ("Idaho", "Nevada"),
    # (round 43) the Goshute Reservation straddles the Utah-Nevada line (general knowledge)
    "Goshute": ("Nevada", "Utah"),
}

#: A word that makes a name a nation's ("Red Lake Nation", "Menominee Tribal Police").
_TRIBAL = r"(?:Tribe|Tribal|Nation|Reservation|Indian\s+Community|Indians|Band|Agency)\b"
_NATION = re.compile(
    r"(?<![\w-])(?P<name>"
    + "|".join(re.escape(n) for n in sorted(NATIONS, key=len, reverse=True))
    # "Cherokee Nation" holds its tribal word; "Oglala Sioux Tribe", "Red Lake Nation's"
    + rf")(?:(?<=Nation)|['\u2019]s)?(?:\s+(?:Sioux\s+|Apache\s+)?{_TRIBAL}|(?<=Nation)\b)",
    re.I,
)


def nation_states(text: str) -> tuple[str, ...]:
    """The states of every nation the opening names with a tribal word, in table order; () when
    it names none."""
    found: dict[str, None] = {}
    for match in _NATION.finditer(text[:_OPENING]):
        found |= dict.fromkeys(NATIONS[_listed(match["name"])])
    return tuple(found)


def spanned_states(text: str) -> tuple[str, ...]:
    """(round 40) The states of the one nation the opening names when its lands lie in several
    ("the Navajo Nation Police Department": Arizona, New Mexico and Utah): the body's area is
    the set, not its seat's or dateline's state; () for a nation of one state, or several named."""
    named = {_listed(m["name"]) for m in _NATION.finditer(text[:_OPENING])}
    states = NATIONS[named.pop()] if len(named) == 1 else ()
    return states if len(states) > 1 else ()


def _listed(written: str) -> str:
    """The table's spelling of a nation's name as the text writes it ("NAVAJO": "Navajo")."""
    return next(n for n in NATIONS if n.casefold() == written.casefold())


def nation_state(text: str) -> str | None:
    """The one state the nations the opening names lie in, None for none or several."""
    states = nation_states(text)
    return states[0] if len(states) == 1 else None
