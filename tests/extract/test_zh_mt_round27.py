"""Machine-translated Chinese city releases, issue 14 round 27: a city whose English name another
city shares is the one of the province its bureau's name gives ("Jiangxi Province Yichun Municipal
Public Security Bureau"), and, named alone, the one of the province the text names first (a
namesake named further on is a place in passing). Made-up sentences."""

from __future__ import annotations

from datetime import date

from narcokg.extract.drafts import DraftMeasurement
from tests.extract import sentences

SUMMER = date(2026, 6, 26)


def figure(text: str, quote_start: str) -> DraftMeasurement:
    return sentences.quoted_figure(text, quote_start, SUMMER)


def test_a_bureau_named_with_its_province_is_its_city() -> None:
    text = (
        "Yichun city public security bureau notify anti-drug work\n\n"
        "On June 26, the Jiangxi Province Yichun Municipal Public Security Bureau held news "
        "release meeting. Yichun city located in Jiangxi province west part.\n\n"
        "2025 year, the whole city public security organs cracked drug criminal cases 143 pieces."
    )
    assert figure(text, "143").regions == ("Yichun, Jiangxi",)


def test_a_bureau_with_its_province_after_its_name_is_its_city() -> None:
    text = (
        "Fuzhou city public security notify anti-drug work\n\n"
        "On June 26, the Fuzhou Municipal Public Security Bureau of Fujian Province held news "
        "release meeting, notify the whole city anti-drug work.\n\n"
        "2025 year, the whole city public security organs arrested criminal suspects 388 people."
    )
    assert figure(text, "388").regions == ("Fuzhou, Fujian",)


def test_a_namesake_named_later_does_not_hide_the_home_city() -> None:
    text = (
        "Taizhou city public security bureau news release: drug cases fall\n\n"
        "Source: Taizhou Municipal Public Security Bureau   Release time: 2026-06-26 09:00\n\n"
        "On June 26, the Taizhou Municipal Public Security Bureau held news release meeting, "
        "notify the 2025 year whole city anti-drug work situation. Taizhou located in Jiangsu "
        "province middle part, the logistics industry developed.\n\n"
        "2025 year, the whole city public security organs cracked drug criminal cases 205 pieces. "
        "The drugs came from Zhejiang province Taizhou city, a city of the same name."
    )
    assert figure(text, "205").regions == ("Taizhou, Jiangsu",)


#: A made-up release on last year and this year's first months.
MONTHS = (
    "Shaoxing city public security bureau news release: drug cases fall\n\n"
    "Source: Shaoxing Municipal Public Security Bureau   Release time: 2026-06-26 09:00\n\n"
    "On June 26, the Shaoxing Municipal Public Security Bureau held news release meeting, "
    "notify the 2025 year and this year January to May the whole city anti-drug work.\n\n"
    "2025 year, the whole city public security organs cracked drug criminal cases 402 pieces.\n\n"
    "This year January to May, the city public security organs cracked drug criminal cases 133 "
    "pieces, last year same period 158 pieces; arrested criminal suspects 176 people."
)


def test_last_years_same_period_is_its_own_clauses_only() -> None:
    assert figure(MONTHS, "158").period == "2025-01-01/2025-05-31"
    assert figure(MONTHS, "176").period == "2026-01-01/2026-05-31"


def test_a_sentence_opening_up_to_a_years_end_counts_a_stock_on_its_last_day() -> None:
    text = MONTHS.replace(
        "402 pieces.\n\n",
        "402 pieces.\n\nUp to end of 2025 year, the whole city existing drug-taking personnel "
        "3,318 people. By 2025 year end, registered rehabilitation places 64 places.\n\n",
    )
    assert figure(text, "3,318").period == "2025-12-31"
    assert figure(text, "64 places").period == "2025-12-31"


def test_since_a_month_after_a_stated_span_ends_with_that_span() -> None:
    text = MONTHS + (
        ' Since April launch the "Clear Wind" special action, the whole city cracked drug cases '
        "47 pieces."
    )
    assert figure(text, "47").period == "2026-04-01/2026-05-31"


def test_since_a_month_with_no_span_stated_before_runs_to_publication() -> None:
    text = MONTHS.replace("This year January to May, the", "The") + (
        ' Since April launch the "Clear Wind" special action, the whole city cracked drug cases '
        "47 pieces."
    )
    assert figure(text, "47").period == "2026-04-01/2026-06-26"


def test_a_later_paragraph_after_this_years_months_is_of_those_months() -> None:
    text = MONTHS + (
        "\n\nIn the social aspect, the police checked entertainment places 1,264 household-times."
    )
    assert figure(text, "1,264").period == "2026-01-01/2026-05-31"


def test_a_later_paragraph_back_in_last_year_keeps_the_year() -> None:
    text = MONTHS + (
        "\n\n2025 year, the city also destroyed drug gangs 12.\n\n"
        "In the social aspect, the police checked entertainment places 1,264 household-times."
    )
    assert figure(text, "1,264").period == "2025"
