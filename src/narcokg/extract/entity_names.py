"""The lenient agency comparison of ``narcokg eval``: the same entity under another spelling.

The strict agency figure compares the normalised labels of the key's and the draft's agency. A
draft that names the right body with a trailing acronym ("Drug Enforcement Commission (DEC)"),
another case or punctuation, or by an alternative label the key lists, names the same entity; a
sub-unit and its owner stay different entities (their names differ in words, not in spelling).
"""

from __future__ import annotations

import re
import unicodedata

_ACRONYM_TAIL = re.compile(r"\s*\([^()]*\)\s*$")
_APOSTROPHES = re.compile(r"['\u2019\u2018`]")
_WORDS = re.compile(r"[0-9a-z]+")


def entity_name(text: str) -> str:
    """``text`` without a trailing parenthesised acronym, accents, apostrophes, case and punctuation
    ("the Supreme Prosecutors' Office (SPO)" and "supreme-prosecutors-office" agree, bar "the")."""
    bare = _ACRONYM_TAIL.sub("", text.strip()).replace("U.S.", "US")
    plain = unicodedata.normalize("NFKD", _APOSTROPHES.sub("", bare))
    words = _WORDS.findall("".join(c for c in plain if not unicodedata.combining(c)).lower())
    return "-".join(words[1:] if words[:1] == ["the"] else words)


def same_entity(key_names: tuple[str, ...], drafted_names: tuple[str, ...]) -> bool:
    """Whether any drafted name (label or id) is one of the key agency's names (id, label, alt
    labels) once normalised; no names on either side means "no agency", equal only to itself."""
    if not key_names or not drafted_names:
        return not key_names and not drafted_names
    wanted = {entity_name(name) for name in key_names}
    return any(entity_name(name) in wanted for name in drafted_names)
