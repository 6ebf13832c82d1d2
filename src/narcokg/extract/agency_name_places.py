"""Places inside an agency's own name, which name the agency, not where its figures were
counted (docs/facts.md "A local body's report", "Sets"). Used by :mod:`.placing`.

- (round 28) A country named inside a national agency's name ("the Canada Border Services
  Agency intercepted …") in a report about one of its states or provinces: the agency acted
  there; (round 38) also the country's short form right before the name ("U.S. Customs and
  Border Protection", whose agency mention starts after "U.S.").
- (round 38) The seat city opening the name of an office over several states ("the Seattle
  Field Office seized …", "The Boston Field Office's seizures …"): the office's figures are its
  whole area's, not its seat's state.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from narcokg.extract.gazetteer import WORLD

if TYPE_CHECKING:
    from narcokg.extract.drafts import DraftContext
    from narcokg.extract.gazetteer import Mention as Name


def national_agency_name(context: DraftContext, name: Name) -> bool:
    """Whether ``name``, the report's country, is inside or opens a national agency's name in a
    report about one or several of its states or provinces."""
    home = context.home
    if name.key != context.country or not home or home == (name.key,) or WORLD in home:
        return False
    return any(
        a.start <= name.start < a.end or context.text[name.end : a.start] == " "
        for a in context.agencies
    )


def set_seat(context: DraftContext, name: Name) -> bool:
    """Whether ``name`` is a city opening an office's own name ("Seattle Field Office") whose
    state is one of the several states of the report's home: the office's seat, not a place."""
    home = context.home
    return len(home) > 1 and name.key in home and bool(_OFFICE_AFTER.match(context.text, name.end))


#: The words after a seat city that make it a field office's name.
_OFFICE_AFTER = re.compile(r"\s+Field\s+(?:Office|Division)\b")
