"""One figure -> one drafted measurement: measure, unit, period, region, agency, operation,
confidence and review notes."""

from __future__ import annotations

import re

from narcokg.extract import period_dates, period_spans, periods
from narcokg.extract.attribution import attributed, named_agency, running_unit
from narcokg.extract.changes import Change
from narcokg.extract.current_part import current_part
from narcokg.extract.drafts import (
    DraftContext,
    DraftMeasurement,
    DraftOperation,
    aside,
    measure_of,
    period_of,
)
from narcokg.extract.figure_operations import figure_operation
from narcokg.extract.figures import Mention
from narcokg.extract.gazetteer import EU, EU_REGION
from narcokg.extract.lang.en import patterns as en
from narcokg.extract.measures import count_unit
from narcokg.extract.notes import (
    confidence,
    context_period_note,
    context_region_note,
    uncertain_fields,
)
from narcokg.extract.period_carried_days import carried_stock_day
from narcokg.extract.period_clause_days import clause_day
from narcokg.extract.period_counted_months import counted_months
from narcokg.extract.period_figure import (
    at_year_end,
    fit_nature,
    flow_at_stock_day,
    own_compared_period,
    previous_is_base,
    year_to_date,
)
from narcokg.extract.period_fiscal_quarters import fiscal_quarter
from narcokg.extract.period_fiscal_year_end import at_fiscal_year_end
from narcokg.extract.period_heading_year import section_year
from narcokg.extract.period_kinds import running_to_period_end
from narcokg.extract.period_long_totals import long_total_to_period_end
from narcokg.extract.period_pairs import (
    bracket_legend,
    earlier_of_pair,
    in_force,
    launched_total,
    operation_span,
    over_years,
    part_of_before,
    past_carried,
)
from narcokg.extract.period_stock_days import opens_on_day
from narcokg.extract.period_year_after import year_after
from narcokg.extract.period_year_before import tied_to_year_before
from narcokg.extract.placing import agency_state, another_country, figure_regions, partner_agency
from narcokg.extract.since_month import within_stated_span
from narcokg.extract.text import Sentence
from narcokg.model.quantities import MASS_UNIT_NAMES as MASS
from narcokg.model.regions import region_slug


def figure_fact(
    context: DraftContext,
    sentence: Sentence,
    mention: Mention,
    operations: list[DraftOperation],
    change: Change | None,
    base: DraftMeasurement | None,
) -> DraftMeasurement:
    review = list(mention.notes)
    if not mention.noun.strip() and mention.unit not in MASS and change is None:
        # a change's measure is its direction and unit ("up 12%"): nothing else to name
        review.append("measure: a bare number; what it counts is named elsewhere in the sentence")
    if change is not None:
        measure, unit, known = _change_measure(mention, change, review, base)
    else:
        counted = measure_of(mention, sentence, _previous_text(context, sentence))
        measure, unit, known = counted.measure, counted.unit, counted.known
        review.extend([counted.note] if counted.note else [])
    if not known:
        review.append(
            f"measure {measure!r} is proposed: map it to a measure of the ontology "
            "or add the concept"
        )
    fact = DraftMeasurement(
        id="", mention=mention, measure=measure, unit=unit, period="", regions=()
    )
    if base is not None:
        fact.period, fact.regions = base.period, base.regions
        fact.agency, fact.operation, fact.change_of = base.agency, base.operation, base.id
        review.extend(
            f"as its base figure: {n}"
            for n in base.review
            if n.startswith(("region", "period", "no region"))  # an unplaced base: say so too
        )
    else:
        _place(fact, context, sentence, mention, operations, review)
    fact.within = _within(context.text, mention, sentence)
    fact.denominator = mention.denominator
    fact.review = review
    review.extend(n for n in uncertain_fields(context, sentence, fact, known) if n not in review)
    fact.review = review
    fact.confidence = confidence(known, review)
    fact.id = _slug(fact)
    return fact


def _previous_text(context: DraftContext, sentence: Sentence) -> str:
    """The sentence before ``sentence`` in its paragraph, or the lead of its list (round 19)."""
    from narcokg.extract.listed import previous_text

    return previous_text(context.sentences, sentence)


def _change_measure(
    mention: Mention, change: Change, review: list[str], base: DraftMeasurement | None
) -> tuple[str, str, bool]:
    direction = change.direction.rstrip("?")
    if change.direction.endswith("?"):
        review.append("the text does not say whether this change is a rise or a fall")
    review.extend(change.notes)
    if mention.unit == "fold":
        return f"fold-{direction}", "fold", True
    if mention.unit == "percent":
        return f"percentage-{direction}", "percent", True
    if mention.unit == "percentage-point":
        return f"percentage-point-{direction}", "percentage-point", True
    kind = "mass" if mention.unit in MASS else "absolute"
    # an absolute change counts what its base figure counts ("279 fewer" deaths)
    unit = mention.unit or (base.unit if base else None) or count_unit(mention.noun) or "case"
    return f"{kind}-{direction}", unit, True


def _place(
    fact: DraftMeasurement,
    context: DraftContext,
    sentence: Sentence,
    mention: Mention,
    operations: list[DraftOperation],
    review: list[str],
) -> None:
    fact.period, explicit = period_of(context, sentence, mention.start, mention.end)
    fact.period = fact.period if explicit else past_carried(context, sentence, fact.period)
    fact.period = fact.period if explicit else section_year(context, sentence, fact.period)
    fact.period = (
        fact.period if explicit else current_part(context, sentence, mention.start, fact.period)
    )
    fact.period = fiscal_quarter(context, sentence, mention.start, mention.end, fact.period)
    first = min([mention.start, *(f.start for f in context.figures.get(sentence.index, []))])
    if not explicit and (own := en.REPORT_SPAN.search(context.text, sentence.start, first)):
        # (round 10) "In the fiscal year, 33,815 patients …": the report's own span opening the
        # sentence, not a day or month a sentence before named ("12,488 during the year" gives
        # the span to its own figure only); (round 11) "In the operation" after its paragraph
        # stated the operation's months: those months
        # (round 16) "In the action", "During the special campaign": the same
        months = bool(_CAMPAIGN.search(own.group())) and operation_span(context, sentence)
        fact.period, explicit = months or context.default_period, True
    # (round 40) "… during the year" after the figure: the report's year, not a carried span
    fact.period = year_after(
        context.text, mention.start, mention.end, fact.period, explicit, context.default_period
    )
    # (round 40) "over the six months": the six months named last, not a year
    fact.period = counted_months(
        context.text, context.periods, sentence.start, mention.start, mention.end, fact.period
    )
    # "52 five years earlier" (the words may have been read into the figure's noun)
    ago = en.YEARS_EARLIER.match(context.text, mention.end) or en.YEARS_EARLIER.search(
        mention.quote
    )
    same = en.SAME_PERIOD.match(context.text, mention.end)
    # "4,011 during the same period last year", "… in the corresponding period of 2023": back
    # from the period in force before the figure, not from a year inside the phrase
    base = in_force(context, sentence, mention.start) if same else fact.period
    base = year_to_date(base, context.default_period, context.published)
    if ago and (earlier := periods.previous_year(fact.period, _years(ago["n"] or "10"))):
        fact.period = earlier
    elif same and (earlier := periods.previous_year(base, _years_back(base, same))):
        fact.period = earlier  # "171 in the same period of 2023": this year's period, a year back
    elif earlier_of_pair(context.text, mention) and (earlier := periods.previous_year(fact.period)):
        if not _period_right_after(context, mention):
            fact.period = earlier
            review.append(
                "the earlier figure of a 'from … to …' comparison: period assumed "
                "to be the one before"
            )
    elif (
        (
            en.PREVIOUS_YEAR.match(context.text, mention.end)
            or en.PREVIOUS_AFTER_NOUN.match(context.text, mention.end)
            or tied_to_year_before(context.text, sentence.start, mention.start, mention.end)
            or (
                not explicit
                and en.PREVIOUS_YEAR_BEFORE.search(sentence.text, 0, mention.start - sentence.start)
            )
        )
        and not previous_is_base(context.text, mention.start, mention.end)
        and (earlier := periods.previous_year(fact.period))
    ):
        fact.period = earlier  # "6 the year before", "69% the previous year"
    elif not explicit:
        review.append(context_period_note(context, sentence, fact.period))
    around = context.text[sentence.start : min(sentence.end, mention.end + 30)]
    if (part := en.PREVIOUS_PART.search(around)) and (
        earlier := period_spans.part_before(fact.period, part["u"] or part["u2"])
    ):
        fact.period = earlier  # "In the previous quarter, officers had seized 2,010 kilograms"
    if (legend := bracket_legend(context, mention)) is not None:
        fact.period = legend  # "(2023-24, with 2022-23 in brackets)": "Cocaine: 19.8 t (16.2 t)"
    if en.PREVIOUS_BEFORE_PAREN.search(context.text, max(0, mention.start - 60), mention.start):
        fact.period = periods.previous_year(fact.period) or fact.period  # "… 12 months (9,696)"
    if en.PREVIOUS_IN_PAREN.search(context.text, max(0, mention.start - 40), mention.start):
        # "4,260 in 2023 (previous year: 4,011)": the year before the period the figure follows
        opening = context.text.rfind("(", 0, mention.start)
        current = in_force(context, sentence, opening)
        fact.period = periods.previous_year(current) or fact.period
    fact.period = launched_total(context.text, sentence, mention, fact.period)
    if any(p.running and p.label == fact.period for p in context.periods):
        # (round 13) a running total's span is its own sentence's, not carried to the next
        # (round 16) unless the sentence counts a part of the total ("Among them, …")
        carried = explicit or part_of_before(context.text, sentence.start)
        fact.period = fact.period if carried else context.default_period
        fact.period = running_to_period_end(fact.period, context.default_period, context.published)
    fact.period = _own_period(context, sentence, mention, fact.period, fact.measure)
    fact.period = year_to_date(fact.period, context.default_period, context.published)
    text, found = context.text, context.periods
    fact.period = own_compared_period(text, found, mention.start, mention.end) or fact.period
    fact.period = within_stated_span(context, sentence, fact.period)  # (round 27) "Since April"
    fact.period = long_total_to_period_end(fact.period, context.default_period, context.published)
    if not opens_on_day(text, sentence.start, mention.start):  # round 27: a stock's stated day
        fact.period = fit_nature(fact.measure, fact.period, explicit, review)
    bounds, default = (sentence.start, sentence.end), context.default_period
    fact.period = flow_at_stock_day(text, found, bounds, fact.measure, fact.period, default)
    if not explicit:  # (round 42) a stock's "As of" day, carried from an earlier sentence
        fact.period = carried_stock_day(
            text, found, sentence.start, fact.measure, fact.period, default
        )
    fact.period = at_year_end(text, mention.end, fact.period)  # a day the text states
    # (round 43) "at the end of the fiscal year": a stock on that year's last day
    fact.period = at_fiscal_year_end(text, mention.start, mention.end, fact.period, default)
    fact.period = over_years(context, sentence, mention, fact.measure, fact.period)
    if (day := _stock_date(context, sentence, mention, fact.measure, explicit)) is not None:
        fact.period = day  # "On 31 March 2023, 16,924 people were in treatment"
        review[:] = [n for n in review if not n.startswith(("period '", "period: a stock"))]
    fact.period = clause_day(text, found, mention, sentence.end, fact.period)  # round 38
    _note_ambiguity(context, sentence, fact.period, review)
    figures = context.figures.get(sentence.index, [])
    fact.regions, stated = figure_regions(context, sentence, mention, figures)
    if not stated and fact.regions:
        review.append(context_region_note(context, sentence, fact.regions))
    if not fact.regions:
        review.append("no region found: add one")
    if EU in fact.regions:  # drafted from cues; the shipped gazetteer has no row for it
        review.append(f"region {EU!r}: add its row ({EU_REGION.wikidata}) to reference/regions.csv")
    source = attributed(context, sentence, mention)
    if source is not None and not stated and fact.regions:
        # a third party's statistic may be for its own area, not the report's
        review.append(
            f"region: a figure {source.text!r} gives: for {fact.regions[0]!r}, or its own area?"
        )
    agency = source or named_agency(context, sentence, mention, fact.regions)
    if agency is None and context.publisher is not None:  # a figure named for no one
        agency = context.publisher
        review.append(f"agency {agency.key!r} is the publisher's, not named for this figure")
    agency = running_unit(context, mention.start, agency)  # round 19: the operation's unit
    fact.agency = agency.key if agency else None
    state = agency_state(context, fact.agency)
    if not stated and agency and sentence.start <= agency.start < sentence.end and state:
        # "The CBI said its laboratories analyzed 3,870 samples": a state agency named for the
        # figure counts in its state when the sentence names no place
        fact.regions = (state,)
        review[:] = [n for n in review if not n.startswith("region")]
        review.append(f"region: {state!r}, the state or province of the agency named for it")
    abroad = context.jurisdictions.get(fact.agency or "")
    named_here = agency is not None and sentence.start <= agency.start < sentence.end
    helped = agency is not None and partner_agency(context, agency)  # "with the NCB of China"
    if (
        not stated
        and not helped
        and another_country(abroad, context, named_here)
        and (context.country or named_here)
    ):
        # "Across the Tasman, the Australian Federal Police seized …": another country's
        # national agency counts in its own country (in an international body's report, one
        # named for the figure: "The French Anti-Narcotics Office arrested 23 suspects")
        fact.regions = (abroad,)
        review[:] = [n for n in review if not n.startswith("region")]
        review.append(f"region: {abroad!r}, the country of the agency named for this figure")
    fact.operation = figure_operation(
        context, sentence, mention, fact.period, operations, fact.measure
    )


def _own_period(
    context: DraftContext, sentence: Sentence, mention: Mention, label: str, measure: str
) -> str:
    """``label`` unless every mention of it in the sentence is a boundary ("Since October 1, the
    start of fiscal year 2025, …") or, for a change, its base ("24% higher compared with fiscal
    year 2022, when …"): then the sentence's other period, else the document's."""
    change = measure.endswith(("-increase", "-decrease"))

    def skipped(p: periods.PeriodMention) -> bool:
        before = context.text[max(0, p.start - 40) : p.start]
        return bool(_BOUNDARY.search(before) or (change and en.COMPARISON.search(before)))

    own = [
        p for p in context.periods
        if sentence.start <= p.start < sentence.end and not p.comparison
    ]  # fmt: skip
    chosen = [p for p in own if p.label == label]
    if not chosen or not all(skipped(p) for p in chosen):
        return label
    rest = periods.nearest_period([p for p in own if not skipped(p)], mention.start, mention.end)
    return rest.label if rest is not None else context.default_period


_CAMPAIGN = re.compile(r"\b(?:operation|action|campaign|project|investigation)\b", re.I)
_BOUNDARY = re.compile(
    r"\b(?:start|beginning|end|first\s+day|last\s+day)\s+of\s+(?:the\s+)?$", re.I
)


def _years_back(period: str, same: re.Match[str]) -> int:
    """How many years before ``period`` "the same period of <year>" is (1 with no year)."""
    current = re.search(r"\d{4}", period)
    if not same["y"] or current is None:
        return 1
    return int(current.group()) - int(same["y"])


def _years(word: str) -> int:
    return int(word) if word.isdigit() else en.NUMBER_WORDS[word.lower()]


#: A compared figure's own words naming the year before its sentence's date.
_YEAR_BEFORE = re.compile(r"\s+(?:a|one)\s+year\s+(?:earlier|before)\b", re.I)


def _stock_date(
    context: DraftContext, sentence: Sentence, mention: Mention, measure: str, explicit: bool
) -> str | None:
    """The day a stock was counted when the text gives one: in the figure's own parentheses
    ("(31 March 2022: 10,140)"), else the nearest date before it in its sentence outside other
    parentheses, else (its sentence naming no period) the last date of the sentence before."""
    from narcokg.model.registry import registry

    entry = registry().measures.get(measure)
    if entry is None or entry.nature != "stock":
        return None
    text = context.text
    if _YEAR_BEFORE.match(text, mention.end):
        return None  # round 29: a base's own period ("compared with 203 a year earlier")
    found = [
        m
        for m in en.DATE.finditer(text, sentence.start, mention.start)
        if not aside(text, m.start(), mention.start, mention.end)
    ]
    previous = context.sentences[sentence.index - 1] if sentence.index else None
    if not found and not explicit and previous and previous.paragraph == sentence.paragraph:
        found = list(en.DATE.finditer(text, previous.start, previous.end))
    return period_dates.day_label(found[-1].group()) if found else None


def _note_ambiguity(
    context: DraftContext, sentence: Sentence, period: str, review: list[str]
) -> None:
    """Notes for what a sentence leaves open: several periods or regions, a worldwide figure."""
    inside = [p for p in context.periods if sentence.start <= p.start < sentence.end]
    if len({p.label for p in inside} | {period}) > 1:
        review.append(f"period: {period!r}, or another year the sentence names (base year?)")
    named = {r.key for r in context.regions if sentence.start <= r.start < sentence.end}
    if len(named) > 1:
        review.append(f"region: the sentence names {', '.join(sorted(named))}: which, or all?")
    if en.WORLDWIDE.search(sentence.text):
        review.append("region: a worldwide or international figure?")


def _period_right_after(context: DraftContext, mention: Mention) -> bool:
    """The figure names its own period ("from 20,115 in the year ending March 2019")."""
    text = context.text
    return any(
        0 <= p.start - mention.end <= 12 and en.ATTACHED.fullmatch(text[mention.end : p.start])
        for p in context.periods
    )


def _within(text: str, mention: Mention, sentence: Sentence) -> str | None:
    if text.count(mention.quote) <= 1:
        return None
    return sentence.text


def _slug(fact: DraftMeasurement) -> str:
    region = region_slug(fact.regions[0]) if fact.regions else "unknown"
    return f"{region}-{fact.measure}"[:60].rstrip("-")
