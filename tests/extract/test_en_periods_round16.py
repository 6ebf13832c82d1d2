"""English reports, issue 14 round 16 (figure-level periods, branch pe17). Made-up sentences;
each rule has a case it must not fire on."""

from __future__ import annotations

from datetime import date

from narcokg.extract.drafts import DraftMeasurement
from tests.extract import sentences

AUTUMN = date(2026, 11, 18)


def figure(text: str, quote_start: str, published: date = AUTUMN) -> DraftMeasurement:
    return sentences.quoted_figure(text, quote_start, published)


def test_a_campaign_around_the_anti_drug_day_is_of_that_june() -> None:
    text = (
        "Coastal province: drug control results from January to October\n\n"
        "From January to October, the province's police cracked 915 drug cases.\n\n"
        'Around the "6.26" International Anti-Drug Day, the province held 1,480 publicity '
        "events. In the 6.26 International Anti-Drug Day publicity month, the cities reached "
        "630,000 residents. During the 6.26 International Anti-Drug Day period, schools held "
        "2,050 lectures."
    )
    assert figure(text, "1,480 publicity").period == "2026-06"
    assert figure(text, "630,000 residents").period == "2026-06"
    assert figure(text, "2,050 lectures").period == "2026-06"
    # a press conference held on the day names no period of its figures
    held = (
        'Coastal province held a press conference on the "6.26" International Anti-Drug Day\n\n'
        "From January to May, the province's police cracked 415 drug cases."
    )
    assert figure(held, "415 drug cases", date(2026, 6, 25)).period == "2026-01-01/2026-05-31"
