"""Regions, round 53 (branch eng-rg54), tried and reverted (one calibration report, below the
bar): a province opening the name of the provincial organ a city's bureau answers to ("implement
Hubei Province Public Security Department's deployment") names that organ, not where the city's
figures were counted (:mod:`narcokg.extract.provincial_organ_names`). Made-up machine-translated
releases; the rule's test fails with its call taken out of
:func:`narcokg.extract.agency_name_places.national_agency_name`, and a province's own report, or
a province named as a place, is a case it must not fire on."""

from __future__ import annotations

from datetime import date

from tests.extract import sentences

WINTER = date(2031, 1, 20)


def _regions(text: str, quote_start: str) -> tuple[str, ...]:
    return tuple(sentences.quoted_figure(text, quote_start, WINTER).regions)


#: A city bureau's yearly summary whose lead carries out its provincial department's deployment.
CITY = (
    "Xiangyang City public security 2030 year anti-drug work summary\n\n"
    "Release time: 2031-01-20 Source: Xiangyang City Public Security Bureau\n\n"
    "Reporter from City Public Security Bureau learn, 2030 year, whole city public security "
    "organs earnestly carry out Hubei Province Public Security Department about anti-drug "
    "special action deployment, with the clean river action as lever, keep hard strike. Whole "
    "year crack drug criminal case 141 pieces, capture drug criminal suspect 207 people.\n\n"
    "Whole city newly find drug-taking personnel 36 people.\n"
)


def test_a_province_in_its_organ_name_is_not_the_city_figures_place() -> None:
    assert _regions(CITY, "141") == ("Xiangyang",)
    assert _regions(CITY, "207 people") == ("Xiangyang",)


#: The province's own release: the department is its own, and its province is the home.
PROVINCE = (
    "Hubei Province public security 2030 year anti-drug work summary\n\n"
    "Release time: 2031-01-20 Source: Hubei Province Public Security Department\n\n"
    "Reporter from Hubei Province Public Security Department learn, 2030 year, whole province "
    "public security organs crack drug criminal case 1,412 pieces, capture drug criminal "
    "suspect 2,070 people.\n"
)


def test_a_province_own_report_keeps_its_province() -> None:
    assert _regions(PROVINCE, "1,412") == ("Hubei",)


#: A city release naming its province as a place, not inside an organ's name.
PLACE = (
    "Xiangyang City public security 2030 year anti-drug work summary\n\n"
    "Release time: 2031-01-20 Source: Xiangyang City Public Security Bureau\n\n"
    "Reporter from City Public Security Bureau learn, 2030 year, whole city public security "
    "organs keep hard strike on drug crime, and crack drug criminal case 141 pieces.\n\n"
    "Across Hubei Province, the joint action seized 88 kilograms of drugs.\n"
)


def test_a_province_named_as_a_place_keeps_its_figures() -> None:
    assert _regions(PLACE, "88 kilograms") == ("Hubei",)
    assert _regions(PLACE, "141") == ("Xiangyang",)
