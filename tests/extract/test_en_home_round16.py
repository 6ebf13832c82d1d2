"""English reports, issue 14 round 16 (the home region): a sub-national body's own report is
its state's, province's or territory's, not its country's: a county's office ("… County
Office of the Coroner"), a city's police named after a large city ("Calgary Police Service"), a
territory's force by its initials ("ACT Policing"), a state's bureau whose name is also a
country's, settled by its dateline ("MACON, Ga. (…) - The Georgia Bureau of Investigation").
Made-up sentences; each rule has a case it must not fire on."""

from __future__ import annotations

from datetime import date

from narcokg.extract import gazetteer
from narcokg.extract.drafts import DraftMeasurement
from narcokg.model.workspace import find_workspace
from tests.extract import sentences

SPRING = date(2025, 6, 2)


def figure(text: str, quote_start: str) -> DraftMeasurement:
    return sentences.quoted_figure(text, quote_start, SPRING)


def test_a_county_offices_report_is_its_states() -> None:
    text = (
        "Marlow County Office of the Coroner\n"
        "Overdose deaths in 2024\n\n"
        "The Office reviews every sudden, unexpected or violent death in Marlow County, Ohio, "
        "and publishes a report on the year's overdose deaths each spring.\n\n"
        "In 2024, 212 residents died of an accidental overdose, down from 260 a year earlier.\n\n"
        "Nationally, the Centers for Disease Control and Prevention estimated 80,391 overdose "
        "deaths in the United States."
    )
    assert figure(text, "212").regions == ("Ohio",)


def test_a_county_office_in_a_national_release_leaves_it_national() -> None:
    text = (
        "Overdose deaths in the United States, 2024\n\n"
        "Deaths counted by the Marlow County Office of the Coroner in Ohio and by other "
        "offices across the United States were compiled for this national summary.\n\n"
        "In 2024, 80,212 people died of an overdose in the United States."
    )
    assert figure(text, "80,212").regions == ("United States",)


def test_a_city_police_named_after_a_large_city_is_its_provinces() -> None:
    text = (
        "Calgary Police Service releases its 2024 drug figures\n\n"
        "CALGARY, March 3, 2025 - The Calgary Police Service has published its yearly summary "
        "of drug enforcement.\n\n"
        "Officers laid 1,318 drug charges in 2024. According to Alberta's Office of the Chief "
        "Medical Examiner, 402 people died of drug poisoning in the city.\n\n"
        "The Public Health Agency of Canada counted 7,146 deaths across Canada in 2024."
    )
    assert figure(text, "1,318").regions == ("Alberta",)


def test_a_countrys_police_service_is_no_city_police() -> None:
    text = (
        "Canada Police Service releases its 2024 drug figures\n\n"
        "OTTAWA, March 3, 2025 - The national police service has published its yearly summary. "
        "Officers in Alberta led the largest project.\n\n"
        "Officers laid 9,318 drug charges in 2024 across Canada."
    )
    assert figure(text, "9,318").regions == ("Canada",)


def test_a_territorys_force_by_its_initials_is_the_territorys() -> None:
    text = (
        "ACT Policing drug results for 2024-25\n\n"
        "ACT Policing has released its drug results for the financial year.\n\n"
        "Officers conducted 6,120 roadside drug tests, most of them in Canberra."
    )
    assert figure(text, "6,120").regions == ("Australian Capital Territory",)


def test_the_initials_in_another_countrys_report_name_no_territory() -> None:
    text = (
        "Ohio Department of Health: treatment teams in 2024\n\n"
        "The Department reports on its Assertive Community Treatment (ACT) teams.\n\n"
        "In 2024, ACT teams served 1,420 people with opioid use disorder."
    )
    assert figure(text, "1,420").regions == ("Ohio",)


def test_a_dateline_settles_a_state_bureau_that_shares_a_countrys_name() -> None:
    text = (
        "Bureau releases fiscal year drug figures\n\n"
        "MACON, Ga. (May 2, 2025) - The Georgia Bureau of Investigation today released its "
        "drug figures for the fiscal year.\n\n"
        "Agents seized 412 pounds of methamphetamine and arrested 233 people."
    )
    assert figure(text, "412").regions == ("Georgia, United States",)


def test_the_country_of_that_name_keeps_its_own_bureau() -> None:
    text = (
        "Bureau releases annual drug figures\n\n"
        "TBILISI, 2 May 2025 - The Georgia Bureau of Investigation today released its drug "
        "figures for 2024.\n\n"
        "Agents seized 41 kilograms of heroin and arrested 233 people."
    )
    assert figure(text, "41").regions == ("Georgia",)


# A partner country's force seizing on its own soil: the figure is that country's (or its
# division's), named by a division whose country only its people's adjective names, or as "the
# <people's> side of the border".


def _partner_release(sentence: str) -> str:
    return (
        "National Anti-Drug Secretariat: results of 2024\n\n"
        "ASUNCION, 10 January 2025 - The National Anti-Drug Secretariat of Paraguay presented "
        "the results of its operations in 2024 across the whole of Paraguay.\n\n"
        "Our agents seized 31.5 tonnes of marijuana in the departments of the north.\n\n"
        f"{sentence}"
    )


def test_a_division_of_a_country_named_by_its_people_places_a_partners_seizure() -> None:
    text = _partner_release(
        "Our Brazilian colleagues, acting on information we shared, seized 2.4 tonnes of "
        "cocaine in Paraná."
    )
    assert figure(text, "2.4").regions == ("Paraná",)


def test_a_people_in_a_places_name_names_no_country() -> None:
    # "British" in "British Columbia" does not let a nation of the United Kingdom in
    known = gazetteer.load_regions(find_workspace().gazetteer_file)
    text = "Police in British Columbia trained with officers who had served in Wales."
    keys = [m.key for m in gazetteer.find_regions(text, known, "Canada")]
    assert keys == ["British Columbia"]


def test_the_side_of_the_border_of_a_people_places_the_seizure() -> None:
    text = _partner_release(
        "Information shared with our partners led to the seizure of 740 kilograms of cocaine "
        "on the Bolivian side of the border."
    )
    assert figure(text, "740").regions == ("Bolivia",)


def test_a_partners_people_without_the_border_place_nothing() -> None:
    text = _partner_release(
        "Our agents also seized 640 kilograms of cocaine from two Bolivian nationals."
    )
    assert figure(text, "640").regions == ("Paraguay",)
