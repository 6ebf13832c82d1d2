"""(round 46, issue 14) A city inside the publisher's name when it is an office over several
states ("HSI Dallas initiated 412 investigations", "Homeland Security Investigations (HSI) New
Orleans made …"): the office's seat, not where its figures were counted. Round 38's
`agency_name_places.set_seat` read only a city opening "… Field Office"; a city closing the name
stood for its state, so a figure in a sentence whose subject is the office, or after one ("HSI
Seattle is responsible for A, B and C. Across that area, agents seized …"), lost every state
but the seat's. Only a city (not a state's own name: "the Washington State Patrol" is the
state's), only one of the home's states, only in the publisher's own name (another body's
"Dallas County Medical Examiner's Office" or "Sector Detroit" counts there), and only when the
report is about several.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from narcokg.extract.lang.en.names import CITY_REGIONS

if TYPE_CHECKING:
    from narcokg.extract.drafts import DraftContext
    from narcokg.extract.gazetteer import Mention as Name


def seat_in_office_name(context: DraftContext, name: Name) -> bool:
    """Whether ``name`` is a city inside the publisher's name whose state is one of the several
    states of the report's home: the office's seat, not a place of its figures."""
    home = context.home
    if len(home) < 2 or name.key not in home or CITY_REGIONS.get(name.text) != name.key:
        return False
    publisher = context.publisher
    return publisher is not None and any(
        a.key == publisher.key and a.start <= name.start and name.end <= a.end
        for a in context.agencies
    )
