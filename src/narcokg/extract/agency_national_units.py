"""(round 44, issue 14) A regional unit of a national police, named in lower case after its place:
"The Westland unit of the National Police seized …", "Police unit North Holland (Eenheid …)
dismantled …" (made-up places). Such a unit issues its own annual figures, and the keys give them
to the unit ("Westland unit", part of the National Police), where the name grammar, wanting a
capitalised head word, read only the owner's name after "of" and gave the whole release to the
national body. Internal to :mod:`.actors`."""

from __future__ import annotations

import re

#: a place of one to three capitalised words ("East Netherlands", "The Hague")
_PLACE = r"[A-Z][\w-]+(?:[ ][A-Z][\w-]+){0,2}"
#: "the Westland unit of the National Police" (the owner a national police, not a department)
_UNIT_OF = re.compile(
    rf"\b(?:[Tt]he[ ])?(?P<label>(?P<place>{_PLACE})[ ]unit)[ ]of[ ]the[ ]National[ ]Police\b"
)
#: "Police unit North Holland (Eenheid Noord-Holland)": the unit's own bracketed native name
_POLICE_UNIT = re.compile(rf"\b(?P<label>Police[ ]unit[ ](?P<place>{_PLACE}))[ ]\((?=[A-Z])")
#: words a place never starts with ("The Police unit", "Each unit")
_NOT_PLACE = re.compile(r"^(?:The|This|That|Each|Every|One|Its|A|An|National|Police)\b")


def national_units(text: str) -> list[tuple[int, int, str]]:
    """(start, end, label) of each regional unit of a national police the text names."""
    found: list[tuple[int, int, str]] = []
    for pattern in (_UNIT_OF, _POLICE_UNIT):
        for m in pattern.finditer(text):
            if not _NOT_PLACE.match(m["place"]):
                found.append((m.start("label"), m.end("label"), m["label"]))
    return sorted(found)
