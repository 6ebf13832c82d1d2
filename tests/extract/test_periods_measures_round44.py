"""Issue 14 round 44 (periods and measures, branch eng-pm45): people a prison system admitted,
and a fiscal year's bare "At year-end". Made-up releases; each rule test fails without its rule,
and each rule has a case it must not fire on."""

from __future__ import annotations

from datetime import date

from narcokg.extract.drafts import DraftMeasurement
from tests.extract import sentences

AUTUMN = date(2031, 9, 15)
PRISONS = (
    "Prairie State Department of Corrections\n\n"
    "Published: 15 September 2031\n\n"
    "The department today published its annual profile for state fiscal year 2031, which ran "
    "from July 1, 2030, to June 30, 2031.\n\n"
)


def facts(text: str) -> dict[str, DraftMeasurement]:
    return sentences.by_quote(PRISONS + text, AUTUMN)


figure = sentences.starting

# --- "The department admitted 3,300 people for drug offenses" ------------------------------------


def test_people_admitted_for_drug_offenses_are_admitted_to_prison() -> None:
    # adcrr-az muntjac137, bjs numbat36
    found = facts(
        "During the fiscal year, the department admitted 3,300 people for drug offenses. "
        "Riverbend and Lakeside counties admitted 410 and 290 of these drug offenders.\n"
    )
    assert figure(found, "3,300").measure == "people-admitted-to-prison"
    assert figure(found, "410").measure == "people-admitted-to-prison"


def test_people_a_department_admitted_to_prison_are_admitted_to_prison() -> None:
    # cdcr-ca bontebok132
    found = facts("Over the fiscal year, the department admitted 19,400 people to prison.\n")
    assert figure(found, "19,400").measure == "people-admitted-to-prison"


def test_people_admitted_to_treatment_stay_admitted_to_treatment() -> None:
    found = facts(
        "During the fiscal year, 2,740 people were admitted to treatment in the department's "
        "substance use programs after a drug offense.\n"
    )
    assert figure(found, "2,740").measure == "people-admitted-to-treatment"


# --- "At year-end, 6,900 people were held for drug offences" -------------------------------------


def test_a_figure_at_a_fiscal_year_end_is_its_last_day() -> None:
    # kydoc chevrotain135, adcrr-az muntjac137
    found = facts(
        "At year-end, 6,900 people were incarcerated for drug offenses, compared with 7,250 a "
        "year earlier.\n\nOf those held at year-end, 5,610 were men and 1,290 were women.\n"
    )
    assert figure(found, "6,900").period == "2031-06-30"
    assert figure(found, "7,250").period == "2030-06-30"
    assert figure(found, "5,610").period == "2031-06-30"


def test_a_calendar_year_end_and_a_flow_keep_their_periods() -> None:
    found = facts(
        "During the fiscal year, the department admitted 3,300 people for drug offenses. At "
        "year-end 2030, 6,480 people were incarcerated for drug offenses.\n"
    )
    assert figure(found, "3,300").period == "2030-07-01/2031-06-30"
    assert figure(found, "6,480").period == "2030-12-31"


# --- "new discover drug-taking personnel 143 people" ---------------------------------------------

_TRANSLATED = (
    "Lancang county public security: first half year drug cases fall\n\n"
    "Source: Lancang County Public Security Bureau   Publish time: 2031-07-10 09:30\n\n"
    "On July 9, Lancang county public security bureau hold news release meeting, notify 2031 year "
    "first half year whole county anti-drug work situation.\n\n"
)


def test_people_new_discover_taking_drugs_are_newly_discovered_users() -> None:
    # garze banteng134, xsbn chevrotain135, chuxiong muntjac137
    found = sentences.by_quote(
        _TRANSLATED + "First half year, whole county cracked drug criminal case 58 pieces, new "
        "discover drug-taking personnel 87 people.\n",
        date(2031, 7, 10),
    )
    assert figure(found, "87").measure == "drug-users-newly-discovered"


def test_people_taking_drugs_without_new_discovery_stay_uncounted_as_new() -> None:
    found = sentences.by_quote(
        _TRANSLATED + "First half year, whole county cracked drug criminal case 58 pieces, "
        "community drug rehabilitation 46 people.\n",
        date(2031, 7, 10),
    )
    assert figure(found, "46").measure != "drug-users-newly-discovered"
