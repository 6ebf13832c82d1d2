"""Issue 14 round 46 (periods and measures, branch eng-pm47): "this year" and "the full year" in
a report of a fiscal year are that fiscal year. Made-up releases; each rule test fails without
its rule, and each rule has a case it must not fire on."""

from __future__ import annotations

from datetime import date

from narcokg.extract.drafts import DraftMeasurement
from tests.extract import sentences

figure = sentences.starting

# --- "This year, 41 of the 112 lines closed were run from Birmingham" ---------------------------

SPRING = date(2031, 5, 14)
UK_YEAR = (
    "Lines closed as charges rise\n\n"
    "Norfolk Constabulary\n\n"
    "Officers across Norfolk closed 112 county lines in the year ending 31 March 2031, the "
    "force said today.\n\n"
)


def uk_year(text: str) -> dict[str, DraftMeasurement]:
    return sentences.by_quote(UK_YEAR + text, SPRING)


def test_this_year_in_a_report_of_a_fiscal_year_is_that_year() -> None:
    # essexpolice serval48, nclcc bharal142
    found = uk_year(
        "This year, 41 of the lines closed were run from Birmingham.\n\n"
        "Over the full year, officers seized 86 kilograms of cocaine and 31 weapons.\n"
    )
    assert figure(found, "112").period == "FY2031"
    assert figure(found, "41").period == "FY2031"
    assert figure(found, "86 kilograms").period == "FY2031"
    assert figure(found, "31 weapons").period == "FY2031"


def test_this_year_after_a_split_year_base_is_the_current_fiscal_year() -> None:
    # cbsa's Pacific region 2024-25
    found = sentences.by_quote(
        "Border results 2030-31\n\n"
        "VANCOUVER - Border officers in the region report their results for 2030-31, the "
        "fiscal year from April 1, 2030, to March 31, 2031.\n\n"
        "Heroin seizures fell from 9.4 kg in 2029-30 to 3.2 kg this year.\n",
        SPRING,
    )
    assert figure(found, "3.2 kg").period == "FY2031"


def test_this_year_in_a_calendar_year_report_or_a_named_year_stays() -> None:
    found = sentences.by_quote(
        "Drug enforcement results 2030\n\n"
        "Officers across Norfolk closed 97 county lines in 2030, the force said today.\n\n"
        "This year, 38 of the lines closed were run from Birmingham.\n",
        date(2031, 1, 20),
    )
    assert figure(found, "38").period == "2031"
    found = uk_year("In 2031, officers have already seized 12 kilograms of cocaine.\n")
    assert figure(found, "12 kilograms").period == "2031"


# --- "Of this amount, 1,240 kilograms was heroin" ------------------------------------------------

WINTER = date(2031, 1, 22)
CUSTOMS = (
    "Customs drug seizures in 2030\n\n"
    "TBILISI - Customs officers seized 3,105 kilograms of narcotic drugs in 2030, the service "
    "said today.\n\n"
)


def customs(text: str) -> dict[str, DraftMeasurement]:
    return sentences.by_quote(CUSTOMS + text, WINTER)


def test_a_bare_mass_whose_predicate_names_its_drug_is_that_drug() -> None:
    # customs-az cuscus104, gn-tn markhor98, mia-az quokka46, unodc-pokz tahr111
    found = customs(
        "Of this amount, 1,240 kilograms was heroin and the rest cannabis.\n\n"
        "Of the total, 0.82 tonnes were synthetic drugs, up from 0.51 tonnes.\n"
    )
    assert figure(found, "1,240").measure == "heroin-seized"
    assert figure(found, "0.82").measure == "synthetic-drugs-seized"
    assert figure(found, "3,105").measure == "drugs-seized"


def test_a_bare_mass_whose_predicate_names_no_drug_stays_drugs_seized() -> None:
    found = customs("Of this amount, 1,460 kilograms were found on ferries and cargo ships.\n")
    assert figure(found, "1,460").measure == "drugs-seized"
