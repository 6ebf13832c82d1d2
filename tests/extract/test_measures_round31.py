"""Reports of round 31 (branch eng-ms32): measures the draft named by a wrong rule or by none.
Made-up sentences; each test fails without its rule."""

from __future__ import annotations

from datetime import date

from narcokg.extract.drafts import DraftMeasurement
from tests.extract import sentences

WINTER = date(2026, 2, 10)
POLICE = "Brookhaven Police Department drug enforcement report 2025\n\n"
BUREAU = "Lakeside City Public Security Bureau anti-drug work 2025\n\n"


def facts(text: str, head: str = POLICE, day: date = WINTER) -> dict[str, DraftMeasurement]:
    return sentences.by_quote(head + text, day)


figure = sentences.starting


def test_count_after_a_bare_verb_of_change_is_an_absolute_change() -> None:
    # translated releases: "比去年底减少 N 人" as "compare with end of last year reduce N people"
    found = facts(
        "As of end of August this year, the whole city existing drug-taking personnel 4,310 "
        "people, compare with end of last year reduce 286 people.",
        head=BUREAU,
    )
    assert figure(found, "286").measure == "absolute-decrease"
    found = facts(
        "By 30/6/2026, the province has 52,904 drug users, increased 1,218 people compared to "
        "the end of 2025.",
        head=BUREAU,
    )
    assert figure(found, "1,218").measure == "absolute-increase"
    found = facts("Cocaine caused 611 deaths, a decline of 97 deaths from the previous year.")
    assert figure(found, "97").measure == "absolute-decrease"


def test_examples_or_company_between_a_drug_and_its_deaths() -> None:
    found = facts(
        "Opioids as a class, including heroin, methadone and tramadol, caused 402 deaths."
    )
    assert figure(found, "402").measure == "opioid-deaths"
    found = facts("Opiates or opioids, such as heroin and morphine, were implicated in 317 deaths.")
    assert figure(found, "317").measure == "opioid-deaths"
    found = facts(
        "Opioids alone or in combination with other substances were involved in 655 of these "
        "deaths."
    )
    assert figure(found, "655").measure == "opioid-deaths"


def test_cases_a_prosecutor_resolved() -> None:
    found = facts(
        "The county attorney's office resolved 3,318 drug cases during the year, and 2,760 "
        "defendants were convicted."
    )
    assert figure(found, "3,318").measure == "drug-cases-resolved"
    found = facts("In the quarter, the police forces discovered and resolved 1,126 drug cases.")
    assert figure(found, "1,126").measure == "drug-crime-cases-cracked"
