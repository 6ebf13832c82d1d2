"""Reports of round 40 (branch eng-ms41): measures the draft named by a wrong rule.
Made-up sentences; each test fails without its rule."""

from __future__ import annotations

from datetime import date

from narcokg.extract.drafts import DraftMeasurement
from tests.extract import sentences

SPRING = date(2026, 3, 2)
EXAMINER = "Harlan State Medical Examiner annual report, 2025\n\n"


def facts(text: str, head: str = EXAMINER, day: date = SPRING) -> dict[str, DraftMeasurement]:
    return sentences.by_quote(head + text, day)


figure = sentences.starting


def test_a_drugs_deaths_after_a_long_apposition_or_its_examples() -> None:
    # delcoda-pa tayra118, alleghenyme-pa saola121, ddap-pa urial50
    found = facts(
        "The office recorded 260 overdose deaths in 2025. Tramadol, the painkiller most often "
        "sold online to teenagers, was present in 44 deaths. Nitazenes, a class of opioids "
        "first seen here in 2022, were detected in 19 deaths. Sedatives such as xylazine and "
        "medetomidine were present in 37 deaths."
    )
    assert figure(found, "44").measure == "tramadol-deaths"
    assert figure(found, "19").measure == "nitazene-deaths"
    assert figure(found, "37").measure == "sedative-deaths"


def test_a_list_of_drugs_is_no_apposition() -> None:
    found = facts(
        "The office recorded 260 overdose deaths in 2025. Heroin, cocaine and tramadol were "
        "present in 44 deaths."
    )
    assert figure(found, "44").measure != "heroin-deaths"


def test_decedents_a_drug_was_found_in_are_its_deaths() -> None:
    # hcifs-tx tayra118, alleghenyme-pa saola121, cuyahogame genet89, njsp gecko38
    found = facts(
        "The office certified 512 overdose deaths in 2025. Tramadol was found in 61 decedents. "
        "Nitazenes appeared in the toxicology of 33 decedents. Ketamine was detected in 27 of "
        "the 512 decedents."
    )
    assert figure(found, "61").measure == "tramadol-deaths"
    assert figure(found, "33").measure == "nitazene-deaths"
    assert figure(found, "27").measure == "ketamine-deaths"


def test_decedents_no_drug_was_found_in_are_not_a_drugs_deaths() -> None:
    found = facts(
        "The office certified 512 overdose deaths in 2025, and the heroin team counted 61 "
        "decedents who had used the drug in prison."
    )
    assert figure(found, "61").measure != "heroin-deaths"


POLICE = "Harlan Constabulary drug results, 2025\n\n"


def test_county_lines_closed_whatever_the_verbs_form() -> None:
    # cheshirepolice walrus77, cumbriapolice galago93, derbyspolice gaur10, hertspolice grison119,
    # durhampolice saola121: a headline's present tense, "being closed", "county drug lines"
    found = facts(
        "Harlan Constabulary shuts 23 county lines as arrests rise\n\nThe week of action led to 14 "
        "county lines being closed. The county lines team closed 52 county drug lines in "
        "2025/26 and 18 deal lines in the first quarter.",
        head=POLICE,
    )
    assert figure(found, "23").measure == "county-lines-closed"
    assert figure(found, "14").measure == "county-lines-closed"
    assert figure(found, "52").measure == "county-lines-closed"
    assert figure(found, "18").measure == "county-lines-closed"


def test_lines_no_one_closed_are_not_closed() -> None:
    found = facts("The hotline, which Harlan police run, has close to 12 phone lines.", head=POLICE)
    assert figure(found, "close to 12").measure != "county-lines-closed"
