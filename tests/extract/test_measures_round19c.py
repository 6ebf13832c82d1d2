"""English reports, round 19 (proposed measure names, branch ms20c): a share's whole that the
text calls "drug offences" or "drug-related cases" keeps the word "drug", as keys name it; people
whose age band stands between their count and their use of a drug are that drug's users.
Made-up sentences."""

from __future__ import annotations

from datetime import date

from tests.extract import sentences

SPRING = date(2025, 3, 1)


def measures(text: str) -> dict[str, str]:
    draft = sentences.drafted("Agency bulletin\n\n" + text, SPRING)
    return {m.mention.quote: m.measure for m in draft.measurements}


def test_a_whole_of_drug_offences_keeps_drug() -> None:
    found = measures("In 2024 the capital district accounted for 37% of all drug offences.")
    assert next(m for q, m in found.items() if "37%" in q).startswith("share-of-drug-offences")


def test_a_whole_of_drug_related_cases_keeps_drug() -> None:
    found = measures("Files involving heroin made up 12.5% of all drug-related cases in 2024.")
    assert found["12.5% of all drug-related cases"] == "share-of-drug-cases-heroin"


def test_a_whole_without_drug_stays_its_head() -> None:
    found = measures("Files involving heroin made up 12.5% of all cases in 2024.")
    assert found["12.5% of all cases"] == "share-of-cases-heroin"


def test_drug_before_another_whole_is_not_kept() -> None:
    found = measures("Heroin was found in 12.5% of all drug seizures in 2024.")
    assert not found["12.5% of all drug seizures"].startswith("share-of-drug-seizures")


def test_an_age_band_between_people_and_their_use() -> None:
    found = measures("In 2023 some 310,000 adults aged 18 to 34 used ketamine at least once.")
    assert found["some 310,000 adults aged"] == "ketamine-users"


def test_an_age_band_in_brackets_after_a_demonym() -> None:
    found = measures("An estimated 1.4 million Ruritanians (aged 15-64) had used cannabis in 2023.")
    assert found["1.4 million Ruritanians"] == "cannabis-users"


def test_an_age_band_before_another_verb_is_no_use() -> None:
    found = measures("In 2023 some 310,000 adults aged 18 to 34 were surveyed by phone.")
    assert not found["some 310,000 adults aged"].endswith("-users")


def test_referrals_counted_with_no_verb_were_received() -> None:
    found = measures("In 2024 there were 8,150 referrals to community services.")
    assert found["8,150 referrals"] == "referrals-received"


def test_tips_named_only_by_their_noun_were_received() -> None:
    found = measures("The northern district accounted for 730 of the tips in 2024.")
    assert next(m for q, m in found.items() if "730" in q) == "tips-received"


def test_reports_with_a_kind_keep_their_own_name() -> None:
    found = measures("In 2024 the unit logged 415 harassment reports.")
    assert found["415 harassment reports"] == "harassment-reports"
