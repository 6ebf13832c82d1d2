"""Units, round 50 (branch eng-rg51): the drug submissions a laboratory "received" are counted
in ``submission`` ("The Forensic Science Center received 9,114 drug chemistry submissions …"),
while those it "analyzed" or "tested" stay tested samples (``sample``). Made-up releases and
figures; the rule has cases it must not fire on."""

from __future__ import annotations

from datetime import date

from tests.extract import sentences

SPRING = date(2026, 4, 2)


def _unit_of(text: str, quote_start: str) -> str:
    return sentences.quoted_figure(text, quote_start, SPRING).unit


def _laboratory(verb: str) -> str:
    return (
        "State laboratory reports fewer drug cases in 2025\n\n"
        "SALINA - The State Bureau of Inquiry's Forensic Science Center "
        f"{verb} 9,114 drug chemistry submissions from police agencies in 2025, the bureau said "
        "today. Fentanyl was identified in 2,215 of them.\n"
    )


def test_submissions_a_laboratory_received_are_submissions() -> None:
    assert _unit_of(_laboratory("received"), "9,114") == "submission"
    assert _unit_of(_laboratory("reported receiving"), "9,114") == "submission"


def test_submissions_a_laboratory_analyzed_stay_samples() -> None:
    # counter-examples: analysed or tested submissions are tested samples, as the keys write them
    assert _unit_of(_laboratory("analyzed"), "9,114") == "sample"
    assert _unit_of(_laboratory("tested"), "9,114") == "sample"
