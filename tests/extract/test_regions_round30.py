"""English reports, issue 14 round 30 (branch eng-rg31): the home region of bodies whose area or
members the text names late (a closing "About" note) or in passing. Made-up bodies and places;
each rule has a case it must not fire on."""

from __future__ import annotations

from datetime import date

from tests.extract import sentences

SPRING = date(2026, 4, 20)


def home(text: str) -> tuple[str, ...]:
    return sentences.home_region(text, SPRING)


def test_a_programmes_states_named_only_in_its_closing_note_are_its_area() -> None:
    text = (
        "Heron Valley HIDTA: cocaine seizures rise 9% as task forces report 2025 results\n\n"
        "FOR IMMEDIATE RELEASE\nMarch 3, 2026\n\n"
        "OMAHA - The Heron Valley High Intensity Drug Trafficking Area today released its "
        "results for calendar year 2025. Initiatives funded by the program seized 812 pounds of "
        "cocaine in 2025, compared with 745 pounds in 2024.\n\n"
        "Officers working in the initiatives made 1,904 arrests and seized 611 firearms. The "
        "Riverbend task force alone seized 120 pounds of cocaine near the interstate.\n\n"
        "About Heron Valley HIDTA\n\n"
        "The Heron Valley HIDTA is funded by the Office of National Drug Control Policy. It "
        "brings together federal, state and local agencies in designated counties of Nebraska, "
        "Kansas and Oklahoma."
    )
    assert set(home(text)) == {"Nebraska", "Kansas", "Oklahoma"}


def test_a_closing_note_without_a_covering_cue_leaves_the_home_alone() -> None:
    text = (
        "National drug programs report 2025 results\n\n"
        "WASHINGTON - The Office of National Drug Control Policy today said that programs funded "
        "across the United States seized 9,400 kilograms of cocaine in 2025, and 2,100 kilograms "
        "of methamphetamine.\n\n"
        "Officials said the seizures were the largest since 2019 and that cooperation with "
        "partner agencies had grown during the year.\n\n"
        "About the office\n\n"
        "The office coordinates drug policy; its regional programs held training in Nebraska, "
        "Kansas and Oklahoma."
    )
    assert home(text) == ("United States",)


def test_states_a_compass_word_opens_after_designated_counties_are_the_area() -> None:
    text = (
        "Harbor/Delmont HIDTA reports heroin seizures down 12 percent in 2025\n\n"
        "HARBORTOWN - The Harbor/Delmont High Intensity Drug Trafficking Area (HIDTA) program "
        "today released its results for 2025. The program funds initiatives across designated "
        "counties in northern Delaware and southeastern Maryland.\n\n"
        "Across the program, initiatives seized 84.2 kilograms of heroin in 2025."
    )
    assert set(home(text)) == {"Delaware", "Maryland"}


def test_members_listed_before_a_relative_clause_are_the_members() -> None:
    text = (
        "CORAL SEA CUSTOMS FORUM\nRegional Drug Summary 2025\n\n"
        "Island customs drug seizures rise 20% in 2025\n\n"
        "NUKU'ALOFA, 2 May 2026 - Customs services of the region made 912 drug seizures in "
        "2025, the Coral Sea Customs Forum said today.\n\n"
        "The summary draws on data submitted by the customs administrations of Tonga, Samoa, "
        "Vanuatu and Fiji, which together reported all seizures made at their borders during "
        "the year.\n\n"
        "Cannabis seizures totalled 2.4 tonnes."
    )
    assert set(home(text)) == {"Tonga", "Samoa", "Vanuatu", "Fiji"}


def test_members_between_dashes_after_the_members_authorities_are_the_members() -> None:
    text = (
        "Steppe Regional Drug Information Centre (SRDIC)\n\nINFORMATION BULLETIN\n\n"
        "Synthetic drug seizures rise in 2025\n\nAstana, 2 April 2026\n\n"
        "The Steppe Regional Drug Information Centre (SRDIC) has completed its review of drug "
        "seizures reported by the competent authorities of its member states - the Republic of "
        "Kazakhstan, the Kyrgyz Republic, the Republic of Tajikistan and Turkmenistan - for the "
        "calendar year 2025.\n\n"
        "Across the member states, agencies seized 21.4 tonnes of drugs in 2025."
    )
    assert set(home(text)) == {"Kazakhstan", "Kyrgyzstan", "Tajikistan", "Turkmenistan"}


def test_a_centres_founders_named_in_its_closing_note_are_its_members() -> None:
    text = (
        "Cocaine interdicted at sea falls 6% as the Atlantic Watch Centre reports 2025\n\n"
        "Atlantic Watch Centre\nPress release\n\n"
        "Madrid, 2 April 2026 - Interdictions coordinated through the Atlantic Watch Centre "
        "(AWC) led to the seizure of 61.2 tonnes of cocaine in 2025, the Centre said today.\n\n"
        "Partner agencies also seized 12.4 tonnes of cannabis resin crossing from North Africa, "
        "and 38 vessels were intercepted.\n\n"
        "About the AWC\n\n"
        "The AWC is a centre established by Spain, Belgium, Germany and Greece, with observers "
        "taking part."
    )
    assert set(home(text)) == {"Spain", "Belgium", "Germany", "Greece"}


def test_founders_named_far_from_the_cue_are_no_members() -> None:
    text = (
        "Cocaine interdicted at sea falls 6% as the Atlantic Watch Centre reports 2025\n\n"
        "Atlantic Watch Centre\nPress release\n\n"
        "Madrid, 2 April 2026 - Interdictions coordinated through the Atlantic Watch Centre "
        "(AWC) led to the seizure of 61.2 tonnes of cocaine in 2025, the Centre said today.\n\n"
        "Partner agencies also seized 12.4 tonnes of cannabis resin crossing from North Africa, "
        "and 38 vessels were intercepted.\n\n"
        "About the AWC\n\n"
        "The AWC was established by a treaty signed in 2009; its officers met in Belgium and "
        "Greece this year."
    )
    assert home(text) == ("Spain",)


def test_members_named_through_which_after_the_headline_are_the_members() -> None:
    text = (
        "NORTH SEA DRUG COORDINATION CENTRE (NSDCC)\n\nPRESS RELEASE\n\nOslo, 2 April 2026\n\n"
        "Cocaine seized at sea with NSDCC support falls 11% as routes shift\n\n"
        "The North Sea Drug Coordination Centre (NSDCC), the Oslo-based centre through which "
        "Norway, Denmark, Sweden and the Netherlands coordinate action against trafficking by "
        "sea, today published its figures for 2025.\n\n"
        "In 2025 the centre supported operations that seized 22.6 tonnes of cocaine."
    )
    assert set(home(text)) == {"Norway", "Denmark", "Sweden", "Netherlands"}


def test_members_listed_in_the_paragraph_after_a_lead_below_a_headline_are_the_members() -> None:
    text = (
        "Council of Gulf Interior Ministers - General Secretariat\n"
        "Gulf Bureau for Drug Affairs\n\n"
        "Tablet seizures across the Gulf states fall 18% in 2025 as traffickers shift their "
        "routes, Gulf Bureau report finds\n\n"
        "Manama, 20 June 2026 - The Gulf Bureau for Drug Affairs of the Council of Gulf Interior "
        "Ministers today issued its annual report on the drug situation in the region for 2025.\n\n"
        "The report was compiled from data submitted by 4 of the 6 member states: Bahrain, "
        "Kuwait, Oman and Qatar. Unless stated otherwise, the figures refer to these states.\n\n"
        "The authorities of the reporting states seized 41.2 million tablets in 2025."
    )
    assert set(home(text)) == {"Bahrain", "Kuwait", "Oman", "Qatar"}


def test_a_closing_note_naming_one_state_leaves_the_leads_set() -> None:
    text = (
        "DEA Plainsfield: pill seizures climb 12 percent across North Texas and Oklahoma\n\n"
        "PLAINSFIELD - The Drug Enforcement Administration's Plainsfield Field Division, which "
        "covers the northern half of Texas and the entire state of Oklahoma, today released its "
        "results for 2025. Agents seized 1.2 million fentanyl pills during 2025.\n\n"
        "Division personnel made 812 arrests over the year, and seized 301 firearms in "
        "operations with local police departments.\n\n"
        "About the Plainsfield Field Division\n\n"
        "The Division has offices in Plainsfield and Tulsa, and covers 127 counties in North "
        "Texas and all 77 counties of Oklahoma."
    )
    assert set(home(text)) == {"Texas", "Oklahoma"}
