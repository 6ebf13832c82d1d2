"""Issue 14, round 14: numbers that are not statistics and that the keys of many writers leave
out (phone numbers, rewards and fines a law sets, ages, amounts a law or a definition names,
doses in milligrams, law numbers, quoted day names, the whole of "1 in 9", other calendars' years,
sentence ranges, the whole of "Of the M ..., N" stated before), and the earlier figure of a pair
written in brackets after a year, which the keys count. Made-up sentences; each case has a
counter-example that must stay a figure."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.extract.sentences import draft_of


def numbers(text: str) -> list[Decimal]:
    return [m.mention.number for m in draft_of(text).measurements]


@pytest.mark.parametrize(
    ("text", "kept", "left_out"),
    [
        # phone numbers and short codes, however they are introduced
        ("Officers seized 51 kg of heroin. Tips can be given by dialling 117 or to Crime Watch "
         "on 0700 222 431.", ["51"], ["117", "222", "431"]),
        ("The unit made 64 arrests. The public may phone the free line 1444, and the 155 alarm "
         "telephone stays open.", ["64"], ["1444", "155"]),
        ("Officers made 88 arrests. Residents can report drug dealing to the Drug Watch Hotline "
         "at (613) 555-7777.", ["88"], ["613"]),
        ("The service's hotline 1717 answered 3,020 calls in the year.", ["3020"], ["1717"]),
        # a reward, and the fine a law sets for one offence
        ("Police seized 2,100 yuan in cash; a verified tip earns a reward of up to 50,000 yuan.",
         ["2100"], ["50000"]),
        ("Customs seized 311 kg of cocaine. Importing drugs carries a fine of $2 million.",
         ["311"], ["2000000"]),
        # ages
        ("Officers arrested 1,204 people; the youngest suspect was 13 and children as young as "
         "11 were used as couriers.", ["1204"], ["13", "11"]),
        ("Of the 730 people arrested, 96 were below the age of 17.", ["730", "96"], ["17"]),
        ("The 41 defendants range in age from 19 to 66.", ["41"], ["19", "66"]),
        # sentence ranges: the lower end of a span of years
        ("Police charged 73 dealers; dealing is punished with 6 to 18 years in prison.",
         ["73"], ["6", "18"]),
        # amounts a law or a definition names, and what one pill holds
        ("Possession of more than 40 grams of hashish or 3 grams of heroin is presumed to be "
         "for sale under the act.", [], ["40", "3"]),
        ("The threshold quantity of ketamine is 8 grams. Agents seized 640 grams of ketamine.",
         ["640"], ["8"]),
        ("Adults may carry up to 15 grams of cannabis for personal use. Police seized 9 tonnes "
         "of cannabis.", ["9"], ["15"]),
        ("The unit made 17 seizures of more than 500 kilograms each.", ["17"], ["500"]),
        ("A haul above 5 kilograms of heroin is considered large; there were 44 of them.",
         ["44"], ["5"]),
        ("Counts under 20 are suppressed. Coroners recorded 1,120 deaths.", ["1120"], ["20"]),
        ("A typical counterfeit tablet contains between 2 and 4 milligrams of fentanyl; "
         "officers seized 7,800 tablets.", ["7800"], ["2", "4"]),
        ("The drugs seized were equivalent to about 3 million doses; officers seized 95 kg of "
         "cocaine.", ["95"], ["3000000"]),
        # a counter-example: a quantity seized in one case stays a figure
        ("Officers arrested a courier for possession of 6 kilograms of cocaine.", ["6"], []),
        # law numbers, a quoted day name, the whole of a ratio, another calendar's year
        ("Under Law 4,712 of 2011, the agency dismantled 38 laboratories.", ["38"], ["4712"]),
        ('On the "6.26" day the bureau reported 212 cases.', ["212"], ["6.26"]),
        ("About 3 in 10 users tested positive; 812 users were tested.", ["3", "812"], ["10"]),
        ("Seizures reached 980 tonnes, 4 percent more than in 1399.", ["980", "4"], ["1399"]),
        ("The bureau, founded in 1856, seized 14 kg of opium.", ["14"], ["1856"]),
        # the whole set of a body's divisions, against the set where something happened
        ("The survey covered all 36 districts; the operation ran in 12 districts.", ["12"],
         ["36"]),
        ("Officers of Ruritania's five provinces seized 70 kg of opium.", ["70"], ["5"]),
    ],
)  # fmt: skip
def test_numbers_the_keys_leave_out(text: str, kept: list[str], left_out: list[str]) -> None:
    found = numbers(text)
    assert all(Decimal(n) in found for n in kept), found
    assert not any(Decimal(n) in found for n in left_out), found


def test_a_whole_stated_before_is_not_counted_again() -> None:
    text = "Coroners recorded 2,480 drug deaths. Of the 2,480 deaths, 1,730 involved an opioid."
    assert numbers(text).count(Decimal(2480)) == 1


def test_a_whole_stated_first_in_of_the_m_stays_a_figure() -> None:
    text = "Police recorded 9,900 offences. Of the 3,312 people charged, 1,020 were under 25."
    assert Decimal(3312) in numbers(text)


def test_the_earlier_figure_in_brackets_after_a_year_is_its_own_figure() -> None:
    text = (
        "Police seized 8,400 kilograms of cocaine, 12 per cent more than in 2023 (7,500 kilograms)."
    )
    assert Decimal(7500) in numbers(text)


def test_a_conversion_in_brackets_after_a_unit_is_no_figure() -> None:
    assert Decimal(2200) not in numbers("Officers seized 1,000kg (2,200lbs) of cannabis.")
