"""(round 32, issue 14) A body named for its purpose with "to <verb>": "the Special Force to
Fight Drug Trafficking (FELCN)", "the Criminal Information Center to Combat Drugs of the Gulf
Cooperation Council (GCIC)". The name grammar stops at the lower-case "to", so the body was
drafted as its tail ("Fight Drug Trafficking") or cut in two, where the keys write the whole
name the text gives (docs/facts.md "Agency ids"). The names inside such a span become one body,
and their other mentions (its acronym, a short form) follow. Internal to :mod:`.agency_edges`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from narcokg.extract.agency_forms import Agency, Rename
from narcokg.extract.gazetteer import Mention

_WORD = r"(?!The\b)[A-Z][\w-]*"
#: A body's head, "to", a verb of struggle and what it fights, with an owner "of the …" after it;
#: on one line (a letterhead's line break ends a name).
_PURPOSE = re.compile(
    rf"\b(?:{_WORD}[ ]){{0,5}}"
    r"(?:Force|Cent(?:er|re)|Committee|Commission|Council|Agency|Office|Unit|Directorate"
    r"|Authority|Bureau|Board|Service|Secretariat|Network|Group)"
    r"[ ]to[ ](?:Fight|Combat|Counter|Prevent|Suppress|Curb|Tackle|Eradicate)"
    rf"(?:[ ](?:and[ ])?{_WORD}){{1,4}}"
    rf"(?P<owner>[ ]of[ ]the[ ]{_WORD}(?:[ ]{_WORD}){{0,4}})?"
)


def purpose_names(
    text: str,
    found: list[Mention],
    agencies: dict[str, Agency],
    rename: Rename,
    slug_of: Callable[[str], str],
) -> None:
    """Make each "<head> to <verb> <object>" span one body, from the names drafted inside it."""
    for match in _PURPOSE.finditer(text):
        inside = [m for m in found if match.start() < m.end and m.start < match.end()]
        own = match.start("owner") if match["owner"] else match.end()
        if not any(m.start < own for m in inside) or any(m.key not in agencies for m in inside):
            continue
        label = match.group()
        first = agencies[inside[0].key]
        whole = replace(first, slug=slug_of(label), label=label, part_of=None)
        found[:] = [m for m in found if m not in inside]
        found.append(Mention(match.start(), match.end(), inside[0].key, label))
        # each name before the owner was this body, cut short; the owner stays a body of its own
        for key in dict.fromkeys(m.key for m in inside if m.start < own):
            if key in agencies:
                rename(found, agencies, key, whole)
