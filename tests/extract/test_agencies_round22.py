"""English reports, issue 14 round 22 (agencies): a letterhead of stacked bodies issues the
release from its lowest line when the text keeps naming that body ("<Department> / Office of
Research Statistics"); a regional body's "Member States" are its members, not a body. Made-up
sentences, each with a counter-example."""

from __future__ import annotations

from datetime import date

from tests.extract import sentences

DAY = date(2026, 3, 1)


def agency(text: str, quote_start: str) -> str | None:
    return sentences.agency_of(text, quote_start, DAY)


def test_a_letterheads_lower_body_the_text_keeps_naming_issues_it() -> None:
    text = (
        "Molvanian Department of Corrections\n"
        "Office of Sentencing Research\n"
        "Bulletin: Drug Offenders in Custody, 2025\n\n"
        "At the end of 2025, 4,120 people held in custody had a drug offence as their most "
        "serious offence, 3% fewer than a year earlier.\n\n"
        "The Office of Sentencing Research (OSR) compiles these counts from prison returns. "
        "OSR also counted 612 people admitted for drug offences.\n"
    )
    assert agency(text, "4,120") == "Office of Sentencing Research"
    assert agency(text, "612") == "Office of Sentencing Research"


def test_three_stacked_lines_issue_from_the_lowest() -> None:
    text = (
        "Molvanian Department of Justice\n"
        "Office of Justice Programmes\n"
        "Bureau of Prison Statistics\n"
        "Bulletin, 12 November 2026\n\n"
        "At year-end 2025, 2,905 persons sentenced for drug offences were held in prisons.\n\n"
        "The Bureau of Prison Statistics (BPS) collects these data each year.\n"
    )
    assert agency(text, "2,905") == "Bureau of Prison Statistics"


def test_a_lower_line_the_text_never_names_again_stays_furniture() -> None:
    # counter-example: an analytics office named only in the letterhead
    text = (
        "Molvanian Department of Health\n"
        "Office of Data and Analytics\n"
        "Quarterly overdose update, 12 November 2026\n\n"
        "In the third quarter, 318 people died of a drug overdose, the Molvanian Department of "
        "Health said.\n"
    )
    assert agency(text, "318") == "Molvanian Department of Health"


def test_an_owner_on_the_lower_line_does_not_issue_it() -> None:
    # counter-example: the unit above is the body the text keeps naming
    text = (
        "Northern Regional Police Command\n"
        "Molvanian Police Service\n"
        "Annual drug results, 12 January 2026\n\n"
        "The Northern Regional Police Command arrested 1,412 suspects in 2025. The Northern "
        "Regional Police Command also seized 210 kilograms of cannabis.\n"
    )
    assert agency(text, "1,412") == "Northern Regional Police Command"


def test_member_states_are_no_body() -> None:
    text = (
        "Regional Drug Summary 2025\n\n"
        "Tarvik, 20 June 2026 - The Eastern Drug Monitoring Centre (EDMC) today released its "
        "regional summary for 2025.\n\n"
        "Member States seized 4.2 tonnes of cannabis resin in 2025. Member States dismantled "
        "31 laboratories.\n"
    )
    assert agency(text, "4.2") == "Eastern Drug Monitoring Centre"
    assert agency(text, "31") == "Eastern Drug Monitoring Centre"


def test_a_body_named_as_a_sentence_subject_is_still_one() -> None:
    # counter-example: a repeated two-word subject that is no group of members stays a body
    text = (
        "Regional Drug Summary 2025\n\n"
        "Tarvik, 20 June 2026 - The Eastern Drug Monitoring Centre (EDMC) today released its "
        "regional summary for 2025.\n\n"
        "Harbour Watch seized 4.2 tonnes of cannabis resin in 2025. Harbour Watch dismantled "
        "31 laboratories.\n"
    )
    assert agency(text, "4.2") == "Harbour Watch"


def test_a_letterhead_naming_a_body_without_a_head_word_issues_it() -> None:
    # "Tribunal" and an acronym before a place are no head words of the name grammar
    text = (
        "Molvanian Sentencing Tribunal for Tarvik and Brel\n"
        "Statistical bulletin: sentencing for drug offences in 2025\n"
        "Published 23 July 2026\n\n"
        "In 2025, 2,431 adult offenders were sentenced for drug offences, 6% more than in 2024.\n\n"
        "Ministry of Justice figures show that police issued 246 cautions for drug offences.\n"
    )
    assert agency(text, "2,431") == "Molvanian Sentencing Tribunal for Tarvik and Brel"


def test_a_letterhead_in_capitals_is_read_in_title_case() -> None:
    text = (
        "EASTERN TREATY ORGANIZATION\n"
        "Regional operation results, 20 February 2026\n\n"
        "During the operation, 1,204 suspects were detained across the region.\n\n"
        "The Ministry of Interior of Molvania seized 310 kilograms of heroin.\n"
    )
    assert agency(text, "1,204") == "Eastern Treaty Organization"


def test_a_headline_or_furniture_on_the_first_line_names_no_body() -> None:
    # counter-examples: a release's kind and a headline with its own verb
    for first in ("NEWS RELEASE", "Molvanian Drug Seizures Rise Sharply"):
        text = (
            f"{first}\n\n"
            "During 2025, 1,204 suspects were detained, the Molvanian Customs Service said.\n"
        )
        assert agency(text, "1,204") == "Molvanian Customs Service"


def test_a_unit_under_an_unread_letterhead_still_issues_it() -> None:
    # counter-example: the first body named is a unit in the letterhead's own block
    text = (
        "MINISTRY OF PUBLIC ORDER OF MOLVANIA\n"
        "Criminal Police Directorate\n\n"
        "Drug crime in 2025\n\n"
        "In 2025, 1,204 drug offences were recorded, 4% more than in 2024.\n"
    )
    assert agency(text, "1,204") == "Criminal Police Directorate"


def test_an_unread_letterhead_naming_the_body_the_lead_names_keeps_its_name() -> None:
    # counter-example: the letterhead adds a country to the body the lead names
    text = (
        "NATIONAL ADDICTION BOARD - REPUBLIC OF MOLVANIA\n"
        "Annual report 2025\n\n"
        "Molvania's National Addiction Board presents its annual report. In 2025, 1,204 people "
        "entered treatment.\n"
    )
    assert agency(text, "1,204") == "National Addiction Board"
