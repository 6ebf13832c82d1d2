"""Reports of round 30 (branch eng-ms31): measures the draft named by a wrong rule or by none.
Made-up sentences; each test fails without its rule."""

from __future__ import annotations

from datetime import date

from narcokg.extract.drafts import DraftMeasurement
from tests.extract import sentences

WINTER = date(2026, 2, 10)
POLICE = "Brookhaven Police Department drug enforcement report 2025\n\n"
BUREAU = "Lakeside City Public Security Bureau anti-drug work 2025\n\n"


def facts(text: str, head: str = POLICE, day: date = WINTER) -> dict[str, DraftMeasurement]:
    return sentences.by_quote(head + text, day)


figure = sentences.starting


def test_machine_translated_abstinence_not_discovered_or_found_relapse() -> None:
    # "three years not discover relapse" / "not find relapse" (戒断三年未发现复吸), as "not found"
    found = facts(
        "As of 2025 year end, the whole city existing drug-taking personnel 2,810 people, of "
        "which three years not discover relapse 2,145 people, accounting 76.3%.",
        head=BUREAU,
    )
    assert figure(found, "2,145").measure == "drug-users-abstinent"
    assert figure(found, "76.3%").measure == "share-of-drug-users-registered-abstinent"
    found = facts(
        "By 2025 year end, whole city existing drug-taking personnel 1,930 people, three years "
        "not find relapse 1,402 people, account 72.6%.",
        head=BUREAU,
    )
    assert figure(found, "1,402").measure == "drug-users-abstinent"
    assert figure(found, "72.6%").measure == "share-of-drug-users-registered-abstinent"


def test_a_change_after_the_counting_word_is_no_noun() -> None:
    # "compare last year same period 205 pieces fall 11.3%": 205 is last year's cases cracked
    found = facts(
        "This year first half year, the whole city public security organs cracked drug criminal "
        "cases 182 pieces, compare last year same period 205 pieces fall 11.3%; arrested "
        "criminal suspects 240 people.",
        head=BUREAU,
        day=date(2026, 7, 9),
    )
    assert figure(found, "205").measure == "drug-crime-cases-cracked"
    assert figure(found, "205").unit == "case"
    assert figure(found, "11.3%").measure == "percentage-decrease"


def test_a_bare_part_of_arrests_for_supply_is_trafficking_arrests() -> None:
    found = facts(
        "Deputies made 264 drug arrests in 2025. Of the 264, 71 were for trafficking. The unit "
        "made 905 arrests during the year, 318 of them for drug dealing offences. Those arrested "
        "face 530 charges, 94 of them for trafficking. Prosecutors filed 410 cases, 88 of them "
        "for trafficking."
    )
    assert figure(found, "71").measure == "trafficking-arrests"
    assert figure(found, "318").measure == "trafficking-arrests"
    assert figure(found, "94").measure != "trafficking-arrests"  # a part of charges
    assert figure(found, "88").measure != "trafficking-arrests"  # a part of cases


def test_a_count_whose_noun_stands_before_it_borrows_no_sibling_noun() -> None:
    # "arrested criminal suspects 388 people; destroyed drug criminal gangs 9;": gangs, not people
    found = facts(
        "2025 year, the whole city public security organs cracked drug criminal cases 301 "
        "pieces; arrested criminal suspects 388 people; destroyed drug criminal gangs 9; seized "
        "various drugs 41.2 kilograms.",
        head=BUREAU,
    )
    assert figure(found, "9").measure == "drug-criminal-gangs-destroyed"
    assert figure(found, "9").unit == "gang"
    assert figure(found, "388").measure == "suspects-arrested"


def test_a_share_part_that_repeats_the_whole_head_drops_it() -> None:
    found = facts(
        "Officers recorded 612 drug offences in 2025. Possession offences accounted for 58% of "
        "all drug offences. Lorry seizures made up 12% of all seizures."
    )
    assert figure(found, "58%").measure == "share-of-drug-offences-possession"
    assert figure(found, "12%").measure == "share-of-seizures-lorry"


def test_nationality_suspects_and_nationals_of_other_states_are_foreign_nationals() -> None:
    found = facts(
        "2025 year, the whole city arrested criminal suspects 905 people, among them Myanmar "
        "nationality suspects 133 people; seized drugs 88.2 kilograms.",
        head=BUREAU,
    )
    assert figure(found, "133").measure == "foreign-nationals-arrested"
    found = facts(
        "Police detained 12,480 persons for drug offences. Of those detained, 1,118 were citizens "
        "of other states."
    )
    assert figure(found, "1,118").measure == "foreign-nationals-arrested"


def test_cash_together_with_property_is_assets_acted_on() -> None:
    found = facts(
        "The Financial Unit had $2.6 million in cash and property linked to drug dealing "
        "restrained during the year. Agents also seized $91 million in illicit currency and "
        "assets. Officers seized $27,300 in cash and 8 firearms."
    )
    assert figure(found, "$2.6 million").measure == "assets-restrained"
    assert figure(found, "$91 million").measure == "assets-seized"
    assert figure(found, "$27,300").measure == "cash-seized"


def test_a_conviction_named_as_a_noun_before_its_count_is_the_verb() -> None:
    found = facts(
        "The unit's cases led to the conviction of 412 defendants during the year. The office "
        "obtained convictions against 233 defendants. Prosecutors charged 508 defendants."
    )
    assert figure(found, "412").measure == "offenders-convicted"
    assert figure(found, "233").measure == "offenders-convicted"
    assert figure(found, "508").measure != "offenders-convicted"
