"""(round 52, issue 14) A body's English name glossed with its own-language name and acronym is an
agency: "The Central Anti-Drug Office (Office Central Anti-Drogue, OCAD) presented …". The name
grammar of :mod:`.lang.en.names` reads only some heads, so a name whose head it does not read
("Office", "Sub-directorate") was not found, and the release's figures went to the ministry of
the letterhead, to the own-language name the letterhead gives, or to the owner named after it;
the keys take the English name as the text first gives it in full (docs/facts.md "Agency ids").
The name, its acronym's later uses and a body drafted under the own-language name or the acronym
become that one agency. A name the passes before found already is left as it is. Internal to
:mod:`.agency_late_names`."""

from __future__ import annotations

import re

from narcokg.extract.agency_forms import Agency, agency_slug
from narcokg.extract.agency_rename import rename_agency
from narcokg.extract.gazetteer import Mention

#: A capitalised English name, its small words inside it; then "(<own-language name>, <ACR>)".
_GLOSSED = re.compile(
    r"(?<![\w-])(?:[Tt]he[ ])?(?P<name>[A-Z][\w-]*(?:[ ](?:of|and|for|the|[A-Z][\w'-]*))*)"
    r"[ ]\((?P<own>[A-ZÀ-Ý][^(),\n]{2,80}),[ ](?P<abbr>[A-Z]{2,7})\)"
)


def glossed_names(text: str, found: list[Mention], agencies: dict[str, Agency]) -> None:
    """Key each English name glossed "(<own-language name>, <ACR>)" to one agency of that name."""
    for m in _GLOSSED.finditer(text):
        label, own, abbr = m["name"], m["own"], m["abbr"]
        slug = agency_slug(label)
        if slug in agencies or _read(m, found, agencies) or " " not in label:
            continue  # the name was read already (or is a bare word: "The Office (…)")
        agency = Agency(slug, label, None)
        for old in [
            s for s, a in agencies.items() if a.label == own or re.match(rf"{abbr}\b", a.label)
        ]:
            # the letterhead's own-language name, or a short form the acronym opens
            rename_agency(found, agencies, old, agency)
        agencies.setdefault(slug, agency)
        found[:] = [f for f in found if not (f.start < m.end() and m.start("name") < f.end)]
        found.append(Mention(m.start("name"), m.end("name"), slug, label))
        for use in re.finditer(rf"(?<![\w-]){abbr}(?![\w-])", text):
            if not any(f.start < use.end() and use.start() < f.end for f in found):
                found.append(Mention(use.start(), use.end(), slug, abbr))
        found.sort(key=lambda f: f.start)


def _read(m: re.Match[str], found: list[Mention], agencies: dict[str, Agency]) -> bool:
    """Whether a mention in the name's span names a body whose name ends the English name
    ("Officers of the Customs Surveillance Service": the service was read)."""
    return any(
        m.start("name") <= f.start < m.end("name")
        and f.key in agencies
        and m["name"].endswith(agencies[f.key].label)
        for f in found
    )
