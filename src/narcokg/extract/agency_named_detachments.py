"""(round 46, issue 14) A detachment the text names with its capitalised "Detachment" keeps that
word. Round 25 reads "<Place> RCMP" as the force's local unit (:mod:`.agency_detachments`), so
"The Kamloops RCMP Detachment forwarded …" (or "Kelowna Regional RCMP Detachment" as a
letterhead) was labelled "Kamloops RCMP", one word short of the name the keys take from the
text (docs/facts.md "Agency ids": the full name as the text gives it; four calibration keys of
four rounds). A lowercase "detachment" after the name is a common noun ("the Burnaby RCMP
detachment says …"), and the keys split on it, so it is not read. Internal to :mod:`.actors`."""

from __future__ import annotations

import re
from dataclasses import replace

from narcokg.extract.agency_forms import Agency, agency_slug
from narcokg.extract.agency_rename import rename_agency
from narcokg.extract.gazetteer import Mention

#: The national forces whose local units round 25 names "<Place> <ACRONYM>" (their slugs).
_FORCES = frozenset({"royal-canadian-mounted-police"})


def named_detachments(text: str, found: list[Mention], agencies: dict[str, Agency]) -> None:
    """Relabel each "<Place> <ACRONYM>" unit "<Place> <ACRONYM> Detachment" when the text names
    it so, its mentions and units with it."""
    for old in list(agencies.values()):
        if old.part_of not in _FORCES:
            continue
        label = f"{old.label} Detachment"
        if re.search(rf"(?<![\w-]){re.escape(label)}\b", text) is None:
            continue
        rename_agency(found, agencies, old.slug, replace(old, slug=agency_slug(label), label=label))
