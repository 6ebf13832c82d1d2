"""English reports, round 23 (precision and recall, branch ms24c): numbers the keys never count
that the draft still drafted (a set of divisions opening a sentence, the lower end of a range in
words, a reward, ages, times of day, the first three quarters, a page's counter, statutes, phone
numbers, a restated whole, the occasions a part was found in, concentrations and doses, the amount
a law names by what it does to it), and key
figures the draft never drafted (a median or an average of a time, dollars with a country's
capitals). Made-up sentences."""

from __future__ import annotations

from decimal import Decimal

from tests.extract import sentences

LEAD = "In 2024 officers seized 40 kilograms of cocaine. "


def test_a_whole_set_opening_a_sentence_is_no_figure() -> None:
    text = LEAD + (
        "The nine reporting states recorded 5,120 arrests. All 12 counties reported a death. "
        "Dale had the highest rate of the state's 77 counties, and these nine states agreed."
    )
    assert sentences.numbers(text) == [Decimal(40), Decimal(5120)]


def test_a_force_s_own_units_are_a_whole_set() -> None:
    text = LEAD + "Troopers in all seven troop areas and all 31 field offices carry naloxone."
    assert sentences.numbers(text) == [Decimal(40)]


def test_a_set_where_something_happened_stays() -> None:
    assert Decimal(17) in sentences.numbers("In 2024 police seized cannabis in 17 provinces.")


def test_the_lower_end_of_a_range_in_words_is_no_figure() -> None:
    text = LEAD + (
        "Selling drugs is punishable by three to nine years in prison. A second spray may be given "
        "after two to four minutes."
    )
    assert sentences.numbers(text) == [Decimal(40)]


def test_a_range_of_people_in_words_stays() -> None:
    text = "In 2024 police arrested two to three dealers a week, 130 in all."
    assert Decimal(2) in sentences.numbers(text)


def test_a_reward_in_yuan_is_no_figure() -> None:
    text = LEAD + "Verified clues are given the highest 80,000 yuan reward."
    assert sentences.numbers(text) == [Decimal(40)]


def test_yuan_seized_stay() -> None:
    figure = sentences.figure("In 2024 police seized 80,000 yuan in drug money.", "80,000")
    assert figure.unit == "yuan"


def test_ages_are_no_figures() -> None:
    text = LEAD + (
        "Most users were between the ages of 13 and 16. Ages ranged from 17 to 74. They were "
        "young women between 19 and 33. Anyone under 17 is seen by the youth court. Adults 19 "
        "and older may apply."
    )
    assert sentences.numbers(text) == [Decimal(40)]


def test_a_count_beside_an_age_stays() -> None:
    text = "In 2024 police arrested 1,310 people, 222 of them under 18."
    assert sentences.numbers(text) == [Decimal(1310), Decimal(222)]


def test_times_of_day_are_no_figures() -> None:
    text = LEAD + "The line is open from 7 a.m. to 11 p.m., and the desk from 8 am to 6 pm."
    assert sentences.numbers(text) == [Decimal(40)]


def test_a_count_at_a_time_of_day_stays() -> None:
    assert Decimal(6) in sentences.numbers("In 2024, at 9 p.m. one night, police arrested 6 men.")


def test_the_first_three_quarters_name_a_period() -> None:
    text = "In the first three quarters of 2024 officers seized 40 kilograms of cocaine."
    assert sentences.numbers(text) == [Decimal(40)]


def test_a_page_counter_is_no_figure() -> None:
    text = "Source: City Bureau   Release time: 2024-10-16 09:00   Views: 4,118\n\n" + LEAD
    assert sentences.numbers(text) == [Decimal(40)]


def test_statutes_are_no_figures() -> None:
    text = LEAD + (
        "Selling fake pills is a felony under 21 U.S.C. 352 and 353 and 21 U.S.C. \u00a7 960, "
        "and under the state statute 195.202. Under 625 ILCS 5/11, driving high is a crime. "
        "The notice is given under 17 M.R.S. section 1103."
    )
    assert sentences.numbers(text) == [Decimal(40)]


def test_a_count_charged_under_a_statute_stays() -> None:
    text = "In 2024, 44 people were charged under 21 U.S.C. 841."
    assert Decimal(44) in sentences.numbers(text)


def test_more_phone_numbers_are_no_figures() -> None:
    text = LEAD + (
        "Call 1-800-555-DRUG (3784) or the desk on (0312) 661204. Help is at the 711 Crisis and "
        "Support Lifeline."
    )
    assert sentences.numbers(text) == [Decimal(40)]


def test_calls_counted_after_a_phone_number_stay() -> None:
    text = "In 2024 the line 1-800-555-0100 took 3,784 calls."
    assert Decimal(3784) in sentences.numbers(text)


def test_a_restated_whole_is_no_second_figure() -> None:
    text = (
        "In 2024 there were 433 overdose deaths. Of the 433 deaths, heroin contributed to 151. "
        '"Of the 433 deaths, 90 were women," she said. In 2024 police seized 2,310 kilograms of '
        "cocaine. Of the 2,310 kilograms seized, the port unit accounted for 1,200 kilograms. "
        "Out of 433 deaths recorded, 12 were of children."
    )
    assert sentences.numbers(text) == [
        Decimal(433),
        Decimal(151),
        Decimal(90),
        Decimal(2310),
        Decimal(1200),
        Decimal(12),
    ]


def test_a_whole_stated_first_stays() -> None:
    text = "Of the 5,020 drivers tested in 2024, 641 tested positive."
    assert sentences.numbers(text) == [Decimal(5020), Decimal(641)]


def test_the_occasions_a_part_was_found_in_are_no_figures() -> None:
    text = (
        "In 2024 officers seized 412 kilograms of cocaine, most of it in two shipments of "
        "machinery. Almost half of it was found in three consignments."
    )
    assert sentences.numbers(text) == [Decimal(412)]


def test_shipments_seized_stay() -> None:
    assert Decimal(12) in sentences.numbers("In 2024 officers seized cocaine in 12 shipments.")
    text = "In 2024 officers seized 217 tonnes of opium, most of it near a port, in 903 seizures."
    assert Decimal(903) in sentences.numbers(text)


def test_a_median_age_stays_no_figure() -> None:
    text = "In 2025 police arrested 41 people; their median age was 29 years."
    assert sentences.numbers(text) == [Decimal(41)]


def test_concentrations_are_no_quantities() -> None:
    text = LEAD + (
        "A sample is positive above the cut-off, for example 200 nanograms per millilitre. "
        "Drivers with 3.0 nanograms or more of THC per milliliter of blood are impaired. The "
        "limit is 5 micrograms of THC per litre of blood."
    )
    assert sentences.numbers(text) == [Decimal(40)]


def test_what_one_dose_weighs_is_no_quantity() -> None:
    text = LEAD + (
        "A street dose of heroin is less than 0.2 gram. Doses of fentanyl are commonly sold at "
        "0.3 grams. Tablets were converted at 0.4 gram per tablet. A typical dose weighed "
        "between 0.1 and 0.5 grams. A first dose by a paramedic is 800 micrograms."
    )
    assert sentences.numbers(text) == [Decimal(40)]


def test_a_mass_beside_doses_stays() -> None:
    text = "In 2024 officers seized 40 kilograms of cocaine, enough for 400,000 doses, and 2 grams."
    assert Decimal(2) in sentences.numbers(text)


def test_a_median_or_an_average_time_is_a_statistic() -> None:
    text = "In 2025 the median response time to urgent overdoses fell to 8.7 minutes."
    figure = sentences.figure(text, "8.7")
    assert (figure.measure, figure.unit) == ("median-response-time", "minute")
    text = "The average custodial sentence length for supply offences in 2025 was 38.5 months."
    figure = sentences.figure(text, "38.5")
    assert (figure.measure, figure.unit) == ("average-custodial-sentence-length", "month")


def test_the_base_of_a_median_time_is_the_same_statistic() -> None:
    text = "In 2025 the median wait for a bed fell to 17 days, from 29 days in 2024."
    assert sentences.figure(text, "29").measure == "median-wait"


def test_other_durations_stay_criteria() -> None:
    text = (
        "In 2025 the average seizure grew over the past five years, and 41 people were held for "
        "3 days."
    )
    assert sentences.numbers(text) == [Decimal(41)]


def test_dollars_with_a_country_s_capitals() -> None:
    text = "In 2025 police seized BZ$2.41 million and RD$77.3 million in cash."
    assert sentences.figure(text, "2,410,000").unit == "dollar"
    assert sentences.figure(text, "77,300,000").unit == "peso"


def test_a_plain_dollar_amount_stays() -> None:
    assert sentences.figure("In 2025 police seized $41,000 in cash.", "41,000").unit == "dollar"


def test_the_amount_a_law_names_by_its_consequence_is_no_seizure() -> None:
    text = LEAD + (
        "Possession of more than 20 grams of cannabis without a licence remains a felony. Adults "
        "may possess up to 2.5 ounces of cannabis. A first offence involving less than 3 grams of "
        "heroin may be settled with a fine. Growing more than six plants is a criminal offence. "
        "Delivery of more than 40 grams of fentanyl carries a maximum sentence of 30 years."
    )
    assert sentences.numbers(text) == [Decimal(40)]


def test_an_amount_seized_beside_a_penalty_stays() -> None:
    text = "In 2024 police seized 12 kilograms of heroin, an amount that carries a long sentence."
    assert Decimal(12) in sentences.numbers(text)
