"""Reports of round 42 (branch eng-ms43): sums frozen or confiscated, people charges were filed
against. Made-up sentences; each test fails without its rule."""

from __future__ import annotations

from datetime import date

from narcokg.extract.drafts import DraftMeasurement
from tests.extract import sentences

SPRING = date(2026, 3, 2)
POLICE = "Harlan Constabulary drug enforcement results, 2025\n\n"


def facts(text: str, head: str = POLICE, day: date = SPRING) -> dict[str, DraftMeasurement]:
    return sentences.by_quote(head + text, day)


figure = sentences.starting


def test_a_sum_frozen_after_its_verb_is_assets_frozen() -> None:
    # sdoe-gr ibex, elpaccto dibatag129, ocrtidb-tg coypu107
    found = facts(
        "Officers arrested 64 people. Investigators froze 38 bank accounts and 7 houses, with an "
        "estimated value of more than EUR 9 million."
    )
    assert figure(found, "more than EUR 9").measure == "assets-frozen"


def test_a_sum_then_frozen_is_assets_frozen() -> None:
    # delhipolice yak54, dubaipolice axolotl22, unodc-gpml fanaloka124
    found = facts(
        "Officers arrested 64 people. Properties of dealers worth Rs 212 million were frozen on "
        "the orders of the court."
    )
    assert figure(found, "Rs 212").measure == "assets-frozen"


def test_a_sum_confiscated_is_no_value_of_drugs() -> None:
    # cdpp dibatag129, tarian-rocu dibatag129
    found = facts(
        "Officers arrested 64 people. The total confiscated rose to £3.12 million from £2.05 "
        "million a year earlier."
    )
    assert figure(found, "£3.12").measure == "proceeds-of-crime-confiscated"
    assert figure(found, "£2.05").measure == "proceeds-of-crime-confiscated"


def test_confiscated_assets_are_assets_confiscated() -> None:
    # vdt-me pangolin27, unodc-gpml fanaloka124, copfs dingo32
    found = facts(
        "Officers arrested 64 people. Judges ordered the confiscation of assets worth 4.2 million "
        "euros in drug cases."
    )
    assert figure(found, "4.2 million").measure == "assets-confiscated"


def test_confiscation_orders_worth_a_sum_are_their_value() -> None:
    # cps gecko38, cityoflondonpolice oncilla127
    found = facts(
        "Officers arrested 64 people. Courts made confiscation orders worth £17.6 million against "
        "dealers."
    )
    assert figure(found, "£17.6").measure == "value-of-confiscation-orders"


def test_confiscated_drugs_keep_their_value() -> None:
    found = facts(
        "Agents confiscated 4,120 kilograms of shabu with a street value of P27.4 billion during "
        "the year."
    )
    assert figure(found, "P27.4").measure == "value-of-drugs-seized"


def test_a_sum_forfeited_of_frozen_funds_is_not_frozen() -> None:
    found = facts(
        "Officers arrested 64 people. Courts granted forfeiture of £8.3 million of frozen funds."
    )
    assert figure(found, "£8.3").measure != "assets-frozen"


def test_people_a_court_filed_charges_against_are_people_charged() -> None:
    # jcpd-mo dibatag129, swo-sd dibatag129, salempd-or tayra118
    found = facts(
        "Officers made 512 drug arrests. The Harlan Tribal Court filed drug charges against 233 "
        "people in 2025."
    )
    assert figure(found, "233").measure == "people-charged"


def test_charges_filed_against_no_people_are_no_people_charged() -> None:
    found = facts(
        "Officers made 512 drug arrests. The county attorney filed charges against 41 "
        "pharmacies in 2025."
    )
    assert figure(found, "41").measure != "people-charged"


def test_charges_filed_against_a_part_of_the_arrested_are_no_people_charged() -> None:
    found = facts(
        "Officers arrested 96 people in the operation. Prosecutors have filed charges against 23 "
        "of those arrested."
    )
    assert figure(found, "23").measure != "people-charged"
