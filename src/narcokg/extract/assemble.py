"""Give each figure its context (period, region, agency, operation), link changes to the figures
they change, name the facts, and note what a reviewer should check."""

from __future__ import annotations

import itertools
import re

from narcokg.extract import changes
from narcokg.extract.awareness_events import awareness_events
from narcokg.extract.booked_people import booked_people
from narcokg.extract.change_currents import current_figures
from narcokg.extract.charged_defendants import charged_defendants
from narcokg.extract.charged_with import offences_charged
from narcokg.extract.city_shares import city_shares
from narcokg.extract.compulsory_rehabilitation import compulsory_rehabilitation
from narcokg.extract.context import figure_fact
from narcokg.extract.counted_names import counted_names
from narcokg.extract.death_rates import overdose_rates
from narcokg.extract.deaths_investigated import deaths_investigated
from narcokg.extract.discovered_users import discovered_users
from narcokg.extract.diverted_people import diverted_people
from narcokg.extract.drafts import (
    DraftContext,
    DraftMeasurement,
    DraftOperation,
    nearest,
    period_of,
    unique_id,
)
from narcokg.extract.drug_anaphors import anaphoric_drugs
from narcokg.extract.drug_courts import drug_court_people
from narcokg.extract.drug_finds import drug_finds
from narcokg.extract.drug_involved_deaths import drug_involved_deaths
from narcokg.extract.earlier_heads import earlier_heads
from narcokg.extract.federal_referrals import federal_referrals
from narcokg.extract.fentanyl_cases import fentanyl_cases
from narcokg.extract.figures import Mention
from narcokg.extract.frozen_confiscated import frozen_confiscated
from narcokg.extract.generic_masses import generic_masses
from narcokg.extract.headline_changes import headline_changes
from narcokg.extract.indicted_people import indicted_people
from narcokg.extract.jail_inmates import jail_inmates
from narcokg.extract.learned.measure_opinion import second_opinion
from narcokg.extract.named_changes import relink_named_changes
from narcokg.extract.named_share_parts import named_share_parts
from narcokg.extract.named_wholes import parts_of_named_wholes
from narcokg.extract.narrower_siblings import narrower_sibling_measures
from narcokg.extract.non_residents import non_residents
from narcokg.extract.notes import confidence
from narcokg.extract.paragraph_drug import paragraph_drug
from narcokg.extract.parts import settle_parts
from narcokg.extract.paste_seizures import paste_seizures
from narcokg.extract.period_base_changes import base_year_changes
from narcokg.extract.period_figure import own_compared_period
from narcokg.extract.period_group_parts import group_parts
from narcokg.extract.period_opening_months import opening_months
from narcokg.extract.period_translated_months import translated_months
from narcokg.extract.place_shares import place_shares
from narcokg.extract.positives import positive_samples
from narcokg.extract.possession_people import possession_people
from narcokg.extract.predicate_drugs import predicate_drugs
from narcokg.extract.prison_admissions import prison_admissions
from narcokg.extract.received_submissions import received_submissions
from narcokg.extract.registers import registered_people
from narcokg.extract.report_areas import crop_areas
from narcokg.extract.restrained_assets import restrained_assets
from narcokg.extract.safeguarded import safeguarded_people
from narcokg.extract.sample_shares import sample_shares
from narcokg.extract.seized_weapons import seized_weapons
from narcokg.extract.seizure_parts import seizure_parts
from narcokg.extract.share_bases import share_bases
from narcokg.extract.share_wholes import treatment_episode_shares
from narcokg.extract.such_referents import such_referents
from narcokg.extract.suspects import PART_NOTE
from narcokg.extract.text import Sentence
from narcokg.extract.time_averages import name_time_averages
from narcokg.extract.trafficking_charged import trafficking_charged
from narcokg.extract.trafficking_faced import trafficking_faced
from narcokg.extract.trafficking_suspects import trafficking_suspects
from narcokg.extract.translated_activities import translated_activities
from narcokg.extract.translated_dealt_users import translated_dealt_users
from narcokg.extract.translated_destroyed_drugs import translated_destroyed_drugs
from narcokg.extract.translated_seizures import translated_seizures
from narcokg.extract.unnamed import name_unnamed
from narcokg.model.regions import region_slug


def operations_of(context: DraftContext) -> list[DraftOperation]:
    result: list[DraftOperation] = []
    for name in context.operations:
        sentence = next(s for s in context.sentences if s.start <= name.start < s.end)
        period, _ = period_of(context, sentence, name.start, name.end)
        members = _listed_regions(sentence.text)
        agency, _ = nearest(context.agencies, sentence, context, name.start, name.end)
        slug = f"{region_slug(name.key)}-{period.split('/')[0].lower()}"
        if any(op.slug == slug for op in result):
            continue
        unique = context.text.count(name.text) == 1
        result.append(
            DraftOperation(
                slug,
                name.key,
                name.text,
                None if unique else sentence.text,
                members,
                not re.search(r"\b(?:including|such as)\b", sentence.text),
                period,
                (agency.key,) if agency else (),
            )
        )
    return result


def _listed_regions(text: str) -> tuple[str, ...]:
    match = re.search(r"\b(?:including|such as)\s+((?:[A-Z][a-z]+(?:,\s*|\s+and\s+|\s+)?)+)", text)
    return tuple(re.findall(r"[A-Z][a-z]+", match[1])) if match else ()


def assemble_measurements(
    context: DraftContext, mentions: list[list[Mention]], operations: list[DraftOperation]
) -> list[DraftMeasurement]:
    directions = _directions(context.sentences, mentions)
    links = changes.link_changes(context.sentences, mentions, directions)
    facts: dict[Mention, DraftMeasurement] = {}
    used: set[str] = set()
    later: list[tuple[DraftMeasurement, Mention]] = []
    for number, sentence in enumerate(context.sentences):
        for index, mention in enumerate(mentions[number]):
            change = links.get((number, index))
            base = facts.get(change.base) if change and change.base else None
            if base is not None and base.mention.sentence != sentence.index:
                base = _current_figure(context, base, list(facts.values()))
            elif base is not None:
                base = _compared_base(context, base, list(facts.values()))
            fact = figure_fact(context, sentence, mention, operations, change, base)
            fact.id = unique_id(fact.id, used)
            facts[mention] = fact
            if change and change.base and base is None:
                later.append((fact, change.base))  # "fell by 95% to 10,800 hectares"
    for fact, base_mention in later:
        if base_mention in facts:
            fact.change_of = facts[base_mention].id
    found = list(facts.values())
    current_figures(context, found)  # round 29: "Compared with 3,079 in 2021, the rise is 34%"
    _named_measure_bases(context, found)
    indicted_people(context, found)  # round 35: "grand juries indicted 688 defendants"
    trafficking_charged(context, found)  # round 34: "charged 612 defendants with sale of drugs"
    relink_named_changes(context, found)  # round 16: a change of the drug its words name
    _group_parts(context, found)
    group_parts(context, found)  # round 39: "Of those, 81 …" after a day's 240 inmates
    settle_parts(context, found)  # round 16: a part counts its own measure, not its whole's
    positive_samples(context, found)  # round 21: "…; 92 contained fentanyl" after samples tested
    overdose_rates(context, found)  # round 21: a bare death rate after overdose deaths
    parts_of_named_wholes(context, found)  # round 17: "of the cases" counts what they count
    offences_charged(context, found)  # round 17: "charged 214 people with 690 offences"
    _headline_restatements(context, found)
    _sibling_measures(found)
    narrower_sibling_measures(context.text, found)  # round 27: "trafficking arrests, up from 655"
    city_shares(context, found)  # round 53: "our city … accounting for the whole province 16.4%"
    place_shares(context, found)  # round 18: places' share of their whole area's count
    named_share_parts(context, found)  # round 39: "Tasman's seizures were 0.7 per cent of …"
    share_bases(context, found)  # round 17: an earlier level of a share is the same share
    treatment_episode_shares(context, found)  # round 22: "63% of episodes" of treatment
    sample_shares(context, found)  # round 29: "fentanyl in 71 percent of them" (samples)
    crop_areas(found)  # round 15: an area no crop names is the crop's of the area before it
    paragraph_drug(context, found)  # round 29: "… seized 2.14 tonnes" after cocaine
    anaphoric_drugs(context, found)  # round 38: "seized 9.2 tonnes of the drug" after heroin
    generic_masses(context, found)  # round 38: "pounds of narcotics, including … of fentanyl"
    name_unnamed(context, found)  # round 17: a bare count takes the nearest earlier count's
    earlier_heads(context, found)  # round 22: "episodes" after "treatment episodes"
    safeguarded_people(context, found)  # round 22: "safeguarded 44 vulnerable people"
    drug_court_people(context, found)  # round 33: "The Drug Court admitted 264 participants"
    seizure_parts(context, found)  # round 33: "Of the 2,046 drug seizures, 1,190 involved …"
    federal_referrals(context, found)  # round 34: "referred 38 cases for federal prosecution"
    diverted_people(context, found)  # round 35: "diverted 342 defendants to the drug court"
    booked_people(context, found)  # round 37: "241 were booked into the detention center"
    trafficking_suspects(context, found)  # round 38: "among them drug trafficking suspects 188"
    jail_inmates(context, found)  # round 39: "held 97 inmates, 41 of them on drug charges"
    possession_people(context, found)  # round 39: "623 people were dealt with for possession"
    non_residents(context, found)  # round 39: "38 of the people who died lived outside"
    deaths_investigated(context, found)  # round 39: "the office investigated 6,214 deaths"
    seized_weapons(found)  # round 39: "29 weapons, 8 of which were firearms"
    drug_involved_deaths(context, found)  # round 39: "Fentanyl, alone …, contributed to 1,108"
    restrained_assets(context, found)  # round 38: "restrained $9.6 million in cash, vehicles …"
    awareness_events(context, found)  # round 37: "48 awareness sessions, reaching 5,300 …"
    drug_finds(context, found)  # round 37: "drugs were found in 49 of the 58 warrants"
    such_referents(context, found)  # round 37: "1,566 such calls" after "1,284 overdose calls"
    registered_people(context, found)  # round 24: "the register listed 21,307 persons"
    name_time_averages(context, found)  # round 23: "the median wait was 19 days"
    for fact in found:  # the learned model's reading: a note, an override (docs/extraction.md)
        second_opinion(context.text, fact)
    headline_changes(context, found)  # round 28: "Drug arrests up 18%" above the body's pair
    # round 42: "froze assets worth EUR 14 million"; after the headline's links, which find a
    # base by the words of its drafted measure ("crypto freezes more than double")
    frozen_confiscated(context, found)
    trafficking_faced(context, found)  # round 43: "Of the 392 charged, 247 faced trafficking"
    prison_admissions(context, found)  # round 44: "the department admitted 3,300 people for …"
    counted_names(context, found)  # round 47: "… drug rehabilitation 47 name": people
    discovered_users(context, found)  # round 44: "new discover drug-taking personnel 143 people"
    opening_months(context, found)  # round 45: "February alone accounted for 480,000 of the pills"
    translated_months(context, found)  # round 50: "from 5 month to 9 month, whole city ..."
    base_year_changes(context, found)  # round 45: "compares with 820 in fiscal 2030, up 14 percent"
    translated_destroyed_drugs(context, found)  # round 45: "destroy various drugs 1.4 ton"
    translated_activities(context, found)  # round 45: "propaganda activity 186 field"
    compulsory_rehabilitation(context, found)  # round 45: "compulsory isolation … 96 people"
    predicate_drugs(context, found)  # round 46: "Of this amount, 2,316 kilograms was heroin"
    paste_seizures(context, found)  # round 47: "6.8 tonnes of cocaine base paste"
    translated_dealt_users(context, found)  # round 49: "deal with drug-taking personnel 95 …"
    translated_seizures(context, found)  # round 49: "seize various drug 27 item83 kilograms"
    received_submissions(context, found)  # round 50: a laboratory "received 9,114 submissions"
    charged_defendants(context, found)  # round 50: "1,389 defendants were charged with …"
    fentanyl_cases(context, found)  # round 52: "1,406 involved fentanyl"
    from narcokg.model.registry import registry

    for fact in found:  # the two steps above may have settled or changed notes
        fact.confidence = confidence(fact.measure in registry().measures, fact.review)
    return found


def _current_figure(
    context: DraftContext, base: DraftMeasurement, found: list[DraftMeasurement]
) -> DraftMeasurement:
    """A change stated in a later sentence refers to the current figure, not to the earlier one
    it was compared with: "... seized 29.5 tons in 2023, compared with 24.1 tons in 2022. Seizures
    have risen by 40% since 2020." changes the 29.5 tons."""
    sentence = context.sentences[base.mention.sentence]
    clause = context.text[sentence.start : base.mention.start]
    if not _COMPARED.search(clause):
        return base
    earlier = [
        f
        for f in found
        if f.mention.sentence == base.mention.sentence
        and f.mention.start < base.mention.start
        and f.measure == base.measure
    ]
    return earlier[-1] if earlier else base


def _compared_base(
    context: DraftContext, base: DraftMeasurement, found: list[DraftMeasurement]
) -> DraftMeasurement:
    """(round 20) A change right after the figure a comparison names as its base changes the
    current figure, the last earlier one of the same measure in its paragraph: "Against 2024,
    when 987 persons were arrested, this is 45 more"; "The 612 kilograms seized in ten months
    compare with 455 kilograms in the whole of 2025, a rise of 35%"."""
    start, end = base.mention.start, base.mention.end
    if own_compared_period(context.text, context.periods, start, end) is None:
        return base
    paragraph = context.text.rfind("\n\n", 0, start)
    earlier = [
        f
        for f in found
        if paragraph < f.mention.start < start and (f.measure, f.unit) == (base.measure, base.unit)
    ]
    return earlier[-1] if earlier else base


_COMPARED = re.compile(r"\b(?:compared\s+(?:with|to)|from|than|versus|vs\.?)\s+(?:the\s+)?$", re.I)


def _sibling_measures(found: list[DraftMeasurement]) -> None:
    """A bare number that borrowed a vague noun ("31,870 people ..., compared with 33,115")
    counts what the sibling it borrowed from counts."""
    from narcokg.model.registry import registry

    known = registry().measures
    for fact in found:
        if fact.measure in known or fact.change_of:
            continue
        source = next((_BORROWED.match(n) for n in fact.review if _BORROWED.match(n)), None)
        if source is None or any(n.startswith(PART_NOTE) for n in fact.review):
            continue  # round 18: a part named by its group's act is not its group
        sibling = next(
            (
                other
                for other in found
                if other.mention.sentence == fact.mention.sentence
                and other is not fact
                and other.mention.noun == source[1]
                # round 7: a proposed measure too, when the sibling's own words named it
                and (other.measure in known or source[1] in other.mention.quote)
            ),
            None,
        )
        if sibling is not None:
            fact.measure, fact.unit = sibling.measure, sibling.unit
            fact.review = [n for n in fact.review if not n.startswith("measure ")]
            fact.review.append(f"measure: the same as {sibling.id!r}, whose noun it borrowed")


_BORROWED = re.compile(r"^measure: a bare number; what it counts taken from '(.*)'$")


def _headline_restatements(context: DraftContext, found: list[DraftMeasurement]) -> None:
    """A change in the title ("Fentanyl seizures surge 52%") restates one in the body: it takes
    that change's period, regions, agency and base figure."""
    title_end = context.sentences[0].end if context.sentences else 0
    for fact in found:
        if fact.mention.start >= title_end or fact.change_of or fact.unit not in _CHANGE_UNITS:
            continue
        same = [
            other
            for other in found
            if other.mention.start >= title_end
            and other.mention.number == fact.mention.number
            and other.measure == fact.measure
        ]
        if len(same) == 1:
            body = same[0]
            fact.period, fact.regions, fact.agency = body.period, body.regions, body.agency
            fact.change_of = body.change_of
            fact.review = [
                n for n in fact.review if not n.startswith(("period", "region", _UNSTATED))
            ]
            fact.review.append(f"a headline figure: read as restating {body.id!r}")


_CHANGE_UNITS = {"percent", "fold", "percentage-point"}


def _named_measure_bases(context: DraftContext, found: list[DraftMeasurement]) -> None:
    """A change with no figure near it whose clause names what changed ("Compared with 2018-19,
    heroin seizures have grown by 52%"): the first earlier figure of that measure (see
    :func:`_measure_named`) and place in the change's period, else the latest one."""
    for fact in found:
        if fact.change_of or _UNSTATED not in fact.review:
            continue
        sentence = context.sentences[fact.mention.sentence]
        named = _stems(context.text[sentence.start : fact.mention.start])
        earlier = [
            f
            for f in found
            if f.mention.start < fact.mention.start
            and f.unit not in _CHANGE_UNITS
            and f.regions == fact.regions
            and _measure_named(f.measure, named)
        ]
        if not earlier:
            continue
        same = [f for f in earlier if f.period == fact.period]
        base = same[0] if same else earlier[-1]
        fact.change_of = base.id
        fact.review = [n for n in fact.review if n != _UNSTATED]
        fact.review.append(f"linked by the measure its sentence names to {base.id!r}: check")


def _measure_named(measure: str, named: set[str]) -> bool:
    """Every word of the measure but the generic ones ("drug", "crime") is named, by stem: "the
    number of cases cracked" names drug-crime-cases-cracked."""
    wanted = _stems(measure.replace("-", " ")) - _GENERIC
    return bool(wanted) and wanted <= named


_GENERIC = {"drug", "crim", "rela", "illi"}


def _stems(text: str) -> set[str]:
    return {w[:4] for w in re.findall(r"[a-z]+", text.lower()) if len(w) > 2}


def _group_parts(context: DraftContext, found: list[DraftMeasurement]) -> None:
    """ "29 of those arrested", "12 of them" in a paragraph that names no period: the period of the
    group, the figure before it."""
    for previous, fact in itertools.pairwise(found):
        text = context.text[fact.mention.start : fact.mention.end + 30]
        if _GROUP_PART.match(text) and any(n.endswith(_MAIN_PERIOD) for n in fact.review):
            fact.period = previous.period
            fact.review = [n for n in fact.review if not n.endswith(_MAIN_PERIOD)]
            fact.review.append(f"period: that of the group it is part of, {previous.id!r}")


_GROUP_PART = re.compile(r"[\d.,]+\s+of\s+(?:those|them|these|whom)\b", re.I)
_MAIN_PERIOD = "the report's main period, not named in this paragraph"
_UNSTATED = "the figure this change refers to is not stated"


def _directions(sentences: list[Sentence], mentions: list[list[Mention]]) -> list[list[str | None]]:
    result: list[list[str | None]] = []
    for sentence, found in zip(sentences, mentions, strict=True):
        directions: list[str | None] = []
        previous: Mention | None = None
        last_direction: str | None = None
        for mention in found:
            direction = changes.change_direction(sentence, mention, previous, last_direction)
            directions.append(direction)
            previous, last_direction = mention, direction
        result.append(directions)
    return result
