"""English reports, issue 14 round 19 (periods, branch pe20). Made-up sentences; each rule has a
case it must not fire on."""

from __future__ import annotations

from datetime import date

from narcokg.extract.drafts import DraftMeasurement
from tests.extract import sentences

MAY = date(2031, 5, 20)


def figure(text: str, quote_start: str, published: date = MAY) -> DraftMeasurement:
    return sentences.quoted_figure(text, quote_start, published)


def test_a_projects_stated_days_in_the_lead_are_the_reports_period() -> None:
    text = (
        "Riverton Police Service\n\nProject Kestrel: 31 arrested in drug network investigation\n\n"
        "The Major Crime Unit of the Riverton Police Service has concluded Project Kestrel, an "
        "investigation into a cocaine supply line. The project ran from November 3, 2030 to "
        "April 28, 2031 and was supported by neighbouring services.\n\n"
        "Officers seized 5.6 kilograms of cocaine and 12 firearms. A total of 31 persons have "
        "been arrested.\n\n"
        "Fentanyl seized by the service rose from 1.2 kilograms in 2029 to 3.3 kilograms in 2030, "
        "and the county recorded 212 overdose deaths in 2030."
    )
    assert figure(text, "5.6").period == "2030-11-03/2031-04-28"
    assert figure(text, "31 persons").period == "2030-11-03/2031-04-28"


def test_a_later_paragraph_over_the_course_of_the_operation_takes_its_stated_span() -> None:
    text = (
        "Coastal Police releases 2030 drug results\n\nPortmere, 2 March 2031\n\n"
        "Coastal Police laid 2,140 drug charges in 2030, against 1,980 in 2029, across the "
        "whole of the county.\n\n"
        "Cocaine remained the drug most often seized, and officers seized 14 firearms in drug "
        "investigations.\n\n"
        "From June to August 2030, officers ran Project Lantern against heroin dealing in the "
        "harbour district.\n\n"
        "In the project, officers arrested 18 people and seized 2.2 kilograms of heroin.\n\n"
        "Over the course of the operation, officers also seized 7 vehicles.\n\n"
        "During the year, officers seized 41 firearms."
    )
    assert figure(text, "18 people").period == "2030-06-01/2030-08-31"
    assert figure(text, "7 vehicles").period == "2030-06-01/2030-08-31"
    assert figure(text, "41 firearms").period == "2030"  # not carried past the project


def test_the_operations_whole_span_not_a_part_told_later() -> None:
    text = (
        "Metro Police\n\nMetro Police dismantles a heroin network after a long investigation\n\n"
        "The Metro Police Drug Squad today announced the results of an investigation into "
        "street-level heroin dealing in the city centre. The investigation ran from October "
        "2030 to April 2031.\n\n"
        "Earlier in the investigation, between October and December 2030, officers had seized "
        "1.4 kilograms of heroin.\n\n"
        "Customs, a partner in the investigation, intercepted 9 parcels of heroin."
    )
    assert figure(text, "9 parcels").period == "2030-10-01/2031-04-30"


def test_no_operation_stated_keeps_the_reports_period() -> None:
    text = (
        "Coastal Police releases 2030 drug results\n\nPortmere, 2 March 2031\n\n"
        "Coastal Police laid 2,140 drug charges in 2030, against 1,980 in 2029, across the "
        "whole of the county.\n\n"
        "In the investigation of the harbour network, officers arrested 18 people."
    )
    assert figure(text, "18 people").period == "2030"


HEAD = "Harbour Police annual results 2030\n\nPortmere, 2 March 2031\n\n"


def test_a_multiple_of_an_earlier_years_quantity_keeps_the_reports_year() -> None:
    text = HEAD + (
        "Heroin seizures rose to 7.7 kilograms, 2.4 times the 2029 quantity. Cannabis seizures "
        "reached 540 kilograms, nearly double the 2029 quantity (281 kilograms), and 12% of "
        "tests were positive, twice the 2021 level (6%)."
    )
    assert figure(text, "7.7").period == "2030"
    assert figure(text, "540").period == "2030"
    assert figure(text, "281").period == "2029"  # the compared quantity's own number
    assert figure(text, "6%").period == "2021"


def test_a_years_quantity_that_is_no_comparison_is_its_period() -> None:
    text = HEAD + "The 2029 quantity of heroin seized was 3.2 kilograms."
    assert figure(text, "3.2").period == "2029"


FISCAL = (
    "Harbour Bureau fiscal year 2030-31 results\n\nPortmere, 2 August 2031\n\n"
    "Bureau agents arrested 3,120 people in fiscal year 2030-31 (July 1, 2030 to June 30, "
    "2031), up 9% from 2,860 in fiscal year 2029-30.\n\n"
)


def test_a_part_singled_out_by_alone_is_not_carried_to_the_next_sentence() -> None:
    text = FISCAL + (
        "Of the 3,120 people arrested, 1,402 were charged with supply. In the January to March "
        "quarter alone, agents made 715 arrests. Another 188 people were referred to treatment."
    )
    assert figure(text, "715").period == "2031-Q1"
    assert figure(text, "188").period == "2030-07-01/2031-06-30"


def test_a_figure_before_a_part_singled_out_keeps_the_reports_period() -> None:
    text = FISCAL + (
        "The Harbour Division accounted for 512 kilograms of cocaine, and in the January to "
        "March quarter alone the Division seized 207 kilograms.\n\n"
        "Seizures by the Bureau:\n- Heroin: 38 pounds\n"
        "In the January to March quarter alone, agents seized 9.6 pounds of heroin."
    )
    assert figure(text, "512").period == "2030-07-01/2031-06-30"
    assert figure(text, "207").period == "2031-Q1"
    assert figure(text, "38 pounds").period == "2030-07-01/2031-06-30"
