"""English reports, issue 14 round 11 (measures and units by the figure's kind, in
:mod:`narcokg.extract.kinds`): a crop's area in hectares, prices, rates per 100,000 of a count,
cases customs detected, offences by drug or kind, bare counts of people by what was done to
them, and people counted by their place in a service. Made-up sentences, each class with a
counter-example it must not fire on."""

from __future__ import annotations

from tests.extract.sentences import figure


def measure(text: str, number: str) -> str:
    return figure(text, number).measure


def unit(text: str, number: str) -> str:
    return figure(text, number).unit


def test_hectares_of_a_crop_are_its_cultivation_not_hectares() -> None:
    text = "Farmers in the northern valleys grew 4,310 hectares of poppy last season."
    assert measure(text, "4,310") == "opium-cultivation"
    assert unit(text, "4,310") == "hectare"


def test_a_crop_covering_hectares_is_its_cultivation() -> None:
    text = (
        "In the eastern lowlands, coca spread over 2,875 hectares, while the hill zone had 940 "
        "hectares."
    )
    assert measure(text, "2,875") == "coca-cultivation"
    assert measure(text, "940") == "coca-cultivation"


def test_hectares_of_a_crop_acted_on_take_the_act() -> None:
    text = "Army teams eradicated 1,760 hectares of coca in the southern districts in 2022."
    assert measure(text, "1,760") == "coca-eradicated"


def test_a_crop_in_a_capitalised_name_is_no_crop() -> None:
    # counter-example: "Coca" inside an agency's name says nothing of forest burned
    text = (
        "The Office for Coca Control Studies said fires burned 12,400 hectares of forest in 2023."
    )
    assert "cultivation" not in measure(text, "12,400")


def test_an_amount_per_kilogram_of_a_drug_is_its_price() -> None:
    text = "Growers were paid an average of US$3.15 per kilogram of coca leaf in 2023."
    assert measure(text, "3.15") == "coca-leaf-price"
    text = "Opium prices at the farm gate rose to US$310 in 2023."
    assert measure(text, "310") == "opium-price"


def test_a_drug_sold_for_an_amount_is_its_price() -> None:
    text = "In the border markets, a kilogram of heroin sold for US$24,000 in 2023."
    assert measure(text, "24,000") == "heroin-price"


def test_the_worth_of_a_haul_is_no_price() -> None:
    # counter-example: a street value, not a price
    text = "Officers seized heroin with a street value of US$2.4 million in 2023."
    assert "price" not in measure(text, "2400000")


def test_a_rate_per_100000_of_a_named_count_is_that_rate() -> None:
    text = (
        "Harbour County had the highest rate of recorded drug offences, at 733 per 100,000 "
        "population."
    )
    got = figure(text, "733")
    assert (got.measure, got.unit) == ("drug-offence-rate", "per-100000")


def test_a_rate_per_100000_after_a_count_of_the_sentence_before() -> None:
    text = (
        "Police recorded 8,204 drug offences in the province in 2023. The rate was 344 per "
        "100,000 residents, the lowest in five years."
    )
    assert measure(text, "344") == "drug-offence-rate"


def test_a_rate_per_100000_with_no_count_stays_as_it_was() -> None:
    # counter-example: nothing counted in the sentence or the one before names a rate
    text = "The province is small. Its density is 61 per 100,000 population of the region."
    assert measure(text, "61") != "drug-offence-rate"


def test_cases_customs_detected_are_seizures() -> None:
    text = "At the seaport, customs officers detected 215 drug cases in 2023."
    got = figure(text, "215")
    assert (got.measure, got.unit) == ("drug-seizures", "seizure")
    text = "At the land crossings, 93 cases were detected in 2023."
    assert measure(text, "93") == "drug-seizures"


def test_cases_police_cracked_are_not_seizures() -> None:
    # counter-example: cases solved, not found at a border
    text = "In 2023, the city police cracked 215 drug cases."
    assert measure(text, "215") != "drug-seizures"


def test_offences_naming_one_drug_or_one_kind() -> None:
    text = "In 2023, police recorded 2,118 methamphetamine offences across the state."
    assert measure(text, "2,118") == "methamphetamine-offences-recorded"
    # a kind in the noun itself stays the registry's drug offences, as the dev keys keep it
    text = "In 2023, police recorded 1,377 supply offences across the state."
    assert measure(text, "1,377") == "drug-offences-recorded"


def test_drug_offences_in_general_stay_the_registry_concept() -> None:
    # counter-example: no one drug and no kind
    text = "In 2023, police recorded 9,032 drug offences across the state."
    assert measure(text, "9,032") == "drug-offences-recorded"


def test_a_bare_count_admitted_to_treatment_is_people_admitted() -> None:
    text = "Of the clients seen in 2023, 860 were admitted to treatment."
    got = figure(text, "860")
    assert (got.measure, got.unit) == ("people-admitted-to-treatment", "person")
    # round 17: for the first time, the registry's narrower concept
    text = "Of the clients seen in 2023, 860 were admitted to treatment for the first time."
    got = figure(text, "860")
    assert got.measure == "people-admitted-to-treatment-for-the-first-time"


def test_people_remanded_keep_where_they_were_sent() -> None:
    text = "While awaiting trial in 2023, 417 people were remanded in custody."
    assert measure(text, "417") == "people-remanded-in-custody"
    text = "In 2023, 76 defendants were found not guilty."
    assert measure(text, "76") == "people-acquitted"


def test_a_count_admitted_to_hospital_is_not_treatment() -> None:
    # counter-example: admitted to a hospital, not to drug treatment
    text = "After the festival in 2023, 58 people were admitted to hospital."
    assert measure(text, "58") != "people-admitted-to-treatment"


def test_new_entrants_and_staff_are_counted_in_persons() -> None:
    text = "The service took on 312 new entrants and employed 95 staff in 2023."
    assert unit(text, "312") == "person"
    assert unit(text, "95") == "person"


def test_people_charged_or_sentenced_by_the_words_before_them() -> None:
    text = "The prosecutors filed 930 charges in 2023, against 402 people."
    assert measure(text, "402") == "people-charged"
    text = "Custodial sentences were imposed on 118 people in 2023."
    assert measure(text, "118") == "people-sentenced-to-imprisonment"
    text = "Fines were imposed on 64 people in 2023."
    assert measure(text, "64") == "people-fined"


def test_people_arrested_are_not_charged() -> None:
    # counter-example: an arrest names its own registry concept, and so do the defendants
    # charges were laid against
    text = "In 2023, the regional squad arrested 287 people."
    assert measure(text, "287") == "suspects-arrested"
    text = "The prosecutors filed 930 charges in 2023, against 402 defendants."
    assert measure(text, "402") != "people-charged"


def test_people_who_started_treatment_were_admitted_to_it() -> None:
    text = "In the year to June 2023, 2,046 people started treatment for cannabis use."
    got = figure(text, "2,046")
    assert (got.measure, got.unit) == ("people-admitted-to-treatment", "person")


def test_people_who_started_work_are_not_in_treatment() -> None:
    # counter-example: another thing started
    text = "In the year to June 2023, 2,046 people started work on the farms."
    assert measure(text, "2,046") != "people-admitted-to-treatment"


def test_dosage_units_seized_are_pills() -> None:
    text = "Inspectors seized 35,500 dosage units of oxycodone at the port in 2023."
    got = figure(text, "35,500")
    assert (got.measure, got.unit) == ("pills-seized", "pill")


def test_dosage_units_handed_out_are_not_seized() -> None:
    # counter-example: no seizure
    text = "Pharmacies dispensed 35,500 dosage units of methadone in 2023."
    assert measure(text, "35,500") != "pills-seized"


def test_cash_and_assets_together_are_assets() -> None:
    text = "Financial investigators restrained cash and assets worth $7.4 million in 2023."
    assert measure(text, "7400000") == "assets-restrained"


def test_cash_alone_stays_cash() -> None:
    # counter-example: cash only
    text = "Financial investigators seized $7.4 million in cash in 2023."
    assert measure(text, "7400000") == "cash-seized"


def test_offences_counted_by_a_subject_naming_their_kind() -> None:
    text = (
        "In 2023, importation of drugs accounted for 612 offences, while dealing in drugs came "
        "to 2,930 offences."
    )
    assert measure(text, "612") == "drug-importation-offences-recorded"
    assert measure(text, "2,930") == "drug-dealing-offences-recorded"


def test_offences_counted_by_a_place_stay_drug_offences() -> None:
    # counter-example: the subject is a region, not a kind of offence
    text = "In 2023, the northern region accounted for 4,212 drug offences."
    assert measure(text, "4,212") == "drug-offences-recorded"


def test_offences_of_a_kind_after_the_head_stay_drug_offences() -> None:
    text = "The force recorded 812 offences of drug trafficking in 2023."
    assert measure(text, "812") == "drug-offences-recorded"


def test_smuggling_cases_customs_intercepted_are_seizures() -> None:
    text = "Customs intercepted 540 drug smuggling cases at the airport in 2023."
    assert measure(text, "540") == "drug-seizures"


def test_a_bare_count_with_its_own_outcome_counts_no_sibling() -> None:
    text = "In 2023, 380 people were charged and 115 were remanded in custody."
    assert measure(text, "115") == "people-remanded-in-custody"


def test_a_bare_count_with_no_clause_of_its_own_takes_its_sibling() -> None:
    # counter-example: "and 115 were" with no outcome of the class still counts the sibling's
    text = "In 2023, 380 people were arrested and 115 were later released."
    assert measure(text, "115") == measure(text, "380")


def test_a_rate_per_million_is_a_rate_not_a_count() -> None:
    text = "In 2023, overdose deaths reached 412, a rate of 71 per million population."
    got = figure(text, "71")
    assert got.unit == "per-million"
    assert got.measure.endswith("-rate")


def test_a_million_of_a_thing_is_no_rate() -> None:
    # counter-example: "million" as the number's scale
    text = "In 2023, customs seized 2.5 million pills at the border."
    assert figure(text, "2500000").unit == "pill"


def test_a_rate_named_by_a_gerund() -> None:
    text = "Offending rates were highest in the north, at 512 per 100,000 population."
    assert measure(text, "512") == "offending-rate"
    # counter-example: a gerund with no rate after it names no rate
    text = "Offending was highest in the north, at 512 per 100,000 population."
    assert measure(text, "512") != "offending-rate"


def test_a_bare_count_that_received_or_had_something_done_counts_people() -> None:
    text = (
        "Of those sentenced in 2023, 912 went to prison and another 640 received suspended "
        "sentences."
    )
    got = figure(text, "640")
    assert (got.measure, got.unit) == ("people-receiving-suspended-sentences", "person")
    text = "In 2023, 1,020 people were charged and 214 had their charges dismissed."
    got = figure(text, "214")
    assert (got.measure, got.unit) == ("people-whose-charges-were-dismissed", "person")


def test_a_bare_count_received_by_a_body_is_not_people() -> None:
    # counter-example: a passive, things received by someone
    text = "The laboratory logged 3,100 samples in 2023, and 640 received by post were tested."
    assert figure(text, "640").measure != "people-given-by-post"


def test_a_predicate_after_a_count_of_people_is_no_unit() -> None:
    text = "In 2023 the court dealt with 1,870 defendants; 1,400 pleaded guilty."
    got = figure(text, "1,400")
    assert (got.measure, got.unit) == ("people-pleaded-guilty", "person")


def test_a_predicate_after_a_count_of_samples_stays_samples() -> None:
    # counter-example: samples, not people
    text = "Of the 2,900 samples analysed, 1,100 tested positive for cocaine."
    assert figure(text, "1,100").unit == "sample"


def test_drug_crimes_recorded_are_drug_offences_recorded() -> None:
    text = "The statistics office counted 14,210 drug crimes in 2023."
    assert measure(text, "14,210") == "drug-offences-recorded"


def test_crimes_of_another_kind_are_not_drug_offences() -> None:
    # counter-example: no drug and no drug offence kind
    text = "In 2023, the force recorded 5,000 violent crimes."
    assert measure(text, "5,000") != "drug-offences-recorded"


def test_a_rate_per_10000_is_a_rate() -> None:
    text = "Harbour County had a rate of 61 drug crimes per 10,000 population in 2023."
    assert figure(text, "61").unit == "per-10000"
    # counter-example: 10,000 people counted, no rate
    assert figure("The town counted 10,000 people.", "10,000").unit == "person"


def test_an_area_compared_with_one_acted_on_takes_the_act() -> None:
    text = "In 2023, soldiers eradicated 840 hectares of coca, against 610 hectares in 2022."
    assert measure(text, "610") == "coca-eradicated"
    text = "Opium poppy covered 5,100 hectares; 2,480 hectares under poppy were in the north."
    assert measure(text, "2,480") == "opium-cultivation"


def test_people_by_outcomes_of_prosecution() -> None:
    text = "In 2023, 1,010 people were proceeded against in the courts."
    assert measure(text, "1,010") == "defendants-prosecuted"
    text = "In 2023, 96 people were referred to the police for prosecution."
    assert measure(text, "96") == "people-referred-for-prosecution"
    text = "Custodial sentences were given to 301 people, and 512 received a fine."
    assert measure(text, "301") == "people-sentenced-to-imprisonment"
    assert measure(text, "512") == "people-fined"


def test_a_hauls_worth_is_no_price() -> None:
    # counter-example: a total in millions the drugs would have sold for
    text = "Analysts estimate that the heroin would have sold for $12 million on the street."
    assert "price" not in measure(text, "12000000")


def test_a_participle_before_a_plural_noun_is_no_predicate() -> None:
    # counter-example: "registered drug users" is a noun phrase, not what the people did
    text = "Of the 3,000 people assessed, 1,200 registered drug users were in the north."
    assert figure(text, "1,200").measure != "people-registered-drug-users"
