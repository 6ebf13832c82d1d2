"""Issue 14, round 7 (measures and units on unseen reports): one rule per test, by grammatical
class, each with a counter-example it must not fire on. Every sentence is made up for the test."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from narcokg.extract.draft import draft_document
from narcokg.extract.money import money_measure
from tests.extract.sentences import figure, numbers

GAZETTEER = Path(__file__).resolve().parents[2] / "graph" / "reference" / "regions.csv"


def money(sentence: str, amount: str) -> str:
    at = sentence.index(amount)
    return money_measure(sentence, sentence[:at], sentence[at + len(amount) :])


@pytest.mark.parametrize(
    ("sentence", "amount", "measure"),
    [
        # the worth of a count of things other than drugs is their value
        (
            "The board approved 41 asset orders worth a combined $9.2 million.",
            "$9.2 million",
            "value-of-asset-orders",
        ),
        # a mass noun a verb acted on, then "worth": the noun, as the verb left it
        (
            "Detectives restrained property worth £3.1 million.",
            "£3.1 million",
            "property-restrained",
        ),
        # counter-example: drugs worth an amount are the value of the drugs seized
        (
            "Officers found 30 kilograms of heroin worth £1.4 million.",
            "£1.4 million",
            "value-of-drugs-seized",
        ),
        # a verb (or its noun) acting on the amount, with what the amount is held in
        (
            "The court ordered the confiscation of $4.2 million in proceeds of crime.",
            "$4.2 million",
            "proceeds-of-crime-confiscated",
        ),
        ("Investigators froze €800,000 linked to the gang.", "€800,000", "assets-frozen"),
        # the subject the amount is the total of, without its complements
        (
            "Penalties levied on shipping firms under the 1990 Act totalled $640,000.",
            "$640,000",
            "penalties-levied",
        ),
        # counter-example: a subject that is a drug load stays the value of drugs
        (
            "The cocaine seized in the raid reached £2 million in value.",
            "£2 million",
            "value-of-drugs-seized",
        ),
        (
            "Households spent an estimated $2.2 billion on cannabis products last year.",
            "$2.2 billion",
            "spending-on-cannabis-products",
        ),
        (
            "Users spent about $90 million on the three drugs, police said.",
            "$90 million",
            "spending-on-drugs",
        ),
        # counter-example: cash words keep the cash reading
        ("Cash seizures amounted to $310,000 over the year.", "$310,000", "cash-seized"),
    ],
)
def test_money_is_named_by_the_grammar_around_it(sentence: str, amount: str, measure: str) -> None:
    assert money(sentence, amount) == measure


def test_a_currency_written_in_letters_is_a_money_unit() -> None:
    found = figure("Police froze assets of RM 12.5 million held by the syndicate.", "12500000")
    assert (found.mention.unit, found.measure) == ("ringgit", "assets-frozen")
    assert found.mention.quote == "RM 12.5 million"  # an amount counts no noun after it


def test_rm_inside_a_word_is_not_a_currency() -> None:
    draft = draft_document(
        "Release\n\nThe FORM 27 return lists 40 kilograms of cannabis.",
        "doc",
        date(2024, 3, 1),
        file="doc.txt",
        gazetteer_file=GAZETTEER,
    )
    assert "ringgit" not in [m.unit for m in draft.measurements]


def test_a_rand_sign_glued_to_an_amount_is_money_but_a_road_name_is_not() -> None:
    found = figure("Officers seized R450,000 in cash in 2023.", "450000")
    assert (found.unit, found.measure) == ("rand", "cash-seized")
    value = figure("Drugs seized in 2023 were valued at R2.4 billion.", "2400000000")
    assert value.unit == "rand"
    draft = draft_document(
        "Release\n\nRoute R2 was closed in 2023.",
        "doc",
        date(2024, 3, 1),
        file="doc.txt",
        gazetteer_file=GAZETTEER,
    )
    assert "rand" not in [m.unit for m in draft.measurements]


def test_worth_and_an_agent_end_a_noun_phrase() -> None:
    seized = figure("Police seized 12 tonnes of drugs worth RM 30 million in 2023.", "30000000")
    assert seized.measure == "value-of-drugs-seized"
    drugs = figure("Police seized 12 tonnes of drugs worth RM 30 million in 2023.", "12")
    assert drugs.measure == "drugs-seized"
    farms = figure("Officers closed 23 cannabis farms run by the network in 2023.", "23")
    assert farms.mention.noun == "cannabis farms"
    # counter-example: "by" after a unit's noun that is no agent keeps the phrase
    assert figure("Seizures rose by 14 per cent in 2023.", "14").mention.unit == "percent"


def test_items_of_a_flattened_list_count_what_the_lead_in_counts() -> None:
    text = "The depots inspected were: Kent 12, the Isle of Wight 3 and Essex 7."
    for number in ("12", "3", "7"):
        found = figure(text, number)
        assert (found.measure, found.unit) == ("depots-inspected", "depot")
    # counter-example: items that are not names are not a table's rows
    assert figure("The depots inspected were: in spring 12, in summer 7.", "12").measure != (
        "depots-inspected"
    )


def test_a_legend_names_what_the_brackets_of_a_list_hold() -> None:
    text = (
        "Counts by county (with the death rate per 100,000 in brackets): Avon 212 (19.4); "
        "Dorset 98 (11.7)."
    )
    rate = figure(text, "19.4")
    # round 15: a death rate with no drug of its own is the drugs', as writers of six rounds name it
    assert (rate.measure, rate.unit) == ("drug-death-rate", "per-100000")
    assert figure(text, "212").measure == "drug-related-deaths"  # a tally of what the rate is of
    # counter-example: a legend that is a period names no noun
    seized = "Seizures by port (2023, with 2022 in brackets): Dover 40 (38); Hull 12 (15)."
    assert figure(seized, "38").unit != "per-100000"


@pytest.mark.parametrize(
    ("text", "number", "measure", "unit"),
    [
        (
            "The opioid mortality rate was 14.2 per 100,000 population in 2023.",
            "14.2",
            "opioid-mortality-rate",
            "per-100000",
        ),
        ("Arrests ran at 310 for every 100,000 residents.", "310", None, "per-100000"),
        # counter-example: a rate of use counted in the population stays a prevalence
        (
            "The cannabis use rate was 11.2 per 100,000 population.",
            "11.2",
            "drug-use-prevalence",
            "per-100000",
        ),
    ],
)
def test_a_rate_of_deaths_or_offences_is_named_by_its_words(
    text: str, number: str, measure: str | None, unit: str
) -> None:
    found = figure(text, number)
    assert found.unit == unit
    assert measure is None or found.measure == measure


def test_a_compared_figure_that_repeats_only_the_head_counts_what_the_first_counts() -> None:
    text = (
        "Inspectors examined 4,100 cargo containers in 2023, 9% more than the 3,760 containers "
        "of 2022."
    )
    assert (
        figure(text, "3760").measure
        == figure(text, "4100").measure
        == ("cargo-containers-examined")
    )
    # counter-example: the same head without a comparison is a figure of its own
    other = "Inspectors examined 4,100 cargo containers and loaded 300 containers in 2023."
    assert figure(other, "300").measure != figure(other, "4100").measure


def test_the_verb_before_a_role_noun_names_what_was_done_to_them() -> None:
    found = figure("A jury convicted 37 defendants of importation in 2023.", "37")
    assert (found.measure, found.unit) == ("offenders-convicted", "person")
    # counter-example: a verb the role's own rule fits keeps the role's measure
    traffickers = figure("Officers arrested 52 traffickers in 2023.", "52")
    assert traffickers.measure == "trafficking-arrests"


def test_found_guilty_is_a_conviction() -> None:
    found = figure("In 2023, 1,204 persons were found guilty of supply offences.", "1204")
    assert found.measure == "offenders-convicted"


def test_a_bare_count_of_what_only_people_undergo_counts_people() -> None:
    found = figure("After trial in 2023, another 23 were acquitted.", "23")
    assert (found.measure, found.unit) == ("people-acquitted", "person")
    # counter-example: a bare count with a verb anything can undergo is not read as people
    assert figure("After review in 2023, another 23 were withdrawn.", "23").unit != "person"


def test_a_proposed_count_of_people_keeps_where_they_were_sent() -> None:
    sent = figure("In 2023, 640 people were referred to drug education courses.", "640")
    assert (sent.measure, sent.unit) == ("people-referred-to-education-courses", "person")
    verb_first = figure("The unit assigned 88 young people to mentoring services in 2023.", "88")
    assert verb_first.measure == "young-people-assigned-to-mentoring"
    # round 28: people "diverted" anywhere instead of a charge are the registry's diversion count
    diverted = figure("The unit diverted 88 young people to mentoring services in 2023.", "88")
    assert diverted.measure == "people-referred-to-diversion"
    # counter-example: a place after the verb is not where they were sent
    placed = figure("In 2023, 640 people were relocated in Leeds.", "640")
    assert placed.measure == "people-relocated"


def test_a_participle_phrase_after_the_noun_is_not_the_verb_of_the_count() -> None:
    found = figure(
        "In 2023, 310 people charged with possession were referred to a caution scheme.", "310"
    )
    assert found.measure == "people-referred-to-caution-scheme"
    # counter-example: with no later verb the participle is what happened to them
    charged = figure("In 2023, 310 people charged with possession appeared in court.", "310")
    assert charged.measure == "people-charged"  # round 13's registry concept


def test_a_share_is_also_named_by_the_part_its_subject_names() -> None:
    women = figure("Women accounted for 28.5% of the deaths in 2023.", "28.5")
    assert women.measure == "share-of-deaths-female"
    vans = figure("Vans made up 14% of the seizures in 2023.", "14")
    assert vans.measure == "share-of-seizures-vans"
    # counter-example: a drug before the share names the part, not the subject
    drug = figure("Heroin accounted for 22% of the deaths in 2023.", "22")
    assert drug.measure == "share-of-deaths-heroin"


def test_the_subject_of_a_change_stands_before_an_appositive() -> None:
    text = (
        "Deaths involving prescription opioids such as oxycodone, mostly among older adults, "
        "fell to 9,120 in 2023."
    )
    found = figure(text, "9120")
    assert (found.measure, found.unit) == ("prescription-opioid-deaths", "person")
    # counter-example: a clause with its own subject keeps it
    own = figure("Seizures were steady, and arrests fell to 310 in 2023.", "310")
    assert own.measure == "suspects-arrested"


def test_those_involving_another_drug_are_deaths_of_that_drug() -> None:
    text = (
        "Deaths involving heroin rose to 1,410 in 2023, and those involving stimulants "
        "increased to 2,950."
    )
    assert figure(text, "2950").measure == "stimulant-deaths"
    assert figure(text, "1410").measure == "heroin-deaths"


def test_a_part_of_an_amount_is_named_after_the_whole_and_the_part() -> None:
    text = (
        "Buyers spent $600 million on the three drugs, of which cocaine accounted for $410 million."
    )
    assert money(text, "$410 million") == "spending-on-cocaine"
    seized = "Officers seized drugs worth £9 million, of which heroin accounted for £5 million."
    assert money(seized, "£5 million") == "value-of-heroin-seized"
    # counter-example: without "of which" an amount is read on its own
    assert money(
        "Officers seized drugs worth £9 million and £5 million in cash.", "£5 million"
    ) == ("cash-seized")


def test_counts_in_an_including_list_undergo_the_act_named_before_it() -> None:
    text = (
        "In 2023 the court ordered the confiscation of $3 million in assets, including 41 boats "
        "and 6 aircraft."
    )
    assert figure(text, "41").measure == "boats-confiscated"
    # counter-example: a list with no act before it adds no verb
    plain = figure("In 2023 the port handled 900 ships, including 41 boats.", "41")
    assert plain.measure == "boats"


def test_a_past_tense_with_an_object_ends_the_counted_noun() -> None:
    found = figure("In 2023, 12 regional hospitals admitted 4,310 patients.", "12")
    assert found.mention.noun == "regional hospitals"
    assert figure("In 2023, 640 people took part in the programme.", "640").mention.noun == "people"
    # counter-example: a participle before its noun stays part of it
    assert figure("In 2023 police found 1,200 registered drug users.", "1200").mention.noun == (
        "registered drug users"
    )


def test_a_part_of_a_numbered_group_is_named_by_its_own_verb() -> None:
    text = "Of the 2,100 people convicted in 2023, 1,640 were sentenced to custody."
    assert figure(text, "1640").measure == "people-sentenced-to-custody"
    assert figure(text, "2100").measure == "offenders-convicted"


def test_a_count_a_drug_was_used_by_counts_its_users_and_so_do_its_list() -> None:
    text = (
        "In 2023 ketamine was used by 3,310 of the clients assessed, followed by cocaine (2,040) "
        "and heroin (960)."
    )
    assert figure(text, "3310").measure == "ketamine-users"
    assert figure(text, "2040").measure == "cocaine-users"
    assert (figure(text, "960").measure, figure(text, "960").unit) == ("heroin-users", "person")
    # counter-example: a drug with a bracketed count and no "used by" counts no users
    seized = figure("In 2023 officers seized cocaine (2,040 packets).", "2040")
    assert seized.measure != "cocaine-users"


def test_kilos_are_kilograms_and_young_people_are_persons() -> None:
    kilos = figure("In 2023 agents seized 40 kilos of cocaine.", "40")
    assert (kilos.measure, kilos.unit) == ("cocaine-seized", "kilogram")
    youths = figure("In 2023 outreach workers reached 2,150 youths.", "2150")
    assert youths.unit == "person"
    # counter-example: a count of things stays in its own unit
    assert figure("In 2023 outreach workers handed out 2,150 leaflets.", "2150").unit == "leaflet"


def test_a_bracket_in_the_figures_own_unit_is_a_figure_not_a_conversion() -> None:
    text = "Heroin seized in 2023: 310 kg (2022: 280 kg), and ketamine 95 kg (120 kg)."
    assert figure(text, "280").unit == "kilogram"
    assert figure(text, "120").measure == "ketamine-seized"
    # counter-example: a bracket in another unit converts the figure
    converted = "In 2023 officers seized 1,200 kg (2,646 lbs) of cocaine."
    assert [m.number for m in [figure(converted, "1200").mention]] == [1200]
    draft = draft_document(
        "Release\n\n" + converted, "doc", date(2024, 3, 1), file="d.txt", gazetteer_file=GAZETTEER
    )
    assert Decimal(2646) not in [m.mention.number for m in draft.measurements]


def test_a_breakdown_lead_in_names_its_items_by_its_head_and_modifiers() -> None:
    text = "Recorded burglaries by district (2023): Northfield 812; Eastbrook 640; Ashvale 95."
    found = figure(text, "640")
    assert (found.mention.noun, found.unit) == ("recorded burglaries", "burglary")
    # counter-example: a lead-in with coordinated modifiers keeps only its head
    coordinated = "Urban and rural depots inspected were: Kent 12, Essex 7."
    assert figure(coordinated, "12").mention.noun == "depots inspected"


def test_a_level_compared_with_up_from_keeps_the_rate_named_before_it() -> None:
    text = "The clearance rate was 41.2%, up from 38.7% a year earlier, in 2023."
    assert figure(text, "38.7").measure == figure(text, "41.2").measure == "clearance-rate"


def test_a_share_of_the_population_is_a_prevalence_only_about_use() -> None:
    use = figure("In 2023, 3.1% of the population had used cocaine.", "3.1")
    assert use.measure == "drug-use-prevalence"
    # counter-example: a population share about something else is not a prevalence
    other = figure("The capital, home to 9% of the population, recorded 2,100 cases in 2023.", "9")
    assert other.measure != "drug-use-prevalence"


def test_a_bracket_naming_the_drug_after_a_mass_names_its_measure() -> None:
    found = figure("In 2023 police seized 410 kilograms of ganja (cannabis).", "410")
    assert found.measure == "cannabis-seized"
    # counter-example: a bracket with no drug in it names nothing
    # (round 9: "ganja" itself is now read as cannabis, so the counter-example names a leaf)
    plain = figure("In 2023 police seized 410 kilograms of leaf (unprocessed).", "410")
    assert plain.measure != "cannabis-seized"


def test_hectares_covering_a_thing_are_that_thing_as_the_verb_left_it() -> None:
    found = figure("In 2023 the army eradicated poppy fields covering 1,240 hectares.", "1240")
    # round 15: a crop's eradicated area is the crop's, as writers of rounds 10-17 name it
    assert (found.measure, found.unit) == ("opium-eradicated", "hectare")


def test_counts_a_drug_was_involved_in_are_that_drugs_and_so_are_the_gapped_items() -> None:
    text = "In 2023 heroin was involved in 730 incidents, cocaine in 410 and ketamine in 95."
    assert figure(text, "730").measure == "heroin-incidents"
    assert figure(text, "410").measure == "cocaine-incidents"
    assert figure(text, "95").measure == "ketamine-incidents"
    # counter-example: deaths keep their own rule
    deaths = figure("In 2023 heroin was involved in 730 deaths.", "730")
    assert deaths.measure == "heroin-deaths"


def test_a_phrasal_passive_keeps_its_particle_and_the_head_of_the_noun() -> None:
    found = figure("In 2023, 5,200 random roadside saliva tests were carried out.", "5200")
    assert found.measure == "roadside-saliva-tests-carried-out"


def test_an_irregular_past_after_a_bare_count_is_its_verb() -> None:
    found = figure("In 2023 officers stopped 900 drivers; 310 went to court.", "310")
    assert found.mention.quote == "310"  # not "310 went": the verb is no part of the noun
    assert found.unit == "person"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Worried parents can ring the family line on 1300 660 118 at any time.", "660"),
        ("Anyone in distress can call or text 741 for help.", "741"),
        ("Bulletin findings: Wave 9 of the survey ran in 2023.", "9"),
        ("Write to the registry at 42 Harbour Road, Wellington.", "42"),
        ("Possession of more than 50 grams of cannabis is presumed to be for supply.", "50"),
        ("Importing over 2 kilograms of heroin can be punished with life imprisonment.", "2"),
        ("Households spent $4 million on the three drugs in 2023.", "3"),
    ],
)
def test_phone_groups_codes_issue_numbers_addresses_and_legal_quantities_are_not_statistics(
    text: str, number: str
) -> None:
    assert Decimal(number) not in numbers(text)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # counter-examples: a seizure in possession, a count after a year, a count of a set
        ("In 2023 a courier was arrested in possession of more than 50 grams of heroin.", "50"),
        ("Officers made 310 arrests in 2023, 42 on Harbour Road alone.", "42"),
        (
            "In 2023 police dismantled the three laboratories named in the warrant and 12 more.",
            "12",
        ),
    ],
)
def test_the_reference_rules_leave_statistics_alone(text: str, number: str) -> None:
    assert Decimal(number) in numbers(text)


def test_a_part_of_them_counts_what_the_sentence_before_counted() -> None:
    text = (
        "In 2023, 4,120 people died of drug poisoning. Glasgow accounted for 610 of them and "
        "Dundee for 132."
    )
    assert figure(text, "610").measure == figure(text, "4120").measure == "drug-related-deaths"
    assert figure(text, "132").measure == "drug-related-deaths"
    # counter-example: a part whose own sentence names what it counts keeps its own reading
    own = "In 2023, 4,120 people died of drug poisoning. Police seized 610 kilograms of cannabis."
    assert figure(own, "610").measure == "cannabis-seized"


def test_a_number_word_after_a_figure_starts_no_noun() -> None:
    text = "In 2023 police closed 41 laboratories, down from 63 five years earlier."
    assert figure(text, "63").measure == figure(text, "41").measure == "laboratories-dismantled"


def test_a_tally_with_its_object_left_out_counts_what_the_sentence_before_counted() -> None:
    text = "Police recorded 9,400 drug offences in 2023. The city force alone recorded 2,310."
    found = figure(text, "2310")
    assert (found.measure, found.unit) == ("drug-offences-recorded", "case")
    # counter-example: a tally with its own object keeps it
    own = "Police recorded 9,400 drug offences in 2023. The city force recorded 2,310 thefts."
    assert figure(own, "2310").measure != "drug-offences-recorded"


def test_the_subject_of_numbered_stands_before_its_appositive() -> None:
    text = (
        "Warnings for cannabis possession, issued under the 2019 scheme, numbered 18,200 in 2023."
    )
    assert figure(text, "18200").mention.noun.startswith("warnings for cannabis possession")


def test_a_share_takes_its_unit_from_the_group_in_front() -> None:
    found = figure("Among people who died in 2023, 71 out of 100 were men.", "71")
    assert found.unit == "person"
