"""The report's frame asked once (issue 14, round 12): the home region, main period and issuer a
draft guesses for the whole document, why, and a reviewer's answers that replace them.

Every figure whose sentence (or paragraph) states no region or period takes the report's home
region and main period, and every figure no agency is named for takes the issuer: one wrong guess
is repeated on every such figure. A reviewer settles the three in seconds; their answers replace
the guesses where the rules fell back to them, never a region or period a figure's own text
states (:func:`apply_answers` changes the context, not the figures).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from narcokg.errors import FactError, InputError
from narcokg.model.periods import parse_period
from narcokg.model.regions import Region, region_slug

if TYPE_CHECKING:
    from narcokg.extract.actors import Agency
    from narcokg.extract.drafts import DraftContext, DraftMeasurement


@dataclass(frozen=True)
class FrameAnswers:
    """A reviewer's answers to the frame questions; ``None`` or ``()``: not answered."""

    region: tuple[str, ...] = ()
    period: str | None = None
    agency: str | None = None

    def __bool__(self) -> bool:
        return bool(self.region or self.period or self.agency)


@dataclass(frozen=True)
class FrameGuess:
    """What the rules took as the report's frame, and why."""

    region: tuple[str, ...]
    region_why: str
    period: str
    period_why: str
    agency: str | None
    agency_why: str
    #: the reviewer's answers the draft took (as the gazetteer spells the regions)
    answers: FrameAnswers = FrameAnswers()


def checked_answers(answers: FrameAnswers, known: dict[str, Region]) -> FrameAnswers:
    """``answers`` with each region spelt as the gazetteer spells it; an unknown region or a
    malformed period is an :class:`InputError` naming the fix."""
    spelled = {name.lower(): name for name in known}
    regions = []
    for name in answers.region:
        found = spelled.get(name.strip().lower())
        if found is None:
            raise InputError(
                f"--region {name!r} is not a region of the gazetteer: write a name as "
                "reference/regions.csv or the world gazetteer spells it (e.g. 'United States', "
                "'Queensland'), or add its row to reference/regions.csv"
            )
        regions.append(found)
    if answers.period is not None and not _period_ok(answers.period):
        raise InputError(
            f"--period {answers.period!r} is not a period label: write it as docs/facts.md does, "
            "e.g. 2024, 2024-Q2, 2024-H1, 2024-03, FY2025 or 2024-01-01/2024-05-31"
        )
    agency = answers.agency.strip() if answers.agency is not None else None
    if agency == "":
        raise InputError(
            "--agency is empty: give the issuer's name, e.g. 'Australian Border Force'"
        )
    return FrameAnswers(tuple(dict.fromkeys(regions)), answers.period, agency)


def _period_ok(label: str) -> bool:
    if not _LABEL.fullmatch(label):
        return False
    try:
        parse_period(label)
    except FactError:
        return False
    return True


_LABEL = re.compile(
    r"\d{4}(?:-(?:Q[1-4]|H[12]|\d{2}(?:-\d{2})?))?|FY\d{4}|\d{4}-\d{2}-\d{2}/\d{4}-\d{2}-\d{2}"
)


def apply_answers(
    context: DraftContext, answers: FrameAnswers, known: dict[str, Region]
) -> DraftContext:
    """The context with the answered home region (and its country) and main period."""
    if answers.region:
        countries = {_top(name, known) for name in answers.region}
        country = countries.pop() if len(countries) == 1 else None
        context = _issuer_in(replace(context, home=answers.region, country=country), country)
    if answers.period is not None:
        context = replace(context, default_period=answers.period)
    return context


def _issuer_in(context: DraftContext, country: str | None) -> DraftContext:
    """The answered country is the issuer's too: an issuer's name the agency table files under
    another country ("Ministry of Public Security": China, in a Vietnamese report) would otherwise
    place every figure it issued there."""
    issuer = context.publisher.key if context.publisher else None
    if issuer is None or country is None or context.jurisdictions.get(issuer) in (None, country):
        return context
    jurisdictions = {**context.jurisdictions, issuer: country}
    states = {k: v for k, v in context.agency_states.items() if k != issuer}
    return replace(context, jurisdictions=jurisdictions, agency_states=states)


def _top(name: str, known: dict[str, Region]) -> str:
    region = known[name]
    while region.part_of is not None and region.part_of in known:
        region = known[region.part_of]
    return region.name


def answered_agency(
    answer: str, agencies: dict[str, Agency], country: str | None
) -> tuple[str, Agency]:
    """The slug and agency of an answered issuer: one the text names (by slug or label), else a
    new one in the answered country."""
    from narcokg.extract.actors import Agency

    wanted = answer.lower()
    for slug, agency in agencies.items():
        if wanted in (slug.lower(), agency.label.lower()):
            return slug, agency
    slug = region_slug(answer)
    return slug, Agency(slug=slug, label=answer, jurisdiction=country)


def settle_figures(
    facts: list[DraftMeasurement], answers: FrameAnswers, publisher: str | None, agency: str | None
) -> None:
    """Give ``agency`` to the figures that took the issuer ``publisher`` (or none), and drop the
    notes that asked about an answered frame."""
    moved: set[str] = set()
    for fact in facts:
        base = fact.change_of in moved  # a change takes its base figure's agency
        if agency is not None and fact.agency in (publisher, None) and (base or _from_issuer(fact)):
            fact.agency = agency
            moved.add(fact.id)
        fact.review = [n for n in fact.review if not _settled(n, fact, answers, agency)]


def _from_issuer(fact: DraftMeasurement) -> bool:
    """Whether a figure's agency is the issuer's by default (no agency named for it)."""
    return fact.agency is None or any(_ISSUER_NOTE.match(n) for n in fact.review)


def _settled(note: str, fact: DraftMeasurement, answers: FrameAnswers, agency: str | None) -> bool:
    """A note asking about the frame on a figure that rests on the answered frame."""
    note = note.removeprefix(_BASE)
    if answers.period is not None and fact.period == answers.period and _PERIOD_NOTE.match(note):
        return True
    if answers.region and fact.regions == answers.region and _REGION_NOTE.match(note):
        return True
    return agency is not None and fact.agency == agency and bool(_ISSUER_NOTE.match(note))


_BASE = "as its base figure: "
_PERIOD_NOTE = re.compile(r"period '[^']*': the report's main period")
_REGION_NOTE = re.compile(
    r"region '[^']*'(?:: the report's home region| taken as the report's home)"
)
_ISSUER_NOTE = re.compile(r"agency '[^']*' is the publisher's")


def resting_on_frame(facts: list[DraftMeasurement]) -> dict[str, int]:
    """How many figures took each frame answer from the context (their notes say so)."""
    return {
        "region": sum(any(_REGION_NOTE.match(n) for n in f.review) for f in facts),
        "period": sum(any(_PERIOD_NOTE.match(n) for n in f.review) for f in facts),
        "agency": sum(any(_ISSUER_NOTE.match(n) for n in f.review) for f in facts),
    }
