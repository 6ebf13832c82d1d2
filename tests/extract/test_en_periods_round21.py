"""English reports, issue 14 round 21 (periods, branch pe22). Made-up sentences; each rule has a
case it must not fire on."""

from __future__ import annotations

from datetime import date

from narcokg.extract.drafts import DraftMeasurement
from tests.extract import sentences

JUNE = date(2031, 6, 18)


def figure(text: str, quote_start: str, published: date = JUNE) -> DraftMeasurement:
    return sentences.quoted_figure(text, quote_start, published)


def test_the_last_quarter_of_the_year_restated_by_its_months_is_those_months() -> None:
    text = (
        "Harbour Prosecution Service drug cases 2030-31\n\nPortmere, 18 June 2031\n\n"
        "The service received 8,412 drug reports in 2030-31. In the last quarter of the year "
        "(January to March 2031), 2,047 reports were received. In the final quarter of the year "
        "(January to March 2031) prosecutors marked 611 cases for trial."
    )
    assert figure(text, "2,047").period == "2031-Q1"
    assert figure(text, "611").period == "2031-Q1"


def test_a_quarter_singled_out_by_alone_restated_by_its_months_is_those_months() -> None:
    text = (
        "Island Border Agency results 2030-31\n\nPortmere, 18 June 2031\n\n"
        "Officers seized 2,310 kilograms of cocaine in 2030-31. In the fourth quarter alone "
        "(January to March 2031), they seized 512 kg of methamphetamine."
    )
    assert figure(text, "512").period == "2031-Q1"


def test_the_last_quarter_of_the_year_without_months_stays_the_fourth_quarter() -> None:
    text = (
        "Valley Police drug results 2030\n\nPortmere, 18 June 2031\n\n"
        "In the last quarter of the year, officers arrested 214 people, and in the fourth "
        "quarter alone they searched 96 homes."
    )
    assert figure(text, "214").period == "2030-Q4"
    assert figure(text, "96").period == "2030-Q4"


NOVEMBER = date(2031, 11, 21)


def test_a_reporting_period_of_days_month_first_is_the_reports_half_year() -> None:
    text = (
        "Harbour Audit Office semiannual report\n\nPortmere, November 21, 2031\n\n"
        "The Audit Office today sent its Semiannual Report to the Assembly for the reporting "
        "period April 1 through September 30, 2031, covering its work on drug theft in clinics.\n\n"
        "During the reporting period, investigators opened 88 drug theft cases. In fiscal year "
        "2031 as a whole, they opened 170 cases."
    )
    assert figure(text, "88", NOVEMBER).period == "2031-04-01/2031-09-30"


def test_days_month_first_ending_a_heading_are_the_reports_period() -> None:
    text = (
        "Harbour Audit Office\nSemiannual Report to the Assembly, April 1, 2031 - September 30, "
        "2031\nChapter 2: Drug theft\n\nPortmere, November 21, 2031\n\n"
        "During this semiannual period, the office of the auditor general in Portmere barred 412 "
        "suppliers from public contracts. In fiscal year 2031 (October 2030 to September 2031), "
        "bars totalled 830, and 96 more in fiscal year 2031 were of pharmacists."
    )
    assert figure(text, "412", NOVEMBER).period == "2031-04-01/2031-09-30"


def test_days_month_first_inside_a_sentence_are_no_heading() -> None:
    text = (
        "Valley Police results 2031\n\nPortmere, November 21, 2031\n\n"
        "In 2031 the Valley Police arrested 1,320 people for drug offences, the force said, and "
        "ran checkpoints on highways across the valley on most weekends of the year.\n\n"
        "The force seized 61 kilograms of cocaine in 2031. Checkpoints held "
        "April 1 - April 14, 2031 led to 45 arrests."
    )
    assert figure(text, "1,320", NOVEMBER).period == "2031"
    assert figure(text, "61", NOVEMBER).period == "2031"


def test_a_half_of_a_fiscal_year_restated_after_a_comma_by_its_months() -> None:
    text = (
        "Island Narcotics Bureau first-half results\n\nPortmere, 10 April 2031\n\n"
        "The Island Narcotics Bureau arrested 9,310 suspects during the first half of fiscal "
        "year 2031, from October 2030 to March 2031, its commissioner said. In fiscal year "
        "2030 it had arrested 8,020 suspects."
    )
    assert figure(text, "9,310", date(2031, 4, 10)).period == "2030-10-01/2031-03-31"
    assert figure(text, "8,020", date(2031, 4, 10)).period != "2030-10-01/2031-03-31"


OCTOBER = date(2031, 10, 14)


def test_a_federal_fiscal_year_in_a_states_report_is_october_to_september() -> None:
    text = (
        "Vermont State Police\nAnnual Report, Fiscal Year 2031 (July 1, 2030 - June 30, 2031)\n"
        "Montpelier, Vermont - October 14, 2031\n\n"
        "The Vermont State Police opened 1,040 drug investigations in fiscal year 2031 in Vermont. "
        "Federal partners reported seizing 2,020 pounds of fentanyl in federal fiscal year 2031."
    )
    assert figure(text, "1,040", OCTOBER).period == "2030-07-01/2031-06-30"
    assert figure(text, "2,020", OCTOBER).period == "2030-10-01/2031-09-30"


def test_a_national_body_named_without_its_country_keeps_the_federal_year() -> None:
    text = (
        "Coast Guard cutter offloads cocaine at Sector Key Largo\n\n"
        "KEY LARGO, Fla. - Crews of the Coast Guard cutter Osprey offloaded cocaine at Sector "
        "Key Largo on Tuesday, the Coast Guard said Wednesday.\n\n"
        "In fiscal year 2031 alone, Coast Guard crews removed 9,400 pounds of cocaine."
    )
    assert figure(text, "9,400", OCTOBER).period == "2030-10-01/2031-09-30"


def test_a_state_body_keeps_the_states_fiscal_year() -> None:
    text = (
        "Florida Highway Patrol drug results\n\n"
        "TALLAHASSEE, Fla. - The Florida Highway Patrol said Wednesday that troopers seized "
        "1,900 pounds of cocaine in Florida in fiscal year 2031."
    )
    assert figure(text, "1,900", OCTOBER).period == "2030-07-01/2031-06-30"
