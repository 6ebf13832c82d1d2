"""Which agency a figure belongs to: a source its sentence cites ("according to X", "figures
from X show", ", X reported,"), else the agency named nearest before it in its sentence or
paragraph (not a partner that only "supported" or worked "with" it; a list of agencies acting
together gives it to the publisher; a source of an earlier sentence
about another country does not carry). Internal to :mod:`.context`."""

from __future__ import annotations

import re

from narcokg.extract.agency_clauses import in_subject_clause
from narcokg.extract.agency_lists import respective
from narcokg.extract.agency_owners import placing_owner
from narcokg.extract.drafts import DraftContext, nearest
from narcokg.extract.figures import Mention
from narcokg.extract.gazetteer import Mention as Name
from narcokg.extract.placing import figure_regions
from narcokg.extract.text import Sentence


def named_agency(
    context: DraftContext, sentence: Sentence, mention: Mention, regions: tuple[str, ...]
) -> Name | None:
    """The agency named nearest before the figure in its sentence, else earlier in its paragraph
    (not one that only "supported" or "assisted"); one named in an earlier sentence gives way
    when that sentence's figures are of another place ("…, according to Colombia's ministry.
    Ecuador seized …": the ministry does not count Ecuador's seizures)."""
    if (listed := respective(context, sentence, mention)) is not None:
        return listed  # round 17: "A and B seized 80 kg and 120 kg respectively"
    leading = [a for a in context.agencies if not _helper(context, a)]
    # round 31: "the Directorate … at the Ministry of the Interior presented": the unit acts
    leading = [a for a in leading if not placing_owner(context.text, context.agencies, a)]
    # round 32: "The X Task Force, which KSP leads in …, accounted for 388": the subject acts
    clauses = [a for a in leading if in_subject_clause(context.text, leading, a, mention.start)]
    leading = [a for a in leading if a not in clauses]
    actor = next(
        (
            a for a in leading
            if mention.end <= a.start < sentence.end
            and _BY_AFTER.fullmatch(context.text, mention.end, a.start)
        ),
        None,
    )  # fmt: skip
    found, own = nearest(leading, sentence, context, mention.start, mention.end, before_only=True)
    if actor is not None and (not own or _BE.search(context.text, mention.end, actor.start)):
        # "188 pounds were seized by the Utah Highway Patrol"; not "the corps directed 9 cases
        # supervised by the Ministry" (a participle of the noun, after the clause's own subject)
        return actor
    if not own and (later := _named_after(context, sentence, mention, leading)) is not None:
        return later  # "… handed out 364,000 kits through the Centre for Disease Control's program"
    if found is not None:
        found = _joint(context, found)
    if found is None or own or not regions:
        return found
    where = next(s for s in context.sentences if s.start <= found.start < s.end)
    others = context.figures.get(where.index, [])
    if not others:
        return found
    theirs, _ = figure_regions(context, where, others[0], others)
    countries = context.countries
    same = {countries.get(r, r) for r in theirs} & {countries.get(r, r) for r in regions}
    return found if same else None


def _named_after(
    context: DraftContext, sentence: Sentence, mention: Mention, leading: list[Name]
) -> Name | None:
    """The one agency the figure's sentence names after it, in its own clause, when none is
    named before it: the sentence names the figure's agency, as the keys read it."""
    after = [a for a in leading if mention.end <= a.start < sentence.end]
    if len({a.key for a in after}) != 1:
        return None
    gap = context.text[mention.end : after[0].start]
    return after[0] if not _CLAUSE_BREAK.search(gap) and not re.search(r"[.;]", gap) else None


def attributed(
    context: DraftContext, sentence: Sentence, mention: Mention | None = None
) -> Name | None:
    """The source an "according to" names anywhere in the sentence ("6,473 people died ...,
    according to the California Department of Public Health"): the figures are its; but not a
    figure before it whose own clause has an agency as its subject ("Manitoba's Office of the
    Chief Medical Examiner reported 445 deaths, and nationally 8,049 …, figures from the Public
    Health Agency of Canada show": the 445 are the office's)."""
    for name in context.agencies:
        if not sentence.start <= name.start < sentence.end:
            continue
        before = context.text[max(sentence.start, name.start - 60) : name.start]
        # "..., the CDC estimates." closes the sentence the way "according to" opens it
        if _ACCORDING.search(before) or (
            # (also after an owner's possessive: ", the RCMP's E Division said")
            re.search(r",\s*(?:the\s+)?(?:[\w.]+'s\s+)?$", before)
            and _SAYS_AT_END.match(context.text, name.end)
        ):
            if (
                mention is not None
                and name.start >= mention.end
                and _own_subject(context, sentence, mention, name)
            ):
                return None
            unit = [a for a in context.agencies if a.start == name.end + 3]
            owned = context.text.startswith("'s ", name.end)
            return unit[0] if owned and unit else name  # "data from CDC's National Center …"
    return None


def _own_subject(context: DraftContext, sentence: Sentence, mention: Mention, source: Name) -> bool:
    """Whether another agency reports the figure in its own clause ("X reported 445 deaths";
    not "Border Force made 1,612 seizures, according to Home Office figures": a count the
    source gives)."""
    for name in context.agencies:
        if name.key == source.key or not sentence.start <= name.end <= mention.start:
            continue
        reports = _REPORTS.match(context.text, name.end)
        if reports and not _CLAUSE_BREAK.search(context.text, name.end, mention.start):
            return True
    return False


#: From a figure to the agency its passive names in the same clause ("… were seized by the").
_BY_AFTER = re.compile(r"[^,;.()]{0,80}?\bby\s+(?:the\s+)?", re.I)
_BE = re.compile(r"\b(?:was|were|is|are|been|being|be)\b", re.I)
_CLAUSE_BREAK = re.compile(r"[;:]|,\s+(?:and|while|whilst|but|whereas)\b")
_REPORTS = re.compile(
    r"\s+(?:\([A-Z]{2,7}\)\s+)?(?:(?:has|had|also)\s+)?(?:reported|reports|announced|published"
    r"|estimated|estimates|registered|confirmed)\b"
)


_SAYS_AT_END = re.compile(
    r"\s+(?:\([A-Z]{2,7}\)\s+)?(?:said|says|estimates|estimated|reported|reports|found|finds)"
    # "…, the Revenue Commissioners said on Tuesday.", "…, the board said in its annual report."
    r"(?:\s+(?:on|in|at|this|last|today|yesterday)\b[^.;,]{0,40})?\s*[.;,]",
    re.I,
)


_HELPER = re.compile(
    r"\b(?:supported|assisted|helped|aided)\s+by\s+(?:the\s+)?$"
    # "The Bureau's units, working with the Coast Guard and the DRI, seized …": the partners of
    # the subject, up to the end of their phrase
    r"|\b(?:working|together|jointly|alongside|in\s+conjunction)\s+(?:with\s+)?[^,;.()]*$"
    # "referred 41 cases to the Financial Intelligence Unit": a recipient, not the actor
    r"|\b(?:referred|sent|passed|handed|submitted|transferred|forwarded)\b[^,;.()]*\bto\s+"
    r"(?:the\s+)?$"
    r"|\bwith\s+(?:the\s+)?(?:help|support|assistance)\s+of\s+(?:the\s+)?$"
    # round 24: "the city's organs implement the deployment of the Ministry of Public Security and
    # the provincial department": superiors whose plan the subject carries out, not the actor
    r"|\bimplement(?:s|ed|ing)?\s+(?:the\s+)?(?:deployments?\s+of\s+(?:the\s+)?)?"
    r"(?:[^,;.()]*?\s+and\s+(?:the\s+)?)?$"
    r"|\bin\s+(?:cooperation|partnership)\s+with\s+(?:the\s+)?$"
    # "In a joint operation with the South African Revenue Service (SARS), detectives found …"
    r"|\b(?:joint|combined)\s+(?:operation|investigation|effort|raid|action|patrol)s?\s+with\s+"
    r"(?:the\s+)?$",
    re.I,
)
_ACCORDING = re.compile(
    r"\baccording\s+to\b[^,;.]*$|\b(?:figures|data|statistics|estimates|numbers)\s+(?:from|by"
    r"|published\s+by|released\s+by|compiled\s+by)\s+(?:the\s+)?$",
    re.I,
)


def _joint(context: DraftContext, found: Name) -> Name:
    """An agency named last in a list of agencies that acted together ("a taskforce of the AFP,
    NSW Police and the ABF charged …"): the publisher's, whether or not it is one of them (the
    first named when there is no publisher)."""
    text = context.text
    names = [a for a in context.agencies if not _alias_in_brackets(text, a, context.agencies)]
    if found not in names:  # "(PNP)" right after "the Philippine National Police"
        found = next(a for a in reversed(names) if a.key == found.key and a.end <= found.start)
    group = [found]
    for other in reversed([a for a in names if a.end <= group[0].start]):
        if not _AGENCY_JOIN.fullmatch(context.text[other.end : group[0].start]):
            break
        group.insert(0, other)
    publisher = context.publisher
    if publisher is not None and _with_own_staff(context.text, found):
        return publisher  # round 40: "the X Unit and patrol officers seized …": the whole force's
    if len(group) < 2:
        return found
    # the report's owner speaks for the group (a cabinet, a lead agency), a member or not
    return publisher or group[0]


def _alias_in_brackets(text: str, name: Name, names: list[Name]) -> bool:
    """``name`` is an abbreviation in brackets right after a name of the same agency."""
    if not (text[name.start - 1 : name.start] == "(" and text[name.end : name.end + 1] == ")"):
        return False
    return any(a.key == name.key and 0 <= name.start - a.end <= 2 for a in names)


#: Round 40: a unit joined by "and" to the force's own rank and file ("The department's Vice
#: Section and patrol districts made …", "the Drug Unit and patrol officers seized …", "deputies
#: and the Sheriff's Narcotics Task Force made …"): the figure is no one unit's but the force's.
_STAFF = r"(?:patrol[ ]+)?(?:officers|deputies|troopers|detectives|districts)"
_STAFF_AFTER = re.compile(rf"[ ]+and[ ]+(?:other[ ]+|its[ ]+)?{_STAFF}\b")
_STAFF_BEFORE = re.compile(rf"\b{_STAFF}[ ]+and[ ]+(?:the[ ]+)?(?:[A-Z][\w]*'s[ ]+)?$", re.I)


def _with_own_staff(text: str, found: Name) -> bool:
    """``found`` is named in one subject with the force's officers, before or after it."""
    before = text[max(0, found.start - 60) : found.start]
    return bool(_STAFF_AFTER.match(text, found.end) or _STAFF_BEFORE.search(before))


_AGENCY_JOIN = re.compile(r"(?:\s*\([A-Z]{2,7}\))?(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")


def _helper(context: DraftContext, agency: Name) -> bool:
    """An agency that only "supported" or worked "with" the subject (an abbreviation in
    parentheses right after its name goes with the name)."""
    start = agency.start
    if context.text[:start].rstrip().endswith("("):
        named = [a for a in context.agencies if a.key == agency.key and a.end <= start]
        start = named[-1].start if named and start - named[-1].end <= 3 else start
    return bool(_HELPER.search(context.text[max(0, start - 80) : start]))


def running_unit(context: DraftContext, start: int, agency: Name | None) -> Name | None:
    """(round 19) The unit that ran the lead's operation, for a figure of its section the
    draft gives the publisher (:mod:`.agency_operations`); else ``agency``."""
    running, publisher = context.running, context.publisher
    if running is None or agency is None or publisher is None or agency.key != publisher.key:
        return agency
    unit, end = running
    return unit if unit.start <= start < end else agency
