"""English reports, issue 14 round 23 (periods, branch pe24). Made-up sentences; each rule has a
case it must not fire on."""

from __future__ import annotations

from datetime import date

from narcokg.extract.drafts import DraftMeasurement
from tests.extract import sentences

JUNE = date(2032, 6, 24)
NOVEMBER = date(2032, 11, 18)


def figure(text: str, quote_start: str, published: date = JUNE) -> DraftMeasurement:
    return sentences.quoted_figure(text, quote_start, published)


DAY_RELEASE = (
    "Riverton police report on last year and the first months of this year\n\n"
    "Riverton, June 24, 2032\n\n"
    "In 2031, the city police carried out the Clear Water special campaign from May to "
    "November, and the work against drugs made steady progress across every district. The "
    "whole year, the police solved 742 drug cases and arrested 903 suspects.\n\n"
    "In August of last year, officers stopped one truck and seized 12 kilograms of heroin.\n\n"
    "As of the end of May this year, the city had 5,210 registered drug users.\n\n"
    "Since the beginning of June, officers held 640 awareness events in schools."
)


def test_the_whole_year_is_the_year_named_before_a_campaigns_months() -> None:
    # "The whole year" after "from May to November": the year 2031, not the campaign's months
    assert figure(DAY_RELEASE, "742").period == "2031"
    assert figure(DAY_RELEASE, "903").period == "2031"


def test_a_month_of_last_year_and_the_end_of_a_month_this_year() -> None:
    assert figure(DAY_RELEASE, "12 kilograms").period == "2031-08"
    assert figure(DAY_RELEASE, "5,210").period == "2032-05-31"


def test_since_the_beginning_of_a_month_runs_to_publication() -> None:
    assert figure(DAY_RELEASE, "640").period == "2032-06-01/2032-06-24"


def test_the_whole_year_never_restates_a_campaigns_months() -> None:
    text = (
        "Riverton police campaign report\n\nRiverton, June 24, 2032\n\n"
        "The Clear Water special campaign ran from May to November 2031 in every district of "
        "the city, with officers from the drug squad and the traffic police.\n\n"
        "From May to November 2031, over the whole year of work, officers broke up 31 gangs."
    )
    # no year-long period before it in its paragraph: no period of its own
    assert figure(text, "31 gangs").period == "2031-05-01/2031-11-30"


def test_months_without_a_relative_year_keep_the_latest_such_month() -> None:
    text = (
        "Riverton police report\n\nRiverton, June 24, 2032\n\n"
        "The city police published their figures for the first months of the year on Monday, "
        "with the number of drug users registered in the city.\n\n"
        "In March, officers seized 40 kilograms of cannabis. As of the end of May, the city had "
        "5,180 registered drug users. At the end of May last year, it had 5,460 such users."
    )
    assert figure(text, "40 kilograms").period == "2032-03"
    assert figure(text, "5,180").period == "2032-05-31"
    assert figure(text, "5,460").period == "2031-05-31"


def test_since_the_beginning_of_the_year_stays_a_year_to_date() -> None:
    text = (
        "Riverton police report\n\nRiverton, June 24, 2032\n\n"
        "The city police published their figures for the first months of the year on Monday, "
        "with the work of the drug squad in every district.\n\n"
        "Since the beginning of the year, officers have made 212 drug arrests."
    )
    assert figure(text, "212").period == "2032-01-01/2032-06-24"


CAMPAIGN_RELEASE = (
    "Riverton police figures for January to October 2032\n\n"
    "Riverton, November 18, 2032\n\n"
    "From January to October this year, the city police solved 517 drug cases, and the work "
    "against drugs made steady progress across every district of the city.\n\n"
    "Since the Clean Harbour special campaign was launched in April, the police broke up 27 "
    "gangs. In the same time, the port customs seized 86 kilograms of drugs. At the same time, "
    "the city opened 14 treatment places.\n\n"
    "The police also checked 4,120 parcels at the sorting centre. The airport customs seized "
    "9.4 kilograms of drugs in the same period."
)


def test_in_the_same_time_is_the_campaigns_span_in_its_paragraph() -> None:
    # the campaign's span, ended with the report's months, as the running total before it
    assert figure(CAMPAIGN_RELEASE, "27", NOVEMBER).period == "2032-04-01/2032-10-31"
    assert figure(CAMPAIGN_RELEASE, "86 kilograms", NOVEMBER).period == "2032-04-01/2032-10-31"


def test_a_later_paragraphs_same_period_is_not_the_campaigns_span() -> None:
    # nor "at the same time": a running total's span is its own sentence's
    assert figure(CAMPAIGN_RELEASE, "14 treatment", NOVEMBER).period == "2032-01-01/2032-10-31"
    assert figure(CAMPAIGN_RELEASE, "9.4 kilograms", NOVEMBER).period == "2032-01-01/2032-10-31"


STOCK_SENTENCE = (
    "Riverton police figures for the first half of 2032\n\n"
    "Riverton, July 9, 2032\n\n"
    "In the first half of 2032, the city police solved 318 drug cases, and the work against "
    "drugs made steady progress across every district of the city.\n\n"
    "At present, the city has 7,140 registered drug users; 296 drug users were newly "
    "discovered, a decrease of 12.5% year-on-year.\n\n"
    "On July 2, officers seized 30 kilograms of heroin at the port."
)


def test_a_flow_in_a_sentence_dated_by_a_stocks_day_is_of_the_reports_span() -> None:
    july = date(2032, 7, 9)
    assert figure(STOCK_SENTENCE, "296", july).period == "2032-H1"
    assert figure(STOCK_SENTENCE, "12.5%", july).period == "2032-H1"  # its change, with it


def test_the_stock_and_an_events_day_keep_their_days() -> None:
    july = date(2032, 7, 9)
    assert figure(STOCK_SENTENCE, "7,140", july).period == "2032-07-09"
    assert figure(STOCK_SENTENCE, "30 kilograms", july).period == "2032-07-02"
    # a stock's own date, not words for it: "As of June 30, 2032, the unit held …"
    held = (
        STOCK_SENTENCE
        + " As of June 30, 2032, the unit held 2,950 seized vehicles worth $41 million."
    )
    assert figure(held, "$41 million", july).period == "2032-06-30"


NINE_MONTHS = (
    "Riverton police figures for January to September 2032\n\n"
    "Riverton, October 14, 2032\n\n"
    "From January to September 2032, the city police solved 702 drug cases, a rise of 7.1% "
    "year-on-year, and the work against drugs made progress in every district.\n\n"
    "Last year same period, the city police solved 598 drug cases.\n\n"
    "Officers arrested 1,284 people, against 1,107 in the corresponding nine months of 2031, "
    "for drug offences. Last year, the police arrested 1,390 persons in all."
)


def test_last_year_same_period_is_the_same_months_a_year_back() -> None:
    october = date(2032, 10, 14)
    assert figure(NINE_MONTHS, "598", october).period == "2031-01-01/2031-09-30"
    assert figure(NINE_MONTHS, "1,107", october).period == "2031-01-01/2031-09-30"


def test_this_years_months_and_last_year_keep_their_periods() -> None:
    october = date(2032, 10, 14)
    assert figure(NINE_MONTHS, "702", october).period == "2032-01-01/2032-09-30"
    assert figure(NINE_MONTHS, "1,284", october).period == "2032-01-01/2032-09-30"
    assert figure(NINE_MONTHS, "1,390", october).period == "2031"


def test_in_the_same_time_never_points_back_to_last_years_same_period() -> None:
    text = (
        "Riverton police figures for January to May 2032\n\nRiverton, June 20, 2032\n\n"
        "From January to May this year, the city police solved 702 drug cases, and the work "
        "against drugs made progress in every district of the city.\n\n"
        "In the same period last year, the police solved 602 drug cases.\n\n"
        "The airport customs in the same time seized 12 kilograms of drugs."
    )
    june = date(2032, 6, 20)
    assert figure(text, "602", june).period == "2031-01-01/2031-05-31"
    assert figure(text, "12 kilograms", june).period == "2032-01-01/2032-05-31"
