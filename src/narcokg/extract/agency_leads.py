"""(round 25) The issuer a release's opening sentence names in full, with its acronym, as the
subject of a publishing verb over the report: "The Commission of the Economic Community of
Central African States (ECCAS) today published its Regional Drug Situation Summary", "The
Security Sector Program (ISSP) of the Intergovernmental Authority on Development today released
its regional summary", "The U.S. Postal Service Office of Inspector General (OIG) today sent its
Semiannual Report". docs/facts.md names a release's issuer by its full name as the text first
gives it ("Agency ids"; the issuing sub-unit): that sentence does, where a letterhead above it
gives the owner alone, in capitals, or the unit on a line of its own ("EAST AFRICAN COMMUNITY /
Secretariat", "COLLECTIVE SECURITY TREATY ORGANIZATION / Press Service of the Secretariat") and
where the name grammar cuts a long name short ("… for Combating the Illicit Trafficking of …")."""

from __future__ import annotations

import re

from narcokg.extract.agency_forms import agency_slug, is_prose
from narcokg.extract.gazetteer import Mention
from narcokg.extract.lang.en.issuers import LEAD_ISSUER

#: An owner's possessive inside the name ("the FDA's Office of …", "State Troopers' Unit").
_POSSESSIVE = re.compile(r"\w'(?:s)?\s|\u2019")


def lead_issuer(text: str) -> Mention | None:
    """The first body the title or opening paragraph names in full, acronym in brackets, as
    publishing the report (a mention keyed by the slug of its name)."""
    limit = _opening_end(text, prose=True)
    for m in LEAD_ISSUER.finditer(text, 0, limit):
        name = m["name"]
        if " " not in name or _POSSESSIVE.search(name):
            # a bare head ("The Commission (EC) …") names no body in full; a unit after its
            # owner's possessive is read by :mod:`.agency_forms`
            continue
        return Mention(m.start("name"), m.end("name"), agency_slug(name), name)
    return None


def _opening_end(text: str, *, prose: bool = False) -> int:
    """The end of the first paragraph of prose (20 words or more: past the letterhead, the
    headline and the dateline); with ``prose`` (round 29), one that ends on a sentence's stop,
    not a headline of 20 words (:func:`.agency_forms.is_prose`)."""
    start = 0
    for m in [*re.finditer(r"\n\s*\n", text), None]:
        end = m.start() if m else len(text)
        words = len(text[start:end].split())
        if words >= 20 and (not prose or is_prose(text[start:end])):
            return end
        start = m.end() if m else end
    return len(text)
