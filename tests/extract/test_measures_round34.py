"""Reports of round 34 (branch eng-ms35): measures the draft named by a wrong rule or by none.
Made-up sentences; each test fails without its rule."""

from __future__ import annotations

from datetime import date

from narcokg.extract.drafts import DraftMeasurement
from tests.extract import sentences

WINTER = date(2026, 2, 10)
UNIT = "Pinecrest Tribal Police narcotics unit results, fiscal 2026\n\n"


def facts(text: str, head: str = UNIT, day: date = WINTER) -> dict[str, DraftMeasurement]:
    return sentences.by_quote(head + text, day)


figure = sentences.starting


def test_cases_referred_for_federal_prosecution() -> None:
    # keys of three reports of two rounds (srst-dle, hcpo-nj dikdik94; navajopd civet92)
    found = facts(
        "Detectives served 40 warrants and referred 27 cases to the U.S. Attorney's Office"
        " for federal prosecution."
    )
    assert figure(found, "27").measure == "cases-referred-for-federal-prosecution"
    found = facts(
        "Of the 410 cases opened, 33 were referred to federal prosecutors, up from 21 a year"
        " earlier."
    )
    assert figure(found, "33").measure == "cases-referred-for-federal-prosecution"


def test_cases_referred_elsewhere_keep_the_act_alone() -> None:
    found = facts("The unit referred 27 cases to the county prosecutor.")
    assert figure(found, "27").measure == "cases-referred"
