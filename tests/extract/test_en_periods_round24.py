"""English reports, issue 14 round 24 (periods and operations, branch pe25). Made-up sentences;
each rule has a case it must not fire on."""

from __future__ import annotations

from datetime import date

from narcokg.extract.actors import find_operations
from narcokg.extract.drafts import Draft
from tests.extract import sentences

APRIL = date(2032, 4, 9)


def operation_of(text: str, quote_start: str, published: date = APRIL) -> str | None:
    """The label of the operation of the one figure whose quote starts with ``quote_start``."""
    made: Draft = sentences.drafted(text, published)
    fact = sentences.quoted_figure(text, quote_start, published)
    labels = {op.slug: op.label for op in made.operations}
    return labels[fact.operation] if fact.operation else None


#: A force's release on one project (its own heading) and on its year.
PROJECT_RELEASE = (
    "Marsh Bay Police Service\n\n"
    "April 9, 2032\n\n"
    "Project Kestrel ends a cocaine supply line; drug charges down in 2031\n\n"
    "Marsh Bay - A five-month investigation by the Marsh Bay Police Service has ended.\n\n"
    "Project Kestrel\n\n"
    "Project Kestrel ran from May 4 to October 2, 2031. Investigators followed a courier "
    "network that moved cocaine along the coast road.\n\n"
    "On October 2, officers executed 9 search warrants. Police seized:\n"
    "- 2.6 kilograms of cocaine;\n"
    "- $41,200 in cash.\n\n"
    "The accused face 37 charges, including trafficking.\n\n"
    "2031 in review\n\n"
    "Officers laid 812 drug charges in 2031. Of them, 203 faced trafficking charges. In the "
    "July to September 2031 quarter alone, officers seized 88 kilograms of cannabis. The "
    "year's totals include the Project Kestrel seizures."
)


def test_a_name_never_runs_past_its_line() -> None:
    # the heading "Project Kestrel" and the sentence under it are one operation, not
    # "Project Kestrel Project Kestrel"
    labels = {m.key for m in find_operations(PROJECT_RELEASE)}
    assert labels == {"Project Kestrel"}
    assert {m.key for m in find_operations("Operation Wren Harbour ended.")} == {
        "Operation Wren Harbour"
    }


def test_a_figure_inside_an_operations_stated_dates_is_its_own() -> None:
    assert operation_of(PROJECT_RELEASE, "9 search warrants") == "Project Kestrel"
    assert operation_of(PROJECT_RELEASE, "2.6 kilograms") == "Project Kestrel"
    assert operation_of(PROJECT_RELEASE, "37 charges") == "Project Kestrel"


def test_a_figure_of_the_whole_year_is_no_operations() -> None:
    # counter-example: the year's figures, although "the Project Kestrel seizures" is in their
    # paragraph
    assert operation_of(PROJECT_RELEASE, "812") is None
    assert operation_of(PROJECT_RELEASE, "203") is None
    # a quarter inside the project's dates is the force's reporting period
    assert sentences.quoted_figure(PROJECT_RELEASE, "88 kilograms", APRIL).period == "2031-Q3"
    assert operation_of(PROJECT_RELEASE, "88 kilograms") is None


#: A campaign still running at publication ("since it was launched in May").
RUNNING_CAMPAIGN = (
    "Harbour City police report on the first ten months\n\n"
    "On November 20, 2032, the city police said that since this year they have carried out the "
    '"Clear Tide 2032" special action.\n\n'
    'Since the "Clear Tide 2032" special action was launched in May, officers cracked 214 drug '
    "cases.\n\n"
    "As of October 31, 2032, the city had 4,210 registered drug users."
)


def test_a_campaign_running_to_publication_gives_no_stock_its_name() -> None:
    # counter-example: the stock's day lies inside the campaign's running span
    assert operation_of(RUNNING_CAMPAIGN, "4,210", date(2032, 11, 20)) is None


#: A standing programme named "… Initiative".
PROGRAMME = (
    "In 2031-32, police referred 1,420 people to the Police Drug Diversion Initiative, and the "
    '"Safe Streets" initiative reached 38 schools.'
)


def test_an_initiative_is_a_programme_not_an_operation() -> None:
    assert {m.key for m in find_operations(PROGRAMME)} == {'"Safe Streets" initiative'}
    # counter-example: a named campaign stays an operation
    assert {m.key for m in find_operations("the Clean Coast Campaign ended")} == {
        "Clean Coast Campaign"
    }


#: A year's release whose headline names a project the body reaches only later.
YEAR_FIRST = (
    "Hollow Creek Police report 2031 drug figures and results of Project Alder\n\n"
    "Hollow Creek, April 9, 2032 - Officers laid 966 drug charges in 2031. Of those charged, "
    "188 faced trafficking charges.\n\n"
    "Project Alder\n\n"
    "Project Alder ran from June 1 to August 30, 2031, and officers arrested 14 people."
)


def test_those_charged_before_the_body_names_the_project_are_no_projects() -> None:
    assert operation_of(YEAR_FIRST, "966") is None
    assert operation_of(YEAR_FIRST, "188") is None
    # counter-example: the project's own figure
    assert operation_of(YEAR_FIRST, "14 people") == "Project Alder"


#: The lead speaks of "an operation" the next paragraph names.
OPERATION_FIRST = (
    "LYON, 12 November 2031 - An operation coordinated by the agency in four countries led to "
    "the arrest of 318 people.\n\n"
    "Operation Grey Heron ran from 3 to 17 October 2031 in four ports."
)


def test_an_operation_the_lead_speaks_of_is_the_one_named_later() -> None:
    assert operation_of(OPERATION_FIRST, "318", date(2031, 11, 12)) == "Operation Grey Heron"


JUNE_DAY = date(2032, 6, 26)
#: An anti-drug day speech and a translated release on the year so far.
DAY_SPEECH = (
    "Since January this year, our officers at the port have arrested 41 couriers.\n\n"
    "In March this year, the unit recorded 1,208 cases.\n\n"
    "This year January to May, the city police cracked drug cases 266 pieces.\n\n"
    "In 2031, the unit recorded 2,310 cases."
)


def test_since_january_this_year_runs_to_publication() -> None:
    assert sentences.quoted_figure(DAY_SPEECH, "41", JUNE_DAY).period == "2032-01-01/2032-06-26"
    # counter-example: a month of this year stays that month
    assert sentences.quoted_figure(DAY_SPEECH, "1,208", JUNE_DAY).period == "2032-03"


def test_this_year_before_a_month_range_is_those_months() -> None:
    assert sentences.quoted_figure(DAY_SPEECH, "266", JUNE_DAY).period == "2032-01-01/2032-05-31"
    # counter-example: a year named on its own stays the year
    assert sentences.quoted_figure(DAY_SPEECH, "2,310", JUNE_DAY).period == "2031"
