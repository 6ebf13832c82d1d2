"""English reports, issue 14 round 15 (the report's home region): a release datelined at a
national seat ("Lusaka, 3 March 2025", "MONTEVIDEO, 4 May 2025 - …") is that country's, even
when its issuer's name carries no country and a neighbour, a partner or the world is named in
the text. Made-up sentences; each rule has a case it must not fire on."""

from __future__ import annotations

from datetime import date

from narcokg.extract import capitals, gazetteer, home_country
from narcokg.extract.drafts import DraftMeasurement
from narcokg.model.workspace import find_workspace
from tests.extract import sentences

SPRING = date(2025, 6, 2)


def figure(text: str, quote_start: str) -> DraftMeasurement:
    return sentences.quoted_figure(text, quote_start, SPRING)


def _speech(dateline: str) -> str:
    return (
        "Statement of the Head of the Narcotics Control Directorate\n\n"
        f"{dateline}\n\n"
        "Colleagues and friends, thank you for coming to hear what our officers achieved in "
        "the past twelve months of hard work across the whole territory.\n\n"
        "In 2024 our officers arrested 4,215 people for trafficking and seized 3.1 tonnes of "
        "cannabis, most of it bound for Malawi.\n\n"
        "The problem is global: 292 million people worldwide used drugs in 2022."
    )


def test_a_mixed_case_dateline_at_a_national_seat_places_the_speech() -> None:
    text = _speech("Lusaka, 3 March 2025")
    assert figure(text, "4,215").regions == ("Zambia",)


def test_a_dateline_closed_by_a_full_stop_opening_the_lead_places_the_release() -> None:
    text = (
        "Directorate closes its year with record seizures\n\n"
        "Montevideo, 4 January 2025. The National Drug Directorate presented its results for "
        "2024, in which it seized 2,310 kilograms of cocaine, much of it bound for Spain and "
        "for the United States; the United States Coast Guard and United States agents "
        "helped at sea, and 12 suspects were sent to the United States."
    )
    assert figure(text, "2,310").regions == ("Uruguay",)


def test_an_upper_case_dateline_at_a_national_seat_places_a_generic_ministry() -> None:
    text = (
        "Ministry of Security: results of the first half\n\n"
        "TEGUCIGALPA, 4 July 2025 - The Ministry of Security said its forces seized 6.2 "
        "tonnes of cocaine in the first half of 2025, most of it on the routes that come up "
        "from the border with Nicaragua."
    )
    assert figure(text, "6.2").regions == ("Honduras",)


def test_a_city_that_shares_a_regions_name_gives_no_mixed_case_dateline() -> None:
    # "Victoria" is also an Australian state: a region's bare name is no seat
    known = gazetteer.load_regions(find_workspace().gazetteer_file)
    title_end = len("Statement of the Head of the Narcotics Control Directorate")
    seat = home_country.dated_seat(_speech("Lusaka, 3 March 2025"), title_end, known)
    other = home_country.dated_seat(_speech("Victoria, 3 March 2025"), title_end, known)
    assert (seat, other) == ("Zambia", None)


def test_a_place_and_date_inside_the_body_is_no_dateline() -> None:
    text = (
        "Annual drug seizures statement\n\n"
        "Police in Kenya seized 1,905 kilograms of heroin in 2024, up from 1,200 a year "
        "earlier, and charged 640 people.\n\n"
        "A conference will be held in the same week; the ministers last met\n"
        "Lusaka, 3 March 2024 - a meeting of the regional bodies."
    )
    assert figure(text, "1,905").regions == ("Kenya",)


def test_every_seat_names_a_country_of_the_gazetteer() -> None:
    known = gazetteer.load_regions(find_workspace().gazetteer_file)
    missing = {seat: c for seat, c in capitals.SEATS.items() if c not in known}
    assert not missing
    assert all(known[c].part_of is None for c in capitals.SEATS.values())
