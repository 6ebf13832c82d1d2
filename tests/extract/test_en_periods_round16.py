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


def test_a_sentence_about_a_campaign_begun_since_a_month_takes_its_span() -> None:
    text = (
        "Coastal province: drug control results from January to October\n\n"
        "From January to October, the province's police cracked 915 drug cases.\n\n"
        'Since the "Clear Tide" special campaign was launched in April, the police have '
        "closed 14 drug-making workshops. Among them, the port city closed 8 workshops. During "
        "the special campaign, customs seized 260 kilograms of precursors. In the action, "
        "divers recovered 31 parcels.\n\n"
        "Since the ferry line opened in 2019, inspectors have checked 4,100 trucks. The port "
        "also screened 2,700 containers."
    )
    for quote in ("14 drug-making", "8 workshops", "260 kilograms", "31 parcels"):
        assert figure(text, quote).period == "2026-04-01/2026-10-31", quote
    # a sentence that does not point back to the campaign keeps the report's own period
    assert figure(text, "2,700 containers").period == "2026-01-01/2026-10-31"


def test_the_day_a_stock_is_counted_on_is_no_later_sentences_period() -> None:
    text = (
        "Coastal province: drug control results from January to October\n\n"
        "From January to October, the province found 530 new drug users. At present, 9,400 "
        "drug users are registered. The police tested 12,600 drivers, 44 of whom were positive."
        " Of these, 6,100 have stayed clean for three years."
    )
    assert figure(text, "12,600 drivers").period == "2026-01-01/2026-10-31"
    # the stock itself, and a part of it in the next sentence, keep the day
    assert figure(text, "9,400").period == "2026-11-18"
    assert figure(text, "6,100").period == "2026-11-18"
    # a later sentence telling a state in the present is a part of the stock too
    state = text.replace("Of these, 6,100 have", "6,100 users have")
    assert figure(state, "6,100").period == "2026-11-18"


def test_a_span_to_publication_never_ends_before_it_starts() -> None:
    """A "since" day after publication (a wrong date in the text or a wrong --published) is that
    day alone: a span that ends before it starts is no period the model can read."""
    from datetime import date

    from narcokg.extract.period_spans import to_publication
    from narcokg.model.periods import parse_period

    assert to_publication(2024, 3, 1, date(2024, 1, 31)) == "2024-03-01"
    assert to_publication(2023, 3, 1, date(2024, 1, 31)) == "2023-03-01/2024-01-31"
    parse_period(to_publication(2025, 2, 1, date(2024, 1, 31)))
