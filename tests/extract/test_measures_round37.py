"""Reports of round 37 (branch eng-ms38): measures the draft named by a wrong rule.
Made-up sentences; each test fails without its rule."""

from __future__ import annotations

from datetime import date

from narcokg.extract.drafts import DraftMeasurement
from tests.extract import sentences

SPRING = date(2026, 3, 2)
SHERIFF = "Harlan County Sheriff's Office narcotics report, 2025\n\n"


def facts(text: str, head: str = SHERIFF, day: date = SPRING) -> dict[str, DraftMeasurement]:
    return sentences.by_quote(head + text, day)


figure = sentences.starting


def test_people_booked_into_a_jail_are_bookings() -> None:
    # pcso-co paca106, wcso-ut sitatunga109 (and wcso-nv sifaka103, hennepinsheriff gerenuk84)
    found = facts(
        "Deputies arrested 402 people on drug charges in 2025. Of the 402, 277 were booked into "
        "the Harlan County Jail; the others were cited and released. From January through June "
        "of this year, 141 people were booked."
    )
    assert figure(found, "402 people").measure == "suspects-arrested"
    assert figure(found, "277").measure == "people-booked"
    assert figure(found, "141").measure == "people-booked"
    found = facts(
        "Deputies booked 1,530 people into the county detention facility on drug offenses in "
        "2025, compared with 1,366 in 2024."
    )
    assert figure(found, "1,530").measure == "people-booked"
    assert figure(found, "1,366").measure == "people-booked"


def test_people_booked_on_a_charge_or_then_charged_stay_as_read() -> None:
    found = facts(
        "Of the 402 people arrested, 215 were booked on charges of distribution. Another 88 "
        "people were booked at the station and then charged with possession. In 2025, 64 people "
        "booked into the jail were referred to treatment."
    )
    assert figure(found, "215").measure == "trafficking-arrests"
    assert figure(found, "88").measure != "people-booked"
    assert figure(found, "64").measure != "people-booked"


POLICE = "Harlow Police Service drug enforcement, 2025\n\n"


def test_people_facing_trafficking_counts_are_trafficking_arrests() -> None:
    # frpf-nb paca106, truropolice-ns sitatunga109, mjps-sk loris97, ssmps-on cuscus104,
    # wrps jacana39: the bare count's verb "faced" was drafted as its noun
    found = facts(
        "Officers laid 288 drug charges against 121 people in 2025. Of those charged, 47 faced "
        "trafficking counts. A total of 160 people were arrested, of whom 58 faced trafficking "
        "or possession for the purpose of trafficking charges.",
        POLICE,
    )
    assert figure(found, "47").measure == "trafficking-arrests"
    assert figure(found, "47").unit == "person"
    assert figure(found, "58").measure == "trafficking-arrests"


def test_people_facing_possession_counts_are_no_trafficking_arrests() -> None:
    found = facts(
        "Officers laid 288 drug charges against 121 people in 2025. Of those charged, 47 faced "
        "possession counts.",
        POLICE,
    )
    assert figure(found, "47").measure != "trafficking-arrests"


def test_awareness_events_are_publicity_activities() -> None:
    # ocertid-bj and crstpd-sd paca106, pntl-tl dikdik94, rpfab and rlpd-mn duiker105, reps-sz
    # and nanaimo-rcmp colobus102, lnpd-wa gundi108, cnd-cu and dea-phx sitatunga109, …
    found = facts(
        "Officers held 52 drug awareness sessions in schools and markets, reaching 6,100 pupils "
        "and traders. Deputies gave 27 presentations in rural schools, reaching about 2,300 "
        "students. In all, 9,400 prevention activities were carried out, reaching some 210,000 "
        "people.",
        POLICE,
    )
    assert figure(found, "52").measure == "publicity-activities-organized"
    assert figure(found, "52").unit == "activity"
    assert figure(found, "27").measure == "publicity-activities-organized"
    assert figure(found, "9,400").measure == "publicity-activities-organized"
    assert figure(found, "6,100").measure == "people-covered-by-publicity"
    assert figure(found, "some 210,000").measure == "people-covered-by-publicity"


def test_lectures_and_students_alone_keep_their_measures() -> None:
    found = facts(
        "Officers gave 740 lectures in schools, reaching 61,000 students. The task force held "
        "88 coordination meetings on trafficking cases.",
        POLICE,
    )
    assert figure(found, "740").measure != "publicity-activities-organized"
    assert figure(found, "61,000").measure == "students-taught-anti-drug-knowledge"
    assert figure(found, "88").measure != "publicity-activities-organized"


def test_searches_that_found_drugs_are_named_by_their_whole() -> None:
    # brantfordps-on markhor98, cps-pe duiker105, torontopolice quagga72, northumbriapol
    # nyala87, sps-pe and wmatpd-az coypu107
    found = facts(
        "Officers executed 64 search warrants, and drugs were found in 51 of the 64. Drugs were "
        "found in 83 of the 97 searches. The unit carried out 412 stop and searches for drugs, "
        "138 of which turned up drugs.",
        POLICE,
    )
    assert figure(found, "51").measure == "search-warrants-with-drugs-found"
    assert figure(found, "51").unit == "warrant"
    assert figure(found, "83").measure == "searches-with-drugs-found"
    assert figure(found, "138").measure == "stop-and-searches-with-drugs-found"


def test_parts_of_searches_that_led_elsewhere_are_not_finds() -> None:
    found = facts(
        "Officers executed 64 search warrants, and 39 of the 64 led to charges.",
        POLICE,
    )
    assert not figure(found, "39").measure.endswith("-with-drugs-found")


def test_such_things_count_what_the_earlier_figure_counted() -> None:
    # surreyps-bc and mvd-by hyrax63, reddeer-rcmp gaur100, lebanonpd-oh mink68, cnd-cu
    # sitatunga109, …: no "such-calls" nor "such-packages-located"
    found = facts(
        "Officers attended 716 overdose calls in 2025. The records show 802 such calls in 2024. "
        "Customs officers seized 1,140 kilograms of cocaine. Coastal patrols located 655 such "
        "packages during the year.",
        POLICE,
    )
    assert figure(found, "802").measure == figure(found, "716").measure
    assert figure(found, "802").unit == figure(found, "716").unit
    assert figure(found, "655").measure == "packages-located"


def test_such_things_skip_a_part_of_the_earlier_figure() -> None:
    found = facts(
        "Officers attended 716 overdose calls in 2025, 22 of them fatal. The records show 802 "
        "such calls in 2024.",
        POLICE,
    )
    assert figure(found, "802").measure == figure(found, "716").measure
    assert figure(found, "802").measure != figure(found, "22").measure
