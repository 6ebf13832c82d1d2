"""Assemble a reviewable fact file from a report: every statistic with its exact quote, measure,
value and bounds, unit, period, region, agency, operation, a confidence, and ``review`` notes for
whatever a person should check. Uncertain facts are kept and flagged, never dropped or guessed
silently.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

from narcokg.errors import InputError
from narcokg.extract import (
    actors,
    agency_body_programmes,
    agency_field_office_figures,
    agency_headings,
    agency_members,
    field_offices,
    fiscal_years,
    gazetteer,
    issuer,
    multi_state,
    named_cities,
    nonstats,
    periods,
)
from narcokg.extract.agency_operations import operation_unit
from narcokg.extract.assemble import assemble_measurements, operations_of
from narcokg.extract.drafts import Draft, DraftContext, DraftMeasurement, DraftOperation
from narcokg.extract.dutch_police_units import place_dutch_unit
from narcokg.extract.earlier_list import borrow_earlier_lists
from narcokg.extract.figures import Mention, find_figures
from narcokg.extract.frame_answers import (
    FrameAnswers,
    FrameGuess,
    answered_agency,
    apply_answers,
    checked_answers,
    settle_figures,
)
from narcokg.extract.frame_guess import guess_of, reason_kind
from narcokg.extract.garbles import find_garbles
from narcokg.extract.home_country import dated_bearer, dateline_state
from narcokg.extract.lang.en.patterns import DATE_SPAN
from narcokg.extract.notes import hold_below_high
from narcokg.extract.period_fiscal_this_year import fiscal_this_year
from narcokg.extract.period_lead_year import lead_fiscal_year
from narcokg.extract.period_noun_after_fiscal import noun_after_fiscal_years
from narcokg.extract.period_report_year_quarters import report_year_quarters
from narcokg.extract.period_same_halves import same_fiscal_halves
from narcokg.extract.placing import country_of, dateline_place, document_country, document_home
from narcokg.extract.regional_units import place_english_unit
from narcokg.extract.restated_wholes import drop_restated_wholes
from narcokg.extract.text import Sentence, split_sentences
from narcokg.model.regions import Region


def draft_document(
    text: str,
    doc_id: str,
    published: date,
    *,
    file: str,
    gazetteer_file: Path,
    language: str | None = None,
    frame: FrameAnswers | None = None,
) -> Draft:
    """The draft fact file of one document, in ``language`` (``zh`` or ``en``; detected from the
    share of CJK characters when not given); ``frame``: a reviewer's answers to the frame
    questions (home region, main period, issuer; English only), which replace the guesses for
    every figure that took them from the context."""
    return draft_with_frame(
        text,
        doc_id,
        published,
        file=file,
        gazetteer_file=gazetteer_file,
        language=language,
        frame=frame,
    )[0]


def draft_with_frame(
    text: str,
    doc_id: str,
    published: date,
    *,
    file: str,
    gazetteer_file: Path,
    language: str | None = None,
    frame: FrameAnswers | None = None,
) -> tuple[Draft, FrameGuess | None]:
    """:func:`draft_document` and the frame the rules guessed, with why (``None`` for Chinese)."""
    from narcokg.extract.lang import resolve_language

    if resolve_language(language, text) == "zh":
        if frame:
            raise InputError(
                "--region, --period and --agency apply to English reports only: "
                "drop them for a Chinese report and correct its draft by hand"
            )
        from narcokg.extract.lang.zh import draft_zh

        zh = draft_zh(text, doc_id, published, file=file, gazetteer_file=gazetteer_file)
        return zh, None

    sentences = split_sentences(text)
    known = gazetteer.load_regions(gazetteer_file)
    answers = checked_answers(frame or FrameAnswers(), known)
    context, agencies, guess = report_context(text, sentences, published, known, answers)
    if answers.region:  # the answer's country steers the guess: show the one made without it
        unanswered = report_context(text, sentences, published, known, FrameAnswers())[2]
        guess = replace(unanswered, answers=answers)
    mentions = drop_restated_wholes(sentences, [sentence_mentions(s) for s in sentences])
    mentions = borrow_earlier_lists(sentences, mentions)  # round 16
    context.figures.update(enumerate(mentions))
    operations = operations_of(context)
    found = assemble_measurements(context, mentions, operations)
    for fact in found:
        hold_below_high(fact)
    publisher = context.publisher.key if context.publisher else None
    # round 48: a field office's figures named by its parent
    agency_field_office_figures.field_office_figures(text, sentences, found, agencies, publisher)
    if answers:
        publisher = _settle(found, answers, agencies, publisher, context.country)
    repaired = any(m.mention.repair for m in found)
    draft = Draft(
        doc_id=doc_id,
        file=file,
        title=_title(text, file),
        published=published,
        text=text,
        publisher=publisher,
        translated_from="zh" if repaired else None,
        agencies=agencies,
        operations=operations,
        measurements=found,
        home_why=reason_kind(guess.region_why),
    )
    from narcokg.extract.learned.calibration import calibrate

    # the learned confidence replaces the rules' (docs/extraction.md); a reviewer's region and
    # period take the model fitted on answered frames
    calibrate(draft, answered=bool(answers.region and answers.period))
    return draft, guess


def _settle(
    found: list[DraftMeasurement],
    answers: FrameAnswers,
    agencies: dict[str, actors.Agency],
    publisher: str | None,
    country: str | None,
) -> str | None:
    """Give the answered issuer to the figures that took the guessed one, drop the notes the
    answers settle; the draft's publisher after the answers."""
    slug = None
    if answers.agency is not None:
        slug, agency = answered_agency(answers.agency, agencies, country)
        agencies.setdefault(slug, agency)
    settle_figures(found, answers, publisher, slug)
    return slug or publisher


def report_context(
    text: str,
    sentences: list[Sentence],
    published: date,
    known: dict[str, Region],
    answers: FrameAnswers,
) -> tuple[DraftContext, dict[str, actors.Agency], FrameGuess]:
    """The report's context before any figure is read (issuer, home region, periods, with the
    reviewer's ``answers``), its agencies and the frame the rules guessed, with why."""
    agency_mentions, agencies = actors.find_agencies(text, list(known))
    publishing = agency_headings.publisher_of(text, agency_mentions)
    if (
        publishing is not None
        and issuer.partner_named(text, publishing.start)
        # (round 37) "Troopers with the Nebraska State Patrol …": its own members, no partner
        and not agency_members.own_members(text, publishing.start)
        # (round 41) "supported by the UNODC … Programme": the programme's own results
        and not agency_body_programmes.programme(text, publishing)
    ):
        publishing = None  # (round 10) "In cooperation with the NCB of China, …": no issuer
    if publishing is not None and publishing.key not in agencies:  # (round 22) a letterhead's
        agencies[publishing.key] = actors.letterhead_agency(publishing.text, list(known))
        # (round 25) a lead's issuer named in full takes the place of the names inside it
        inside = [m for m in agency_mentions if publishing.start <= m.start < publishing.end]
        agency_mentions[:] = sorted(
            [m for m in agency_mentions if m not in inside] + [publishing], key=lambda m: m.start
        )
    publisher = agencies[publishing.key] if publishing else None
    # (round 27) "Bavaria Police Department" of "Bavaria, Ore.": Oregon's, not Germany's
    if publisher is not None and (
        placed := named_cities.issuer_state(text, publisher.label, publisher.jurisdiction, known)
    ):
        publisher = agencies[publisher.slug] = replace(publisher, jurisdiction=placed)
    publisher = place_english_unit(agencies, publisher, known)  # (round 44) NERSOU: England
    publisher = place_dutch_unit(agencies, publisher, text, known)  # (round 45) Eenheid Limburg
    title_end = sentences[0].end if sentences else 0
    # (round 27) or a "<City>, <State> -" dateline on the lines after a letterhead
    dateline = dateline_place(text, title_end, known) or dateline_state(text, title_end, known)
    settled = None  # (round 16) "DECATUR, Ga. - The Georgia Bureau of Investigation …"
    if publisher is not None and publisher.jurisdiction is not None:
        dated = dated_bearer(publisher.jurisdiction, dateline, known)
        if dated != publisher.jurisdiction:
            settled = country_of(dated, known)  # the shared name is the dateline's throughout
            for slug, agency in list(agencies.items()):
                if agency.jurisdiction == publisher.jurisdiction:
                    agencies[slug] = replace(agency, jurisdiction=dated)
            publisher = agencies[publisher.slug]
    everywhere = gazetteer.find_regions(text, known, settled)
    # (round 10) the issuer's own country first; an international issuer gives none
    lead_end = issuer.lead_end(text, title_end)
    carried = issuer.issuer_country(
        text,
        lead_end,
        everywhere,
        known,
        publishing,
        dateline,
        country_of(publisher.jurisdiction if publisher else None, known),
    )
    if carried and publisher is not None and country_of(publisher.jurisdiction, known) != carried:
        publisher = agencies[publisher.slug] = replace(publisher, jurisdiction=carried)
    # (round 28) "U.S. Attorney's Office / Western District of Washington": the state's
    district = multi_state.district_state(text, lead_end, known) if publisher else None
    if publisher is not None and district is not None:
        agencies.update(multi_state.district_offices(text, lead_end, agencies, district))
        publisher = agencies[publisher.slug] = replace(publisher, jurisdiction=district)
    international = (
        carried is None
        and issuer.international_issuer(text, title_end, lead_end)
        and bool(issuer.operation_countries(text, title_end, lead_end, everywhere, known))
    )
    if international:
        publisher = None  # no country of its own: "An operation coordinated by INTERPOL …"
    country = carried or (
        None if international else document_country(everywhere, known, publisher, dateline, text)
    )
    if answers.region:  # the reviewer's region names which country a shared name is in
        country = country_of(answers.region[0], known)
    regions = gazetteer.find_regions(text, known, country)
    guessed = document_home(text, title_end, regions, known, country, publisher)
    guessed = (district,) if district else guessed  # (round 28) a federal district's office
    home = answers.region or guessed
    state = home[0] if len(home) == 1 and home[0] != country else None
    if publisher is not None and country in (
        publisher.jurisdiction,
        fiscal_years.national_body(publisher.label),  # (round 21) "Coast Guard"
    ):
        state = None  # a national agency's report keeps the national fiscal year (US Coast Guard)
    state = None if district else state  # (round 28) and a federal district's office
    state = None if field_offices.federal_office(text) else state  # (round 37) a field office
    found = periods.find_periods(text, published)
    found = fiscal_years.federal_years(text, found, country, published)  # (round 21)
    # a national agency's fiscal year first (the DEA's in a Minnesota report is the federal
    # year, not the state's), then the report's own
    named = fiscal_years.foreign_fiscal_years(
        found, _agency_country(sentences, agency_mentions, agencies, known), published
    )
    named = fiscal_years.national_fiscal_years(named, country, state, published)
    named = noun_after_fiscal_years(text, named)  # (round 52) "the 2025/26 financial year"
    named = fiscal_years.bare_quarters(text, named)  # (round 11)
    main = periods.default_period(named, published, title_end, text)
    main = lead_fiscal_year(named, title_end, text, main)  # (round 34) the lead's year
    default = answers.period or main
    named = fiscal_years.report_quarters(named, default)  # (round 10)
    named = fiscal_this_year(text, named, default)  # (round 46) "this year" in a fiscal year
    named = report_year_quarters(text, named, default)  # (round 49) "the first quarter"
    named = same_fiscal_halves(text, named)  # (round 53) "the same six months of fiscal 2025"
    context = DraftContext(
        text=text,
        sentences=sentences,
        published=published,
        regions=regions,
        country=country,
        home=home,
        periods=named,
        default_period=default,
        agencies=agency_mentions,
        operations=actors.find_operations(text),
        publisher=publishing,
        jurisdictions={slug: country_of(a.jurisdiction, known) for slug, a in agencies.items()},
        agency_states={
            slug: a.jurisdiction
            for slug, a in agencies.items()
            if a.jurisdiction in known and known[a.jurisdiction].part_of is not None
        },
        countries={r.key: country_of(r.key, known) for r in regions},
        running=operation_unit(text, lead_end, agency_mentions, agencies, publishing),
    )
    guess = guess_of(
        replace(context, home=guessed, default_period=main), publisher, dateline, lead_end
    )
    guess = replace(guess, answers=answers)
    return apply_answers(context, answers, known), agencies, guess


def _agency_country(
    sentences: list[Sentence],
    mentions: list[gazetteer.Mention],
    agencies: dict[str, actors.Agency],
    known: dict[str, Region],
) -> Callable[[int], str | None]:
    """For a position: the country of the first national agency its sentence names, if any."""

    def country(at: int) -> str | None:
        sentence = next((s for s in sentences if s.start <= at < s.end), None)
        inside = [m for m in mentions if sentence and sentence.start <= m.start < sentence.end]
        places = [agencies[m.key].jurisdiction for m in inside]
        national = [p for p in places if p in known and known[p].part_of is None]
        return next(iter(national), None)

    return country


def sentence_mentions(sentence: Sentence) -> list[Mention]:
    """The statistics of one sentence: repaired garbles first, then the plain figures."""
    found = find_garbles(sentence)
    spans = [m.span() for m in DATE_SPAN.finditer(sentence.text)]
    for match, mention in find_figures(sentence):
        if any(m.start < mention.end and mention.start < m.end for m in found):
            continue
        if nonstats.reason_not_statistic(sentence.text, match) is not None:
            continue
        if any(s <= match.start() < e for s, e in spans):
            continue  # (round 10) a day bounding a span of days ("from 1 to 30 September")
        if match["den"]:
            mention = mention.with_notes(f"a share: {match.group()!r}; the value is the part")
        found.append(mention)
    from narcokg.extract.bare import borrow_nouns
    from narcokg.extract.totals import flag

    return flag(sentence, borrow_nouns(sentence, sorted(found, key=lambda m: m.start)))


def _title(text: str, file: str) -> str:
    first = text.lstrip().split("\n", 1)[0].strip()
    if 0 < len(first) <= 160 and not re.search(r"[.!?]$", first):
        return first
    return f"Draft of {file}"


__all__ = [
    "Draft",
    "DraftMeasurement",
    "DraftOperation",
    "FrameAnswers",
    "draft_document",
    "draft_with_frame",
    "sentence_mentions",
]
