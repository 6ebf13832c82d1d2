"""Round 20 (issue 14, branch ms21c): fugitives caught are counted by their own name.

A fugitive is someone already wanted: the arrest of one is not a new suspect of the period, and
writers of three rounds key it apart from the suspects arrested ("arrested 79,410 fugitives",
"captured 41 drug-related fugitives", "20,870 fugitives were arrested" -> ``fugitives-arrested``,
``fugitives-captured``). The count is named by the head and the verb as stated; the head's
modifiers ("drug-related") give way, as in the keys.

Round 22 (branch ms23c): the order machine translation keeps from Chinese puts the fugitives
before the count and "people" after it ("captured drug-related fugitives 37 people", "captured
drug-related network escape personnel 33 people"): the clause before a vague count names what it
counts, and the registry's word "captured" (an arrest) must not make them new suspects arrested
(keys of three rounds: ``fugitives-captured``, unit ``person``).
"""

from __future__ import annotations

import re

#: Verbs of taking someone into custody, as a report states them.
_TAKEN = re.compile(
    r"(?:arrested|captured|apprehended|detained|caught|located|tracked\s+down|rearrested)"
)
_HEAD = re.compile(r"\bfugitives?$")
#: The clause before a vague count ending on a verb of taking and the fugitives it took, their
#: modifiers between ("captured drug-related fugitives", "arrested escaped personnel").
_BEFORE = re.compile(
    rf"\b({_TAKEN.pattern})\s+(?:[a-z-]+\s+){{0,4}}?"
    r"(?:fugitives?|escape(?:d|es)?\s+(?:personnel|persons|suspects)|escapees)\s*$",
    re.I,
)


def fugitives_taken(noun: str, verb: str) -> str | None:
    """``fugitives-<verb>`` when ``noun`` ends in "fugitive(s)" and ``verb`` (the past tense
    before the count or a passive after it) takes them into custody, else ``None``.

    >>> fugitives_taken("drug-related fugitives", "captured")
    'fugitives-captured'
    >>> fugitives_taken("fugitives", "named") is None
    True
    """
    done = " ".join(verb.lower().split())
    if not _HEAD.search(noun.lower().strip()) or not _TAKEN.fullmatch(done):
        return None
    return "fugitives-" + done.replace(" ", "-")


def fugitives_before(clause: str) -> str | None:
    """``fugitives-<verb>`` when the clause before a vague count ("people") ends on a verb of
    taking and the fugitives it took, else ``None``.

    >>> fugitives_before("the police captured drug-related fugitives")
    'fugitives-captured'
    >>> fugitives_before("arrested escape personnel")
    'fugitives-arrested'
    >>> fugitives_before("captured suspects") is None
    True
    """
    found = _BEFORE.search(clause.strip())
    return None if found is None else "fugitives-" + "-".join(found[1].lower().split())
