"""English reports, issue 14 round 10 (measures by the grammar's class, in
:mod:`narcokg.extract.roles`): a prevalence whose population is the figure's noun or whose "use
of X" is its subject, named after alcohol, tobacco or prescription medicines and otherwise drug
use; people counted by what a court did to them; counts of seizure events; vessels acted on;
legal proceedings counted. Made-up sentences, each with a counter-example the class must not
fire on."""

from __future__ import annotations

from tests.extract.sentences import figure


def measure(text: str, number: str) -> str:
    return figure(text, number).measure


def test_a_population_that_drank_alcohol_is_alcohol_prevalence() -> None:
    text = (
        "The survey estimates that 38.2 percent of Bolivians aged 15 to 64 drank alcohol in 2023."
    )
    assert measure(text, "38.2") == "alcohol-use-prevalence"


def test_a_population_that_used_an_illicit_drug_is_drug_use_prevalence() -> None:
    text = "The survey estimates that 6.3 percent of Bolivians aged 15 to 64 used cannabis in 2023."
    assert measure(text, "6.3") == "drug-use-prevalence"


def test_misuse_of_prescription_medicines_reported_by_respondents() -> None:
    text = (
        "Misuse of prescription medicines, mostly opioid painkillers, was reported by 3.4 percent "
        "of respondents in 2023."
    )
    assert measure(text, "3.4") == "prescription-drug-misuse-prevalence"


def test_use_of_a_drug_as_the_subject_of_its_level() -> None:
    text = "In 2023, past-month use of tobacco stood at 19.5 percent among adults."
    assert measure(text, "19.5") == "tobacco-use-prevalence"


def test_a_share_of_a_population_that_is_not_about_use_is_no_prevalence() -> None:
    # counter-example: a population's share of the country, not a use of anything
    text = "The district holds 11.5 percent of Bolivians and recorded 320 arrests in 2023."
    assert "prevalence" not in measure(text, "11.5")


def test_people_a_court_acquitted_are_people_acquitted() -> None:
    text = "In 2023, 230 defendants were acquitted by the High Court."
    assert measure(text, "230") == "people-acquitted"


def test_people_convictions_were_obtained_against_are_offenders_convicted() -> None:
    text = "In 2023, convictions were obtained against 1,904 accused persons."
    assert measure(text, "1,904") == "offenders-convicted"


def test_people_arrested_are_not_read_as_a_court_outcome() -> None:
    # counter-example: an arrest, not a court's decision
    text = "In 2023, 1,904 accused persons were arrested by the police."
    assert measure(text, "1,904") == "suspects-arrested"


def test_seizure_events_of_drugs_count_seizures() -> None:
    text = "Port officers made 57 seizures of narcotic substances in 2023."
    found = figure(text, "57")
    assert (found.measure, found.unit) == ("drug-seizures", "seizure")


def test_seizures_of_things_that_are_not_drugs_are_no_drug_seizures() -> None:
    # counter-example: seizures of vehicles
    text = "Port officers made 57 seizures of vehicles in 2023."
    assert figure(text, "57").measure != "drug-seizures"


def test_vessels_acted_on_are_counted_as_vessels() -> None:
    text = "The squadron intercepted 6 fishing dhows carrying heroin in 2023."
    found = figure(text, "6")
    assert (found.measure, found.unit) == ("vessels-intercepted", "vessel")


def test_vessels_acted_on_otherwise_keep_their_own_noun() -> None:
    # counter-example: a destruction is no interdiction; the craft's own noun names it
    text = "The squadron destroyed 6 fishing dhows in 2023."
    assert figure(text, "6").measure != "vessels-destroyed"


def test_interdictions_are_not_vessels() -> None:
    # counter-example: the events, not the vessels
    text = "The squadron carried out 6 interdictions in 2023."
    assert figure(text, "6").unit != "vessel"


def test_prosecutions_conducted_count_prosecutions_not_people() -> None:
    text = "State counsel conducted 3,120 prosecutions under the drugs law in 2023."
    found = figure(text, "3,120")
    assert (found.measure, found.unit) == ("prosecutions-conducted", "prosecution")


def test_people_prosecuted_stay_people() -> None:
    # counter-example: people, not proceedings
    text = "State counsel prosecuted 3,120 people under the drugs law in 2023."
    assert figure(text, "3,120").unit == "person"


def test_a_part_of_counted_seizures_stays_a_share() -> None:
    # counter-example: "N of the M seizures" is a part of a whole, not a count of seizures
    text = "In 2023, 480 of the 1,200 drug seizures were made in parcels."
    assert figure(text, "480").measure != "drug-seizures"


def test_people_counted_after_the_arrest_of_are_suspects_arrested() -> None:
    text = "The operation led to the arrest of 23 ringleaders in 2023."
    found = figure(text, "23")
    assert (found.measure, found.unit) == ("suspects-arrested", "person")


def test_a_count_after_the_arrest_of_a_year_is_no_arrest() -> None:
    # counter-example: what follows "the arrest of" is a date, not people
    text = "Since the arrest of its leader, the gang lost 23 members in 2023."
    assert figure(text, "23").measure != "suspects-arrested"


def test_an_earlier_level_in_brackets_keeps_the_rates_measure() -> None:
    text = "The conviction rate was 78.5 percent (2022: 74.9 percent)."
    assert figure(text, "74.9").measure == figure(text, "78.5").measure == "conviction-rate"


def test_a_bracketed_share_after_a_count_is_no_rate() -> None:
    # counter-example: a bracket after a count names no rate to inherit
    text = "Officers arrested 640 people (2022: 12.5 percent of them women)."
    assert figure(text, "12.5").measure != "conviction-rate"


def test_people_given_a_kind_of_sentence_are_people_sentenced_to_it() -> None:
    text = (
        "In 2023, the High Court imposed life imprisonment on 96 persons convicted of trafficking."
    )
    assert figure(text, "96").measure == "people-sentenced-to-life-imprisonment"
    later = "In 2023, 14 people were sentenced to death."
    assert figure(later, "14").measure == "people-sentenced-to-death"


def test_a_term_of_years_names_no_sentence_measure() -> None:
    # counter-example: "sentenced to 10 years" is a term, not a kind of sentence
    text = "In 2023, 14 people were sentenced to 10 years in prison."
    assert not figure(text, "14").measure.startswith("people-sentenced-to")


def test_money_after_a_forfeiture_is_assets_forfeited() -> None:
    text = "In 2023, the courts ordered the forfeiture of $4.5 million in cash and property."
    assert figure(text, "4,500,000").measure == "assets-forfeited"


def test_cash_seized_at_the_border_is_no_forfeiture() -> None:
    # counter-example: a seizure by officers, not a court's act on assets
    text = "In 2023, officers seized $4.5 million in cash at the border."
    assert figure(text, "4,500,000").measure == "cash-seized"


def test_groups_among_those_arrested_are_their_registry_parts() -> None:
    text = "Officers arrested 310 suspects in 2023. Of the suspects, 44 were women."
    among = "Officers arrested 310 suspects in 2023, and 19 women were among those arrested."
    assert figure(among, "19").measure == "women-arrested"
    part = "Officers arrested 310 suspects in 2023, and 61 of the suspects were foreign nationals."
    assert figure(part, "61").measure == "foreign-nationals-arrested"
    assert figure(text, "310").measure == "suspects-arrested"


def test_women_counted_otherwise_are_not_women_arrested() -> None:
    # counter-example: women treated, not arrested
    text = "In 2023, 19 women were among those admitted to treatment."
    assert figure(text, "19").measure != "women-arrested"


def test_things_searched_are_not_things_seized() -> None:
    text = "Officers stopped and searched 4,120 vehicles at the checkpoint in 2023."
    found = figure(text, "4,120")
    assert (found.measure, found.unit) == ("vehicles-searched", "vehicle")


def test_things_seized_stay_seized() -> None:
    # counter-example: a seizure verb keeps the registry's concept
    text = "Officers seized 41 vehicles at the checkpoint in 2023."
    assert figure(text, "41").measure == "vehicles-seized"


def test_other_names_of_cannabis_are_cannabis_seized() -> None:
    for name in ("Indian hemp", "skunk", "kush", "bhang"):
        text = f"Officers seized 2,300 kilograms of {name} in 2023."
        assert figure(text, "2,300").measure == "cannabis-seized", name


def test_a_mass_of_something_else_is_not_cannabis() -> None:
    # counter-example: a mass of no drug
    text = "Officers seized 2,300 kilograms of fertiliser in 2023."
    assert figure(text, "2,300").measure != "cannabis-seized"


def test_roles_of_the_drug_trade_are_counted_in_persons() -> None:
    for text, number in (
        ("Police rounded up 120 peddlers in 2023.", "120"),
        ("The operation took down 14 drug barons in 2023.", "14"),
        ("Agents identified 230 subjects linked to the cartel in 2023.", "230"),
    ):
        assert figure(text, number).unit == "person", text


def test_things_of_the_drug_trade_stay_things() -> None:
    # counter-example: networks and laboratories are no people
    text = "The agency dismantled 14 trafficking networks in 2023."
    assert figure(text, "14").unit != "person"


def test_apprehensions_are_arrests() -> None:
    found = figure("The raids led to 61 apprehensions in 2023.", "61")
    assert (found.measure, found.unit) == ("suspects-arrested", "person")


def test_a_bare_count_an_arrest_verb_governs_counts_people_arrested() -> None:
    for text, number in (
        ("In 2023, 412 were detained at the border.", "412"),
        ("Police apprehended 96 in 2023.", "96"),
    ):
        found = figure(text, number)
        assert (found.measure, found.unit) == ("suspects-arrested", "person"), text


def test_a_bare_count_a_court_convicted_is_no_arrest() -> None:
    # counter-example: people convicted
    convicted = "In 2023, 412 were convicted."
    assert figure(convicted, "412").measure != "suspects-arrested"


def test_a_share_that_ended_in_conviction_is_a_conviction_rate() -> None:
    for text, number in (
        ("In 2023, 64 percent of prosecutions ended in a conviction.", "64"),
        ("Convictions were secured in 64% of drug cases in 2023.", "64"),
        ("In 2023, 64 percent of the defendants were convicted.", "64"),
        ("The service achieved a 64 percent conviction rate in 2023.", "64"),
    ):
        assert figure(text, number).measure == "conviction-rate", text


def test_a_share_of_the_convicted_is_no_conviction_rate() -> None:
    # counter-example: a part of those convicted, not how many were convicted
    text = "In 2023, 64 percent of those convicted were men."
    assert figure(text, "64").measure != "conviction-rate"


def test_the_use_of_a_named_substance_as_the_subject_of_its_level() -> None:
    assert figure(
        "Past-month alcohol use among adults was 31.4 percent in 2023.", "31.4"
    ).measure == ("alcohol-use-prevalence")
    khat = "About 12 percent of Somalis aged 15 to 65 currently use khat."
    assert figure(khat, "12").measure == "khat-use-prevalence"


def test_the_use_of_an_illicit_drug_as_the_subject_is_drug_use_prevalence() -> None:
    # counter-example: an illicit drug keeps the registry's prevalence
    text = "Past-year cannabis use among adults was 8.1 percent in 2023."
    assert figure(text, "8.1").measure == "drug-use-prevalence"


def test_money_forfeited_keeps_what_it_is_held_in() -> None:
    text = "In 2023, the courts ordered the forfeiture of $2,400,000 in proceeds of crime."
    assert figure(text, "2,400,000").measure == "proceeds-of-crime-forfeited"
    cash = "In 2023, the courts ordered the forfeiture of $2,400,000 in cash."
    assert figure(cash, "2,400,000").measure == "cash-forfeited"


def test_interdictions_at_sea_are_vessel_interdictions() -> None:
    text = "The cutter's crew completed 11 separate interdictions in 2023."
    found = figure(text, "11")
    assert (found.measure, found.unit) == ("vessel-interdictions", "interdiction")


def test_interdictions_of_couriers_are_not_vessel_interdictions() -> None:
    # counter-example: people intercepted at an airport
    text = "Airport officers made 11 interdictions of couriers in 2023."
    assert figure(text, "11").measure != "vessel-interdictions"


def test_people_who_were_receiving_a_treatment_are_named_by_it() -> None:
    text = "At the end of 2023, 6,240 people were receiving methadone substitution therapy."
    assert figure(text, "6,240").measure == "people-receiving-methadone-substitution-therapy"


def test_people_who_were_arrested_are_not_receiving_anything() -> None:
    # counter-example: another verb after "were"
    text = "In 2023, 6,240 people were arrested for possession."
    assert figure(text, "6,240").measure == "suspects-arrested"
