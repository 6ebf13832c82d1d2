"""(round 30, issue 14) A shorter name the prose uses before a longer one is a body of its own.
:mod:`.actors` reads a name whose words all stand in one longer name as that name's short form
("the Coroners Service" of "the Saskatchewan Coroners Service"). A short form refers back, so
the longer name comes first in the prose; a release whose lead names its issuer by the shorter
name ("The Federal Police (PF) today presented its results …") and only later another body
holding its words ("… the Federal Highway Police …") names two bodies, as the keys do. A title
above the lead may use the short form first (it is no prose). Internal to :mod:`.actors`."""

from __future__ import annotations

from narcokg.extract.agency_forms import Agency
from narcokg.extract.gazetteer import Mention


def named_first(
    text: str, found: list[Mention], agencies: dict[str, Agency], short: str, longer: str
) -> bool:
    """Whether the prose names ``short`` before it names ``longer`` (slugs of ``agencies``):
    after the title block (the text up to its first blank line). Words put inside the shorter
    name ("Federal Highway Police") or the place a body serves before it, one word or its
    jurisdiction ("Zanzibar Drug Control Authority" of "Drug Control Authority") make another
    body; other words before it ("Police and Border Guard Board", "<Province> Province <City>
    Bureau") or a head after it ("… Police Office" of "… Police", a name the grammar cut short)
    name the same one."""
    whole, part = agencies[longer].label, agencies[short].label.removeprefix("the ")
    if whole.startswith(part + " "):
        return False
    front = whole[: -len(part) - 1] if whole.endswith(" " + part) else None
    if front is not None and front != agencies[longer].jurisdiction and " " in front:
        return False
    title_end = text.find("\n\n")
    prose = [m for m in found if m.start > title_end] if title_end >= 0 else found
    first_short = min((m.start for m in prose if m.key == short), default=None)
    first_long = min((m.start for m in found if m.key == longer), default=None)
    if first_short is None or first_long is None:
        return False
    return first_short < first_long
