"""English reports, round 21 (measures, part C, branch ms22c): counts a registry trigger word
stands beside but that are not its concept. Pill presses are presses, not pills; overdoses
someone reversed are not the non-fatal overdoses recorded; mephedrone is a drug of its own, not
the drug named next to it; new psychoactive substances are counted in substances. Made-up
sentences."""

from __future__ import annotations

from datetime import date

from tests.extract import sentences

AUTUMN = date(2025, 10, 1)


def drafted(text: str) -> dict[str, tuple[str, str]]:
    """Each drafted figure's (measure, unit), under its quote and under each shorter start of it
    ("17 pill presses" for the quote "17 pill presses off")."""
    draft = sentences.drafted("Agency bulletin\n\n" + text, AUTUMN)
    found: dict[str, tuple[str, str]] = {}
    for m in draft.measurements:
        words = m.mention.quote.split()
        for end in range(len(words), 0, -1):
            found.setdefault(" ".join(words[:end]), (m.measure, m.unit))
    return found


def test_pill_presses_are_presses_not_pills() -> None:
    found = drafted(
        "In 2024 detectives took 17 pill presses off the street and seized 4,300 pills."
    )
    assert found["17 pill presses"] == ("pill-presses-seized", "press")
    assert found["4,300 pills"] == ("pills-seized", "pill")


def test_presses_named_after_the_tablets_they_make() -> None:
    found = drafted(
        "In 2024 agents raided a workshop where six presses able to make tablets were found."
    )
    assert found["six presses"] == ("pill-presses-seized", "press")


def test_tablet_press_with_a_participle_after() -> None:
    found = drafted("In 2024 the unit has put 23 tablet presses out of use.")
    assert found["23 tablet presses"] == ("pill-presses-seized", "press")


def test_overdoses_reversed_are_not_non_fatal_overdoses() -> None:
    found = drafted(
        "In 2024 hospitals treated 2,480 overdoses. Outreach nurses reversed 391 overdoses in 2024."
    )
    assert found["391 overdoses"] == ("overdoses-reversed", "overdose")
    assert found["2,480 overdoses"] == ("non-fatal-overdoses", "overdose")


def test_overdoses_reversed_with_the_infinitive_or_a_passive() -> None:
    found = drafted(
        "In 2024 kit holders said they used the kits to reverse 1,210 suspected overdoses. "
        "In 2024 a further 86 overdoses were reversed by pharmacists."
    )
    assert found["1,210 suspected overdoses"][0] == "overdoses-reversed"
    assert found["86 overdoses"][0] == "overdoses-reversed"


def test_mephedrone_is_its_own_drug_in_a_list() -> None:
    found = drafted("In 2024 officers seized 140 kg of heroin and 77 kg of mephedrone.")
    assert found["77 kg of mephedrone"] == ("mephedrone-seized", "kilogram")
    assert found["140 kg of heroin"][0] == "heroin-seized"


def test_mephedrone_with_other_cathinones_stays_the_class() -> None:
    found = drafted("In 2024 customs seized 12.5 kg of mephedrone and other synthetic cathinones.")
    assert (
        found["12.5 kg of mephedrone and other synthetic cathinones"][0]
        == "synthetic-cathinones-seized"
    )


def test_new_psychoactive_substances_are_counted_in_substances() -> None:
    found = drafted("In 2024 the laboratories identified 44 new psychoactive substances.")
    assert found["44 new psychoactive substances"][1] == "substance"


def test_kinds_of_substances_stay_kinds() -> None:
    found = drafted("In 2024 the laboratories identified 12 kinds of new psychoactive substances.")
    assert found["12 kinds of new psychoactive substances"][1] == "kind"


def test_a_part_related_to_drug_misuse() -> None:
    found = drafted(
        "In 2024 the office registered 2,950 drug poisoning deaths. "
        "Of these deaths, 1,840 were related to drug misuse."
    )
    assert found["1,840"] == ("drug-misuse-deaths", "person")


def test_a_headline_of_drug_misuse_deaths_stays_the_registry_concept() -> None:
    found = drafted("In 2024 the registrar recorded 604 drug misuse deaths across the region.")
    assert found["604 drug misuse deaths"][0] == "drug-related-deaths"


def test_a_part_classed_as_drug_misuse_deaths() -> None:
    found = drafted(
        "In 2024 the agency registered 318 drug-related deaths. "
        "Of these, 247 were classed as drug-misuse deaths."
    )
    assert found["247"][0] == "drug-misuse-deaths"
    assert found["318 drug-related deaths"][0] == "drug-related-deaths"


def test_deaths_one_sex_accounted_for_are_a_part() -> None:
    found = drafted(
        "In 2024 the service counted 950 drug-related deaths. "
        "Men accounted for 702 of the deaths registered in 2024 and women for 248."
    )
    assert found["702"][0] == "drug-related-deaths-male"
    assert found["248"][0] == "drug-related-deaths-female"
    assert found["950 drug-related deaths"][0] == "drug-related-deaths"


def test_arrests_one_sex_accounted_for_keep_their_rule() -> None:
    found = drafted(
        "In 2024 police arrested 840 suspects. Women accounted for 96 of those arrested."
    )
    assert not found["96"][0].endswith("-female")
