"""Issue 14 round 50 (periods and measures, branch eng-pm51): a machine translation's span of
months, year and month, or day named with no preposition at a sentence's opening counts for the
figures it governs; defendants who "were charged" are people charged. Made-up releases; each
rule test fails without its rule, and each rule has a case it must not fire on."""

from __future__ import annotations

from datetime import date

from narcokg.extract.drafts import DraftMeasurement
from tests.extract import sentences

figure = sentences.starting


def translated(text: str) -> dict[str, DraftMeasurement]:
    """A made-up translated release on 2030, published in January 2031."""
    return sentences.by_quote(
        "Lianhua city public security organ notify 2030 year anti-drug work situation\n\n"
        "1 month 18 day, the city public security bureau hold news release meeting. 2030 year, "
        "whole city public security organs crack drug criminal cases 412 pieces, arrest drug "
        "criminal suspect 530 name.\n\n" + text,
        date(2031, 1, 20),
    )


# --- "from 4 month to 8 month, whole city unfold ... special action. Action period ..." --------


def test_a_translated_span_of_months_counts_for_its_campaigns_figures() -> None:
    # xiangtan reedbuck159, nujiang bharal142, bijie wisent144
    found = translated(
        '"Clean Canal" special action aspect, from 4 month to 8 month, whole city public '
        'security organs unfold "Clean Canal" special action, strike logistics drug crime. '
        "Action period crack drug criminal cases 97 pieces, arrest suspect 143 name.\n\n"
        '"6.26" publicity aspect, 5 month 20 day to 6 month 30 day, whole city organize '
        "anti-drug propaganda activity 310 field, cover masses 88,000 person times.\n\n"
        "2030 year 9 month to 11 month, whole city carry out night inspection, check "
        "entertainment place 260 home.\n"
    )
    assert figure(found, "412").period == "2030"
    assert figure(found, "97").period == "2030-04-01/2030-08-31"
    assert figure(found, "143").period == "2030-04-01/2030-08-31"
    assert figure(found, "310").period == "2030-05-20/2030-06-30"
    assert figure(found, "260").period == "2030-09-01/2030-11-30"


def test_a_span_leaves_other_paragraphs_and_a_span_of_another_year() -> None:
    found = translated(
        "From 4 month to 8 month, whole city unfold special action.\n\n"
        "Period of rehabilitation aspect, whole year order compulsory isolation drug "
        "rehabilitation 214 name.\n\n"
        "2028 year 3 month to 5 month, whole city crack drug cases 61 pieces.\n"
    )
    assert figure(found, "214").period == "2030"
    assert figure(found, "61").period != "2030-03-01/2030-05-31"


# --- "Typical case: 2030 year March, county police ... seized methamphetamine 4.6 kilogram" -----


def test_a_translated_year_and_month_opening_a_typical_case_counts_that_month() -> None:
    # zunyi indri96, jiaxing tuatara114, nujiang bharal142
    found = translated(
        "Typical case: 2030 year March, county police at toll station intercept one car, arrest "
        "suspect 3 name, on the spot seize methamphetamine 4.6 kilogram.\n\n"
        "Typical case. 2030 year 7 month, city bureau destroy one drug trafficking gang, "
        "capture suspect 11 name.\n"
    )
    assert figure(found, "3").period == "2030-03"
    assert figure(found, "4.6").period == "2030-03"
    assert figure(found, "11").period == "2030-07"


def test_a_typical_cases_month_leaves_the_next_sentence() -> None:
    found = translated(
        "Typical case: 2030 year March, county police intercept one truck, seize heroin 2.2 "
        "kilogram. Whole year, county police seize heroin 9.6 kilogram.\n"
    )
    assert figure(found, "2.2").period == "2030-03"
    assert figure(found, "9.6").period == "2030"


# --- "26 June, city in ... hold centralized destroy drug ceremony, destroy ... 1.2 ton" -------


def test_a_translated_day_opening_a_sentence_counts_that_day() -> None:
    # dalipsb-yn bushbuck141, fangchenggang gemsbok143, bijie wisent144
    found = translated(
        "26 June, city in Lianhua district hold centralized destroy drug ceremony, destroy all "
        "kinds drug 1.2 ton.\n\n"
        "6 month 26 day, county in square hold public destroy drug activity, destroy drugs "
        "38 kilogram.\n"
    )
    assert figure(found, "1.2").period == "2030-06-26"
    assert figure(found, "38").period == "2030-06-26"


def test_a_stock_day_after_up_to_stays() -> None:
    found = translated(
        "Up to 12 month 31 day, whole city existing drug-taking personnel 2,816 name.\n"
    )
    assert figure(found, "2,816").period == "2030-12-31"


# --- "1,389 defendants were charged with drug offenses" ----------------------------------------

SPRING = date(2031, 2, 10)


def office_report(text: str) -> dict[str, DraftMeasurement]:
    return sentences.by_quote(
        "Prosecutor's office reports drug case results for 2030\n\n"
        "The Marlow County Prosecutor's Office today released its drug case results for 2030. "
        + text,
        SPRING,
    )


def test_defendants_who_were_charged_are_people_charged() -> None:
    # hawaiipd-hi bilby120, hcdao-tx galago93, hcpo-nj dikdik94, plpt-nv chevrotain135,
    # usao-az wallaroo153, usaosdtx vicuna76
    found = office_report(
        "In all, 2,317 defendants were charged with drug offenses in 2030. Of the 904 people "
        "arrested by the task force, 655 were later charged by the office.\n"
    )
    assert figure(found, "2,317").measure == "people-charged"
    assert figure(found, "655").measure == "people-charged"


def test_defendants_prosecuted_or_charged_or_reported_stay() -> None:
    found = office_report(
        "The office prosecuted 1,940 defendants for drug offenses. Of those arrested, 733 were "
        "charged or reported to the prosecutor. In the county alone, 27 defendants were charged "
        "in the takedown.\n"
    )
    assert figure(found, "1,940").measure == "defendants-prosecuted"
    assert figure(found, "733").measure != "people-charged"
    assert figure(found, "27").measure != "people-charged"
