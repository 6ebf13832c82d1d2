"""English reports, issue 14 round 17 (periods, branch pe18). Made-up sentences; each rule has a
case it must not fire on."""

from __future__ import annotations

from datetime import date

from narcokg.extract.drafts import DraftMeasurement
from narcokg.extract.periods import default_period, find_periods
from tests.extract import sentences

MIDYEAR = date(2031, 7, 9)


def figure(text: str, quote_start: str, published: date = MIDYEAR) -> DraftMeasurement:
    return sentences.quoted_figure(text, quote_start, published)


def main_period(text: str, published: date = MIDYEAR) -> str:
    return default_period(find_periods(text, published), published, text.index("\n"), text)


def test_the_months_the_lead_names_are_the_reports_period() -> None:
    speech = (
        "Address of the Police Chief on the Day against Drugs (excerpt)\n\n"
        "Lakeport, 9 July 2031\n\n"
        "Let me tell you what the drug squads of this Police achieved in the twelve months to "
        "the end of May 2031.\n\n"
        "The squads opened 2,210 cases. Ketamine seizures rose from 80 kilograms in 2029 to 140 "
        "kilograms in 2030, and the treatment fund reached 9,400 people in 2030. Its hotline, "
        "set up in 1994, took 61,000 calls in 2030."
    )
    assert main_period(speech) == "2030-06-01/2031-05-31"
    spelled = (
        "Minister's address to the assembly\n\n"
        "Permit me to report on the year that has just ended, which ran from July 2030 to the "
        "end of June 2031, a year of hard work for every officer of the service.\n\n"
        "Officers opened 930 inquiries, against 1,002 in 2029 and 870 in 2028; in 2028 the "
        "unit had 40 officers."
    )
    assert main_period(spelled) == "2030-07-01/2031-06-30"
    release = (
        "Island police report more seizures\n\n"
        "PORT ELLIS, 9 October 2031 - The island's drug unit seized 5,100 pounds of cannabis "
        "from January to September 2031, more than the 4,300 pounds of the same months of "
        "2030, the unit's commander said at headquarters on Tuesday.\n\n"
        "The unit works with a coastal patrol that dates back to 1987, which stopped 9 boats in "
        "the same months, and with the harbour guard, founded in 1987 too."
    )
    assert main_period(release, date(2031, 10, 9)) == "2031-01-01/2031-09-30"


def test_a_quarter_or_a_base_in_the_lead_is_not_the_reports_period() -> None:
    annual = (
        "Drug deaths in the province, 2030\n\n"
        "In 2030, 412 people died of a drug poisoning in the province, and 118 of them died in "
        "the fourth quarter alone, the most of any quarter since records began.\n\n"
        "Men accounted for 301 of the deaths in 2030. Opioids were found in 266 deaths in 2030."
    )
    assert main_period(annual, date(2031, 5, 4)) == "2030"
    compared = (
        "Customs seizures, 2030\n\n"
        "Customs officers made 1,720 drug seizures in 2030, against 1,510 from January to "
        "September 2029 and the whole of 2029's 2,000, as parcel traffic grew at every port.\n\n"
        "Cocaine seizures in 2030 totalled 88 kilograms."
    )
    assert main_period(compared, date(2031, 2, 4)) == "2030"
    year_first = (
        "Bureau reports drug seizures for 2030\n\n"
        "The bureau seized 1,100 kilograms of drugs in 2030, a fall of 9% on the year before, its "
        "chief told a briefing this morning.\n\n"
        "Between January and November 2030, police arrested 1,300 people for drug offences "
        "across the city, and in the last weeks of the year a further 210 people."
    )
    assert main_period(year_first, date(2031, 2, 4)) == "2030"


def test_a_total_since_an_undated_launch_runs_from_the_launch_an_earlier_sentence_dates() -> None:
    text = (
        "Harbour Police annual review 2030\n\n"
        "In 2030 the Harbour Police made 4,120 drug arrests.\n\n"
        "Operation Lantern, a drive against street dealing, was launched in September 2027. "
        "During 2030 it led to 610 arrests. Since its launch, 2,950 people have been arrested "
        "under the operation.\n\n"
        "The harbour's dog unit, which the force established in May 2028, has become vital. "
        "Since its establishment it has found 1,300 parcels of drugs.\n\n"
        "The river patrol was set up in 2029. In 2030 the patrol stopped 77 boats, the most "
        "since its launch."
    )
    published = date(2031, 4, 2)
    assert figure(text, "2,950 people", published).period == "2027-09-01/2030-12-31"
    assert figure(text, "1,300 parcels", published).period == "2028-05-01/2030-12-31"
    # a record ("the most since its launch") is no running total, and a count of the year is new
    assert figure(text, "77 boats", published).period == "2030"
    assert figure(text, "610 arrests", published).period == "2030"


def test_a_statutes_number_or_a_bodys_founding_year_is_no_period() -> None:
    text = (
        "Border police results for 2030\n\n"
        "In 2030 the border police seized 640 kilograms of cocaine.\n\n"
        "Under Decree 77/2016, a first possession offence may be referred to a health board; "
        "912 persons were referred in this way. Under the Narcotics Act as amended in 2019, 88 "
        "persons received a fine. The port patrol, which dates back to 1979, searched 4,400 "
        "containers."
    )
    published = date(2031, 3, 2)
    for quote in ("912 persons", "88", "4,400 containers"):
        assert figure(text, quote, published).period == "2030", quote
