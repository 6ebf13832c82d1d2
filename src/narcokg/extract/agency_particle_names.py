"""(round 47, issue 14) A body named in its own language with a lowercase particle between its
words ("Guardia di Finanza", "Arma dei Carabinieri", "Mossos d'Esquadra") is an agency. The
name grammar of :mod:`.lang.en.names` wants an English head ("… Police"), and round 14's subject
rule (:mod:`.agency_subjects`) capitalised words only, so such a force was not found at all and
its figures went to a command a quote names or to no agency (four calibration reports of four
rounds). The name must read as a body: "the" before it, or it opens the report (a letterhead in
capitals, "ARMA DEI CARABINIERI", is labelled with the particle in lower case); a place is no
body. The name's first or last word standing alone ("the Carabinieri", "Mossos officers") is
the same body. Internal to :mod:`.actors`."""

from __future__ import annotations

import re

from narcokg.extract.lang.en.names import DEMONYMS

_CAP = r"[A-Z][a-z]+"
_PARTICLES = ("di", "dei", "degli", "della", "delle")
#: "<Name> di <Name>", "<Name> <Name> dei <Name>", "<Name> d'<Name>".
_NAME = re.compile(
    rf"(?<![\w'\u2019-])(?!(?:The|An?) )"
    rf"(?P<name>{_CAP}(?: {_CAP})? (?:{'|'.join(_PARTICLES)}) {_CAP}|{_CAP} d['\u2019]{_CAP})"
    rf"(?![\w'\u2019-])"
)
#: The same name on a letterhead in capitals, at a line's start in the report's first lines.
_CAPS = re.compile(
    rf"^(?P<name>[A-Z]{{2,}}(?: [A-Z]{{2,}})? (?:{'|'.join(p.upper() for p in _PARTICLES)})"
    r" [A-Z]{2,}|[A-Z]{2,} D['\u2019][A-Z]{2,})(?![\w'\u2019-])",
    re.M,
)
#: A people's adjective ("Italian", "Spanish", "Maltese") before a name.
_ADJECTIVE = re.compile(r"[A-Z][a-z]+(?:ian|ish|ese)")
_THE = re.compile(r"\b[Tt]he\s+$")
_HEAD_LINES = 3


def particle_names(text: str, places: set[str]) -> list[tuple[int, int, str]]:
    """(start, end, label) of every mention of each such body: its name, its letterhead in
    capitals and its first or last word standing alone."""
    labels = _labels(text, places)
    spans: list[tuple[int, int, str]] = []
    for label in labels:
        spans += [(m.start(), m.end(), label) for m in _exact(label).finditer(text)]
        spans += [(m.start(), m.end(), label) for m in _exact(label.upper()).finditer(text)]
        for word in {label.split()[0], re.split(r"[ '\u2019]", label)[-1]}:
            spans += [(start, end, label) for start, end in _alone(text, word)]
    return sorted(spans)


def _labels(text: str, places: set[str]) -> list[str]:
    head = "\n".join(text.lstrip().splitlines()[:_HEAD_LINES])
    found = [_lowered(m["name"]) for m in _CAPS.finditer(head)]
    for m in _NAME.finditer(text):
        opens = text[: m.start()].strip() == ""
        if opens or _THE.search(text[max(0, m.start() - 8) : m.start()]):
            found.append(m["name"])
    labels: list[str] = []
    for label in map(_without_adjective, found):
        if label not in labels and not any(w in places for w in re.split(r"[ '\u2019]", label)):
            labels.append(label)
    return labels


def _without_adjective(name: str) -> str:
    """ "the Italian Guardia di Finanza": the country's adjective is no word of the name."""
    first, _, rest = name.partition(" ")
    adjective = first in DEMONYMS or _ADJECTIVE.fullmatch(first)
    return rest if adjective and not rest.startswith(_PARTICLES) else name


def _lowered(caps: str) -> str:
    """ "ARMA DEI CARABINIERI" -> "Arma dei Carabinieri"; "MOSSOS D'ESQUADRA" -> "Mossos
    d'Esquadra"."""
    words = [w.lower() if w.lower() in _PARTICLES else w.capitalize() for w in caps.split()]
    name = " ".join(words)
    return re.sub(r"\b([A-Z])(['\u2019])(\w)", lambda m: f"d{m[2]}{m[3].upper()}", name)


def _alone(text: str, word: str) -> list[tuple[int, int]]:
    """A word of the name by itself, not in another name ("Guardia Civil" is another body)."""
    return [
        m.span()
        for m in _exact(word).finditer(text)
        if not re.search(r"[A-Z][\w'\u2019-]* $", text[max(0, m.start() - 30) : m.start()])
        and not re.match(r" [A-Z]", text[m.end() :])
    ]


def _exact(name: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w'\u2019-]){re.escape(name)}(?![\w'\u2019-])")
