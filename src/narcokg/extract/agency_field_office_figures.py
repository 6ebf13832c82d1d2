"""(round 48, issue 14) A federal field office's release names its own work by its parent's name
("CBP officers in the field office made 412 seizures", "HSI agents opened 472 investigations",
"CBP detector dogs alerted …"): the figures are the office's, the publisher's, as docs/facts.md's
"Agency ids" key them, but the sentence's name drew them to the parent agency (four calibration
reports of four rounds: hsi-sd coati101, hsi-chi colobus102, cbp-mia capybara148, cbp-hou
aoudad152). The office is the publisher named after its parent ("Homeland Security
Investigations San Diego") or a "<City> Field Office" part of it. Internal to :mod:`.draft`."""

from __future__ import annotations

import re

from narcokg.extract.agency_forms import Agency
from narcokg.extract.drafts import DraftMeasurement
from narcokg.extract.text import Sentence

#: The office's own words after its parent's name: "… San Diego", "… New York".
_PLACE = re.compile(r"(?: [A-Z][a-z]+){1,2}")
#: A field office part of its parent: "Houston Field Office".
_FIELD_OFFICE = re.compile(r"(?:[A-Z][a-z]+ ){1,2}Field Office")
#: A sentence about the whole parent, keyed to it: "Nationwide, HSI seized …".
_NATIONWIDE = re.compile(
    r"\b(?:[Nn]ationwide|[Nn]ationally|[Aa]cross the (?:country|nation|agency)|national)\b"
)


def field_office_figures(
    text: str,
    sentences: list[Sentence],
    found: list[DraftMeasurement],
    agencies: dict[str, Agency],
    publisher: str | None,
) -> None:
    """Give the publishing field office the figures drafted to its parent agency, but for a
    sentence about the parent nationwide."""
    office = agencies.get(publisher) if publisher else None
    parent = _parent_of(text, office, agencies) if office else None
    if parent is None or publisher is None:
        return
    for fact in found:
        opening = text[sentences[fact.mention.sentence].start : fact.mention.end]
        if fact.agency == parent and not _NATIONWIDE.search(opening):
            fact.agency = publisher


def _parent_of(text: str, office: Agency, agencies: dict[str, Agency]) -> str | None:
    """The agency the office is the field office of, if any: its owner, or the body whose
    officers the text says are "assigned to" or "of" the office."""
    if _FIELD_OFFICE.fullmatch(office.label):
        if office.part_of in agencies:
            return office.part_of
        for slug, agency in agencies.items():
            staff = rf"{re.escape(agency.label)} (?:\([A-Z]+\) )?(?:officers|agents)"
            if re.search(rf"{staff} (?:assigned to|of|at|in) the {re.escape(office.label)}", text):
                return slug
    for slug, agency in agencies.items():
        rest = office.label.removeprefix(agency.label)
        if slug != office.slug and rest != office.label and _PLACE.fullmatch(rest):
            return slug
    return None
