"""English reports, issue 14 round 29 (agencies): a long headline with no full stop is no
opening paragraph, so the lead below it names the release's issuer over a letterhead's owner
or government; a U.S. Attorney's office keeps the district it serves in its name ("… for the
Western District of Washington"); a place whose name holds "of" ("Isle of Man") opens the name
of the body after it; "and the" joins two bodies, not two words of one name; in the lead now read,
a publication "published by" a body and a person's title announce nothing. Made-up sentences,
each with a counter-example."""

from __future__ import annotations

from datetime import date

from narcokg.extract.actors import find_agencies
from tests.extract import sentences

DAY = date(2026, 5, 20)


def agency(text: str, quote_start: str) -> str | None:
    return sentences.agency_of(text, quote_start, DAY)


def publisher(text: str) -> str | None:
    return sentences.publisher_of(text, DAY)


def test_a_long_headline_is_no_lead_so_the_lead_names_the_issuer() -> None:
    text = (
        "GOVERNMENT OF NORLAND\nMINISTRY OF THE INTERIOR\nPress Office\n\n"
        "Cannabis resin seizures fall 12.4% in 2025 while heroin holds above three tonnes\n\n"
        "Nordstad, 10 March 2026. The Ministry of the Interior today presented its annual "
        "balance of the fight against drug trafficking for 2025, which brings together the "
        "results of the police forces.\n\n"
        "Over the year, the security forces seized 402.6 tonnes of cannabis resin.\n"
    )
    assert publisher(text) == "Ministry of the Interior"
    assert agency(text, "402.6 tonnes") == "Ministry of the Interior"
    # counter-example: a headline that ends on a full stop is still read as the opening
    stop = text.replace("three tonnes\n", "three tonnes, the ministry says.\n")
    assert publisher(stop) != "Ministry of the Interior"


def test_an_acronym_issuer_below_a_long_headline_issues_the_release() -> None:
    text = (
        "PUBLIC MINISTRY\nPROSECUTOR'S OFFICE ATTACHED TO THE HIGH COURT\n\n"
        "DCOC: 14% more defendants sent to trial for drug trafficking in 2025; record cocaine "
        "seizures in the port of Portvale\n\n"
        "The Directorate for Combating Organised Crime (DCOC) presents the main results of its "
        "activity against drug trafficking in 2025, as set out in its annual report.\n\n"
        "In 2025, its prosecutors solved 3,146 drug cases.\n"
    )
    assert agency(text, "3,146") == "Directorate for Combating Organised Crime"


def test_a_us_attorneys_office_keeps_its_district() -> None:
    text = (
        "U.S. Department of Justice\nU.S. Attorney's Office\nNorthern District of Kansas\n\n"
        "Drug convictions climb\n\n"
        "TOPEKA - The U.S. Attorney's Office for the Northern District of Kansas today "
        "announced its drug enforcement results for fiscal year 2026. Federal prosecutors "
        "charged 846 defendants with drug offenses.\n"
    )
    label = "U.S. Attorney's Office for the Northern District of Kansas"
    assert agency(text, "846 defendants") == label
    # counter-example: "for the" and no district is no part of a sheriff's office's name
    other = "The Harris County Sheriff's Office for the third year seized 90 kilograms.\n"
    assert sorted(find_agencies(other, [])[1]) == ["harris-county-sheriff-s-office"]


def test_a_place_whose_name_holds_of_opens_the_body_name() -> None:
    text = "The Isle of Skerry Constabulary has published its annual report for 2025.\n"
    assert sorted(find_agencies(text, [])[1]) == ["isle-of-skerry-constabulary"]
    other = "Bailiwick of Norholm Law Enforcement today published its figures for 2025.\n"
    assert sorted(find_agencies(other, [])[1]) == ["bailiwick-of-norholm-law-enforcement"]
    # counter-example: an owner's "of" before a name is not taken into it
    owner = "The Minister of Justice said the Northshire Constabulary seized 40 kilograms.\n"
    assert "northshire-constabulary" in find_agencies(owner, [])[1]


def test_and_the_joins_two_bodies_not_one_name() -> None:
    text = (
        "The Office of Inspector General worked with the Bureau of Narcotics and the Northshire "
        "State Patrol on Operation Blue Ridge, which led to 22 arrests.\n"
    )
    named = find_agencies(text, [])[1]
    assert "bureau-of-narcotics" in named
    assert not any("northshire" in slug for slug in named if slug.startswith("bureau"))
    # counter-example: "and" without "the" stays inside one name
    one = "The Department of Health and Human Services reported 310 deaths in 2025.\n"
    assert "department-of-health-and-human-services" in find_agencies(one, [])[1]


def test_a_publication_or_a_person_in_the_lead_announces_nothing() -> None:
    text = (
        "Council of Northern States\nSecretariat - Drug Threats Department\n\n"
        "Regional methamphetamine seizures up 64% in 2025 as heroin flow eases, summary shows\n\n"
        "VIENNA, 24 June 2026 - Agencies seized more synthetic drugs in 2025, according to the "
        "Regional Drug Situation Summary for Central Norland published today by the Drug Threats "
        "Department (DTD) of the Council Secretariat.\n\n"
        "Taken together, the states seized 48.7 tonnes of illicit drugs in 2025.\n"
    )
    assert "Summary" not in (publisher(text) or "")
    minister = (
        "MINISTRY OF INTERNAL AFFAIRS OF NORLAND\nPress Office\n\n"
        "Fight against drug crime in 2025: more crimes detected, larger heroin seizures at the "
        "border\n\n"
        "Nordstad, 28 January 2026 - The Ministry of Internal Affairs of Norland has summed up "
        "its results for 2025. The Deputy Minister presented the annual figures at a briefing.\n\n"
        "In 2025, 4,386 drug-related crimes were registered.\n"
    )
    assert publisher(minister) == "Ministry of Internal Affairs of Norland"
