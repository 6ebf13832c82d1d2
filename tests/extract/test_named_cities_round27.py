"""English reports, issue 14 round 27 (a city force named like a capital, a country or a state
elsewhere): the state the text names with the city decides over the other place's name, for
every bare mention of the city and for the issuer named after it; a "<City>, <State> -" dateline
below a letterhead (accented city names too) is the report's dateline. Made-up towns; each rule
has a case it must not fire on."""

from __future__ import annotations

from datetime import date

from narcokg.extract.gazetteer import find_regions, load_regions
from tests.extract import sentences

SPRING = date(2026, 3, 11)


def home(text: str) -> tuple[str, ...]:
    return sentences.home_region(text, SPRING)


def test_a_city_named_like_a_capital_is_the_state_the_text_names_with_it() -> None:
    text = (
        "HELSINKI POLICE DEPARTMENT\n12 Birch Lane, Helsinki, Kansas 66999\n\n"
        "NEWS RELEASE\nMarch 2, 2026\n\n"
        "Helsinki police drug arrests up in 2025\n\n"
        "HELSINKI, Kansas - The Helsinki Police Department today released its drug figures for "
        "2025. Officers made 131 drug arrests in 2025 and Helsinki detectives seized 2.2 "
        "kilograms of methamphetamine."
    )
    assert home(text) == ("Kansas",)


def test_a_force_named_after_a_foreign_state_takes_the_state_named_with_its_city() -> None:
    text = (
        "BAVARIA POLICE DEPARTMENT\n40 Elm Street, Bavaria, Oregon 97999\n\n"
        "PRESS RELEASE\nMarch 2, 2026\n\n"
        "Drug arrests in Bavaria rise in 2025\n\n"
        "The Bavaria Police Department today published its drug enforcement summary for 2025. "
        "Officers arrested 57 people on drug charges in 2025, compared with 49 in 2024."
    )
    assert home(text) == ("Oregon",)


def test_a_letterhead_named_after_a_country_takes_the_state_named_with_its_city() -> None:
    text = (
        "CITY OF CYPRUS POLICE DEPARTMENT\nCyprus, Vermont\n\n"
        "FOR IMMEDIATE RELEASE\nMarch 2, 2026\n\n"
        "Cyprus police report fewer overdose calls in 2025\n\n"
        "The Cyprus Police Department today released its drug report for 2025. Officers "
        "answered 41 overdose calls in 2025 and made 88 drug-related arrests."
    )
    assert home(text) == ("Vermont",)


def test_a_mention_named_with_its_own_country_keeps_it() -> None:
    text = (
        "Officers from Helsinki, Kansas visited their namesake, Helsinki, Finland, in May; "
        "Helsinki police there shared their figures."
    )
    regions = load_regions(sentences.GAZETTEER)
    keys = [m.key for m in find_regions(text, regions, None) if m.text == "Helsinki"]
    assert keys == ["Kansas", "Finland", "Kansas"]


def test_a_city_named_with_a_state_of_its_own_country_changes_nothing() -> None:
    text = "Arrests rose in Sydney, Victoria and Perth; Sydney officers seized 2 kilograms."
    regions = load_regions(sentences.GAZETTEER)
    keys = [m.key for m in find_regions(text, regions, None) if m.text == "Sydney"]
    assert keys == ["New South Wales", "New South Wales"]


def test_a_dateline_below_a_letterhead_decides_over_a_neighbour_named_often() -> None:
    text = (
        "KINGSFORD POLICE SERVICE\nMedia Release\n\n"
        "Cross-border project ends cocaine pipeline; Kingsford drug charges up in 2025\n\n"
        "KINGSFORD, Ont. - March 11, 2026 - The Kingsford Police Service today announced the "
        "results of Project Lantern, an investigation into cocaine moved between Detroit, "
        "Michigan and Kingsford. Officers laid 402 drug charges in 2025.\n\n"
        "Detroit officers seized 12 kilograms of cocaine. Detroit and U.S. agents made 31 "
        "arrests; the U.S. Attorney in Detroit charged 9 people."
    )
    assert home(text) == ("Ontario",)


def test_an_accented_city_in_a_dateline_names_its_province() -> None:
    text = (
        "Régie de police Val-des-Étangs\nPress release\n\n"
        "Drug charges climb in 2025\n\n"
        "Saint-Émile-des-Prés, Quebec, March 24, 2026 - The Régie de police Val-des-Étangs "
        "today presented its drug enforcement results for 2025 in the four towns it serves. "
        "Officers laid 212 drug trafficking charges in 2025, against 181 in 2024.\n\n"
        "Across Canada, police laid 61,000 drug charges in 2024."
    )
    assert home(text) == ("Quebec",)


def test_a_list_s_last_country_before_a_state_keeps_its_country() -> None:
    text = (
        "Patrols with the police of Nepal, Bhutan and Bangladesh, Assam officers said, seized "
        "3 tonnes of cannabis; Bangladesh customs seized 2 more."
    )
    regions = load_regions(sentences.GAZETTEER)
    keys = [m.key for m in find_regions(text, regions, None) if m.text == "Bangladesh"]
    assert keys == ["Bangladesh", "Bangladesh"]
