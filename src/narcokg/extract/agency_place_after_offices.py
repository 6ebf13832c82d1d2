"""(round 45, issue 14) An office named with its place after it and its native name in brackets:
"The Customs Investigation Office Leipzig (Zollfahndungsamt Leipzig) presented …", "the Customs
Investigation Office Frankfurt am Main (…)" (made-up wording). The name grammar wants the place
before the head word or after "of", so it read no body there and gave the release to the parent
the next sentence names ("which reports to the General Customs Directorate"), or to a short form
("ZFA Leipzig") further down. The keys name the office by the English name the text gives first
with its place; the release's short forms of it (the native name, "ZFA Leipzig") are the same
office. Internal to :mod:`.actors`."""

from __future__ import annotations

import re
from dataclasses import replace

from narcokg.extract.agency_forms import Agency
from narcokg.extract.gazetteer import Mention
from narcokg.model.regions import region_slug

#: a place of one or two capitalised words, or with a river after "am", "an der" ("Frankfurt am
#: Main", "Halle an der Saale")
_PLACE = r"[A-Z][\w-]+(?:[ ][A-Z][\w-]+|[ ](?:am|an[ ]der|ob[ ]der)[ ][A-Z][\w-]+)?"
#: "Customs Investigation Office Leipzig (Zollfahndungsamt Leipzig)"
_OFFICE = re.compile(
    rf"\b(?P<label>(?:(?!The\b|This\b|Its\b|Our\b)[A-Z][a-z]+[ ]){{1,3}}Office[ ]"
    rf"(?P<place>{_PLACE}))[ ]\((?P<native>[^()\n]+)\)"
)
#: a short form of the office: capitals and its place ("ZFA Leipzig")
_SHORT = r"\b[A-Z]{{2,5}}[ ]{place}\b"


def offices_with_place_after(text: str, found: list[Mention], agencies: dict[str, Agency]) -> None:
    """Add each office named with its place after it, over the mentions inside its name, and key
    its native name's and short forms' mentions to it."""
    for m in _OFFICE.finditer(text):
        label = m["label"]
        office = Agency(region_slug(label), label, m["place"])
        agencies.setdefault(office.slug, office)
        found[:] = [f for f in found if not (f.start < m.end("label") and m.start() < f.end)]
        found.append(Mention(m.start("label"), m.end("label"), office.slug, label))
        short = re.compile(_SHORT.format(place=re.escape(m["place"])))
        forms = {m["native"].split(",")[0].strip()}
        for index, mention in enumerate(found):
            if mention.text in forms or short.fullmatch(mention.text):
                found[index] = replace(mention, key=office.slug)
    found.sort(key=lambda f: f.start)
