"""Why a draft took the report's frame it took (issue 14, round 12): the home region, main period
and issuer in words a reviewer can check at a glance ("region China: the issuer's jurisdiction",
"period 2023: the headline names it"), read back from what the drafting rules found. The rules'
own order is in :func:`.placing.document_home` and :func:`.periods.default_period`; this module
only says which of the text's places and periods the guess coincides with."""

from __future__ import annotations

from typing import TYPE_CHECKING

from narcokg.extract import body_areas, municipal, noted_countries, tribal_lands
from narcokg.extract.frame_answers import FrameGuess
from narcokg.extract.gazetteer import EU, WORLD

if TYPE_CHECKING:
    from narcokg.extract.actors import Agency
    from narcokg.extract.drafts import DraftContext


def guess_of(
    context: DraftContext, publisher: Agency | None, dateline: str | None, lead_end: int
) -> FrameGuess:
    """The frame a draft took, each part with the reason it coincides with."""
    title_end = context.sentences[0].end if context.sentences else 0
    return FrameGuess(
        region=context.home,
        region_why=_region_why(context, publisher, dateline, title_end, lead_end),
        period=context.default_period,
        period_why=_period_why(context, title_end, lead_end),
        agency=publisher.label if publisher else None,
        agency_why=_agency_why(context, publisher, title_end, lead_end),
    )


def _region_why(
    context: DraftContext,
    publisher: Agency | None,
    dateline: str | None,
    title_end: int,
    lead_end: int,
) -> str:
    home = context.home
    if not home:
        return "no region found: no issuer's country, dateline or place named often enough"
    # (round 40) a set read before the issuer's seat or dateline, whose country is one of it
    if len(home) > 1 and noted_countries.covered_note(context.text):
        return "the countries a note says the figures cover"
    if len(home) > 1 and home == tribal_lands.spanned_states(context.text):
        return "a tribal nation's lands, in several states"
    if publisher is not None and publisher.jurisdiction in home:
        return f"the issuer's jurisdiction ({publisher.label})"
    if dateline is not None and (dateline in home or home == (context.countries.get(dateline),)):
        return f"the dateline ({dateline})"
    force = municipal.force_named(context.text, lead_end, publisher.label if publisher else None)
    if force is not None and len(home) == 1 and home[0] != context.country:
        return f"a city's own police, in its province ({force})"  # (round 19)
    if publisher is not None and home == (body_areas.cities_state(context.text, publisher),):
        return f"a county office's large cities, in their state ({home[0]})"  # (round 31)
    if WORLD in home:
        return "an international issuer's worldwide figures"
    if home == (EU,):
        return "an EU body's figures of the Union as a whole"  # (round 17)
    if len(home) > 1:
        return "a group of places the title or lead names together"
    if any(n.key == home[0] and n.end <= title_end for n in context.regions):
        return "the headline names it"
    named = sum(n.key == home[0] for n in context.regions)
    if publisher is not None and home == (context.country,):
        return f"the issuer's country ({publisher.label}); named {named} times"
    if any(n.key == home[0] and n.start < lead_end for n in context.regions):
        return f"the opening paragraph names it; named {named} times in all"
    return f"named most often ({named} times)"


def _period_why(context: DraftContext, title_end: int, lead_end: int) -> str:
    label = context.default_period
    mentions = [p for p in context.periods if p.label == label and not p.comparison]
    if not mentions:
        return "no period named: the year of publication or the one before"
    if any(p.end <= title_end for p in mentions):
        return "the headline names it"
    if any(p.start < lead_end for p in mentions):
        return "the opening paragraph names it"
    return f"the period named most often ({len(mentions)} times)"


def _agency_why(
    context: DraftContext, publisher: Agency | None, title_end: int, lead_end: int
) -> str:
    mention = context.publisher
    if publisher is None or mention is None:
        return "no issuer found (none named, or an international body coordinating others)"
    if mention.start < title_end:
        return "the headline names it"
    if mention.start < lead_end:
        return "the opening paragraph names it (announced, said or released)"
    return "the first agency the text names"


def sureness(question: str, why: str) -> str:
    """How often a guess for this reason agreed with the key's frame on the calibration split
    (``narcokg eval --split calibration --frame-from-key``; docs/extraction.md)."""
    agreed, asked = SURE.get((question, reason_kind(why)), (0, 0))
    if not asked:
        return "sure: unmeasured"
    return f"sure: right in {agreed} of {asked} calibration reports with this reason"


def reason_kind(why: str) -> str:
    """The reason of a guess without its particulars ("the dateline (Kunming)": "the dateline")."""
    return why.split(" (")[0].split(";")[0]


#: (question, reason) -> (agreed with the key, reports) on the calibration split, measured by the
#: command above at the end of round 53 (1342 reports by engineers and writers who never read the
#: extractor, blind rounds 3-59 and 62-173, with round 53's rules).
SURE: dict[tuple[str, str], tuple[int, int]] = {
    ("agency", "no issuer found"): (0, 6),
    ("agency", "the first agency the text names"): (38, 57),
    ("agency", "the headline names it"): (356, 463),
    ("agency", "the opening paragraph names it"): (679, 816),
    ("period", "the headline names it"): (515, 552),
    ("period", "the opening paragraph names it"): (682, 710),
    ("period", "the period named most often"): (67, 80),
    ("region", "a city's own police, in its province"): (81, 83),
    ("region", "a county office's large cities, in their state"): (20, 20),
    ("region", "a group of places the title or lead names together"): (65, 65),
    ("region", "a tribal nation's lands, in several states"): (7, 7),
    ("region", "an EU body's figures of the Union as a whole"): (3, 4),
    ("region", "an international issuer's worldwide figures"): (1, 6),
    ("region", "named most often"): (51, 56),
    ("region", "the countries a note says the figures cover"): (21, 21),
    ("region", "the dateline"): (327, 338),
    ("region", "the headline names it"): (52, 54),
    ("region", "the issuer's country"): (88, 101),
    ("region", "the issuer's jurisdiction"): (544, 553),
    ("region", "the opening paragraph names it"): (33, 34),
}
