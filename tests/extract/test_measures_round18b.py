"""Issue 14, round 18 (measures, branch ms19b): a figure drafted as the wrong registry concept,
causes that recurred across the writers of the calibration reports (at least 3 reports of at
least 2 rounds), one test per cause, each with a counter-example. Every sentence is made up."""

from __future__ import annotations

import pytest

from tests.extract.test_measures_round9 import read


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Border police in the county cracked 57 drug smuggling cases by the end of June.", "57"),
        ("Port officers solved 23 cross-border drug smuggling cases and seized 9 kg of heroin.",
         "23"),
        ("Investigators closed 18 cases of drug smuggling through the mail.", "18"),
    ],
)  # fmt: skip
def test_smuggling_cases_are_their_own_concept(text: str, number: str) -> None:
    assert read(text, number)[0] == "drug-smuggling-cases-cracked"


def test_smuggling_attempts_are_not_cases() -> None:
    text = "Across 40 cases, officers stopped 75 smuggling attempts at the harbour."
    assert read(text, "75")[0] != "drug-smuggling-cases-cracked"


def test_attempted_smuggling_is_not_a_case_cracked() -> None:
    text = "Customs officers detected 64 cases of attempted drug smuggling at the airport."
    assert read(text, "64")[0] != "drug-smuggling-cases-cracked"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # couriers carry drugs for traffickers: their arrests are trafficking arrests
        ("Customs officers at the ferry terminal arrested 52 drug couriers last year.", "52"),
        ("Of the people arrested, 19 were couriers paid to carry heroin.", "19"),
        # distribution and delivery are the statutes' words for supply
        ("Troopers arrested 640 people on drug distribution charges during the year.", "640"),
        ("Of those arrested, 305 were charged with possession with intent to distribute.",
         "305"),
        ("Officers made 410 arrests; 233 of them were for delivery of a controlled substance.",
         "233"),
    ],
)  # fmt: skip
def test_couriers_and_distribution_are_trafficking_arrests(text: str, number: str) -> None:
    assert read(text, number)[0] == "trafficking-arrests"


def test_distribution_cells_are_groups_not_arrests() -> None:
    text = "The task force dismantled 6 distribution cells, which led to 48 arrests."
    assert read(text, "6")[0] != "trafficking-arrests"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("In 2024, 9,412 persons were registered as suspects in narcotics cases.", "9,412"),
        ("The number of suspects recorded by the police rose to 12,870.", "12,870"),
        ("Prosecutors opened 22 inquiries into drug rings against 175 suspects.", "175"),
    ],
)  # fmt: skip
def test_suspects_with_no_arrest_are_identified(text: str, number: str) -> None:
    assert read(text, number)[0] == "suspects-identified"


@pytest.mark.parametrize(
    "text",
    [
        "Officers arrested 640 suspects during the spring operation.",
        "In the first half, police captured 640 drug criminal suspects.",
        "A total of 640 suspects were detained at the border.",
    ],
)
def test_suspects_held_stay_arrested(text: str) -> None:
    assert read(text, "640")[0] == "suspects-arrested"


@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        ("Prosecutors filed indictments against 950 persons, of whom 41 were foreign citizens.",
         "41", "foreign-nationals-indicted"),
        ("Investigated persons: 3,100, of whom 410 were foreign nationals.", "410",
         "foreign-nationals-investigated"),
        ("Of the 812 persons charged, 77 were women and 65 were foreign nationals.", "77",
         "women-charged"),
        ("Some 1,080 people were charged with selling drugs, 96 of them under 18.", "96",
         "minors-charged"),
        ("The number of suspects reported fell to 20,100. Of these, 7,950 were foreign citizens.",
         "7,950", "foreign-suspects-identified"),
        # the group arrested: the registry's part of the arrested
        ("Officers arrested 1,080 people for selling drugs, 96 of them under 18.", "96",
         "minors-arrested"),
        ("Police arrested 812 persons, of whom 77 were women.", "77", "women-arrested"),
    ],
)  # fmt: skip
def test_a_part_is_named_by_its_groups_act(text: str, number: str, expected: str) -> None:
    assert read(text, number)[0] == expected


@pytest.mark.parametrize(
    "text",
    [
        # suspected traffickers identified: the registry's arrest measures (groups.py)
        "In 2023, 4,020 people were identified as suspected traffickers, of whom 388 were "
        "foreigners.",
        # suspects no verb says were listed
        "Police named 9,500 suspects. Among the suspects, 388 were foreign nationals.",
    ],
)
def test_parts_of_other_suspects_stay_arrested(text: str) -> None:
    assert read(text, "388")[0] == "foreign-nationals-arrested"


@pytest.mark.parametrize(
    "text",
    [
        # a verb that acts on the count names what was done: the registry's reading
        "Throughout the year the force named 640 suspects in narcotics cases.",
        # handed over to the police: held
        "A total of 640 suspects were handed over to the drug squad by customs officers.",
    ],
)
def test_suspects_acted_on_are_not_read_as_identified(text: str) -> None:
    assert read(text, "640")[0] == "suspects-arrested"
