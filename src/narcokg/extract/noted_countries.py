"""(round 40, issue 14) The countries a regional office's or programme's figures cover, as its own
note lists them: "The regional figures cover eight countries: A, B, …", "The regional
assessment covers 13 countries: A, B (including C and D), …". Such a release is datelined at the
office's seat and may quote worldwide figures beside its own, but its totals are the set's, not
the seat's country's nor the World's (docs/facts.md "Sets"). A country office whose own name
names one of the listed countries ("Programme Office in A") reports on that country: its regional
figures are a part of its release, not its home.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from narcokg.extract.gazetteer import find_regions
from narcokg.extract.note_countries import note_cues
from narcokg.extract.pooled_countries import pooled_cues
from narcokg.model.regions import Region

if TYPE_CHECKING:
    from narcokg.extract.actors import Agency


def noted_countries(
    text: str, regions: dict[str, Region], publisher: Agency | None
) -> tuple[str, ...]:
    """The countries, two or more and nothing else, that the first note on what the figures
    cover lists, in text order; () when no note says so or the publisher is one country's."""
    cues = sorted([*_NOTED.finditer(text), *_listing_cues(text)], key=lambda m: m.start())
    for cue in cues:
        # a territory an item includes is a region of its own ("China (including Hong Kong and
        # Macau)"), which the gazetteer otherwise skips as a list's member
        listed = _INCLUDING.sub("(", _after_cue(text, cue))
        keys = tuple(dict.fromkeys(m.key for m in find_regions(listed, regions, None)))
        if len(keys) < 2 or not all(_country_like(regions[k]) for k in keys):
            continue
        own = find_regions(publisher.label, regions, None) if publisher else []
        # (round 44) a regional programme named for one of its countries ("Regional Programme
        # for A and Neighbouring Countries") reports on the set, not on that country
        single = publisher is not None and not _SET_BODY.search(publisher.label)
        return () if single and any(m.key in keys for m in own) else keys
    return ()


def covered_note(text: str) -> bool:
    """Whether the text says which countries its figures cover (the frame's reason)."""
    if _NOTED.search(text):
        return True
    # (round 42) a partners' or covering note counts only with a list after its cue: "The
    # figures cover all terminals" gives no set, whatever else made the home one; (round 43) so
    # does an editors' note's "Figures are those reported by …"; (round 46) and a closing
    # "The results pool the returns of the police services of …"
    return any(_LIST.search(_after_cue(text, cue)) for cue in _listing_cues(text))


def _listing_cues(text: str) -> list[re.Match[str]]:
    """The cues that name the figures' countries only if a list follows in their sentence: a
    partners' note, an editors' note (:mod:`.note_countries`), a pooling note
    (:mod:`.pooled_countries`)."""
    return [*_PARTNERS.finditer(text), *note_cues(text), *pooled_cues(text)]


def _after_cue(text: str, cue: re.Match[str]) -> str:
    """The rest of the cue's sentence."""
    end = _SENTENCE_END.search(text, cue.end())
    return text[cue.end() : end.start() if end else len(text)]


def _country_like(region: Region) -> bool:
    return region.part_of is None or region.kind == "special administrative region"


#: "The regional figures cover eight countries:", "The regional assessment covers 13 countries:",
#: "The figures quoted above cover …": what the figures cover, then the list after a colon.
_NOTED = re.compile(
    r"\b(?:figures|totals|data|statistics|assessment|survey)\s+(?:quoted\s+above\s+)?"
    r"cover(?:s|ed)?\s+(?:[\w-]+\s+)?countries\s*:",
    re.I,
)
#: (round 42) A programme's note on its partners or on where its figures were made: "The partner
#: countries of X are A, B, …", "in the following partner countries: A, B, …", "The 2025 figures
#: cover the task forces at airports in A, B, …"; the list runs to the sentence's end.
_PARTNERS = re.compile(
    r"\bpartner\s+countries(?:\s+of\s+[^:\n]{1,60}?)?(?:\s*:|\s+(?:are|were|include)\b)"
    r"|\b(?:figures|totals|results)\s+cover(?:s|ed)?\b",
    re.I,
)
_SENTENCE_END = re.compile(r"\.(?:\s|$)")
#: Names in a list: "A, B and C".
_LIST = re.compile(r"[A-Z][\w'-]*(?:\s+[\w'-]+)*,\s+(?:the\s+)?[A-Z][^,]*\band\s+(?:the\s+)?[A-Z]")
_INCLUDING = re.compile(r"\(\s*including\s+", re.I)
#: (round 44) A body's name that says it spans several countries.
_SET_BODY = re.compile(r"\b(?:Regional|Neighbou?ring\s+Countries)\b", re.I)
