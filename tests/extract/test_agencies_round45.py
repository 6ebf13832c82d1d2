"""English reports, issue 14 round 45 (agencies). Made-up releases, each rule with a
counter-example: an autonomous prefecture's bureau named short on the Source line takes the full
name its lead gives, and the bare "Prefecture Public Security Bureau" refers back to it; an
international body's General Secretariat issues its release, over the body; an office named
with its place after it and its native name in brackets issues its release, over its parent."""

from __future__ import annotations

from datetime import date

from tests.extract import sentences

DAY = date(2026, 7, 12)

FULL = "Nujiang Lisu Autonomous Prefecture Public Security Bureau"


def agency(text: str, quote_start: str) -> str | None:
    return sentences.agency_of(text, quote_start, DAY)


def test_the_lead_s_full_prefecture_name_over_the_source_line_s_short_one() -> None:
    text = (
        "Nujiang prefecture police report drug cases\n\n"
        "Release time: 2026-07-12 10:00 Source: Nujiang Prefecture Public Security Bureau\n\n"
        f"Recently, {FULL} notified the drug control work of 2025.\n\n"
        "2025 year, whole prefecture public security organs cracked drug criminal cases 148 "
        "pieces, arrest suspect 173 people.\n"
    )
    assert agency(text, "148") == FULL
    assert agency(text, "173") == FULL


def test_a_short_prefecture_name_alone_stays_as_named() -> None:
    # counter-example: no full name in the text, so the Source line's name stands
    text = (
        "Nujiang prefecture police report drug cases\n\n"
        "Release time: 2026-07-12 10:00 Source: Nujiang Prefecture Public Security Bureau\n\n"
        "Recently, Nujiang Prefecture Public Security Bureau notified the drug control work.\n\n"
        "2025 year, whole prefecture public security organs cracked drug criminal cases 148 "
        "pieces, arrest suspect 173 people.\n"
    )
    assert agency(text, "148") == "Nujiang Prefecture Public Security Bureau"


def test_the_bare_prefecture_bureau_refers_back_to_the_named_one() -> None:
    text = (
        "Nujiang prefecture police report drug cases\n\n"
        f"Release time: 2026-07-12 10:00 Source: {FULL}\n\n"
        f"Recently, {FULL} notified the drug control work of 2025.\n\n"
        "This year since, Prefecture Public Security Bureau keep high pressure. First half year, "
        "crack drug criminal cases 61 pieces, capture suspect 77 people.\n\n"
        "Prefecture Public Security Bureau Party Committee member, deputy director Li Wei say, "
        "the work will continue.\n"
    )
    assert agency(text, "61") == FULL
    assert agency(text, "77") == FULL


def test_a_bare_prefecture_bureau_with_two_placed_ones_is_left() -> None:
    # counter-example: two prefectures' bureaus named, so the bare name is no one of them
    text = (
        "Provincial police report drug cases\n\n"
        "Source: Yunnan Provincial Public Security Department\n\n"
        f"Recently, {FULL} and Dehong Dai and Jingpo Autonomous Prefecture Public Security Bureau "
        "reported on border work.\n\n"
        "This year since, Prefecture Public Security Bureau keep high pressure. First half year, "
        "crack drug criminal cases 61 pieces, capture suspect 77 people.\n"
    )
    assert agency(text, "61") not in {FULL, "Dehong Dai and Jingpo Autonomous Prefecture Public "
                                      "Security Bureau"}  # fmt: skip


SECRETARIAT = "World Customs Organization's General Secretariat"


def test_an_international_body_s_general_secretariat_issues_its_release() -> None:
    text = (
        "Operation Tidewater nets cocaine\n\n"
        "BRUSSELS, 12 July 2026 - Customs in 41 countries seized 9.2 tonnes of cocaine during "
        f"Operation Tidewater, the {SECRETARIAT} announced today.\n\n"
        "Analysts of the World Customs Organization checked 3,150 containers against risk "
        "profiles.\n"
    )
    assert agency(text, "9.2") == SECRETARIAT
    assert agency(text, "3,150") == SECRETARIAT


def test_a_secretariat_named_in_passing_leaves_the_issuer() -> None:
    # counter-example: a national service's release names the secretariat far below its lead
    text = (
        "Customs seize cocaine at the port\n\n"
        "ANTWERP, 12 July 2026 - The Belgian Customs Administration seized 4.1 tonnes of cocaine "
        "in the first half of 2026, the administration said today.\n\n"
        "Analysts of the World Customs Organization flagged 2,240 containers.\n\n"
        f"The operation was supported by the {SECRETARIAT}.\n"
    )
    assert agency(text, "4.1") == "Belgian Customs Administration"
    assert agency(text, "2,240") == "World Customs Organization"


def test_an_office_named_with_its_place_after_it_issues_its_release() -> None:
    text = (
        "Customs investigators in Saxony: more crystal seized\n\n"
        "Leipzig, 12 March 2026 - The Customs Investigation Office Leipzig (Zollfahndungsamt "
        "Leipzig) has presented its annual balance for 2025. The office, which reports to the "
        "General Customs Directorate in Bonn, covers Saxony and Thuringia.\n\n"
        "Investigators seized 84 kilograms of crystal methamphetamine in 2025.\n"
    )
    assert agency(text, "84") == "Customs Investigation Office Leipzig"


def test_an_office_without_a_bracketed_name_is_left_to_the_name_grammar() -> None:
    # counter-example: no native name in brackets after it, so the directorate keeps the release
    text = (
        "Customs figures for 2025\n\n"
        "Bonn, 12 March 2026 - The General Customs Directorate has presented its annual balance "
        "for 2025, the directorate said today.\n\n"
        "Its Customs Office Leipzig seized 84 kilograms of crystal methamphetamine in 2025.\n"
    )
    assert agency(text, "84") == "General Customs Directorate"
