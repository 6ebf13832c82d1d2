"""Issue 14, round 9 (measures that transfer): the registry's new concepts and the rules by
grammatical class, each with a counter-example it must not fire on. Every sentence is made up for
the test."""

from __future__ import annotations

import pytest

from narcokg.model.registry import registry
from tests.extract.sentences import figure


def read(text: str, number: str) -> tuple[str, str]:
    found = figure(text, number)
    return found.measure, found.unit


@pytest.mark.parametrize(
    "notation",
    [
        "foreign-nationals-arrested", "women-arrested", "cannabis-resin-seized",
        "amphetamine-seized", "vehicles-seized", "naloxone-administrations", "fentanyl-deaths",
        "opioid-deaths", "cocaine-deaths", "heroin-deaths", "people-admitted-to-treatment",
    ],
)  # fmt: skip
def test_new_concepts_are_in_the_registry(notation: str) -> None:
    entry = registry().measures[notation]
    assert entry.kind in {"count", "mass"} and entry.nature == "flow"


@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        # the registry's new concepts, from the figure's own words
        ("Among those detained were 312 foreign nationals from nine countries.", "312",
         ("foreign-nationals-arrested", "person")),
        ("Customs seized 2.3 tonnes of cannabis resin at the port.", "2.3",
         ("cannabis-resin-seized", "tonne")),
        ("Police found 48 kilograms of amphetamine in a barn.", "48",
         ("amphetamine-seized", "kilogram")),
        ("Investigators seized 37 vehicles and a boat.", "37", ("vehicles-seized", "vehicle")),
        ("There were 611 fentanyl-related deaths in the county.", "611",
         ("fentanyl-deaths", "person")),
        # counter-examples: methamphetamine stays itself, vehicles inspected are not seized,
        # herbal cannabis stays cannabis, opioid overdose deaths stay drug-related deaths
        ("Police found 48 kilograms of methamphetamine in a barn.", "48",
         ("methamphetamine-seized", "kilogram")),
        ("Customs seized 5.1 tonnes of herbal cannabis at the port.", "5.1",
         ("cannabis-seized", "tonne")),
        ("There were 611 opioid overdose deaths in the county.", "611",
         ("drug-related-deaths", "person")),
    ],
)  # fmt: skip
def test_new_concepts_by_their_words(text: str, number: str, expected: tuple[str, str]) -> None:
    assert read(text, number) == expected


def test_vehicles_not_seized_are_not_seizures() -> None:
    measure, unit = read("Road crews inspected 4,210 vehicles at the checkpoint.", "4,210")
    assert measure != "vehicles-seized" and unit == "vehicle"


@pytest.mark.parametrize(
    ("text", "number", "measure"),
    [
        # a drug a test found in the dead is tied to the deaths, also after "only"
        ("Xylazine was detected in 212 of the deaths last year.", "212", "xylazine-deaths"),
        ("Heroin was found in only 57 deaths in 2023.", "57", "heroin-deaths"),
        ("Cocaine was found in 1,044 deaths, and fentanyl appeared in 91.", "91",
         "fentanyl-deaths"),
        # counter-example: "present in" keeps its own reading (not a cause)
        ("Alcohol was present in 403 deaths in 2023.", "403", "drug-related-deaths"),
    ],
)  # fmt: skip
def test_drug_found_in_the_dead(text: str, number: str, measure: str) -> None:
    assert figure(text, number).measure == measure


@pytest.mark.parametrize(
    ("text", "number", "measure"),
    [
        ("The age-adjusted overdose death rate fell to 38.2 per 100,000 residents.", "38.2",
         "overdose-death-rate"),
        ("The drug death rate rose to 12.4 per 100,000 people last year.", "12.4",
         "drug-death-rate"),
        # counter-example: a rate of use is still a prevalence
        ("The rate of past-year cannabis use rose to 11.2% of adults.", "11.2",
         "drug-use-prevalence"),
    ],
)  # fmt: skip
def test_rate_level_after_a_change_verb(text: str, number: str, measure: str) -> None:
    assert figure(text, number).measure == measure


@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        ("The ministry froze assets valued at 2.4 billion pesos in 2023.", "2400000000",
         ("assets-frozen", "peso")),
        ("The street value of the drugs seized was 31.5 million cedis.", "31500000",
         ("value-of-drugs-seized", "cedi")),
        ("Officers seized cash of 12 million naira from the couriers.", "12000000",
         ("cash-seized", "naira")),
        # counter-example: pounds after an amount are a mass, not money
        ("Troopers seized 12 pounds of cocaine on the highway.", "12", ("cocaine-seized", "pound")),
    ],
)  # fmt: skip
def test_currency_named_after_the_amount(text: str, number: str, expected: tuple[str, str]) -> None:
    assert read(text, number) == expected


def test_labelled_line_names_its_count() -> None:
    text = (
        "Key figures for 2023:\n\nAmbulance naloxone administrations: 8,214\nSchools visited: 93\n"
    )
    assert read(text, "8,214") == ("naloxone-administrations", "administration")
    assert read(text, "93")[0] == "schools-visited"


def test_labelled_line_needs_the_number_to_end_it() -> None:
    # counter-example: a colon inside a sentence that runs on is no label of a dashboard line
    text = "Note: 8,214 people were arrested for trafficking in the year."
    assert read(text, "8,214")[0] == "trafficking-arrests"


def test_coordinated_count_shares_the_verb() -> None:
    text = "Agents seized 1,120 vehicles and 64 boats during the operation."
    assert read(text, "64") == ("boats-seized", "boat")
    # counter-example: a count after "and" with a verb of its own keeps that verb
    text = "Agents seized 1,120 vehicles and destroyed 64 boats during the operation."
    assert read(text, "64") == ("boats-destroyed", "boat")


def test_captured_people_are_arrests() -> None:
    text = "Troops captured 5,310 people for drug trafficking offences in 2023."
    assert read(text, "5,310") == ("trafficking-arrests", "person")


def test_predicate_group_of_a_part_uses_the_registry() -> None:
    text = "Police detained 2,004 people. Out of this number, 188 were foreign nationals."
    assert read(text, "188") == ("foreign-nationals-arrested", "person")
    # counter-example: a predicate noun the registry names as cases keeps its own words
    text = "Clinics recorded 2,004 cases. Of these, 188 were new cases."
    assert read(text, "188")[0] != "drug-crime-cases-cracked"


def test_thing_used_to_do_something_is_no_drug_use() -> None:
    text = "In all, 31 boats used to smuggle drugs were confiscated."
    assert read(text, "31")[0] != "drug-users"
    # counter-example: people who used a drug are users
    text = "In all, 31 people used heroin daily, the survey found."
    assert read(text, "31")[0] == "heroin-users"


def test_bare_volume_reads_its_sentence() -> None:
    text = "Seizures of liquid precursors reached 4,300 litres in the year."
    assert read(text, "4,300") == ("liquid-precursors-seized", "litre")


def test_events_counted_in_times() -> None:
    text = "Paramedics administered naloxone 912 times in the quarter."
    assert read(text, "912") == ("naloxone-administrations", "administration")
    # counter-example: a fold is not an event count
    text = "Seizures were 3 times higher than in 2019."
    assert read(text, "3")[0] != "naloxone-administrations"


def test_area_under_a_crop_is_its_cultivation() -> None:
    text = "The survey put the area under opium poppy at 10,800 hectares in 2023."
    assert read(text, "10,800") == ("opium-cultivation", "hectare")


def test_people_admitted_to_treatment() -> None:
    assert read("Rehabilitation centres admitted 3,410 clients in 2023.", "3,410") == (
        "people-admitted-to-treatment",
        "person",
    )
    # counter-example: admissions (episodes) stay treatment admissions
    text = "Treatment services reported 9,910 admissions in 2023."
    assert read(text, "9,910")[0] == "treatment-admissions"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Officers trained 1,200 teachers on prevention in 2023.", "1,200"),
        ("Clients were 6,230 men and 2,110 women in 2023.", "2,110"),
    ],
)
def test_roles_count_people(text: str, number: str) -> None:
    assert read(text, number)[1] == "person"


def test_listed_part_of_an_arrest_count() -> None:
    text = "Police arrested 4,120 people in 2023, including 212 minors and 96 port workers."
    assert read(text, "212") == ("minors-arrested", "person")
    assert read(text, "96") == ("port-workers-arrested", "person")
    text = "Officers detained 910 suspects, among them 41 foreigners."
    assert read(text, "41") == ("foreign-nationals-arrested", "person")
    # counter-example: things listed after an arrest count are not a part of those arrested
    text = "Police arrested 4,120 people in 2023, including 212 in the capital."
    assert read(text, "212")[0] != "minors-arrested"


def test_students_are_taught_only_in_a_sentence_about_teaching() -> None:
    text = "Officers visited 310 schools, reaching 52,000 students with prevention talks."
    assert read(text, "52,000")[0] == "students-taught-anti-drug-knowledge"
    # counter-example: students arrested are not students taught
    text = "A total of 1,530 students were arrested for drug use."
    assert read(text, "1,530")[0] != "students-taught-anti-drug-knowledge"


def test_free_of_charge_is_no_criminal_charge() -> None:
    text = "The clinics treated 2,306 patients free of charge in 2023."
    assert read(text, "2,306") == ("patients-treated", "person")
    # counter-example: people charged are still counted as charged (round 13: people-charged)
    text = "Detectives charged 2,306 people with possession in 2023."
    assert read(text, "2,306")[0] == "people-charged"


def test_people_treated_are_a_flow() -> None:
    text = "The rehabilitation centres treated 5,820 patients in the year."
    assert read(text, "5,820") == ("patients-treated", "person")
    # counter-example: patients in treatment at a date are the registry's stock
    text = "The rehabilitation centres held 3,100 patients in treatment at the end of June."
    assert read(text, "3,100")[0] == "drug-users-in-treatment"


# After the second batch's first sight (classes it showed; made-up sentences again)


def test_letter_prefixed_dollar_signs() -> None:
    text = "Detectives seized J$42 million in cash from the couriers."
    assert read(text, "42000000") == ("cash-seized", "dollar")


@pytest.mark.parametrize(
    ("text", "number", "measure"),
    [
        ("Opioids were found in 64 of these deaths and cocaine in 38.", "38", "cocaine-deaths"),
        ("Heroin was involved in 140 deaths and methadone in 17.", "17", "methadone-deaths"),
        # counter-example: a gapped count of a thing that is no drug keeps the deaths' reading
        ("Heroin was involved in 140 deaths and in 17 of the suicides.", "140", "heroin-deaths"),
    ],
)  # fmt: skip
def test_gapped_drug_after_found_in(text: str, number: str, measure: str) -> None:
    assert figure(text, number).measure == measure


def test_share_of_determined_whole() -> None:
    text = "There were 310 deaths in 2023. Fentanyl was involved in 88% of these deaths."
    assert figure(text, "88").measure == "share-of-deaths-fentanyl"
    # counter-example: a share of "them" still restates the count before
    text = "There were 310 deaths in 2023, and fentanyl was found in 88% of them."
    assert figure(text, "88").measure != "share"


def test_local_names_of_cannabis() -> None:
    assert read("Police seized 910 kilograms of ganja at the wharf.", "910") == (
        "cannabis-seized",
        "kilogram",
    )
    assert read("Teams uprooted 2,200 ganja plants in the hills.", "2,200")[0] == (
        "cannabis-plants-seized"
    )
    # counter-example: another drug's plants are not cannabis plants
    assert read("Teams uprooted 2,200 coca plants in the hills.", "2,200")[0] != (
        "cannabis-plants-seized"
    )


def test_gave_naloxone_times() -> None:
    text = "Paramedics gave naloxone 640 times during the quarter."
    assert read(text, "640") == ("naloxone-administrations", "administration")
    # counter-example: kits given out are kits, not administrations
    text = "Pharmacies gave out 640 naloxone kits during the quarter."
    assert read(text, "640")[0] == "naloxone-kits-distributed"


def test_demonyms_count_people() -> None:
    text = "In June 2024, 5,310 Vermonters were enrolled in recovery programs."
    assert read(text, "5,310")[1] == "person"
    # counter-example: a capitalised plural that is no demonym
    assert read("The port handled 4,100 Containers in June.", "4,100")[1] != "person"


def test_thing_used_to_carry_takes_the_later_verb() -> None:
    text = "Nine speedboats used to carry cocaine were also seized."
    assert read(text, "Nine".lower() and "9") == ("speedboats-seized", "speedboat")


def test_part_among_those_arrested() -> None:
    text = "Police arrested 990 people. Among those arrested were 75 juveniles and 12 soldiers."
    assert read(text, "75") == ("juveniles-arrested", "person")
    assert read(text, "12") == ("soldiers-arrested", "person")
