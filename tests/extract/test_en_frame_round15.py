"""English reports, issue 14 round 15 (the report's home region): a release datelined at a
national seat ("Lusaka, 3 March 2025", "MONTEVIDEO, 4 May 2025 - …") is that country's, even
when its issuer's name carries no country and a neighbour, a partner or the world is named in
the text. Made-up sentences; each rule has a case it must not fire on."""

from __future__ import annotations

from datetime import date

from narcokg.extract import capitals, gazetteer, home_country
from narcokg.extract.drafts import DraftMeasurement
from narcokg.model.workspace import find_workspace
from tests.extract import sentences

SPRING = date(2025, 6, 2)


def figure(text: str, quote_start: str) -> DraftMeasurement:
    return sentences.quoted_figure(text, quote_start, SPRING)


def _speech(dateline: str) -> str:
    return (
        "Statement of the Head of the Narcotics Control Directorate\n\n"
        f"{dateline}\n\n"
        "Colleagues and friends, thank you for coming to hear what our officers achieved in "
        "the past twelve months of hard work across the whole territory.\n\n"
        "In 2024 our officers arrested 4,215 people for trafficking and seized 3.1 tonnes of "
        "cannabis, most of it bound for Malawi.\n\n"
        "The problem is global: 292 million people worldwide used drugs in 2022."
    )


def test_a_mixed_case_dateline_at_a_national_seat_places_the_speech() -> None:
    text = _speech("Lusaka, 3 March 2025")
    assert figure(text, "4,215").regions == ("Zambia",)


def test_a_dateline_closed_by_a_full_stop_opening_the_lead_places_the_release() -> None:
    text = (
        "Directorate closes its year with record seizures\n\n"
        "Montevideo, 4 January 2025. The National Drug Directorate presented its results for "
        "2024, in which it seized 2,310 kilograms of cocaine, much of it bound for Spain and "
        "for the United States; the United States Coast Guard and United States agents "
        "helped at sea, and 12 suspects were sent to the United States."
    )
    assert figure(text, "2,310").regions == ("Uruguay",)


def test_an_upper_case_dateline_at_a_national_seat_places_a_generic_ministry() -> None:
    text = (
        "Ministry of Security: results of the first half\n\n"
        "TEGUCIGALPA, 4 July 2025 - The Ministry of Security said its forces seized 6.2 "
        "tonnes of cocaine in the first half of 2025, most of it on the routes that come up "
        "from the border with Nicaragua."
    )
    assert figure(text, "6.2").regions == ("Honduras",)


def test_a_city_that_shares_a_regions_name_gives_no_mixed_case_dateline() -> None:
    # "Victoria" is also an Australian state: a region's bare name is no seat
    known = gazetteer.load_regions(find_workspace().gazetteer_file)
    title_end = len("Statement of the Head of the Narcotics Control Directorate")
    seat = home_country.dated_seat(_speech("Lusaka, 3 March 2025"), title_end, known)
    other = home_country.dated_seat(_speech("Victoria, 3 March 2025"), title_end, known)
    assert (seat, other) == ("Zambia", None)


def test_a_place_and_date_inside_the_body_is_no_dateline() -> None:
    text = (
        "Annual drug seizures statement\n\n"
        "Police in Kenya seized 1,905 kilograms of heroin in 2024, up from 1,200 a year "
        "earlier, and charged 640 people.\n\n"
        "A conference will be held in the same week; the ministers last met\n"
        "Lusaka, 3 March 2024 - a meeting of the regional bodies."
    )
    assert figure(text, "1,905").regions == ("Kenya",)


def test_every_seat_names_a_country_of_the_gazetteer() -> None:
    known = gazetteer.load_regions(find_workspace().gazetteer_file)
    missing = {seat: c for seat, c in capitals.SEATS.items() if c not in known}
    assert not missing
    assert all(known[c].part_of is None for c in capitals.SEATS.values())


# --- a "respectively" list the old rule could not pair (places first with the cue before the
# figures, places last, level percentages, a number word between the list and its figures)


def _provinces(sentence: str) -> str:
    return (
        "Provincial drug enforcement results for 2024\n\n"
        "The provincial police of Ontario published its enforcement figures for 2024 today, "
        "with its three largest detachments reporting separately.\n\n" + sentence
    )


def test_places_first_and_the_cue_before_the_figures() -> None:
    text = _provinces(
        "Ontario, Quebec and Manitoba detachments respectively recorded 640, 315 and 122 "
        "trafficking charges."
    )
    assert [figure(text, n).regions for n in ("640", "315", "122")] == [
        ("Ontario",),
        ("Quebec",),
        ("Manitoba",),
    ]


def test_places_named_after_the_figures_they_pair_with() -> None:
    text = _provinces(
        "Of the tablets, 7,400 and 2,150 were seized in Quebec and Manitoba, respectively."
    )
    assert [figure(text, n).regions for n in ("7,400", "2,150")] == [("Quebec",), ("Manitoba",)]


def test_level_percentages_pair_with_their_places() -> None:
    text = _provinces(
        "Use was highest in Alberta (6.1%), while Quebec and Manitoba recorded 4.2% and 3.3% "
        "respectively."
    )
    assert [figure(text, n).regions for n in ("4.2", "3.3")] == [("Quebec",), ("Manitoba",)]


def test_places_after_the_figures_as_a_destination_are_no_pair() -> None:
    text = _provinces(
        "The two ports handled 830 and 410 kilograms respectively, mostly bound for Quebec "
        "and Manitoba."
    )
    assert figure(text, "830").regions != ("Quebec",)


# --- a partner's forces and a neighbour along a border are not where the figures were counted


def test_places_of_partner_forces_named_after_with_are_not_the_figures_regions() -> None:
    text = (
        "Shaanxi anti-drug work in the first half\n\n"
        "Shaanxi police reported the results of the first half of 2025 at a press conference "
        "held in the provincial capital today, looking back on six months of work.\n\n"
        "Together with the police of Gansu and Ningxia, the provincial anti-drug corps broke up "
        "14 cross-province networks. Shaanxi officers, together with the Sichuan and Henan "
        "police, also seized 37 kilograms of heroin."
    )
    assert figure(text, "14").regions == ("Shaanxi",)
    assert figure(text, "37").regions == ("Shaanxi",)


def test_a_partner_coast_guard_does_not_place_the_publishers_figure() -> None:
    text = (
        "Directorate closes its year\n\n"
        "Montevideo, 4 January 2025. The National Drug Directorate presented its results for "
        "2024 to the press at its headquarters this morning.\n\n"
        "With the support of the United States Coast Guard, agents intercepted 9 boats "
        "carrying 3,870 kilograms of cocaine."
    )
    assert figure(text, "3,870").regions == ("Uruguay",)


def test_a_country_named_after_a_border_with_is_a_neighbour() -> None:
    text = (
        "Ministry of Interior annual results\n\n"
        "Ankara, 3 February 2025 - Police in Turkey seized 41 tonnes of cannabis in 2024, the "
        "ministry said in its annual review of the work of the police and gendarmerie.\n\n"
        "Gendarmerie units along the frontiers with Iran and Iraq intercepted 6.3 tonnes of "
        "heroin. The provinces bordering with Syria accounted for 12% of the cannabis seized."
    )
    assert figure(text, "6.3").regions == ("Turkey",)
    assert figure(text, "12").regions == ("Turkey",)


def test_a_country_named_as_where_the_figure_was_counted_still_places_it() -> None:
    text = (
        "Ministry of Interior annual results\n\n"
        "Ankara, 3 February 2025 - Police in Turkey seized 41 tonnes of cannabis in 2024, the "
        "ministry said in its annual review of the work of the police and gendarmerie.\n\n"
        "Working in Iran, liaison officers helped seize 2.2 tonnes of heroin."
    )
    assert figure(text, "2.2").regions == ("Iran",)


def test_a_respectively_lists_places_are_not_carried_to_the_next_sentence() -> None:
    text = (
        "National drug seizures in 2024\n\n"
        "Police in Mexico seized 180 tonnes of drugs in 2024, the attorney general's office "
        "said in its annual report, published with the army and navy figures.\n\n"
        "Sonora and Sinaloa accounted for 412 and 287 kilograms of fentanyl, respectively. "
        "Agents also seized 21.7 tonnes of cocaine."
    )
    assert figure(text, "412").regions == ("Sonora",)
    assert figure(text, "21.7").regions == ("Mexico",)


def test_a_group_named_without_respectively_still_carries() -> None:
    text = (
        "National drug seizures in 2024\n\n"
        "Police in Mexico seized 180 tonnes of drugs in 2024, the attorney general's office "
        "said in its annual report, published with the army and navy figures.\n\n"
        "Sonora and Sinaloa saw the heaviest fighting between cartels. "
        "Agents there seized 21.7 tonnes of cocaine."
    )
    assert figure(text, "21.7").regions == ("Sonora", "Sinaloa")


def _guangxi(sentence: str) -> str:
    return (
        "Guangxi anti-drug results for the first five months\n\n"
        "Guangxi police cracked 1,240 drug cases from January to May 2025, the Guangxi Public "
        "Security Department said at a press conference on Thursday.\n\n" + sentence
    )


def test_a_customs_body_named_after_its_seat_serves_the_reports_province() -> None:
    text = _guangxi("In the same period Nanning Customs seized 31.5 kilograms of drugs in mail.")
    assert figure(text, "31.5").regions == ("Guangxi",)


def test_a_city_named_as_where_the_figure_was_counted_keeps_it() -> None:
    text = _guangxi("In the same period police in Nanning seized 31.5 kilograms of drugs.")
    assert figure(text, "31.5").regions == ("Nanning",)
