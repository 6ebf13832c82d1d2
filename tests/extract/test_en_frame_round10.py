"""English reports, issue 14 round 10 (the report's frame): the issuer's country from its own
name or its dateline's capital, an international body's joint operation placed in its
participating countries, the dateline and a currency's country never a figure's region, a
bordering neighbour no region; an operation's days, months "last year", a quarter restated by its
months, the report's own span named without a date. Made-up sentences; each rule has a case it
must not fire on."""

from __future__ import annotations

from datetime import date

from narcokg.extract import gazetteer
from narcokg.extract.drafts import DraftMeasurement
from narcokg.extract.periods import find_periods
from tests.extract import sentences

SPRING = date(2024, 5, 20)


def figure(text: str, quote_start: str, published: date = SPRING) -> DraftMeasurement:
    return sentences.quoted_figure(text, quote_start, published)


def labels(text: str, published: date = SPRING) -> list[str]:
    return [p.label for p in find_periods(text, published)]


# the issuer's country


def test_the_country_an_issuers_name_carries_wins_over_a_known_agencys_country() -> None:
    text = (
        "Ministry of Public Security of Viet Nam reviews the first quarter\n\n"
        "The Ministry of Public Security of Viet Nam said its officers broke up 806 trafficking "
        "rings in the quarter, many of them moving heroin from China.\n\n"
        "Officers also seized 2,310 kilograms of methamphetamine."
    )
    assert figure(text, "2,310").regions == ("Vietnam",)
    assert figure(text, "806").regions == ("Vietnam",)


def test_a_known_agencys_country_stays_when_its_name_carries_none() -> None:
    text = (
        "Ministry of Public Security reviews the first quarter\n\n"
        "The Ministry of Public Security said its officers broke up 806 trafficking rings in "
        "the quarter, many of them moving heroin from Vietnam.\n\n"
        "Officers also seized 2,310 kilograms of methamphetamine."
    )
    assert figure(text, "2,310").regions == ("China",)


def test_a_ministry_named_without_a_country_is_its_datelines() -> None:
    text = (
        "Drug control results for April\n\n"
        "VIENTIANE, 2 May 2024 - The Ministry of Public Security said police had arrested "
        "1,046 suspects in April, some of them Thai and Chinese nationals.\n\n"
        "They seized 88 kilograms of heroin at the border with China."
    )
    assert figure(text, "1,046").regions == ("Laos",)
    assert figure(text, "88").regions == ("Laos",)


def test_a_demonym_before_the_issuer_names_its_country() -> None:
    text = (
        "Drug control results for April\n\n"
        "The Vietnamese Ministry of Public Security said on Monday that its officers had seized "
        "41 million pills in April, much of it brought across the border from China."
    )
    assert figure(text, "41 million").regions == ("Vietnam",)


def test_other_names_of_countries_are_found() -> None:
    regions = gazetteer.load_regions(sentences.GAZETTEER)
    text = "the Lao People's Democratic Republic and Viet Nam; the Republic of Korea"
    found = [m.key for m in gazetteer.find_regions(text, regions, None)]
    assert found == ["Laos", "Vietnam", "South Korea"]
    # a longer name wins over the short form inside it
    assert [m.key for m in gazetteer.find_regions("North Korea", regions, None)] == ["North Korea"]


# an international body's joint operation


INTERNATIONAL = (
    "Seventeen tonnes seized in a joint maritime operation\n\n"
    "VIENNA, Austria, 5 May 2024 - An operation coordinated by UNODC along the Atlantic coast "
    "has led to the seizure of 17 tonnes of cocaine, the Office said today.\n\n"
    "The operation ran from 8 to 21 April 2024 in Ghana, Togo and Benin, with officers from "
    "Spain providing training.\n\n"
    "Across the coast, officers also arrested 212 suspects. In Togo, customs found 3.4 tonnes "
    "of cocaine in a container of cashew nuts, and seized 1.2 million US dollars in cash."
)


def test_a_joint_operations_figures_take_its_participating_countries() -> None:
    for quote in ("17 tonnes", "212"):
        made = figure(INTERNATIONAL, quote)
        assert made.regions == ("Ghana", "Togo", "Benin"), quote
        assert made.period == "2024-04-08/2024-04-21", quote


def test_a_participant_named_for_a_figure_is_that_figures_region() -> None:
    assert figure(INTERNATIONAL, "3.4 tonnes").regions == ("Togo",)


def test_a_currencys_country_is_no_region() -> None:
    assert figure(INTERNATIONAL, "1.2 million").regions == ("Togo",)


def test_a_national_release_thanking_an_international_body_keeps_its_country() -> None:
    text = (
        "Customs results for the first quarter\n\n"
        "ACCRA, 5 May 2024 - The Customs Division of the Ghana Revenue Authority seized 212 "
        "kilograms of cocaine in the first quarter, with the support of UNODC.\n\n"
        "Officers also arrested 38 suspects at the port of Tema."
    )
    assert figure(text, "38").regions == ("Ghana",)


def test_a_list_of_countries_that_is_a_route_is_no_operation() -> None:
    text = (
        "Police results for April\n\n"
        "The National Police said an operation in April had stopped cocaine shipped through "
        "Ghana, Togo and Benin, and that officers had seized 730 kilograms at the port of Lagos.\n"
    )
    assert figure(text, "730").regions == ("Nigeria",)


def test_a_bordering_neighbour_is_no_region() -> None:
    text = (
        "Drug control results for April\n\n"
        "HANOI, 2 May 2024 - The Ministry of Public Security reported its results for April.\n\n"
        "The provinces that border Laos and Cambodia remained the busiest. In them, officers "
        "seized 96 kilograms of heroin."
    )
    assert figure(text, "96").regions == ("Vietnam",)
    named = "Officers seized 96 kilograms of heroin in Laos."
    assert figure("Police results\n\n" + named, "96").regions == ("Laos",)


# the report's period


def test_an_operations_days_in_one_month_are_its_period() -> None:
    assert labels("The sweep ran from 4 to 18 June 2023 along the coast.") == [
        "2023-06-04/2023-06-18"
    ]
    assert labels("Officers checked 2,100 lorries during 4-18 June 2023.") == [
        "2023-06-04/2023-06-18"
    ]
    # two numbers of a change are no days
    assert labels("Arrests rose from 4 to 18 in June 2023.") == ["2023-06"]


def test_months_named_as_a_period_last_year_are_those_months_a_year_back() -> None:
    assert labels("up 31 percent on the March to May period last year") == ["2023-03-01/2023-05-31"]
    assert labels("from March to May 2022") == ["2022-03-01/2022-05-31"]


def test_a_quarter_restated_by_its_months_is_those_months() -> None:
    text = "In the second quarter of the fiscal year (October to December 2022), police seized"
    assert labels(text) == ["2022-Q4", "2022-Q4"]
    kept = "In the second quarter (2021: 310), police seized"
    assert labels(kept)[0] != "2021"


def test_the_reports_own_span_named_without_a_date_is_the_reports_period() -> None:
    text = (
        "Annual report, financial year 2022-23 (1 April 2022 to 31 March 2023)\n\n"
        "The service publishes its annual figures for the financial year.\n\n"
        "As at 31 March 2023, 4,410 people were in treatment. In the financial year, 2,114 people "
        "entered treatment."
    )
    assert figure(text, "2,114", date(2023, 7, 1)).period == "FY2023"
    ended = text.replace("In the financial year,", "In the year to June 2023,")
    assert figure(ended, "2,114", date(2023, 7, 1)).period != "FY2023"


def test_a_span_after_an_earlier_figure_of_the_sentence_is_that_figures() -> None:
    text = (
        "Annual report 2023\n\n"
        "The board publishes its figures for 2023.\n\n"
        "Outreach teams found 3,120 new drug users during the year, bringing the number of drug "
        "users on the register to 21,400 at year end."
    )
    assert figure(text, "21,400", date(2024, 4, 2)).period == "2023-12-31"


def test_a_neighbouring_country_named_as_a_place_is_a_region() -> None:
    text = (
        "Country drug report: Poland\n\n"
        "The agency publishes its report on Poland.\n\n"
        "In neighbouring Slovakia, 64 drug-induced deaths were reported for 2022."
    )
    assert figure(text, "64").regions == ("Slovakia",)


# a federal body's release datelined in a state's city

FEDERAL = (
    "Cutter returns with 18,000 pounds of cocaine\n\n"
    "NORFOLK, Va. - The crew of the Coast Guard Cutter Legare offloaded more than 18,000 pounds "
    "of cocaine Thursday at its home port, the Coast Guard Atlantic Area said.\n\n"
    "The drugs were seized off Colombia and Panama during 9 interdictions between July and "
    "September.\n\n"
    "In fiscal year 2024, Atlantic Area crews removed 96,000 pounds of cocaine."
)


def test_a_federal_bodys_release_is_its_countrys_not_its_datelines_state() -> None:
    made = figure(FEDERAL, "more than 18,000", date(2024, 10, 17))
    assert made.regions == ("United States",)
    assert made.period == "2024-10-17"  # Thursday, the day of publication
    federal_year = figure(FEDERAL, "96,000", date(2024, 10, 17))
    assert federal_year.period == "2023-10-01/2024-09-30"  # October to September, not July


def test_a_coast_a_ship_was_off_is_no_region() -> None:
    assert figure(FEDERAL, "9 interdictions", date(2024, 10, 17)).regions == ("United States",)


def test_a_local_unit_of_a_federal_body_keeps_its_datelines_state() -> None:
    local = FEDERAL.replace("the Coast Guard Atlantic Area said", "the Coast Guard said").replace(
        "The crew of", "Crews of Sector Hampton Roads and"
    )
    assert figure(local, "more than 18,000", date(2024, 10, 17)).regions == ("Virginia",)


def test_a_weekday_the_release_was_announced_on_is_no_period() -> None:
    text = "Officers seized 412 kilograms of cannabis in 2023, the police said Thursday."
    assert labels(text, date(2024, 10, 17)) == ["2023", "2024-10-17"]
    assert find_periods(text, date(2024, 10, 17))[1].comparison


def test_a_coast_of_the_reports_own_area_is_a_region() -> None:
    text = (
        "District results for fiscal year 2024\n\n"
        "MIAMI - Coast Guard crews in the district seized 9,200 pounds of cocaine in fiscal year "
        "2024, officials said. The district covers Florida, Puerto Rico and the U.S. Virgin "
        "Islands.\n\n"
        "Crews seized 2,050 pounds of cocaine off Puerto Rico."
    )
    assert figure(text, "2,050", date(2024, 11, 5)).regions == ("Puerto Rico",)


# a quarter of a fiscal year, in the country's own months


def test_a_quarter_of_a_fiscal_year_is_counted_from_the_countrys_first_month() -> None:
    us = figure(
        "Agency results\n\nIn the first quarter of fiscal year 2024, CBP officers seized 7,100 "
        "pounds of fentanyl nationwide.",
        "7,100",
        date(2024, 2, 14),
    )
    assert us.period == "2023-Q4"  # October to December 2023, the federal year's first
    uk = figure(
        "Border Force bulletin\n\nIn the first quarter of financial year 2024, Border Force "
        "officers in the United Kingdom seized 710 kilograms of cocaine.",
        "710",
        date(2024, 2, 14),
    )
    assert uk.period == "2023-Q2"  # April to June 2023


def test_a_quarter_of_a_calendar_year_stays_the_calendar_quarter() -> None:
    assert labels("In the first quarter of 2024, CBP seized") == ["2024-Q1"]


def test_a_mixed_case_dateline_places_a_ministry_named_without_a_country() -> None:
    text = (
        "Drug control in the first half\n\n"
        "(Machine translation of the original)\n\n"
        "Hanoi, July 9, 2024 - According to the Ministry of Public Security, the forces arrested "
        "9,870 subjects in the first half of the year, and seized 610 kg of heroin brought in "
        "from China."
    )
    assert figure(text, "9,870", date(2024, 7, 9)).regions == ("Vietnam",)
    undated = text.replace("Hanoi, July 9, 2024 - ", "")
    assert figure(undated, "9,870", date(2024, 7, 9)).regions == ("China",)


def test_every_partner_of_a_list_is_no_region() -> None:
    text = (
        "Results of cooperation\n\n"
        "VIENTIANE, 2 May 2024 - The Lao police reported their results.\n\n"
        "In cooperation with the Narcotics Control Bureau of China and the Narcotics Control "
        "Board of Thailand, officers carried out 11 joint operations."
    )
    assert figure(text, "11", date(2024, 5, 2)).regions == ("Laos",)


def test_a_coast_outside_the_reports_area_is_no_region_for_later_sentences() -> None:
    text = (
        "Annual report 2023-24\n\n"
        "NEW DELHI, 10 July 2024 - The bureau has published its annual report on India "
        "for 2023-24.\n\n"
        "Officers seized 312 kilograms of heroin from a boat off the Kerala coast. Customs "
        "separately found 52 kilograms of cocaine in a container."
    )
    assert figure(text, "52", date(2024, 7, 10)).regions == ("India",)
    on_land = text.replace("from a boat off the Kerala coast", "at a farm in Kerala")
    assert figure(on_land, "52", date(2024, 7, 10)).regions == ("Kerala",)


def test_a_quarter_of_the_fiscal_year_is_a_quarter_of_the_reports_year() -> None:
    text = (
        "Annual results for fiscal year 2024\n\n"
        "OTTAWA, 14 May 2024 - The agency reported that in fiscal year 2024 (1 April 2023 to 31 "
        "March 2024) officers seized 3,410 kilograms of cocaine.\n\n"
        "In the third quarter of the fiscal year, officers seized 1,020 kilograms."
    )
    assert figure(text, "1,020").period == "2023-Q4"  # October to December 2023
    calendar = text.replace("the third quarter of the fiscal year", "the third quarter of 2023")
    assert figure(calendar, "1,020").period == "2023-Q3"


def test_countries_said_to_take_part_are_a_joint_operations_region() -> None:
    text = (
        "Customs operation in East Africa\n\n"
        "BRUSSELS, 3 June 2025 - An operation coordinated by the WCO across four countries led "
        "to the seizure of 610 kilograms of heroin, the WCO said today.\n\n"
        "The countries taking part were Kenya, Tanzania, Uganda and Rwanda."
    )
    assert figure(text, "610", date(2025, 6, 3)).regions == (
        "Kenya",
        "Tanzania",
        "Uganda",
        "Rwanda",
    )
    named = text.replace("The countries taking part were", "Heroin moved on from there to")
    assert figure(named, "610", date(2025, 6, 3)).regions != (
        "Kenya",
        "Tanzania",
        "Uganda",
        "Rwanda",
    )


def test_months_an_operation_ran_with_no_year_are_the_latest_such_months() -> None:
    assert labels("The sweep, which ran March to May, netted 212 suspects.") == [
        "2024-03-01/2024-05-31"
    ]
    assert labels("Arrests over the March-May period rose.") == ["2024-03-01/2024-05-31"]
    # months of a list are no span
    assert all("/" not in label for label in labels("The board met in March, May and July."))


def test_a_span_of_days_written_with_a_dash_or_after_period() -> None:
    assert labels("During the operation period of 2 March - 28 April 2024, police") == [
        "2024-03-02/2024-04-28"
    ]
    assert labels("in the period 1 January to 31 March 2024, officers") == ["2024-01-01/2024-03-31"]
    # a day alone stays a day
    assert labels("On 2 March 2024, police seized 40 kilograms.") == ["2024-03-02"]


def test_a_national_prosecutors_release_is_its_countrys_not_its_datelines_state() -> None:
    text = (
        "Prosecutors report the first half\n\n"
        "MONTERREY, Nuevo Leon - The Office of the Attorney General of the Republic said on "
        "Wednesday that it had opened 2,870 investigations into drug trafficking in the first "
        "half of 2024."
    )
    assert figure(text, "2,870", date(2024, 7, 17)).regions == ("Mexico",)
    state = text.replace("Office of the Attorney General of the Republic", "state prosecutor")
    assert figure(state, "2,870", date(2024, 7, 17)).regions == ("Nuevo León",)


def test_the_day_of_the_month_a_translation_names_is_that_day() -> None:
    published = date(2025, 3, 17)
    assert labels("On the 9th, police seized 31 kilograms in Busan.", published) == ["2025-03-09"]
    assert labels("On the 28th, police seized 31 kilograms.", published) == ["2025-02-28"]
    said = find_periods("The ministry said on the 14th that 3,412 people were treated", published)
    assert said[0].comparison  # the day it announced, no period of the figures
    assert labels("the 30th anniversary of the law", published) == []


def test_countries_an_operation_involved_are_its_region_and_its_days_no_figures() -> None:
    text = (
        "Regional operation against synthetic drugs\n\n"
        "BANGKOK, 2 December 2024 - UNODC today announced the results of a joint operation "
        "involving Cambodia, Laos and Thailand that ran from 1 to 30 September 2024.\n\n"
        "Officers seized 6.2 tonnes of methamphetamine."
    )
    made = sentences.drafted(text, date(2024, 12, 2))
    assert [m.mention.quote for m in made.measurements] == ["6.2 tonnes of methamphetamine"]
    assert made.measurements[0].regions == ("Cambodia", "Laos", "Thailand")
    assert made.measurements[0].period == "2024-09-01/2024-09-30"


def test_a_count_next_to_a_single_day_is_still_a_figure() -> None:
    text = "Police results\n\nOfficers arrested 20 suspects on 3 March 2024 in Lagos."
    made = sentences.drafted(text, date(2024, 3, 10))
    assert [m.mention.quote for m in made.measurements] == ["20 suspects"]


def test_a_known_agencys_country_the_text_never_names_yields_to_its_dateline() -> None:
    text = (
        "Six-month results\n\n"
        "HANOI, 9 July 2024 - The public security organs arrested 9,870 subjects in the first "
        "half of the year and seized 610 kg of heroin."
    )
    assert figure(text, "9,870", date(2024, 7, 9)).regions == ("Vietnam",)
    named = text.replace("in the first half", "across China in the first half")
    assert figure(named, "9,870", date(2024, 7, 9)).regions == ("China",)


def test_weeks_or_a_half_year_ending_on_a_day_are_that_span() -> None:
    assert labels("In the six weeks ending 15 March 2024, officers seized") == [
        "2024-02-03/2024-03-15"  # 42 days, 2024 a leap year
    ]
    assert labels("In the half-year ending 31 December 2023, officers seized") == ["2023-H2"]
    # a whole year ending on a day stays the year
    assert labels("In the year ending 31 December 2023, officers seized") == ["2023"]


def test_ordinal_days_of_a_span() -> None:
    assert labels("from March 3rd to March 16th 2024, police") == ["2024-03-03/2024-03-16"]


def test_a_national_sounding_body_of_a_state_keeps_its_state() -> None:
    text = (
        "Guard results\n\n"
        "AUSTIN, Texas - The Texas National Guard said its counterdrug task force helped seize "
        "4,100 pounds of marijuana in 2024."
    )
    assert figure(text, "4,100", date(2025, 1, 20)).regions == ("Texas",)


def test_a_participants_adjective_before_its_officers_places_its_figure() -> None:
    made = figure(
        INTERNATIONAL.replace("In Togo, customs found", "Togolese officers found"), "3.4 tonnes"
    )
    assert made.regions == ("Togo",)
    # an adjective before no one who acts is no place ("Italian restaurant")
    text = "Police results\n\nThe National Police of Spain seized 212 kilograms in an Italian bar."
    assert figure(text, "212").regions == ("Spain",)


def test_days_an_operations_lead_states_are_the_reports_period_however_often_a_year_is_named() -> (
    None
):
    text = (
        "Operation results\n\n"
        "ACCRA, 2 May 2024 - Police said Operation Clean Coast, which ran from 4 to 25 April "
        "2024, was the largest since 2019.\n\n"
        "Officers arrested 318 suspects. In 2023 the police arrested 2,900 people in all. In "
        "2023 they also dismantled 61 laboratories, and in 2023 they seized 4 tonnes of cocaine."
    )
    assert figure(text, "318").period == "2024-04-04/2024-04-25"
    assert figure(text, "2,900").period == "2023"


def test_officers_of_countries_that_took_part_are_the_operations_region() -> None:
    text = (
        "Pacific maritime operation\n\n"
        "SUVA, Fiji, 3 September 2024 - The regional agency released the results of a joint "
        "maritime operation it coordinated from 5 to 18 August 2024.\n\n"
        "Police and customs officers of Fiji, Samoa and Tonga took part. They seized 410 "
        "kilograms of cocaine.\n\n"
        "The operation received technical support from the Australian Federal Police, whose "
        "officers trained the boarding teams.\n\n"
        "An earlier edition, in 2023, ended with 52 arrests, according to the agency."
    )
    assert figure(text, "410", date(2024, 9, 3)).regions == ("Fiji", "Samoa", "Tonga")
    # a supporting agency's country is no region, here or when "the agency" is named later
    assert figure(text, "52", date(2024, 9, 3)).regions == ("Fiji", "Samoa", "Tonga")
    routed = text.replace("Police and customs officers of Fiji, Samoa and Tonga took part.", "")
    assert figure(routed, "410", date(2024, 9, 3)).regions != ("Fiji", "Samoa", "Tonga")
