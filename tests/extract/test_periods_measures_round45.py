"""Issue 14 round 45 (periods and measures, branch eng-pm46): a sentence a bare month opens
counts that month. Made-up releases; each rule test fails without its rule, and each rule has
a case it must not fire on."""

from __future__ import annotations

from datetime import date

from narcokg.extract.drafts import DraftMeasurement
from tests.extract import sentences

SPRING = date(2031, 4, 24)
HALF = (
    "DEA Omaha: first half of fiscal year 2031\n\n"
    "OMAHA - The Drug Enforcement Administration's Omaha Division today released its results "
    "for the first half of fiscal year 2031, from October 1, 2030 through March 31, 2031.\n\n"
    "Agents seized 310,000 fentanyl pills and arrested 215 people during the half.\n\n"
)


def facts(text: str, head: str = HALF, published: date = SPRING) -> dict[str, DraftMeasurement]:
    return sentences.by_quote(head + text, published)


figure = sentences.starting

# --- "January alone accounted for 52,000 of the pills" -------------------------------------------


def test_a_month_alone_counts_its_month() -> None:
    # dea-mia sambar138, dea-hou banteng134
    found = facts("January alone accounted for 52,000 of the pills and for 38 arrests.\n")
    assert figure(found, "52,000").period == "2031-01"
    assert figure(found, "38 arrests").period == "2031-01"
    assert figure(found, "310,000").period == "2030-10-01/2031-03-31"


def test_in_that_month_after_a_month_opening_the_sentence_before() -> None:
    # dea-stl puku140
    found = facts(
        "November was the division's busiest month of the half. In that month, agents "
        "seized 71,500 fentanyl pills and made 29 arrests.\n"
    )
    assert figure(found, "71,500").period == "2030-11"
    assert figure(found, "29 arrests").period == "2030-11"


def test_a_translated_month_opening_a_sentence_counts_its_month() -> None:
    # qianxinan puku140, dalipsb-yn bushbuck141
    head = (
        "Lishui county public security: first half year anti-drug work results\n\n"
        "From January to June 2031, county police cracked drug criminal cases 42 pieces, "
        "arrested suspects 57 people.\n\n"
    )
    found = facts(
        'Detection "3.08" transport drug case. March, county police at expressway check '
        "station intercepted one van, seized heroin 12 kilograms, arrested suspects 3 people.\n\n"
        '5 month, county police cracked "5.20" case, on spot seized methamphetamine 9 '
        "kilograms.\n",
        head,
        date(2031, 7, 9),
    )
    assert figure(found, "12 kilograms").period == "2031-03"
    assert figure(found, "9 kilograms").period == "2031-05"
    assert figure(found, "57 people").period == "2031-H1"


def test_a_month_inside_a_sentence_or_with_its_day_moves_nothing() -> None:
    found = facts(
        "Agents seized 12,400 pills at the border, and March was the busiest month.\n\n"
        "March 3, agents opened 14 new cases.\n"
    )
    assert figure(found, "12,400").period == "2030-10-01/2031-03-31"
    assert figure(found, "14 new").period != "2031-03"


# --- "That compares with 820 in fiscal year 2030, an increase of 14 percent" ---------------------

AUTUMN = date(2031, 10, 28)
FISCAL = (
    "Harbor Police Department: fiscal 2031 drug enforcement\n\n"
    "HARBOR CITY - The Harbor Police Department today released its drug enforcement results "
    "for fiscal year 2031, which ran from October 1, 2030, to September 30, 2031.\n\n"
)


def test_a_change_against_a_base_year_is_a_change_over_the_current_year() -> None:
    # tonpd loris97, uscg-d14 sambar138, hsi-sd coati101
    found = facts(
        "Officers made 935 drug arrests during the fiscal year. That compares with 820 in "
        "fiscal year 2030, an increase of 14 percent.\n",
        FISCAL,
        AUTUMN,
    )
    assert figure(found, "820").period == "2029-10-01/2030-09-30"
    assert figure(found, "14 percent").period == "2030-10-01/2031-09-30"


def test_a_change_of_the_base_year_itself_keeps_its_year() -> None:
    found = facts(
        "In fiscal year 2030, officers made 820 drug arrests, up 9 percent on the year before.\n",
        FISCAL,
        AUTUMN,
    )
    assert figure(found, "9 percent").period == "2029-10-01/2030-09-30"


# --- translated releases: "destroy various drugs 1.4 ton", "activity 186 field", ... ------------

SUMMER = date(2031, 7, 12)
TRANSLATED = (
    "Lishui prefecture public security organ first half year anti-drug work\n\n"
    "This year 1 to 6 month, whole prefecture public security organs crack drug criminal case "
    "48 pieces, arrest suspect 61 people, seize various drugs 27.5 kilograms.\n\n"
)


def translated(text: str) -> dict[str, DraftMeasurement]:
    return facts(text, TRANSLATED, SUMMER)


def test_drugs_a_translated_ceremony_destroys_are_destroyed() -> None:
    # chuxiong muntjac137, dalipsb-yn bushbuck141, linxia addax139, xiangxi sambar138
    found = translated(
        "Around 26 June, in Lishui City hold centralized destroy drug ceremony, destroy all "
        "kinds of drugs 1.4 ton.\n"
    )
    assert figure(found, "1.4 ton").measure == "drugs-destroyed"
    assert figure(found, "27.5 kilograms").measure == "drugs-seized"


def test_publicity_activities_counted_by_a_classifier_are_activities() -> None:
    # aba lechwe136, chuxiong muntjac137, dalipsb-yn bushbuck141, linxia addax139, wenzhou caribou58
    found = translated(
        "Whole prefecture organize carry out propaganda activity 186 field, cover masses 64,000 "
        "person times.\n"
    )
    assert figure(found, "186 field").measure == "publicity-activities-organized"
    assert figure(found, "186 field").unit == "activity"


def test_people_sent_to_compulsory_isolation_rehabilitation() -> None:
    # chuxiong muntjac137, dalipsb-yn bushbuck141, xiangxi sambar138
    found = translated(
        "Order compulsory isolation rehabilitation 96 people, community rehabilitation 41 people.\n"
    )
    assert figure(found, "96 people").measure == "people-sent-to-compulsory-rehabilitation"
    assert figure(found, "41 people").measure != "people-sent-to-compulsory-rehabilitation"


def test_seizures_and_other_counts_by_a_classifier_keep_their_measures() -> None:
    found = translated(
        "County police seize drugs 3.2 kilograms, destroy one small drug-selling point.\n\n"
        "Whole prefecture deploy police force 320 times, check vehicles 4,100 times.\n"
    )
    assert figure(found, "3.2 kilograms").measure == "drugs-seized"
    assert figure(found, "320 times").measure != "publicity-activities-organized"
