"""Issue 14 round 52 (periods and measures, branch eng-pm53): a stock counted "at the end of
<year>" or "at year-end <year>" is that year's last day
(:mod:`narcokg.extract.period_named_year_end`). Made-up releases; the rule's tests fail without
it (checked by taking its call out of :func:`narcokg.extract.period_figure.at_year_end`), and
it has cases it must not fire on."""

from __future__ import annotations

from datetime import date

from narcokg.extract.drafts import DraftMeasurement
from narcokg.extract.period_named_year_end import at_named_year_end
from tests.extract import sentences

figure = sentences.starting


def release(text: str, published: date = date(2031, 2, 12)) -> dict[str, DraftMeasurement]:
    """A made-up yearly release of a regional court registry on 2030."""
    return sentences.by_quote(
        "Harbour Court Registry: statistics for 2030\n\n"
        "In 2030, the court closed 2,310 drug cases and received 1,975 new ones.\n\n" + text,
        published,
    )


# --- "from 640 files at the end of 2029 to 505 files at the end of 2030" -------------------------


def test_a_stock_at_the_end_of_a_named_year_is_its_last_day() -> None:
    # acl-la bettong166, ago-sc caracal28, bjs numbat36, springfieldpd-mo takin75,
    # politie-ob puku140
    found = release(
        "As closures outpaced new files, the pending list shrank from 640 files at the end of "
        "2029 to 505 files at the end of 2030. Remand prisoners numbered 88 at year-end 2030.\n"
    )
    assert figure(found, "2,310").period == "2030"
    assert figure(found, "640").period == "2029-12-31"
    assert figure(found, "505").period == "2030-12-31"
    assert figure(found, "88").period == "2030-12-31"


def test_a_sentence_opening_at_the_end_of_a_named_year() -> None:
    found = release(
        "At the close of 2030, 77 people were held on remand, and the unit held 9 vessels.\n"
    )
    assert figure(found, "77").period == "2030-12-31"
    assert figure(found, "9 vessels").period == "2030-12-31"


def test_an_event_at_the_end_of_a_named_year_keeps_its_year() -> None:
    # the opening's figure is no subject: an act late in the year, not a count on its last day
    found = release("At the end of 2030, the court offered a reward for 12 fugitives abroad.\n")
    assert figure(found, "12").period == "2030"


def test_a_change_against_an_earlier_year_end_keeps_its_year() -> None:
    # the year named is the base, not the figure's own period
    assert at_named_year_end("1,140 more than at the end of 2029.", 5, "1,140", "2030") == "2030"
    found = release("The court heard 45 more appeals than at the end of 2029.\n")
    assert figure(found, "45").period == "2030"


# --- "the 2030/31 financial year, which ran from 1 July 2030 to 30 June 2031" --------------------


def island_release(text: str) -> dict[str, DraftMeasurement]:
    """A made-up yearly release of a Pacific island's customs service, published in August."""
    return sentences.by_quote(
        "Samoa Customs Service: enforcement results 2030/31\n\n"
        "Apia, 14 August 2031 - The Customs Service intercepted 412 parcels of methamphetamine in "
        "the 2030/31 financial year, which ran from 1 July 2030 to 30 June 2031, against 298 in "
        "the 2029/30 financial year.\n\n" + text,
        date(2031, 8, 14),
    )


def test_a_split_financial_year_defined_by_its_months_fixes_every_such_year() -> None:
    # tpf-to viscacha163, ctmpd-za tsessebe157, ssnps-ss dunnart168
    found = island_release("Officers seized 17.4 kilograms of cannabis in 2030/31.\n")
    assert figure(found, "412").period == "2030-07-01/2031-06-30"
    assert figure(found, "298").period == "2029-07-01/2030-06-30"
    assert figure(found, "17.4").period == "2030-07-01/2031-06-30"


def test_another_bodys_year_stated_with_its_own_months_keeps_them() -> None:
    found = island_release(
        "The national police recorded 2,150 drug offences in the 2030/31 financial year (April "
        "2030 to March 2031).\n"
    )
    assert figure(found, "412").period == "2030-07-01/2031-06-30"
    assert figure(found, "2,150").period == "FY2031"


def test_a_split_year_with_no_stated_months_stays_april_to_march() -> None:
    found = sentences.by_quote(
        "Samoa Customs Service: enforcement results 2030/31\n\n"
        "Apia, 14 May 2031 - The Customs Service intercepted 412 parcels of methamphetamine in "
        "the 2030/31 financial year.\n",
        date(2031, 5, 14),
    )
    assert figure(found, "412").period == "FY2031"


# --- "Up to 2030 year December 31, whole city existing drug-taking personnel 2,418 people" -------


def test_a_translated_stated_day_opening_its_sentence_dates_its_stocks() -> None:
    # hezhou goral164, weinan dunnart168, zhaoqing chinkara156
    found = sentences.translated(
        "2030 year whole city newly discovered drug-taking personnel 57 people. Up to 2030 year "
        "December 31, whole city existing drug-taking personnel 2,418 people, of which abstinent "
        "three years not relapse 1,907 people.\n"
    )
    assert figure(found, "57").period == "2030"
    assert figure(found, "2,418").period == "2030-12-31"
    assert figure(found, "1,907").period == "2030-12-31"


def test_a_translated_year_alone_is_no_day() -> None:
    found = sentences.translated("Up to 2030 year, whole city destroyed 14 drug gangs.\n")
    assert figure(found, "14").period == "2030"


# --- "Of the new cases, 1,406 involved fentanyl" -------------------------------------------------


def prosecutor_release(text: str) -> dict[str, DraftMeasurement]:
    """A made-up yearly release of a district attorney's office on 2030."""
    return sentences.by_quote(
        "Harbour County District Attorney: drug prosecutions in 2030\n\n"
        "In 2030, the office filed 3,120 new drug cases.\n\n" + text,
        date(2031, 2, 12),
    )


def test_a_case_count_tied_to_fentanyl_is_fentanyl_cases() -> None:
    # scdag-tn civet92, waynecountypo fossa83, dauphin-da hutia95, kcpaowa lemur86, acl-la
    # bettong166, usao-wdva kowari169
    found = prosecutor_release(
        "Of the new cases, 842 involved fentanyl or one of its analogues. Fentanyl cases have "
        "risen every year, from 205 in 2026 to 790 in 2029.\n"
    )
    assert figure(found, "842").measure == "fentanyl-cases"
    assert figure(found, "790").measure == "fentanyl-cases"
    assert figure(found, "205").measure == "fentanyl-cases"


def test_a_case_count_tied_to_another_drug_is_left() -> None:
    found = prosecutor_release("Of the new cases, 512 involved methamphetamine.\n")
    assert figure(found, "512").measure != "fentanyl-cases"
