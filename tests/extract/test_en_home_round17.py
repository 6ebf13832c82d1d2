"""English reports, issue 14 round 17 (the home region): a multinational body's report is its
membership's as a whole, not the country of the seat it is datelined at: an EU body whose lead
speaks of the Union as a whole ("the EU's external borders", "EU Member States") is the
European Union's; a centre whose lead lists the countries it brings together is theirs.
Made-up sentences; each rule has a case it must not fire on."""

from __future__ import annotations

from datetime import date

from narcokg.extract.drafts import DraftMeasurement
from tests.extract import sentences

SPRING = date(2025, 6, 2)


def figure(text: str, quote_start: str) -> DraftMeasurement:
    return sentences.quoted_figure(text, quote_start, SPRING)


def test_an_eu_bodys_report_datelined_at_its_seat_is_the_unions() -> None:
    text = (
        "Frontex reports its 2024 drug detections\n\n"
        "Warsaw, 12 February 2025\n\n"
        "Frontex, the European Border and Coast Guard Agency, said that officers in its joint "
        "operations logged 2,611 drug detections at the EU's external borders during 2024, "
        "according to its yearly analysis.\n\n"
        "Most of the drugs were found in lorries and in the holds of cargo ships."
    )
    assert figure(text, "2,611").regions == ("European Union",)


def test_an_eu_agencys_member_states_lead_is_the_unions() -> None:
    text = (
        "European Drug Overview 2024\n\n"
        "LISBON, 4 June 2024 - The European Monitoring Centre for Drugs and Drug Addiction "
        "presents data supplied by the 27 EU Member States, mostly for 2023, in its yearly "
        "overview.\n\n"
        "Treatment services admitted an estimated 512,000 people during 2023."
    )
    assert figure(text, "512,000").regions == ("European Union",)


def test_an_eu_agencys_report_on_one_country_stays_that_countrys() -> None:
    text = (
        "Austria: Country Drug Overview 2024\n\n"
        "This overview, prepared by the European Union Drugs Agency with the Austrian focal "
        "point, sets out what the EU Member States report on Austria's drug market.\n\n"
        "Police recorded 31,420 drug offences in 2023."
    )
    assert figure(text, "31,420").regions == ("Austria",)


def test_a_national_body_speaking_of_eu_member_states_stays_national() -> None:
    text = (
        "Police drug results for 2024\n\n"
        "LISBON, 20 January 2025 - Portugal's Judiciary Police, which exchanges data with the "
        "other EU Member States, presented its results for 2024 on Monday in the capital.\n\n"
        "Officers seized 18.3 tonnes of cocaine in 2024."
    )
    assert figure(text, "18.3 tonnes").regions == ("Portugal",)


def test_a_centre_bringing_countries_together_is_theirs_not_its_seats() -> None:
    text = (
        "North Sea Narcotics Centre: the year 2024\n\n"
        "OSLO, 2 March 2025 - The North Sea Narcotics Centre brings together liaison officers "
        "of Norway, Denmark, Sweden and Iceland to track drug shipments at sea, and published "
        "its results for the year on Friday.\n\n"
        "Operations it coordinated led to the seizure of 23 tonnes of cocaine in 2024."
    )
    assert figure(text, "23 tonnes").regions == ("Norway", "Denmark", "Sweden", "Iceland")


def test_a_centre_bringing_one_countrys_services_together_stays_at_home() -> None:
    text = (
        "Coastal Narcotics Centre: the year 2024\n\n"
        "OSLO, 2 March 2025 - The Coastal Narcotics Centre brings together the police, customs "
        "and coast guard of Norway to track drug shipments at sea along the whole coast.\n\n"
        "Operations it coordinated led to the seizure of 4.1 tonnes of cocaine in 2024."
    )
    assert figure(text, "4.1 tonnes").regions == ("Norway",)


def test_a_respectively_list_of_cities_with_their_head_nouns() -> None:
    text = (
        "Sichuan releases drug control results for the first half of 2025\n\n"
        "On July 2, the Sichuan Provincial Public Security Department said that in the first "
        "half of the year the province's public security organs cracked 2,150 drug cases.\n\n"
        "Of these, Mianyang City and Deyang City cracked 214 and 167 cases respectively."
    )
    assert figure(text, "214").regions == ("Mianyang",)
    assert figure(text, "167").regions == ("Deyang",)


def test_a_respectively_list_of_municipal_bureaus() -> None:
    text = (
        "Sichuan releases drug control results for the first half of 2025\n\n"
        "On July 2, the Sichuan Provincial Public Security Department said that in the first "
        "half of the year the province's public security organs cracked 2,150 drug cases.\n\n"
        "Of these, the Yibin Municipal Public Security Bureau and the Luzhou Municipal Public "
        "Security Bureau cracked 198 and 143 cases respectively."
    )
    assert figure(text, "198").regions == ("Yibin",)
    assert figure(text, "143").regions == ("Luzhou",)


def test_an_autonomous_prefecture_by_its_short_name_in_a_list() -> None:
    text = (
        "Sichuan releases drug control results for the first half of 2025\n\n"
        "On July 2, the Sichuan Provincial Public Security Department said that in the first "
        "half of the year the province's public security organs cracked 2,150 drug cases.\n\n"
        "Of these, Ngawa prefecture, Mianyang city and Yibin city seized 41, 36 and 28 "
        "kilograms of drugs respectively. Border units also cracked 95 cases in the period."
    )
    assert figure(text, "41").regions == ("Ngawa Tibetan and Qiang Autonomous Prefecture",)
    assert figure(text, "28").regions == ("Yibin",)
    # the list's places went one by one to its own figures, not to the next sentence's
    assert figure(text, "95").regions == ("Sichuan",)


def test_head_nouns_join_places_only_in_a_respectively_list() -> None:
    text = (
        "Sichuan releases drug control results for the first half of 2025\n\n"
        "On July 2, the Sichuan Provincial Public Security Department said that in the first "
        "half of the year the province's public security organs cracked 2,150 drug cases.\n\n"
        "Mianyang City and Deyang City police together cracked 381 cases and seized 12 "
        "kilograms of drugs."
    )
    # no list is read outside "respectively": the nearest name places the figure, as before
    assert figure(text, "381").regions == ("Deyang",)


def test_a_currencys_country_is_not_carried_to_the_next_sentence() -> None:
    text = (
        "Police drug operation results\n\n"
        "HARARE, 3 March 2025 - The police said the operation in Bulawayo ended on Friday.\n\n"
        "Officers seized cash of more than US$8,300 from suspected dealers. They also shut "
        "down 27 drug dens, mostly in the western suburbs."
    )
    assert figure(text, "27").regions == ("Zimbabwe",)


def test_a_country_named_in_the_sentence_before_is_still_carried() -> None:
    text = (
        "Police drug operation results\n\n"
        "HARARE, 3 March 2025 - The police said the operation ended on Friday.\n\n"
        "Officers working in Mozambique seized cash from suspected dealers. They also shut "
        "down 27 drug dens, mostly in the port areas."
    )
    assert figure(text, "27").regions == ("Mozambique",)
