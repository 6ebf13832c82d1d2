"""Regions, round 53 (branch eng-rg54): a city's share of its whole province is the city's
figure, not the province's whose totals its sentence quotes ("our city cracked cases accounting
for the whole province 16.4%"; :mod:`narcokg.extract.city_shares`). Made-up machine-translated
releases; the rule's tests fail with its call taken out of
:func:`narcokg.extract.assemble.assemble_measurements`, and a share of the province's own
figure is a case it must not fire on."""

from __future__ import annotations

from datetime import date

from tests.extract import sentences

WINTER = date(2031, 1, 20)


def _regions(text: str, quote_start: str) -> tuple[str, ...]:
    return tuple(sentences.quoted_figure(text, quote_start, WINTER).regions)


#: A city bureau's release quoting its province's totals, then its own share of them.
SHARES = (
    "Xiangyang City public security 2030 year anti-drug work summary\n\n"
    "Release time: 2031-01-20 Source: Xiangyang City Public Security Bureau\n\n"
    "Reporter from City Public Security Bureau learn, 2030 year, whole city public security "
    "organs crack drug criminal case 141 pieces.\n\n"
    "According to the provincial department notice, in 2030 the whole province public security "
    "organs cracked drug criminal cases 1,410 pieces, our city cracked cases accounting for the "
    "whole province 10.0%. Our city seizures account whole province 3.5%.\n\n"
    "Across Hubei Province, the whole province arrested 2,600 people, of which 31.2% were "
    "women.\n"
)


def test_our_city_share_of_the_whole_province_is_the_city() -> None:
    assert _regions(SHARES, "1,410") == ("Hubei",)
    assert _regions(SHARES, "10.0%") == ("Xiangyang",)
    assert _regions(SHARES, "3.5%") == ("Xiangyang",)


def test_a_named_city_share_of_the_whole_province_is_that_city() -> None:
    # its own sentence after the province's totals (lanzhou xerus53)
    text = SHARES.replace(
        "pieces, our city cracked cases accounting for the",
        "pieces. Xiangyang cracked cases occupy the",
    )
    assert _regions(text, "10.0%") == ("Xiangyang",)


def test_a_share_of_the_province_own_people_keeps_the_province() -> None:
    assert _regions(SHARES, "31.2%") == ("Hubei",)


# --- a local report naming one province only, and only further on -----------------------------

#: A district health unit's update that never names its country and names its province only
#: after the lead (smdhu-on mouflon173, lchidta pika88).
HEALTH_UNIT = (
    "Overdose visits ease in Lakeshore Hills\n\n"
    "Lakeshore Hills District Health Unit\n"
    "Drug Harms Update - 2030\n\n"
    "This update from the Lakeshore Hills District Health Unit looks at the local data for 2030, "
    "unless another period is named, for municipal partners and the public.\n\n"
    "Local emergency departments recorded 912 visits for opioid overdose in 2030.\n\n"
    "Through the Ontario Naloxone Program, the health unit gave out 6,410 naloxone kits. Most "
    "calls came from the highway that links the district to northern Ontario.\n"
)


def test_a_local_report_naming_one_province_only_further_on_is_the_province() -> None:
    assert _regions(HEALTH_UNIT, "912") == ("Ontario",)


def test_a_second_division_or_the_country_keeps_the_country() -> None:
    named = HEALTH_UNIT.replace("to northern Ontario.", "to northern Ontario and to Manitoba.")
    assert _regions(named, "912") == ("Canada",)
    national = HEALTH_UNIT.replace("for municipal partners", "across Canada, for partners")
    assert _regions(national, "912") == ("Canada",)
