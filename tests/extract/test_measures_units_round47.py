"""Issue 14 round 47 (measures, units and operations, branch eng-pm48): the translation's singular
classifiers, and the paste and base forms of cocaine. Made-up releases; each rule test fails
without its rule, and each rule has a case it must not fire on."""

from __future__ import annotations

from datetime import date

from narcokg.extract.drafts import DraftMeasurement
from tests.extract import sentences

figure = sentences.starting
WINTER = date(2031, 1, 20)

# --- "arrest drug criminal suspect 402 name", "cracked drug criminal cases 563 rise" ------------

translated = sentences.translated


def test_the_singular_classifiers_name_and_rise_name_nothing() -> None:
    # bijie wisent144, lijiang springbok146, shangrao linsang123, wenzhou caribou58
    found = translated(
        "2030 year, whole city crack drug criminal cases 287 rise, year-on-year rise 6.4%, "
        "arrest drug criminal suspect 356 name, seize various drugs 61.2 kilograms.\n"
    )
    cases = figure(found, "287")
    assert (cases.measure, cases.unit) == ("drug-crime-cases-cracked", "case")
    suspects = figure(found, "356")
    assert (suspects.measure, suspects.unit) == ("suspects-arrested", "person")


def test_a_count_of_names_with_no_person_word_is_people() -> None:
    # bijie wisent144, lijiang springbok146: then round 44's and round 45's passes name them
    found = translated(
        "Whole year new discover drug-taking personnel 73 name, order compulsory isolation "
        "drug rehabilitation 39 name.\n"
    )
    discovered = figure(found, "73")
    assert (discovered.measure, discovered.unit) == ("drug-users-newly-discovered", "person")
    sent = figure(found, "39")
    assert (sent.measure, sent.unit) == ("people-sent-to-compulsory-rehabilitation", "person")


def test_a_name_or_a_rise_that_is_a_word_of_its_own_stays() -> None:
    found = sentences.by_quote(
        "Drug arrests in 2030\n\n"
        "HOBART - Police charged 214 people in 2030, and the 12 names of the dealers were "
        "published; a 9 per cent rise on 2029.\n",
        WINTER,
    )
    assert figure(found, "214").unit == "person"
    assert figure(found, "12").measure != "people"
    assert figure(found, "9 per cent").unit == "percent"


# --- "6.8 tonnes of cocaine base paste" ----------------------------------------------------------

ANDEAN = (
    "Anti-drug balance 2030\n\n"
    "LA PAZ - The Special Force against Drug Trafficking presented its balance for 2030 today.\n\n"
)


def andean(text: str) -> dict[str, DraftMeasurement]:
    return sentences.by_quote(ANDEAN + text, WINTER)


def test_a_mass_of_paste_or_base_is_that_form_seized() -> None:
    # ameripol xerus53, carabineros capybara148, dirandro caribou58, dirandro-pnp oryx70,
    # policia-co, pfa-ar indri96, diran-co rhino73, felcnbolivia genet89
    found = andean(
        "Units seized 12.4 tonnes of cocaine hydrochloride and 7.1 tonnes of cocaine base "
        "paste.\n\n"
        "Cocaine hydrochloride reached 3,120 kilograms and cocaine base paste 4,480 kilograms.\n\n"
        "Seizures of coca base paste reached 58 tonnes, and officers took 214 kilograms of "
        "coca paste.\n\n"
        "Of the total, 9.6 tonnes was cocaine base and 2.5 tonnes was hydrochloride.\n"
    )
    assert figure(found, "12.4").measure == "cocaine-seized"
    assert figure(found, "7.1").measure == "cocaine-base-paste-seized"
    assert figure(found, "3,120").measure == "cocaine-seized"
    assert figure(found, "4,480").measure == "cocaine-base-paste-seized"
    assert figure(found, "58").measure == "coca-base-paste-seized"
    assert figure(found, "214").measure == "coca-paste-seized"
    assert figure(found, "9.6").measure == "cocaine-base-seized"


def test_paste_and_hydrochloride_together_stay_cocaine() -> None:
    # prf-br gemsbok143: one mass of both forms
    found = andean(
        "Officers seized 21,300 kg of cocaine base paste and hydrochloride, against 24,100 kg "
        "in 2029.\n"
    )
    assert figure(found, "21,300").measure == "cocaine-seized"
