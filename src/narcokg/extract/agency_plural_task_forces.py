"""(round 42, issue 14) Task forces named together as one body: "Joint Airport Interdiction Task
Forces (JAITFs) supported by the … Project seized 5.84 tonnes", "the results of its Violent Gang
Safe Streets Task Forces … Safe Streets Task Forces arrested 16,420 subjects". The name grammar
reads one "Task Force", so the plural name was no body and its figures went to the issuer; the
keys give them to the task forces, with "the task forces", "task force investigators" and the
name's own acronym ("The JAITFs arrested …") referring back to them. A name that only qualifies
a programme or a case ("an Organized Crime Drug Enforcement Task Forces (OCDETF) investigation")
names no actor. Internal to :mod:`.actors`."""

from __future__ import annotations

import re

#: "Joint Airport Interdiction Task Forces (JAITFs)": the name and its acronym.
_NAMED = re.compile(
    # not "The SBI's …": a name starts after its article and its owner's possessive
    r"(?<![\w'-])(?P<label>(?:(?!The\b)[A-Z][\w-]*[ ]){1,6}Task[ ]Forces)\b"
    r"(?:[ ]\((?P<acronym>[A-Z]{2,8}s?)\))?"
    # a name qualifying the noun after it ("… Task Forces (OCDETF) program") is no actor
    r"(?![ ]+(?:\([A-Z]{2,8}s?\)[ ]+)?(?:[Pp]rogram|[Pp]rogramme|investigation|case)\b)"
)
_OWNER = re.compile(r"^[A-Z]{2,8}[ ](?=[A-Z][a-z])")
#: "the task forces", "task force investigators": the task forces named before.
_BACK = re.compile(
    r"\b[Tt]he[ ]+task[ ]+forces\b|\b[Tt]ask[ ]+force[ ]+(?=(?:investigators|officers|agents"
    r"|members)\b)"
)


def plural_task_forces(text: str) -> list[tuple[int, int, str]]:
    """(start, end, label) of each mention of task forces named as one body, by the longest name
    the text gives ("Safe Streets Task Forces" after "Violent Gang Safe Streets Task Forces")."""
    found: list[tuple[int, int, str]] = []
    acronyms: dict[str, str] = {}
    named = list(_NAMED.finditer(text))
    # "FBI Safe Streets Task Forces": the owner's acronym in front is no part of the name
    labels = [_OWNER.sub("", m["label"]) for m in named]
    for m, own in zip(named, labels, strict=True):
        label = max((name for name in labels if name.endswith(own)), key=len)
        found.append((m.start(), m.end("label"), label))
        if m["acronym"]:
            acronyms[m["acronym"]] = label
    if not found:
        return []
    for acronym, label in acronyms.items():
        for m in re.finditer(rf"(?<![\w(-]){re.escape(acronym)}(?![\w)-])", text):
            found.append((m.start(), m.end(), label))
    for m in _BACK.finditer(text):
        before = [f for f in found if f[1] <= m.start()]
        if before:
            found.append((m.start(), m.end(), max(before, key=lambda f: f[1])[2]))
    return found
