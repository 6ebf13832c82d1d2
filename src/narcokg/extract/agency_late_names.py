"""(round 45, issue 14) The name passes that run once every agency mention is settled: each looks
at the names the text gives in full and keys the shorter mentions of one body to it, so the
release's figures go to the name the keys take (docs/facts.md "Agency ids"). One call in
:mod:`.actors` (at its 400-line limit) runs them in turn."""

from __future__ import annotations

from narcokg.extract import (
    agency_collections,
    agency_full_prefectures,
    agency_glossed_names,
    agency_lettered_divisions,
    agency_name_fronts,
    agency_named_detachments,
    agency_place_after_offices,
    agency_police_offices,
    agency_secretariats,
    agency_troopers,
)
from narcokg.extract.agency_forms import Agency
from narcokg.extract.gazetteer import Mention


def full_names(text: str, found: list[Mention], agencies: dict[str, Agency]) -> None:
    """An autonomous prefecture's bureau by its full name (:mod:`.agency_full_prefectures`), an
    international body's General Secretariat (:mod:`.agency_secretariats`), an office named with
    its place after it (:mod:`.agency_place_after_offices`); (round 46) a detachment named with
    its "Detachment" (:mod:`.agency_named_detachments`); (round 49) a force's lettered division
    (:mod:`.agency_lettered_divisions`) and a police office named with its "Office"
    (:mod:`.agency_police_offices`); (round 50) a name's front the grammar cut at "of" or "St."
    (:mod:`.agency_name_fronts`); (round 51) troopers as the last patrol named before them
    (:mod:`.agency_troopers`); (round 52) an English name glossed with its own-language name and
    acronym (:mod:`.agency_glossed_names`); (round 53) a data collection keyed to the body that
    keeps it (:mod:`.agency_collections`)."""
    agency_full_prefectures.full_prefecture_names(found, agencies)
    agency_secretariats.general_secretariats(text, found, agencies)
    agency_place_after_offices.offices_with_place_after(text, found, agencies)
    agency_named_detachments.named_detachments(text, found, agencies)  # round 46
    agency_lettered_divisions.lettered_divisions(text, found, agencies)  # round 49
    agency_police_offices.police_offices(text, found, agencies)  # round 49
    agency_name_fronts.name_fronts(text, found, agencies)  # round 50
    agency_troopers.troopers(text, found, agencies)  # round 51
    agency_glossed_names.glossed_names(text, found, agencies)  # round 52
    agency_collections.collections(text, found, agencies)  # round 53
