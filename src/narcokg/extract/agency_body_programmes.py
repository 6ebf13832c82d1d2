"""(round 41, issue 14) A programme or project an international body runs, named with its owner
in the title or the lead: "River port teams supported by the UNODC Inland Waterways Programme
(IWP)", "data compiled by the Coastal Cocaine Monitoring Project (CCMP) of the United Nations
Office on Drugs and Crime", "backed by SKYTRACE, the global programme of the United Nations
Office on …" (made-up names). Such a release reports the programme's own results, and the keys
give its figures to the programme, named as the lead's prose names it (its owner's acronym kept
when the name carries it), not to the body whose letterhead it bears. "Programme" names plans to
the name grammar (:mod:`.agency_programmes`), so these are read here: the name, then its
acronym's other mentions. A programme the lead does not name ("Under UNODC's … Programme" far
below a country office's lead) stays a plan. Internal to :mod:`.actors`, :mod:`.agency_headings`
and :mod:`.draft` (the lead's "supported by" names no partner here)."""

from __future__ import annotations

import re

from narcokg.extract import agency_host_programmes, issuer
from narcokg.extract.gazetteer import Mention
from narcokg.extract.issuer import lead_end
from narcokg.extract.lang.en.known_agencies import KNOWN_AGENCIES

#: International bodies (no country): their acronyms and long names.
_BODIES = sorted(
    {alias for alias, (_, country) in KNOWN_AGENCIES.items() if country is None}
    | {label for label, country in KNOWN_AGENCIES.values() if country is None},
    key=len,
    reverse=True,
)
_BODY = "|".join(re.escape(b) for b in _BODIES) or "(?!)"
_WORD = r"[A-Z][\w'-]*"
#: "UNODC Global Programme against Wildlife, Timber and Drug Crime (GPWT)", "UNODC-WCO Inland
#: Waterways Programme (IWP)", "Coastal Cocaine Monitoring Project (CCMP) of the United Nations
#: …": a name whose head is a programme or project, its owner's acronym before it (a joint owner
#: after a hyphen) or its owner named after its own acronym.
_NAMED = re.compile(
    rf"(?P<label>(?:(?P<owner>(?:{_BODY})(?:-[A-Z]{{2,8}})?)[ ])?"
    rf"(?:{_WORD}[ ]){{1,5}}(?:Programme|Program|Project)"
    # a name's tail after "against", "on" or "for" runs to its acronym's bracket or (round 43)
    # to its owner named after it ("… for Inland Ports of the United Nations Office …")
    r"(?:[ ](?:against|on|for)[ ][^()\n.;]{3,120}?"
    rf"(?=[ ]\([A-Z]|[ ]of[ ]the[ ](?:{_BODY})\b))?)"
    r"(?:[ ]\((?P<acronym>[A-Z][A-Za-z]{1,9})\))?"
    rf"(?P<of>[ ]of[ ]the[ ](?:{_BODY}))?"
)
#: "SKYTRACE, the global programme of the United Nations Office …": an acronym named by its
#: apposition.
_APPOSED = re.compile(
    r"\b(?P<acronym>[A-Z][A-Z0-9-]{2,11}),[ ]the[ ](?:[a-z-]+[ ]){0,2}(?:programme|program"
    rf"|project)[ ]of[ ](?:the[ ])?(?:{_BODY})\b"
)


def body_programmes(text: str, lead_end: int) -> list[tuple[int, int, str]]:
    """(start, end, label) of each mention of the programmes of international bodies that the
    title or the lead (the text before ``lead_end``) names with their owner."""
    found: list[tuple[int, int, str]] = []
    lead_end = _past_long_title(text, lead_end)
    named = [m for m in _NAMED.finditer(text, 0, lead_end) if m["owner"] or m["of"]]
    # the lead's prose names it as the keys do: a letterhead's "UNODC X Project (XP)" takes the
    # lead's "X Project (XP) of the United Nations …"
    labels = {m["acronym"] or m["label"]: m["label"] for m in named}
    for m in named:
        label = labels[m["acronym"] or m["label"]]
        # the owner named after it is the programme's description, no actor of its own
        end = _bracket(text, m.end()) if m["of"] else m.start() + len(m["label"])
        found.append((m.start(), end, label))
    for acronym in {m["acronym"] for m in named if m["acronym"]}:
        found += _others(text, acronym, labels[acronym], named[0].end())
    for m in _APPOSED.finditer(text, 0, lead_end):
        label = m["acronym"]
        found.append((m.start(), _bracket(text, m.end()), label))
        found += _others(text, label, label, m.end())
    return found + agency_host_programmes.host_programmes(text, lead_end)  # round 43


def _past_long_title(text: str, lead_end: int) -> int:
    """(round 43) The lead's end when a title of 100 characters or more was taken for the lead
    ("Border posts in the Andes record higher seizures in 2025, with methamphetamine up by a
    third", no full stop): the paragraph after it is the lead that names the programme."""
    if text[:lead_end].rstrip().endswith((".", '"', "\u201d", ")")):
        return lead_end
    return issuer.lead_end(text, lead_end)


def _bracket(text: str, end: int) -> int:
    """The end of the owner's bracketed acronym right after ``end`` (" (UNODC)"), else ``end``."""
    bracket = _ACRONYM_BRACKET.match(text, end)
    return bracket.end() if bracket else end


_ACRONYM_BRACKET = re.compile(r"[ ]\([A-Z]{2,8}\)")


def _others(text: str, acronym: str, label: str, after: int) -> list[tuple[int, int, str]]:
    """The acronym's mentions (after its definition), each standing for the programme."""
    return [
        (m.start(), m.end(), label)
        for m in re.finditer(rf"(?<![\w(-]){re.escape(acronym)}(?![\w-])", text)
        if m.start() >= after
    ]


def over_owner(text: str, mentions: list[Mention], chosen: Mention | None) -> Mention | None:
    """The programme the title or the lead names issues a release its owner (an international
    body itself, not an office of it) was chosen for."""
    end = _past_long_title(text, lead_end(text, 0))
    # (round 43) or any body named after a programme introduced by its short name: its host
    hosted = chosen is not None and agency_host_programmes.named_first(text, end, chosen.start)
    if chosen is None or (chosen.text not in _BODIES and not hosted):
        return chosen
    starts = {start for start, _, _ in body_programmes(text, lead_end(text, 0))}  # read once
    named = [m for m in mentions if m.start < end and m.start in starts]
    return named[0] if named else chosen


def programme(text: str, mention: Mention) -> bool:
    """Whether ``mention`` names a programme :func:`body_programmes` reads: the lead credits it
    with the support behind the figures ("supported by the UNODC … Programme"), its own work, so
    it is no partner of the release's issuer."""
    return any(start == mention.start for start, _, _ in body_programmes(text, lead_end(text, 0)))
