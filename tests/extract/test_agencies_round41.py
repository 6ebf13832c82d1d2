"""English reports, issue 14 round 41 (agencies): a programme or project of an international body
that the title or the lead names with its owner ("supported by the UNODC … Programme (…)", "the
… Project (…) of the United Nations Office on Drugs and Crime", "<ACRONYM>, the global programme
of …") issues the release and takes its figures, named as the lead names it. Made-up sentences,
each rule with a counter-example."""

from __future__ import annotations

from datetime import date

from tests.extract import sentences

DAY = date(2026, 3, 2)


def agency(text: str, quote_start: str) -> str | None:
    return sentences.agency_of(text, quote_start, DAY)


def test_a_programme_with_its_owners_acronym_takes_the_figures() -> None:
    text = (
        "United Nations Office on Drugs and Crime\n"
        "Press release\n\n"
        "River port units seize more heroin\n\n"
        "VIENNA, 2 March 2026 - River port teams supported by the UNODC Inland Waterways "
        "Programme (IWP) seized 3.7 tonnes of heroin in 2025, up from 2.9 tonnes in 2024, "
        "according to results published today.\n\n"
        "The teams also searched 1,204 barges during the year.\n"
    )
    assert agency(text, "3.7") == "UNODC Inland Waterways Programme"
    assert agency(text, "1,204") == "UNODC Inland Waterways Programme"


def test_a_programme_against_a_crime_keeps_its_whole_name() -> None:
    # the name runs on past its comma to its acronym's bracket
    text = (
        "Courts backed by UN programme convict more traffickers\n\n"
        "VIENNA, 2 March 2026 - Prosecutions supported by the UNODC Global Programme against "
        "Wildlife, Timber and Drug Crime (GPWT) led to 418 convictions in 2025, the Programme "
        "said in its annual results.\n\n"
        "GPWT also trained 96 judges over the year.\n"
    )
    name = "UNODC Global Programme against Wildlife, Timber and Drug Crime"
    assert agency(text, "418") == name
    assert agency(text, "96") == name


def test_a_project_of_the_owner_is_named_as_the_lead_names_it() -> None:
    # the letterhead carries the owner's acronym, the lead's prose does not: the lead's name
    text = (
        "UNODC Coastal Cocaine Monitoring Project (CCMP)\n"
        "Research Brief - March 2026\n\n"
        "Coastal cocaine seizures rise\n\n"
        "VIENNA, 2 March 2026 - Coastal states seized 57 tons of cocaine in 2025, according to "
        "new data compiled by the Coastal Cocaine Monitoring Project (CCMP) of the United Nations "
        "Office on Drugs and Crime (UNODC).\n\n"
        "Coastal states also seized 12.9 tons of cannabis resin during the year.\n"
    )
    assert agency(text, "57 tons") == "Coastal Cocaine Monitoring Project"
    assert agency(text, "12.9") == "Coastal Cocaine Monitoring Project"


def test_an_acronym_named_as_the_owners_programme_takes_the_figures() -> None:
    text = (
        "United Nations Office on Drugs and Crime\n"
        "Press release\n\n"
        "Airport seizures up\n\n"
        "VIENNA, 2 March 2026 - Investigations backed by SKYTRACE, the global programme of the "
        "United Nations Office on Drugs and Crime (UNODC) that links airport police, led to the "
        "arrest of 733 couriers in 2025.\n\n"
        "SKYTRACE trained 512 officers during the year.\n"
    )
    assert agency(text, "733") == "SKYTRACE"
    assert agency(text, "512") == "SKYTRACE"


def test_a_programme_named_without_its_owner_or_below_the_lead_stays_a_plan() -> None:
    # counter-example: an office's release; the programme comes later, by its owner's possessive
    text = (
        "UNODC Country Office in Ruritania\n\n"
        "Ruritania seizures rise\n\n"
        "VIENNA, 2 March 2026 - Ruritanian authorities seized 8.2 tonnes of cannabis in 2025, "
        "figures compiled by the UNODC Country Office in Ruritania show.\n\n"
        "Under UNODC's Inland Waterways Programme, port teams searched 640 barges.\n"
    )
    assert agency(text, "8.2") == "UNODC Country Office in Ruritania"
    assert agency(text, "640") != "UNODC Inland Waterways Programme"
