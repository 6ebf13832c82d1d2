"""English reports, issue 14 round 19 (the home region): a city's own police force publishes its
province's figures, not its country's: a force named after a large city ("<city> Police
Service", the French "police de la Ville de <city>") is in that city's province even when the
text names other provinces; a "<city> Regional Police" force the city list lacks is in the one
province the text names. Made-up sentences; each rule has a case it must not fire on."""

from __future__ import annotations

from datetime import date

from narcokg.extract.draft import draft_with_frame
from narcokg.extract.drafts import DraftMeasurement
from tests.extract import sentences

SPRING = date(2026, 3, 11)


def figure(text: str, quote_start: str) -> DraftMeasurement:
    return sentences.quoted_figure(text, quote_start, SPRING)


#: A made-up city force's release that names its province once, in the body.
CITY_FORCE = (
    "{force} publishes its 2025 drug enforcement figures\n\n"
    "LAKESHORE, March 11, 2026 - {force} laid 842 drug charges in 2025. Officers seized 12.5 "
    "kilograms of cocaine.\n\n"
    "Ontario's coroner reported 310 opioid deaths in the province in 2025.\n\n"
    "Across Canada, police recorded 60,100 drug offences in 2024."
)


def test_a_regional_police_force_is_in_the_one_province_named() -> None:
    text = CITY_FORCE.format(force="Lakeshore Regional Police")
    assert figure(text, "842").regions == ("Ontario",)


def test_a_city_force_in_french_is_in_its_citys_province() -> None:
    text = (
        "COMMUNIQUE\n"
        "Service de police de la Ville de Montréal\n\n"
        "Street-level drug network dismantled: 14 arrests\n\n"
        "The Drug Squad of the Service de police de la Ville de Montréal today announced the "
        "results of a four-month investigation.\n\n"
        "Investigators seized 9.4 kilograms of cocaine and 31 firearms.\n\n"
        "The suspects also sold drugs in Ottawa, Ontario, and investigators from Ontario "
        "assisted. Across Canada, 70,000 drug offences were recorded in 2024."
    )
    assert figure(text, "9.4 kilograms").regions == ("Quebec",)


def test_a_city_force_is_in_its_citys_province_when_others_are_named() -> None:
    text = (
        "Calgary Police Service releases 2025 drug results\n\n"
        "The Calgary Police Service has published its annual drug enforcement summary.\n\n"
        "Officers laid 1,120 drug charges in 2025, compared with 980 in 2024. Some of the drugs "
        "were brought in from British Columbia and Saskatchewan.\n\n"
        "British Columbia's coroners reported 2,100 deaths in the same year."
    )
    assert figure(text, "1,120").regions == ("Alberta",)


def test_the_frames_reason_names_the_city_force() -> None:
    text = CITY_FORCE.format(force="Lakeshore Regional Police")
    guess = draft_with_frame(
        text, "doc", SPRING, file="doc.txt", gazetteer_file=sentences.GAZETTEER
    )[1]
    assert guess is not None and guess.region == ("Ontario",)
    assert guess.region_why == "a city's own police, in its province (Lakeshore Regional Police)"


def test_a_national_forces_regional_command_keeps_its_country() -> None:
    text = (
        "Volta Regional Police Command releases 2025 drug figures\n\n"
        "HO, March 11, 2026 - The Volta Regional Police Command of the Ghana Police Service "
        "arrested 212 suspects for drug offences in 2025. Ghana's national total was 4,100."
    )
    assert figure(text, "212").regions == ("Ghana",)


#: A made-up machine-translated provincial release: two cities' counts and their share.
PROVINCE_RELEASE = (
    "Guangxi public security organs announce anti-drug results from January to August\n\n"
    "From January to August this year, the public security organs of Guangxi cracked 903 drug "
    "criminal cases. Among them, Liuzhou City and Wuzhou City cracked 214 and 167 drug criminal "
    "cases respectively, accounting for {share} of the whole region."
)


def test_places_share_of_their_whole_area_is_theirs_together() -> None:
    text = PROVINCE_RELEASE.format(share="42.2%")
    assert set(figure(text, "42.2").regions) == {"Liuzhou", "Wuzhou"}
    assert figure(text, "214").regions == ("Liuzhou",)  # the counts keep one place each


def test_a_share_whose_places_the_gazetteer_lacks_in_part_keeps_its_region() -> None:
    text = PROVINCE_RELEASE.format(share="42.2%").replace("Wuzhou City", "Hillport City")
    assert len(figure(text, "42.2").regions) == 1


#: A made-up regional body's summary whose reporting members are the home.
MEMBERS_SUMMARY = (
    "Andean Drug Indicators 2025\n"
    "Andean Council on Narcotics\n"
    "Quito, 11 March 2026\n\n"
    "This digest gathers the indicators for 2025 sent by its four reporting member states: "
    "Bolivia, Colombia, Ecuador and Peru.\n\n"
    "Seizures\n"
    "Member states seized 610 tonnes of cocaine. {part} "
    "Seizures of cannabis herb rose by 14% to 212 tonnes."
)


def test_a_member_named_as_a_part_does_not_place_the_next_sentence() -> None:
    text = MEMBERS_SUMMARY.format(part="Of these, 388 tonnes were seized in Colombia alone.")
    assert figure(text, "212 tonnes").regions == ("Bolivia", "Colombia", "Ecuador", "Peru")


def test_two_members_named_together_still_place_the_next_sentence() -> None:
    text = MEMBERS_SUMMARY.format(part="Of these, 502 tonnes were seized in Colombia and Ecuador.")
    assert figure(text, "212 tonnes").regions == ("Colombia", "Ecuador")


def test_a_sentence_referring_back_keeps_the_members_place() -> None:
    text = MEMBERS_SUMMARY.format(part="Colombia's navy seized 388 tonnes at sea.").replace(
        "Seizures of cannabis herb rose by 14% to 212 tonnes.",
        "Of these, 212 tonnes were seized in the Pacific.",
    )
    assert figure(text, "212 tonnes").regions == ("Colombia",)


def test_a_division_named_in_a_set_of_states_still_places_the_next_sentence() -> None:
    text = (
        "Plains Division annual results 2025\n\n"
        "DENVER, March 11, 2026 - The Plains Division, which covers Colorado, Utah, Wyoming and "
        "Montana, today released its results for 2025.\n\n"
        "Seizures\n"
        "Agents seized 410 kilograms of methamphetamine in Utah. "
        "They also seized 96 firearms during the year."
    )
    assert figure(text, "96 firearms").regions == ("Utah",)
