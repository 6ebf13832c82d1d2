"""English reports, issue 14 round 44 (agencies). Made-up releases, each rule with a
counter-example: a regional unit of a national police, named in lower case after its place,
issues its own figures over the national body."""

from __future__ import annotations

from datetime import date

from tests.extract import sentences

DAY = date(2026, 2, 10)


def agency(text: str, quote_start: str) -> str | None:
    return sentences.agency_of(text, quote_start, DAY)


def test_the_place_unit_of_the_national_police_takes_its_figures() -> None:
    text = (
        "Westland police find more cannabis farms\n\n"
        "DELFT, 10 February 2026 - The Westland unit of the National Police (Eenheid Westland) "
        "dismantled 212 cannabis plantations in 2025, the unit said on Tuesday.\n\n"
        "Officers also arrested 387 suspects for drug offences.\n"
    )
    assert agency(text, "212") == "Westland unit"
    assert agency(text, "387") == "Westland unit"


def test_police_unit_and_its_native_name_takes_its_figures() -> None:
    text = (
        "Fewer drug labs in North Holland\n\n"
        "HAARLEM, 10 February 2026 - Police unit North Holland (Eenheid Noord-Holland) "
        "dismantled 17 synthetic drug laboratories in 2025. The unit, one of the regional units "
        "of the National Police, published its figures today.\n\n"
        "Officers seized 940 kilograms of amphetamine.\n"
    )
    assert agency(text, "17") == "Police unit North Holland"
    assert agency(text, "940") == "Police unit North Holland"


def test_each_unit_of_the_national_police_is_no_regional_unit() -> None:
    # counter-example: a capital word before "unit" that is no place
    text = (
        "National Police of Ruritania\n\n"
        "Drug seizures rise\n\n"
        "ZENDA, 10 February 2026 - The National Police of Ruritania seized 6.4 tonnes of cocaine "
        "in 2025. Each unit of the National Police dismantled 31 laboratories on average.\n"
    )
    assert agency(text, "6.4") == "National Police of Ruritania"
    assert agency(text, "31") == "National Police of Ruritania"
