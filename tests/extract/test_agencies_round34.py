"""English reports, issue 14 round 34 (agencies): a city's own public security organs in its
municipal bureau's machine-translated release are the bureau also when the translation drops
the article ("2025 year, whole city public security organs …"), when the source line calls the
bureau a "City" bureau (named so), and when only a closing "Next step, <City> public security
organs will …" names the organs (a name before the figure still keeps them). Made-up
sentences, each with a counter-example."""

from __future__ import annotations

from datetime import date

from tests.extract import sentences

DAY = date(2026, 7, 10)
BUREAU = "Qingshan Municipal Public Security Bureau"


def agency(text: str, quote_start: str) -> str | None:
    return sentences.agency_of(text, quote_start, DAY)


#: A made-up city bureau's machine-translated release with no article before "whole city".
_RELEASE = (
    "Qingshan city public security bureau notify drug prohibition work\n\n"
    "Source: Qingshan {kind} Public Security Bureau   Release time: 2026-07-10 09:30\n\n"
    "On July 9, Qingshan {kind} Public Security Bureau held press conference, notify 2025 year "
    "whole city drug prohibition work situation.{before}\n\n"
    "2025 year, whole city public security organs cracked drug criminal cases 318 pieces, "
    "arrested drug crime suspects 407 people.\n\n"
    "{after}\n"
)


def test_whole_city_organs_without_an_article_are_the_bureau() -> None:
    text = _RELEASE.format(kind="Municipal", before="", after="")
    assert agency(text, "318") == BUREAU
    assert agency(text, "407") == BUREAU


def test_a_city_bureau_on_the_source_line_issues_the_organs_figures() -> None:
    # the bureau the text names "City" (round 46: by that name, as the text never says "Municipal")
    text = _RELEASE.format(kind="City", before="", after="")
    assert agency(text, "318") == "Qingshan City Public Security Bureau"


def test_a_closing_next_step_name_leaves_the_organs_the_bureau() -> None:
    after = "Next step, Qingshan public security organs will continue to strike hard."
    text = _RELEASE.format(kind="Municipal", before="", after=after)
    assert agency(text, "318") == BUREAU


def test_organs_named_before_the_figure_keep_their_name() -> None:
    # counter-example: the lead calls them "Qingshan public security organs" before any figure
    before = " Since this year, Qingshan public security organs thoroughly carried out the action."
    text = _RELEASE.format(kind="Municipal", before=before, after="")
    assert agency(text, "318") == "Qingshan public security organs"


def test_a_provinces_organs_stay_the_provinces() -> None:
    # counter-example: a provincial department's "whole province" organs are not a city bureau
    text = (
        "Hebei public security notify drug prohibition work\n\n"
        "Source: Hebei Provincial Public Security Department\n\n"
        "2025 year, the whole province public security organs cracked drug criminal cases 2,118 "
        "pieces.\n"
    )
    assert agency(text, "2,118") != BUREAU


def test_city_organs_after_a_comma_with_no_article_are_the_bureau() -> None:
    text = _RELEASE.format(kind="Municipal", before="", after="").replace(
        "2025 year, whole city", "This year first half year, city"
    )
    assert agency(text, "318") == BUREAU


def test_a_sentence_opening_the_citys_organs_are_the_bureau() -> None:
    text = _RELEASE.format(kind="Municipal", before="", after="").replace(
        "2025 year, whole city", "The city's"
    )
    assert agency(text, "318") == BUREAU


def test_organs_of_another_place_after_a_comma_keep_their_place() -> None:
    # counter-example: a partner's organs named by place are not the city's own
    after = "In the same period, Shenzhen public security organs arrested 45 suspects."
    text = _RELEASE.format(kind="Municipal", before="", after=after)
    assert agency(text, "45 suspects") != BUREAU
