"""English reports, issue 14 round 48 (agencies). Made-up releases, each rule with a
counter-example: a translated city release's bare "City Bureau" or "Municipal Bureau" is the city
bureau the text names in full (with no city bureau named it is left alone); a federal field
office's release names its own work by its parent's name, and those figures are the office's
(not a sentence about the parent nationwide)."""

from __future__ import annotations

from datetime import date

from narcokg.extract.agency_bare_bureaus import bare_bureaus
from narcokg.extract.agency_forms import Agency
from narcokg.extract.agency_rename import rename_agency
from narcokg.extract.gazetteer import Mention
from tests.extract import sentences

DAY = date(2026, 1, 20)


def agency(text: str, quote_start: str) -> str | None:
    return sentences.agency_of(text, quote_start, DAY)


def test_a_bare_city_bureau_is_the_city_bureau_named_in_full() -> None:
    text = (
        "Zigong City public security organ 2025 year drug cases rise\n\n"
        "Source: Zigong City Public Security Bureau   Release time: 2026-01-20 09:30\n\n"
        "Zigong News Net On 19 January, reporter from City Public Security Bureau press "
        "conference learn, 2025 year, whole city public security organs crack drug criminal "
        "cases 188 pieces.\n\n"
        "Zigong is located on the main road. Aiming at this, City Bureau strengthen road check, "
        "crack major drug cases 37 pieces.\n"
    )
    assert agency(text, "37") == "Zigong City Public Security Bureau"


def test_the_city_bureau_named_most_wins_over_a_county_level_citys() -> None:
    bureau = Agency(
        "zigong-city-public-security-bureau", "Zigong City Public Security Bureau", None
    )
    other = Agency("fushun-city-public-security-bureau", "Fushun City Public Security Bureau", None)
    bare = Agency("the-municipal-bureau", "the Municipal Bureau", None)
    agencies = {a.slug: a for a in (bureau, other, bare)}
    found = [
        Mention(0, 1, bureau.slug, bureau.label),
        Mention(2, 3, bureau.slug, bureau.label),
        Mention(4, 5, other.slug, other.label),
        Mention(6, 7, bare.slug, bare.label),
    ]
    bare_bureaus(found, agencies, rename_agency)
    assert set(agencies) == {bureau.slug, other.slug}
    assert found[3].key == bureau.slug


def test_a_bare_city_bureau_with_no_city_bureau_named_is_left_alone() -> None:
    # counter-example: no "<City> City Public Security Bureau" in the text, and two bureaus
    # named as often as each other: nothing to join
    bare = Agency("city-bureau", "City Bureau", None)
    county = Agency(
        "hejiang-county-public-security-bureau", "Hejiang County Public Security Bureau", None
    )
    agencies = {a.slug: a for a in (bare, county)}
    found = [Mention(0, 1, county.slug, county.label), Mention(2, 3, bare.slug, bare.label)]
    bare_bureaus(found, agencies, rename_agency)
    assert set(agencies) == {bare.slug, county.slug}
    one = Agency("zigong-city-public-security-bureau", "Zigong City Public Security Bureau", None)
    two = Agency("fushun-city-public-security-bureau", "Fushun City Public Security Bureau", None)
    agencies = {a.slug: a for a in (bare, one, two)}
    found = [Mention(0, 1, one.slug, one.label), Mention(2, 3, two.slug, two.label)]
    bare_bureaus(found, agencies, rename_agency)
    assert bare.slug in agencies


FIELD_OFFICE = (
    "CBP Tulsa Field Office reports a rise in seizures\n\n"
    "TULSA, Okla. - U.S. Customs and Border Protection officers assigned to the Tulsa Field "
    "Office seized 9,410 pounds of narcotics in fiscal year 2026, the Tulsa Field Office said.\n\n"
    "In all, CBP officers in the field office made 318 narcotics seizures during the year.\n\n"
    "Nationwide, CBP seized more than 512,000 pounds of drugs in fiscal year 2026.\n"
)
HSI_OFFICE = (
    "Homeland Security Investigations Omaha announces fiscal year 2026 results\n\n"
    "OMAHA, Neb. - Homeland Security Investigations Omaha seized 1,212 pounds of "
    "methamphetamine in fiscal year 2026, Special Agent in Charge Dana Reyes said. The office "
    "is part of Homeland Security Investigations (HSI), which works in 40 countries.\n\n"
    "Federal grand juries indicted 344 defendants in HSI cases. Agents opened 97 new "
    "narcotics investigations.\n"
)


def test_a_field_offices_figures_named_by_its_parent_are_the_offices() -> None:
    assert agency(FIELD_OFFICE, "318") == "Tulsa Field Office"


def test_an_office_named_after_its_parent_keeps_its_figures_named_by_the_parent() -> None:
    assert agency(HSI_OFFICE, "97") == "Homeland Security Investigations Omaha"


def test_a_sentence_about_the_parent_nationwide_stays_the_parents() -> None:
    # counter-example: "Nationwide, CBP seized …" is the parent agency's own figure
    assert agency(FIELD_OFFICE, "more than 512,000") == "U.S. Customs and Border Protection"
