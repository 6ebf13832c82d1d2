"""(round 49, issue 14) A public body an English release names in French, its words in lower
case after the head ("Institut national de santé publique du Québec", "Direction de la police de
Trois-Rivières", "Division des stupéfiants"), is an agency. The English name grammar of
:mod:`.lang.en.names` stops at a lower-case word, and round 24's French rule reads only a
"Service de police …", so such a body was not found at all and its figures went to another body
the text names, or to none (eight calibration reports of eight rounds, 51-155). The name is a French
head, at most one adjective, then a particle ("de", "du", "des", "de la", "d'") and its words: a
place in capitals, or one lower-case word (and a place: "de police Thérèse-De Blainville"),
or two when another particle follows ("santé publique du …"). Internal to :mod:`.actors`."""

from __future__ import annotations

import re

#: The head of a French public body's name.
_HEAD = (
    r"(?:Institut|Direction|Centre|Régie|Bureau|Division|Escouade|Brigade|Agence|Office"
    r"|Observatoire|Commission|Ministère|Unité|Section)"
)
_LOW = r"[a-zàâçéèêëîïôûù]+"
_CAP = r"[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-Za-zÀ-ÿ][a-zà-ÿ]*)*"
#: A particle, also after "et" ("… de santé et de services sociaux …").
_PARTICLE = r"(?:et[ ])?(?:de[ ]la[ ]|de[ ]l'|des[ ]|du[ ]|de[ ]|d'|l')"
#: An acronym inside the name, left out of its label ("… services sociaux (CISSS) des …").
_ACRONYM = r"(?:[ ]\([A-Z]{2,7}\))"
#: The words after a particle: a place, or lower-case words a further particle follows, or one.
_WORDS = (
    rf"(?:{_CAP}(?:[ ]{_CAP})*|{_LOW}(?:[ ]{_LOW})?(?={_ACRONYM}?[ ]{_PARTICLE})"
    rf"|{_LOW}(?:[ ]{_CAP}(?:[ ]{_CAP})*)?)"
)
_NAME = re.compile(
    rf"(?<![\w'-])(?P<name>{_HEAD}(?:[ ]{_LOW})?(?:{_ACRONYM}?[ ]{_PARTICLE}{_WORDS}){{1,4}})"
    r"(?![\w'-])"
)


def french_names(text: str) -> list[tuple[int, int, str]]:
    """(start, end, label) of every French-named body; the label is the name as written."""
    return [
        (m.start("name"), m.end("name"), re.sub(_ACRONYM, "", m["name"]))
        for m in _NAME.finditer(text)
    ]
