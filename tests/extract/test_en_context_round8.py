"""English reports, issue 14 round 8 (context: region and period first, then agency): a report
that speaks of "the province" or "the Territory", a lead naming the set an agency covers, groups
joined with "the", routed groups, partners' places, EU-wide and agency-wide figures, a
demonym's agency; a period after a sentence's end, a boundary of a span, a change's base.
Made-up sentences; each rule has a case it must not fire on."""

from __future__ import annotations

from datetime import date

from narcokg.extract.draft import Draft
from narcokg.extract.drafts import DraftMeasurement
from narcokg.extract.periods import find_periods
from tests.extract import sentences

MARCH = date(2024, 3, 20)


def draft(text: str, published: date = MARCH) -> Draft:
    return sentences.drafted(text, published)


def figure(text: str, quote_start: str, published: date = MARCH) -> DraftMeasurement:
    return sentences.quoted_figure(text, quote_start, published)


def agency_label(text: str, quote_start: str, published: date = MARCH) -> str | None:
    return sentences.agency_of(text, quote_start, published)


# regions


def test_a_report_calling_itself_the_province_is_that_provinces() -> None:
    text = (
        "Office of the Provincial Health Officer\nGovernment of Manitoba\n\nOverdose update for "
        "2023\n\nOverdoses touched every community in the province last year, and the Public "
        "Health Agency of Canada keeps national figures. Canada's agency counts more deaths, "
        "but this update is about our communities alone and what the Province is doing about "
        "it.\n\nPharmacies handed out 21,300 naloxone kits in 2023."
    )
    assert figure(text, "21,300").regions == ("Manitoba",)
    national = text.replace("in the province last year", "last year").replace(
        "what the Province is doing", "what is being done"
    )
    assert figure(national, "21,300").regions == ("Canada",)


def test_a_lead_naming_what_an_agency_covers_is_the_whole_set() -> None:
    text = (
        "Sector results\n\nThe Gulf Sector of the Border Patrol, which covers Texas, Louisiana "
        "and Mississippi along the coast, released its results on Monday for its own area.\n\n"
        "Agents seized 4,100 pounds of marijuana in 2023."
    )
    assert figure(text, "4,100").regions == ("Texas", "Louisiana", "Mississippi")
    listed = text.replace("which covers", "working with partners in")
    assert figure(listed, "4,100").regions != ("Texas", "Louisiana", "Mississippi")


def test_a_group_joined_with_the_stays_whole() -> None:
    text = (
        "Seizures in 2023\n\nThe agency's annual overview was released today in Lisbon.\n\n"
        "Belgium and the Netherlands together seized 140 tonnes of cocaine in 2023."
    )
    assert figure(text, "140").regions == ("Belgium", "Netherlands")
    apart = text.replace("Belgium and the Netherlands together", "Belgium, after the Netherlands,")
    assert len(figure(apart, "140").regions) == 1


def test_every_member_of_a_routed_group_is_a_route() -> None:
    text = (
        "Customs results\n\nCustoms officers at the Port of Tauranga in New Zealand found 80 "
        "kilograms of cocaine in May. It had been shipped through Panama and Mexico.\n\n"
        "Later, 12 people were charged in New Zealand over the import. Officers said 3 more "
        "packages had arrived earlier. Those 3 packages came from Auckland and Mexico."
    )
    made = draft(text).measurements
    three = next(m for m in made if m.mention.quote.startswith("3 more"))
    assert three.regions == ("New Zealand",)
    text2 = (
        "Customs results\n\nCustoms officers found 80 kilograms of cocaine in May. The cocaine "
        "was shipped through Panama and Mexico. A further 6 kilograms were found later."
    )
    assert "Mexico" not in figure(text2, "6 kilograms").regions
    kept = text2.replace("was shipped through Panama and Mexico", "was found in Panama and Mexico")
    assert figure(kept, "6 kilograms").regions == ("Panama", "Mexico")


def test_a_partner_agencys_place_is_not_carried() -> None:
    text = (
        "Police Force results\n\nThe Hong Kong Police Force reported on its year. The largest case "
        "followed a joint investigation with the Judicial Police of Panama. In June, "
        "officers seized 20 kilograms of cocaine."
    )
    assert figure(text, "20 kilograms").regions == ("Hong Kong",)
    own = text.replace(
        "a joint investigation with the Judicial Police of Panama", "an investigation in Panama"
    )
    assert figure(own, "20 kilograms").regions == ("Panama",)


def test_eu_wide_figures_are_the_european_unions() -> None:
    text = (
        "Agency overview\n\nThe European Union Drugs Agency published its overview today.\n\n"
        "Across the EU, 70,000 seizures of cocaine were reported in 2022. In Spain, officers "
        "made 9,800 seizures of cocaine in 2022."
    )
    assert figure(text, "70,000").regions == ("European Union",)
    assert figure(text, "9,800").regions == ("Spain",)


def test_an_agency_wide_figure_is_the_national_agencys_country() -> None:
    text = (
        "District results\n\nMIAMI - The U.S. Coast Guard's district in Florida reported its "
        "results for 2023 today, with crews seizing cocaine across Florida.\n\nCoast Guard-wide, "
        "crews removed 180,000 pounds of cocaine in 2023. Crews in the district removed 30,000 "
        "pounds in 2023."
    )
    assert figure(text, "180,000").regions == ("United States",)
    assert figure(text, "30,000").regions == ("Florida",)


def test_an_agency_named_by_a_demonym_places_its_figure_in_an_international_report() -> None:
    text = (
        "Europol press release\n\nEuropol announced the results of a joint operation today. "
        "Officers in Spain seized 2 tonnes of cocaine. The Italian Anti-Mafia Directorate "
        "arrested 17 suspects in the same operation."
    )
    assert figure(text, "17").regions == ("Italy",)
    unnamed = text.replace("The Italian Anti-Mafia Directorate arrested", "Officers arrested")
    assert figure(unnamed, "17").regions == ("Spain",)


# periods


def test_a_period_after_the_end_of_a_sentence_is_no_base() -> None:
    text = "Seizures were the highest since 2019.\n\nBetween January and October 2023, police made"
    found = find_periods(text, MARCH)
    span = [p for p in found if p.label == "2023-01-01/2023-10-31"]
    assert span and not span[0].comparison
    base = find_periods("Seizures were the highest since January 2019.", MARCH)
    assert base and base[0].comparison


def test_a_boundary_of_a_span_is_not_the_figures_period() -> None:
    text = (
        "Coast Guard update\n\nThe U.S. Coast Guard published its figures for fiscal year 2024 "
        "today in Florida.\n\nSince October 1, the start of fiscal year 2025, crews have seized "
        "2,200 pounds of cocaine in Florida."
    )
    november = date(2024, 11, 20)
    assert figure(text, "2,200", november).period == "2024-10-01/2024-11-20"
    plain = text.replace("Since October 1, the start of fiscal year 2025,", "In fiscal year 2025,")
    assert figure(plain, "2,200", november).period == "2024-10-01/2025-09-30"


def test_a_changes_base_period_is_not_its_own() -> None:
    text = (
        "Coast Guard update\n\nThe U.S. Coast Guard published its figures for fiscal year 2024 "
        "today in Florida.\n\nSeizures of cocaine were 31% higher compared with fiscal year "
        "2022, when crews seized 40,000 pounds."
    )
    november = date(2024, 11, 20)
    assert figure(text, "31%", november).period == "2023-10-01/2024-09-30"
    assert figure(text, "40,000", november).period == "2021-10-01/2022-09-30"


# agencies


def test_a_unit_of_the_owner_named_after_it_is_the_unit() -> None:
    text = (
        "Force results\n\nThe Anti-Smuggling Bureau of the Harbour Police Force seized 300 "
        "kilograms of cocaine in Hong Kong in 2023."
    )
    # round 10 (docs/facts.md "Agency ids"): the unit, named in full as the text gives it
    assert agency_label(text, "300") == "Anti-Smuggling Bureau of the Harbour Police Force"
    office = (
        "Deaths report\n\nThe Office of the Chief Medical Examiner reported 410 drug deaths in "
        "Alberta in 2023."
    )
    assert agency_label(office, "410") == "Office of the Chief Medical Examiner"


def test_a_name_of_two_words_joined_by_and_before_its_head_stays_one() -> None:
    text = (
        "Annual results\n\nThe Customs and Excise Department seized 900 kilograms of drugs in Hong "
        "Kong in 2023. The Gangs and Firearms Division of the State Police Force seized 12 "
        "kilograms of heroin in Victoria in 2023."
    )
    assert agency_label(text, "900") == "Customs and Excise Department"
    # round 10: named in full, "of the" its owner (docs/facts.md "Agency ids")
    assert agency_label(text, "12") == "Gangs and Firearms Division of the State Police Force"
    two = (
        "Joint results\n\nThe Border Guard and Police Service seized 40 kilograms of heroin in "
        "Poland in 2023."
    )
    assert agency_label(two, "40") != "Border Guard and Police Service"


def test_a_first_line_naming_only_an_agency_is_the_publisher() -> None:
    text = (
        "ISLAND POLICE, FIRE AND EMERGENCY SERVICES\nMedia statement\n\nDrug results for "
        "2023\n\nThe Drug Squad of the Island Police Force led most of the year's work.\n\n"
        "Officers laid 840 drug charges in Tasmania in 2023."
    )
    assert agency_label(text, "840") == "Island Police, Fire and Emergency Services"
    titled = text.replace("ISLAND POLICE, FIRE AND EMERGENCY SERVICES\n", "Drug results\n")
    assert agency_label(titled, "840") != "Island Police, Fire and Emergency Services"


def test_the_unit_a_word_refers_back_to() -> None:
    text = (
        "Results\n\nThe Coroners Service of the Province published its report. In 2023 the "
        "Mountain Drug Division of the Provincial Police Service seized 80 kilograms of "
        "methamphetamine in Alberta.\n\nIn Alberta, division detectives seized 6 kilograms of "
        "fentanyl in 2023. The coroners recorded 950 drug deaths in Alberta in 2023."
    )
    full = "Mountain Drug Division of the Provincial Police Service"  # round 10: in full
    assert agency_label(text, "6 kilograms") == full
    assert agency_label(text, "950") == "Coroners Service of the Province"
    plain = text.replace("division detectives", "detectives").replace("The coroners", "Doctors")
    assert agency_label(plain, "6 kilograms") != "Mountain Drug Division"


def test_a_register_kept_by_an_agency_is_that_agency() -> None:
    text = (
        "Drug use\n\nAccording to the Drug Users Register, kept by the Narcotics Division of the "
        "Security Bureau, 4,100 drug users were reported in Hong Kong in 2023."
    )
    # round 10: named in full, "of the" its owner
    assert agency_label(text, "4,100") == "Narcotics Division of the Security Bureau"
    cited = text.replace(", kept by the Narcotics Division of the Security Bureau,", ",")
    assert agency_label(cited, "4,100") != "Narcotics Division"


def test_an_agency_named_after_the_figure_when_none_before() -> None:
    text = (
        "Naloxone update\n\nThe Ministry of Health published this update.\n\nIn 2023, pharmacies "
        "handed out 52,000 naloxone kits in Ontario through the Harm Reduction Agency's program."
    )
    assert agency_label(text, "52,000") == "Harm Reduction Agency"
    clause = text.replace("through the Harm", "; later the Harm")
    assert agency_label(clause, "52,000") != "Harm Reduction Agency"


def test_an_owner_abbreviation_before_a_unit_and_a_sector_named_with_its_owner() -> None:
    text = (
        "DEA Gulf Field Division reports 2023 results\n\nAgents seized 400 pounds of "
        "methamphetamine in Louisiana in 2023.\n\nCoast Guard Sector Mobile crews seized 900 "
        "pounds of cocaine in Alabama in 2023."
    )
    assert agency_label(text, "400") == "Gulf Field Division"
    assert agency_label(text, "900") == "Coast Guard Sector Mobile"
    owner = text.replace("DEA Gulf Field Division reports", "DEA reports")
    assert agency_label(owner, "400") == "Drug Enforcement Administration"


def test_a_year_before_fiscal_year_and_any_number_of_months_to_a_month() -> None:
    labels = [p.label for p in find_periods("In the 2022 fiscal year, 70 arrests.", MARCH)]
    assert labels == ["FY2022"]
    assert [p.label for p in find_periods("In 2022, fiscal policy changed.", MARCH)] == ["2022"]
    months = find_periods("In the eleven months to November 2023, 40 deaths.", MARCH)
    assert [p.label for p in months] == ["2023-01-01/2023-11-30"]
    many = find_periods("In the 11 months to November 2023, 40 deaths.", MARCH)
    assert [p.label for p in many] == ["2023-01-01/2023-11-30"]
    assert [p.label for p in find_periods("Over many months to November 2023", MARCH)] != [
        "2023-01-01/2023-11-30"
    ]


def test_a_source_owners_unit_after_its_possessive() -> None:
    text = (
        "Overdose statement\n\nProvisional data from CDC's National Center for Injury Statistics "
        "indicate that 9,400 people died of overdoses in Ohio in 2023."
    )
    assert agency_label(text, "9,400") == "National Center for Injury Statistics"
    office = (
        "Sweep results\n\nAccording to the Pike County Sheriff's Office, deputies made 64 arrests "
        "in Kentucky in 2023."
    )
    assert agency_label(office, "64") == "Pike County Sheriff's Office"


def test_a_provinces_abbreviation_in_a_publishers_name_places_the_report() -> None:
    text = (
        "Deaths update\n\nVICTORIA - The BC Coroners Service says 190 people died in March 2024. "
        "Across Canada, 620 people died in March 2024."
    )
    assert figure(text, "190").regions == ("British Columbia",)
    assert figure(text, "620").regions == ("Canada",)


def test_an_origin_or_destination_is_a_route() -> None:
    text = (
        "Border results\n\nThe Australian Border Force released its results today for Australia."
        "\n\nA yacht originating in Peru carried 600 kilograms of cocaine. Officers arrested 5 "
        "crew members."
    )
    assert figure(text, "5 crew").regions == ("Australia",)
    found = text.replace("A yacht originating in Peru", "A yacht searched in Peru")
    assert figure(found, "5 crew").regions == ("Peru",)


def test_eu_member_states_and_a_year_named_by_its_last_month() -> None:
    text = (
        "EU figures\n\nThe European Union Drugs Agency published its report today.\n\nEU Member "
        "States reported 900,000 drug seizures in 2022."
    )
    assert figure(text, "900,000").regions == ("European Union",)
    labels = [p.label for p in find_periods("In the June 2023 year, 70 arrests.", MARCH)]
    assert labels == ["2022-07-01/2023-06-30"]
    plain = [p.label for p in find_periods("In June 2023, 70 arrests.", MARCH)]
    assert plain == ["2023-06"]


# after batch 2 (its first sight is in corpus/splits.yaml)

NOVEMBER = date(2024, 11, 20)


def test_months_through_a_month_before_a_figure_and_the_first_three_quarters() -> None:
    labels = [p.label for p in find_periods("From January through September, 640 died.", NOVEMBER)]
    assert labels == ["2024-01-01/2024-09-30"]
    quarters = find_periods("in the first three quarters of 2024", NOVEMBER)
    assert [p.label for p in quarters] == ["2024-01-01/2024-09-30"]
    months = find_periods("in the first three months of 2024", NOVEMBER)
    assert [p.label for p in months] == ["2024-Q1"]


def test_a_second_heading_line_naming_a_unit_issues_the_release() -> None:
    text = (
        "Ohio Department of Health\nInjury Prevention Section\n\nQuarterly update\n\nThe update "
        "covers the state.\n\nEmergency departments in Ohio treated 3,300 overdose visits in "
        "2023."
    )
    assert agency_label(text, "3,300") == "Injury Prevention Section"
    one = text.replace("Injury Prevention Section\n", "Government of Ohio\n")
    assert agency_label(one, "3,300") == "Ohio Department of Health"


def test_a_section_after_its_owner_and_a_sar_after_a_force() -> None:
    text = (
        "Results\n\nThe Idaho State Police Drug Interdiction Section seized 30 pounds of "
        "fentanyl in Idaho in 2023. The Customs Police of the Hong Kong SAR seized 50 kilograms "
        "of cocaine in 2023."
    )
    assert agency_label(text, "30 pounds") == "Drug Interdiction Section"
    made = draft(text)
    sar = next(a for a in made.agencies.values() if a.label == "Customs Police")
    assert sar.jurisdiction == "Hong Kong"
    plain = text.replace(" Drug Interdiction Section", "")
    assert agency_label(plain, "30 pounds") == "Idaho State Police"


def test_a_unit_after_a_back_referred_owner_reports_the_figure() -> None:
    text = (
        "Annual briefing\n\nThe Island Police Force published its figures.\n\nThe Island Police "
        "Force handled 90 drug cases in 2023, the force's Narcotics Investigation Division "
        "reported at its annual briefing."
    )
    assert agency_label(text, "90") == "Narcotics Investigation Division"
    own = text.replace(", the force's Narcotics Investigation Division reported at its annual "
                       "briefing", "")  # fmt: skip
    assert agency_label(own, "90") == "Island Police Force"


def test_the_two_sides_of_a_joint_operation() -> None:
    text = (
        "Joint results\n\nThe Hong Kong Police Force reported its results.\n\nIn a joint operation "
        "with the Shenzhen public security organs in May, the two sides arrested 31 suspects."
    )
    assert set(figure(text, "31").regions) == {"Hong Kong", "Shenzhen"}
    alone = text.replace("the two sides arrested", "officers arrested")
    assert set(figure(alone, "31").regions) != {"Hong Kong", "Shenzhen"}


def test_a_place_opening_an_open_list_is_not_the_figures() -> None:
    text = (
        "Province results\n\nThe Shaanxi Provincial Health Commission said clinics in Shaanxi "
        "work well.\n\nClinics in Baoji and other cities treated 2,900 people in 2023."
    )
    assert figure(text, "2,900").regions == ("Shaanxi",)
    one = text.replace("Baoji and other cities", "Baoji")
    assert figure(one, "2,900").regions == ("Baoji",)


def test_a_participle_of_the_noun_does_not_take_the_clause_from_its_subject() -> None:
    text = (
        "Corps results\n\nThe Narcotics Control Corps of the Provincial Public Security "
        "Department said work went well in Shaanxi. In the first quarter, the corps directed the "
        "cracking of 9 major cases supervised by the Ministry of Public Security."
    )
    full = "Narcotics Control Corps of the Provincial Public Security Department"  # round 10
    assert agency_label(text, "9 major") == full
    passive = text.replace("the corps directed the cracking of 9 major cases supervised by",
                           "9 major cases were supervised by")  # fmt: skip
    assert agency_label(passive, "9 major") == "Ministry of Public Security"


def test_the_provinces_organs_are_the_province_named_most() -> None:
    text = (
        "Shaanxi results\n\nShaanxi police reported. In Shaanxi, cases fell. In Xi'an, the Xi'an "
        "Municipal Public Security Bureau seized drugs.\n\nLast year, the province's public "
        "security organs cracked 3,400 drug criminal cases."
    )
    assert agency_label(text, "3,400") == "Shaanxi public security organs"
    city = text.replace("the province's public", "the city's public")
    assert agency_label(city, "3,400") == "Xi'an public security organs"


def test_since_an_action_was_launched_in_a_month() -> None:
    june = date(2024, 6, 26)
    text = "Since the special action was launched in March, police destroyed 17 dens."
    assert [p.label for p in find_periods(text, june)] == ["2024-03-01/2024-06-26"]
    plain = "The special action was launched in March; police destroyed 17 dens."
    assert [p.label for p in find_periods(plain, june)] == ["2024-03"]


def test_a_change_linked_by_the_noun_its_clause_names() -> None:
    text = (
        "Province results\n\nThe Shaanxi Provincial Public Security Department reported.\n\nIn "
        "2023, police in Shaanxi cracked 1,200 drug cases and seized 400 kilograms of drugs, "
        "compared with the previous year, the number of cases fell by 9.5%."
    )
    made = draft(text).measurements
    change = next(m for m in made if m.mention.quote.startswith("9.5%"))
    cases = next(m for m in made if m.mention.quote.startswith("1,200"))
    assert change.change_of == cases.id
    last = text.replace("the number of cases fell", "the amount of drugs fell")
    made = draft(last).measurements
    change = next(m for m in made if m.mention.quote.startswith("9.5%"))
    assert change.change_of == next(m for m in made if m.mention.quote.startswith("400")).id


def test_an_eu_figure_says_which_row_to_add() -> None:
    text = (
        "Agency overview\n\nThe European Union Drugs Agency published its overview today.\n\n"
        "Across the EU, 71,000 seizures of cocaine were reported in 2022. In Spain, officers "
        "made 9,700 seizures of cocaine in 2022."
    )
    assert any("Q458" in note for note in figure(text, "71,000").review)
    assert not any("Q458" in note for note in figure(text, "9,700").review)
