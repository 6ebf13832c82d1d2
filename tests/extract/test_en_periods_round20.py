"""English reports, issue 14 round 20 (periods, branch pe21). Made-up sentences; each rule has a
case it must not fire on."""

from __future__ import annotations

from datetime import date

from narcokg.extract.drafts import DraftMeasurement
from tests.extract import sentences

SEPTEMBER = date(2031, 9, 12)


def figure(text: str, quote_start: str, published: date = SEPTEMBER) -> DraftMeasurement:
    return sentences.quoted_figure(text, quote_start, published)


def test_a_bracket_opening_on_a_year_and_a_colon_gives_it_to_every_figure_in_it() -> None:
    text = (
        "Harbour Police annual results 2030\n\nPortmere, 12 September 2031\n\n"
        "In 2030 the Harbour Police opened 514 drug investigations and arrested 1,207 people "
        "(2029: 466 investigations and 1,093 people). The squad recorded 2,318 offences, a rate "
        "of 377 per 100,000 residents (2029: 2,204 offences; 359 per 100,000)."
    )
    assert figure(text, "1,207").period == "2030"
    assert figure(text, "466").period == "2029"  # the first, as before
    assert figure(text, "1,093").period == "2029"
    assert figure(text, "2,204").period == "2029"
    assert figure(text, "359").period == "2029"
    assert figure(text, "377").period == "2030"  # before the bracket: its own year


def test_a_split_year_legend_in_brackets_and_a_respectively_list() -> None:
    text = (
        "Island Customs results 2030-31\n\nPortmere, 12 September 2031\n\n"
        "In 2030-31 officers seized 73 kilograms of heroin, 41 kilograms of cocaine and 19 "
        "kilograms of ketamine (2029-30: 58, 33 and 12 kilograms respectively)."
    )
    assert figure(text, "58").period == figure(text, "73").period.replace("2030", "2029").replace(
        "2031", "2030"
    )
    assert figure(text, "33").period == figure(text, "58").period
    assert figure(text, "12 kilograms").period == figure(text, "58").period


def test_a_figure_after_the_bracket_closes_keeps_its_own_period() -> None:
    text = (
        "Harbour Police annual results 2030\n\nPortmere, 12 September 2031\n\n"
        "In 2030 officers arrested 1,207 people (2029: 1,093) and executed 19 search warrants."
    )
    assert figure(text, "1,093").period == "2029"
    assert figure(text, "19 search").period == "2030"


def test_compares_with_makes_the_year_after_it_a_base() -> None:
    text = (
        "Valley Health drug admissions 2030\n\nPortmere, 12 September 2031\n\n"
        "Hospitals in the valley recorded 4,120 drug admissions in 2030. This compares with "
        "3,870 admissions in 2029. The admission rate was 62 per 100,000 residents."
    )
    assert figure(text, "62 per").period == "2030"  # the base year is carried to no sentence
    assert figure(text, "3,870").period == "2029"


def test_a_present_tense_compare_with_and_the_whole_of_a_year() -> None:
    text = (
        "Border Guard: results January to August 2031\n\nPortmere, 12 September 2031\n\n"
        "From January to August 2031 the Border Guard seized 612 kilograms of cocaine. The 418 "
        "kilograms of heroin seized this year compare with 390 kilograms in the whole of 2030. "
        "Officers also detained 77 couriers."
    )
    assert figure(text, "418").period == "2031-01-01/2031-08-31"
    assert figure(text, "77 couriers").period == "2031-01-01/2031-08-31"


def test_a_year_named_after_compare_with_no_figure_stays_a_base_and_a_plain_year_stays() -> None:
    text = (
        "Valley Police results\n\nPortmere, 12 September 2031\n\n"
        "The 210 arrests made in 2030 compare with 180 in 2029. In 2029 the squad also closed "
        "14 drug houses."
    )
    assert figure(text, "210").period == "2030"
    assert figure(text, "14 drug").period == "2029"  # its own sentence names the year


def test_a_sentence_opening_at_the_end_of_the_year_counts_stocks_on_its_last_day() -> None:
    text = (
        "Island Drug Observatory report 2030\n\nPortmere, 12 September 2031\n\n"
        "Clinics admitted 1,310 people to treatment in 2030. At the end of the year, 642 people "
        "were receiving methadone, 38 more than a year before. Officers seized 9 kilograms of "
        "heroin."
    )
    assert figure(text, "642").period == "2030-12-31"
    assert figure(text, "38 more").period == "2030-12-31"
    assert figure(text, "1,310").period == "2030"  # a flow before it
    assert figure(text, "9 kilograms").period == "2030"  # the next sentence is no stock


def test_over_the_whole_of_a_year_is_the_figures_own_period_not_a_base() -> None:
    text = (
        "Metro Police: Project Heron results\n\nPortmere, 12 September 2031\n\n"
        "From March to August 2031, Project Heron officers arrested 41 people.\n\n"
        "Over the whole of 2030, the drug squad made 1,412 arrests."
    )
    assert figure(text, "1,412").period == "2030"


def test_the_last_or_final_quarter_of_a_year_is_its_fourth_quarter() -> None:
    published = date(2031, 2, 20)
    text = (
        "Coastal Customs: drug seizures 2030\n\nPortmere, 20 February 2031\n\n"
        "Customs made 1,204 drug seizures in 2030. In the last quarter of the year alone, "
        "officers recorded 311 seizures. In the final quarter of 2029, they had recorded 280. "
        "In the last three months of the year, 96 couriers were detained."
    )
    assert figure(text, "311", published).period == "2030-Q4"
    assert figure(text, "280", published).period == "2029-Q4"
    assert figure(text, "96 couriers", published).period == "2030-Q4"
    assert figure(text, "1,204", published).period == "2030"


def test_the_last_quarter_alone_is_the_quarter_before_publication_not_a_fourth() -> None:
    published = date(2031, 8, 20)
    text = (
        "Coastal Customs update\n\nPortmere, 20 August 2031\n\n"
        "In the last quarter, officers recorded 97 seizures at the port."
    )
    assert figure(text, "97", published).period != "2030-Q4"


def test_a_campaign_around_the_june_anti_drug_day_in_shorter_forms_is_of_that_june() -> None:
    published = date(2031, 6, 25)
    text = (
        "Provincial anti-drug results\n\n25 June 2031\n\n"
        "Since the beginning of this year, the province has cracked 812 drug cases.\n\n"
        'Around "6.26", the province organized 1,450 anti-drug publicity activities.\n\n'
        'During the "6.26" publicity month, officers visited 320 schools.\n\n'
        'Around the "6.26" day, 94 exhibitions were held.\n\n'
        'On the "6.26" day, the province held 1 press conference.'
    )
    assert figure(text, "1,450", published).period == "2031-06"
    assert figure(text, "320", published).period == "2031-06"
    assert figure(text, "94", published).period == "2031-06"


def test_a_change_after_the_compared_base_changes_the_current_figure() -> None:
    text = (
        "Valley Police annual report 2030\n\nPortmere, 12 September 2031\n\n"
        "Police arrested 1,032 persons for drug offences in 2030. Against 2029, when 987 persons "
        "were arrested, this is 45 more.\n\n"
        "The 612 kilograms of cocaine seized in 2030 compare with 455 kilograms in the whole of "
        "2029, a rise of 35%."
    )
    more = figure(text, "45 more")
    assert more.period == "2030"
    assert more.change_of == figure(text, "1,032").id
    rise = figure(text, "35%")
    assert rise.period == "2030"
    assert rise.change_of == figure(text, "612").id
    assert figure(text, "987").period == "2029"
    assert figure(text, "455").period == "2029"
