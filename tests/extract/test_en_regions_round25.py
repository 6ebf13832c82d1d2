"""English reports, issue 14 round 25 (the home region): a municipal force named in French
("Service de police de <city>") publishes its province's figures, whatever the case of its
letterhead and whether the text spells the province with its accent. Made-up sentences; each rule
has a case it must not fire on."""

from __future__ import annotations

from datetime import date

from narcokg.extract.drafts import DraftMeasurement
from tests.extract import sentences

SPRING = date(2026, 3, 12)


def figure(text: str, quote_start: str) -> DraftMeasurement:
    return sentences.quoted_figure(text, quote_start, SPRING)


# --- a French-named municipal force ---------------------------------------------------------------

FRENCH_FORCE = (
    "{letterhead}\n"
    "Press release\n\n"
    "Projet Granit takes apart a cocaine cell; drug seizures in the city rose in 2025 as the "
    "service's investigators closed three networks\n\n"
    "BEAUPORT, March 12, 2026 - The {force} today presented the results of Projet Granit, with "
    "help from the Sûreté du Québec. The cocaine came from wholesalers in Montréal.\n\n"
    "Officers seized 2.6 kilograms of cocaine during the project.\n"
)


def test_a_service_de_police_in_capitals_is_its_province_s() -> None:
    text = FRENCH_FORCE.format(
        letterhead="SERVICE DE POLICE DE BEAUPORT", force="Service de police de Beauport"
    )
    assert figure(text, "2.6 kilograms").regions == ("Quebec",)


def test_a_service_de_police_de_l_agglomeration_is_its_province_s() -> None:
    label = "Service de police de l'agglomération de Beauport"
    text = FRENCH_FORCE.format(letterhead=label, force=label)
    assert figure(text, "2.6 kilograms").regions == ("Quebec",)


def test_a_national_force_is_no_municipal_one() -> None:
    text = FRENCH_FORCE.format(
        letterhead="Royal Canadian Mounted Police", force="Royal Canadian Mounted Police"
    )
    assert figure(text, "2.6 kilograms").regions == ("Canada",)
