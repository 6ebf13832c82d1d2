"""English reports, issue 14 round 14 (the report's home region): a national capital and a
country's people are evidence of the report's country; a capital counts for its country, not for
the province it lies in; a ministry known under a name several governments use yields to the
capital the text names. Made-up sentences; each rule has a case it must not fire on."""

from __future__ import annotations

from datetime import date

from narcokg.extract.drafts import DraftMeasurement
from tests.extract import sentences

SPRING = date(2025, 4, 7)


def figure(text: str, quote_start: str) -> DraftMeasurement:
    return sentences.quoted_figure(text, quote_start, SPRING)


def _speech(venue: str, people: str) -> str:
    return (
        f"Remarks to the Border Health Forum, {venue}\n\n"
        "Good morning, and thank you for the invitation.\n\n"
        f"Last winter {people} spent an estimated 9.6 million dollars a week on cocaine. "
        "Our officers charged 1,480 people with importing it.\n\n"
        "Abroad the picture is no better: in March, police in Jamaica seized 2 tonnes of "
        "cannabis near the harbour."
    )


def test_a_capital_and_a_countrys_people_place_a_speech_that_never_names_the_country() -> None:
    assert figure(_speech("Wellington", "New Zealanders"), "1,480").regions == ("New Zealand",)


def test_a_countrys_people_alone_outweigh_a_foreign_country_named_later() -> None:
    assert figure(_speech("the Town Hall", "Canadians"), "1,480").regions == ("Canada",)


def test_a_foreign_country_named_more_often_than_the_evidence_still_wins() -> None:
    text = _speech("Wellington", "New Zealanders") + (
        " Jamaica's courts convicted 212 traffickers, and Jamaica's navy sank 4 boats."
    )
    assert figure(text, "1,480").regions == ("Jamaica",)


def _address(venue: str) -> str:
    return (
        f"Address by the Minister of Police on the quarterly crime figures, {venue}, "
        "3 April 2025\n\n"
        "Honoured guests, members of the media: let me turn to drug crime, which in this "
        "country comes to light mostly through the work of our own officers.\n\n"
        "Police recorded 31,200 drug offences in the quarter and seized 8.4 tonnes of "
        "cannabis.\n\n"
        "Gauteng, the Free State and Limpopo recorded 6,100, 2,300 and 1,900 of the offences "
        "respectively.\n\n"
        "Detectives closed 7 laboratories, 5 of them in Gauteng."
    )


def test_an_address_given_in_the_capital_is_the_countrys_not_its_provinces() -> None:
    assert figure(_address("Pretoria"), "8.4").regions == ("South Africa",)


def test_an_address_given_in_a_provincial_city_keeps_that_province() -> None:
    assert figure(_address("Johannesburg"), "8.4").regions == ("Gauteng",)


def _ministry(places: str) -> str:
    return (
        "Six months of results against drug crime\n\n"
        "The Ministry of Public Security held a press conference on the results of the first "
        "half of 2025.\n\n"
        f"Police forces detected 7,260 drug cases. The localities of {places} detected the "
        "most cases."
    )


def test_a_ministry_of_a_name_several_governments_use_takes_the_capital_named() -> None:
    assert figure(_ministry("Hanoi and Hai Phong"), "7,260").regions == ("Vietnam",)


def test_the_same_ministry_keeps_its_known_country_when_no_capital_is_named() -> None:
    assert figure(_ministry("the border provinces"), "7,260").regions == ("China",)
