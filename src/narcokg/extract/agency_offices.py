"""(round 33, issue 14) An international body's regional or country office: "UNODC Regional
Office for South Asia", "the United Nations Office on Drugs and Crime (UNODC) Regional Office for
West and Central Africa". The name grammar read the parent's acronym and the office as two bodies,
so a letterhead's first word (the parent) issued the office's release and the office's label lost
the acronym the keys keep ("UNODC Regional Office for …", docs/facts.md "Agency ids": the name as
the text gives it, the parent's long name in brackets dropped). The office's mention takes the
parent's words before it, the label keeps the acronym unless the prose first names the office
bare ("its Regional Office for Eastern Africa"), and a name the grammar cut at "and the …" at the
end of its line ("… for Southeast Asia and the Pacific") is whole again. Internal to
:mod:`.agency_edges`."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from narcokg.extract.agency_forms import Agency, Rename
from narcokg.extract.gazetteer import Mention
from narcokg.extract.lang.en.names import OFFICE_KINDS

#: An office's own name: a kind of office serving a place.
OFFICE = re.compile(rf"(?:{OFFICE_KINDS}|Field) Office (?:for|in) (?:the )?[A-Z]")
#: The rest of a name cut at "and the …" where its line or its bracket ends.
_TAIL = re.compile(r"[ ]and[ ](?:the[ ])?[A-Z][a-z]+(?:[ ][A-Z][a-z]+)?(?=[ \t]*(?:\n|\(|,|$))")
_ACRONYM = re.compile(r"[A-Z]{3,8}")
#: An office's label, the parent's acronym before it or not.
_NAMED = re.compile(rf"(?:(?P<acronym>{_ACRONYM.pattern})[ ])?(?P<office>{OFFICE.pattern}.*)")


def office_names(
    text: str,
    found: list[Mention],
    agencies: dict[str, Agency],
    rename: Rename,
    slug: Callable[[str], str],
) -> None:
    """Join each office's mentions to the parent's acronym (or long name and bracketed acronym)
    right before them, and name the office as the prose first does."""
    for key, office in list(agencies.items()):
        named = _NAMED.fullmatch(office.label)
        if named is None:
            continue
        base, tail = named["office"], _tail(text, found, key)
        parents: list[tuple[str, str]] = []  # (acronym, the parent's key)
        if named["acronym"]:  # the grammar read "INC Regional Office …" whole
            parents.append((named["acronym"], office.part_of or ""))
        prose: list[bool] = []  # per mention of the office: does it carry its parent's acronym?
        for mention in sorted(found, key=lambda m: m.start):
            if mention.key != key or base not in mention.text:
                continue
            parent = _parent(text, found, mention)
            if parent is not None:
                acronym, first = parent
                parents.append((acronym, first.key))
                end = mention.end + len(tail) if text.startswith(tail, mention.end) else mention.end
                joined = Mention(first.start, end, key, text[first.start : end])
                found[found.index(mention)] = joined
                found[:] = [m for m in found if m is joined or not first.start <= m.start < end]
                mention = joined
            elif tail and text.startswith(tail, mention.end):  # "… and the Pacific"
                end = mention.end + len(tail)
                whole = Mention(mention.start, end, key, text[mention.start : end])
                found[found.index(mention)] = mention = whole
            if not _name_line(text, mention):
                prose.append(parent is not None or mention.text.startswith(named["acronym"] or "-"))
        if not parents:
            if tail:  # (round 38) an office named without its parent: its whole name still
                full = base + tail
                rename(found, agencies, key, replace(office, slug=slug(full), label=full))
            continue
        acronym, parent_key = next(((a, k) for a, k in parents if k), parents[0])
        bare = bool(prose) and not prose[0]
        label = base + tail if bare else f"{acronym} {base}{tail}"
        new = replace(office, slug=slug(label), label=label, part_of=parent_key or None)
        rename(found, agencies, key, new)


def _tail(text: str, found: list[Mention], key: str) -> str:
    """ " and the Pacific" when a mention of the office goes on with it to its line's end."""
    for mention in found:
        if mention.key == key and (tail := _TAIL.match(text, mention.end)) is not None:
            return tail.group()
    return ""


def _parent(text: str, found: list[Mention], office: Mention) -> tuple[str, Mention] | None:
    """The parent's acronym right before the office ("UNODC Regional Office") and the first
    mention the office's name takes in ("United Nations … (UNODC) Regional Office")."""
    before = [m for m in found if m.key != office.key and m.end <= office.start]
    if not before:
        return None
    last = max(before, key=lambda m: m.end)
    if not _ACRONYM.fullmatch(last.text):
        return None
    gap = text[last.end : office.start]
    if gap == " ":
        return last.text, last
    if gap != ") " or text[last.start - 1] != "(":
        return None
    whole = [m for m in before if m.end == last.start - 2 and m.key == last.key]
    return last.text, whole[0] if whole else last


def _name_line(text: str, mention: Mention) -> bool:
    """A mention that is its line's whole text (a letterhead), not a sentence of prose."""
    start = text.rfind("\n", 0, mention.start) + 1
    end = text.find("\n", mention.end)
    return text[start : end if end >= 0 else len(text)].strip() == mention.text


def over_parent(text: str, mentions: list[Mention], chosen: Mention | None) -> Mention | None:
    """The office a letterhead line names whole ("UNODC Regional Office for …") issues the
    release its parent was chosen for ("…, UNODC says" in the headline); (round 36) so does the
    office the opening names with its parent's name before it ("figures compiled by the UNODC
    Programme Office in Kyrgyzstan"): every office release's key gives its figures to the
    office, not the parent the headline names ("…, UNODC Office Reports"); (round 37) so does a
    federal agency's field office the opening names by its city under the agency's letterhead
    ("Tucson Field Office Narcotics Seizures Up …": its officers made the figures); (round 38) so
    does an office a lower letterhead line names alone under its parent's ("United Nations Office
    on Drugs and Crime / Regional Office for …"), however often the prose names the parent."""
    if chosen is None or OFFICE.match(chosen.text) or _FIELD.fullmatch(chosen.text):
        return chosen
    head = text[: sum(len(line) + 1 for line in text.split("\n")[:5])]
    offices = [
        m
        for m in mentions
        if m.end <= len(head)
        and (
            _office_of(m.text, chosen.text)
            or _FIELD.fullmatch(m.text)
            # (round 38) an office a lower letterhead line names alone, under the parent's line
            or (m.start > chosen.end and OFFICE.match(m.text) and _name_line(text, m))
        )
    ]
    named = [m for m in offices if _name_line(text, m)]
    return (named or offices or [chosen])[0]


def _office_of(name: str, parent: str) -> bool:
    """``name`` is an office of ``parent`` named after it: "UNODC Country Office in …", "United
    Nations Office on Drugs and Crime (UNODC) Regional Office for …"."""
    rest = name[len(parent) :] if name.startswith(parent) else ""
    return _AFTER_PARENT.match(rest) is not None


#: (round 37) A federal agency's field office named by its city: "Laredo Field Office".
_FIELD = re.compile(r"(?:[A-Z][a-z]+[ ]){1,3}Field[ ]Office")
#: What follows the parent's name in its office's: its bracketed acronym and the office.
_AFTER_PARENT = re.compile(rf"[ ](?:\({_ACRONYM.pattern}\)[ ])?{OFFICE.pattern}")
