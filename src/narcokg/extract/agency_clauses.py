"""Round 32 (issue 14): a body named inside the clause that describes the subject, set off by
commas ("The Pine Mountain Narcotics Task Force, which KSP leads in three counties, accounted for
388 of the arrests", "The Southern Tier Regional Drug Task Force, a partnership of the State
Police with sheriffs, has dismantled 14 organizations", "The Wyoming State Crime Laboratory,
part of DCI, completed 2,914 analyses"), does not take the figure the subject's verb states
after the clause closes: the subject does. The nearest-name rule gave such figures to the body
in the clause (often the publisher), where the keys give them to the subject (docs/facts.md
"Agency: the issuing sub-unit"). Round 31's `agency_owners` reads only an owner named right after
the unit ("…, part of the Ministry …"). Internal to :mod:`.attribution`."""

from __future__ import annotations

import re

from narcokg.extract.gazetteer import Mention as Name

#: From the subject's name (its acronym in brackets allowed) into a describing clause, up to the
#: body named inside it, within the clause's first comma-free stretch.
_INTO_CLAUSE = re.compile(
    r"(?:[ ]+\([^()]{1,15}\))?,[ ]+"
    r"(?:which|who|that|an?|one|part|its|our|their|based|headquartered|set[ ]up)\b[^,.;:()]*"
)
#: From the body in the clause to the figure: the clause closes with a comma, then the verb.
_OUT_OF_CLAUSE = re.compile(r"[^.;:]*?,[ ]+[^.;:]*")


def in_subject_clause(text: str, names: list[Name], name: Name, figure: int) -> bool:
    """Whether ``name`` is named in a clause describing another body named before it, and the
    clause closes before the figure at ``figure``."""
    if figure <= name.end or not _OUT_OF_CLAUSE.fullmatch(text, name.end, figure):
        return False
    return any(
        other.key != name.key
        and other.end < name.start
        and _INTO_CLAUSE.fullmatch(text, other.end, name.start) is not None
        for other in names
    )
