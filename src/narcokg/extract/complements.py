"""Where people were sent or what for, after the verb that names their count (round 7), and the
passive that says what was done to a counted noun phrase. Split out of :mod:`.measures` (round 21)
when that module reached its 400 lines.
"""

from __future__ import annotations

import itertools
import re

from narcokg.extract.lang.en.words import STOP


def complement(around: str) -> str:
    """Round 7: where people were sent or what for, after the verb that names their count ("were
    referred to alternative measures", "referred 52 people to support services" -> ``to-support``),
    as reviewers name such measures; containers ("services", "programmes") and determiners are
    left out, two words at most."""
    before, _, after = around.partition("|")
    passive = PASSIVE.match(after)
    rest = after[passive.end() :] if passive else after if before.strip().endswith("ed") else ""
    found = re.match(r"\s*(?:[a-z]+ly\s+)?(to|for|into|with|from)\s+([a-z][a-z\s-]*)", rest)
    if found is None or found[2].split()[0] in {"be", "have"}:
        return ""
    phrase = list(
        itertools.takewhile(lambda w: w not in STOP - {"a", "an", "the"}, found[2].split())
    )
    words = [w for w in phrase if w not in _CONTAINERS and not _ADJECTIVE.search(w)]
    return "-".join([found[1], *words[-2:]]) if words else ""


_ADJECTIVE = re.compile(r"-|ed$")


#: Words of a complement that name where, not what ("support services" -> support).
_CONTAINERS = frozenset(
    {"the", "a", "an", "their", "its", "services", "service", "centres", "centers", "programs"}
    | {"programmes", "facilities", "units", "and", "or", "other", "further"}
)


#: A passive right after a counted noun phrase: "were seized", "had been destroyed"; round 18:
#: or a bare participle that closes a list item or clause ("- 4 boats seized", "…, 9 seized.").
PASSIVE = re.compile(
    r"^\s*(?:(?:were|was|have\s+been|had\s+been|has\s+been)\s+(?:also\s+|then\s+)?"
    r"|(?=[a-z]+ed(?:\s+(?:out|up|off|down))?\s*(?:[,.;]|$)))"
    r"([a-z]+ed(?:\s+(?:out|up|off|down)\b)?)\b"  # round 7: a phrasal verb keeps its particle
)
